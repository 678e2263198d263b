#pragma once
// Running a query over the passage index and collecting what display needs.

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/analysis/figure.hpp"

namespace tally::searcher {

struct SearchRequest {
  std::string query;
  std::size_t limit = 10;
  std::size_t offset = 0;
};

struct Result {
  std::size_t rank = 0;     // 1-based, counting from the first result of the whole answer
  double score = 0;         // relevance in 0..1 (Xapian's percentage / 100)
  std::string article;
  std::string source;
  std::string published;    // "YYYY-MM-DD" or empty
  int passage = 0;
  std::string kind;         // "headline" | "body"
  std::string title;
  std::string url;
  std::string text;         // the passage as written
  std::vector<Figure> figures;
};

struct SearchAnswer {
  std::string query;
  std::size_t total = 0;             // Xapian's estimate of all matching passages
  std::vector<Result> results;
  std::vector<std::string> terms;    // the query's terms, for highlighting
};

// Throws tally::Error on a malformed query or a database error.
SearchAnswer search(const Xapian::Database& db, const SearchRequest& request);

}  // namespace tally::searcher
