#pragma once
// Answering a query over the passage index: understand it (query/), rank passages (Xapian plus
// the figure boosts, then folding and source diversity: rank/), group their figures across
// sources (answers/). Presentation is output/'s job.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/analysis/figure.hpp"
#include "common/records/passage_reader.hpp"
#include "searcher/answers/answer_group.hpp"
#include "searcher/query/parsed_query.hpp"
#include "searcher/query/query_builder.hpp"
#include "searcher/query/understand.hpp"
#include "searcher/rank/facets.hpp"

namespace tally::searcher {

struct SearchRequest {
  std::string query;
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool strict_date = false;          // a date in the query filters instead of ranking
  std::size_t per_source = 0;        // at most this many passages per source (0: no cap)
  bool facets = false;               // count sources, entities, events, dates of the matches
  std::vector<std::string> filters;  // further queries every result must match ("source:AP")
};

// Another outlet that printed the same passage text (folded into the result shown).
struct AlsoIn {
  std::string source;
  std::string article;
  std::string published;
  int passage = 0;
};

struct Result {
  std::size_t rank = 0;     // 1-based, counting from the first result of the whole answer
  double score = 0;         // relevance in 0..1 (Xapian's percentage / 100)
  double weight = 0;        // Xapian's weight: BM25 plus boosts
  std::string article;
  std::string source;
  std::string published;    // "YYYY-MM-DD" or empty
  int passage = 0;
  std::string kind;         // "headline" | "body"
  std::string title;
  std::string url;
  std::string text;         // the passage as written
  std::string text_hash;    // the same text in another article has the same hash
  std::vector<Figure> figures;
  std::vector<AlsoIn> also;
};

struct SearchAnswer {
  std::string query;
  ParsedQuery parsed;                // what the query was understood to ask
  std::size_t total = 0;             // Xapian's estimate of all matching passages
  std::vector<Result> results;
  std::vector<AnswerGroup> answers;  // figures across sources, best group first
  std::vector<std::string> terms;    // the query's terms, for highlighting
  std::optional<std::string> suggestion;  // "did you mean", only when it finds something
  std::vector<std::pair<std::string, FacetCounts>> facets;  // when asked for
};

// Holds a database and the query machinery configured for it (the query parser, and what
// understanding needs to know of the index), built once and reused by every query; one per
// thread.
class Searcher {
 public:
  explicit Searcher(Xapian::Database db);

  // Throws tally::Error on a malformed query or a database error.
  SearchAnswer run(const SearchRequest& request);

  const Xapian::Database& database() const { return db_; }

 private:
  Xapian::Database db_;
  QueryBuilder builder_;
  PassageReader passages_;
  std::optional<QueryContext> context_;  // read from the index at the first query
};

// One-shot form of Searcher::run.
SearchAnswer search(const Xapian::Database& db, const SearchRequest& request);

}  // namespace tally::searcher
