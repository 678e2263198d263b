#pragma once
// Presenting a SearchAnswer: the JSON answer object of ../shared/eval/README.md (format 1) and
// the terminal view. Pure: strings in, strings out.

#include <string>

#include <nlohmann/json.hpp>

#include "searcher/search.hpp"

namespace tally::searcher {

// {"format": 1, "query", "total", "results": [...], "answers": [...]}.
nlohmann::json answer_to_json(const SearchAnswer& answer);

enum class Colour { kOn, kOff };

// The terminal view: a header line, then each result as
//   " 1. AP  2020-02-28  000_7b4532b69401a9ef #0  [headline]"
//   "    passage text with the query's words highlighted"
std::string render_text(const SearchAnswer& answer, Colour colour);

}  // namespace tally::searcher
