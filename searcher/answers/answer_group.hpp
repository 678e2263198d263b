#pragma once
// Figures across sources: the figures of the passages that answer a query, grouped so that one
// group holds the reports of one quantity (same event, compatible counted thing, same date when
// the query asks for one), each report with its source, value, qualifier and attribution, and
// the group's agreement: low, high, sources, which reports conflict, which were revised.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/analysis/figure.hpp"
#include "searcher/query/parsed_query.hpp"

namespace tally::searcher {

// A ranked passage with its figures: the input of grouping.
struct Evidence {
  std::size_t rank = 0;  // 1 = best
  std::string article;
  std::string source;
  std::string published;
  int passage = 0;
  std::string text_hash;  // the same text in two outlets is one origin
  std::vector<Figure> figures;
};

struct Report {
  std::string article;
  std::string source;
  std::string published;
  int passage = 0;
  std::size_t rank = 0;           // rank of the passage it was read from
  std::string text_hash;          // of that passage
  Figure figure;                  // value, qualifier, attribution, quote, date, flags
  std::vector<std::size_t> conflicts;    // indices of reports of the group it cannot agree with
  std::optional<double> revised_from;    // "originally said nine ... revised to 33": 9
  bool superseded = false;               // a later report of the same article revised it
};

struct AnswerGroup {
  std::string event;
  std::string head;     // the counted thing's set name ("soldier" for troops too); "" if mixed
  std::string counted;  // the most frequent wording: "Turkish soldiers"
  std::optional<DateSpan> date;  // the group's date, when it has one
  std::vector<Report> reports;
  double low = 0;
  double high = 0;
  std::size_t sources = 0;       // distinct outlets
  std::size_t independent = 0;   // outlets, counting those that printed the same text as one
  bool agree = true;             // no two reports conflict
  double score = 0;              // how well the group answers the query
};

// Looks up figure `index` of an article's figure list (for revisions), or nothing.
using FigureLookup = std::function<std::optional<Figure>(const std::string& article, int index)>;

// Groups the figures of `evidence` (best passage first) that answer `query`, best group first.
std::vector<AnswerGroup> group_figures(const std::vector<Evidence>& evidence,
                                       const ParsedQuery& query,
                                       const FigureLookup& lookup = nullptr);

}  // namespace tally::searcher
