#pragma once
// The lines a batch writes: the answer object of tally-search --json (format 1) with the
// line's "id", or an error object in its place. One line each, no trailing newline.

#include <string>

#include "searcher/batch/batch_item.hpp"
#include "searcher/search.hpp"

namespace tally::searcher {

// Compact JSON on one line, invalid UTF-8 replaced: the form tally-search --json prints.
std::string json_line(const nlohmann::json& value);

// answer_to_json(answer), plus "id" when the item has one.
std::string answer_line(const BatchItem& item, const SearchAnswer& answer);

// {"format": 1, "id": ..., "line": N, "query": ..., "error": ..., "hint": ...}
// ("id" and "query" only when the line gave them).
std::string error_line(const BatchItem& item, const std::string& error, const std::string& hint);

}  // namespace tally::searcher
