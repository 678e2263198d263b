#pragma once
// One line of a batch (tally-search --batch): a query as typed, or a JSON object
// {"id": ..., "query": ..., "limit": ..., "offset": ..., "strict_date": ..., "per_source": ...,
//  "facets": ..., "filters": [...]}. Keys tally does not know are ignored, so that a file of
// queries with their gold data (../shared/eval/seed-queries.jsonl) runs as it is.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "searcher/search.hpp"

namespace tally::searcher {

struct BatchItem {
  std::size_t line = 0;               // 1-based line number in the input
  std::optional<nlohmann::json> id;   // echoed in the answer when the line gave one
  SearchRequest request;              // the defaults of the command line, then the line's keys
  std::optional<std::string> error;   // set when the line cannot be run: what is wrong
                                      // (without the line number, which `line` holds)
  std::string hint;                   // and what to do about it
};

// Whether a line holds no query (empty or only white space): such lines are skipped.
bool is_blank_line(std::string_view line);

// Reads one line. A line whose first non-blank character is '{' is a JSON object; any other
// line is the query itself. Never throws: a malformed line gives an item with `error` set.
BatchItem parse_batch_line(std::string_view line, std::size_t line_number,
                           const SearchRequest& defaults);

}  // namespace tally::searcher
