#pragma once
// Presenting a SearchAnswer: the JSON answer object of ../shared/eval/README.md (format 1), one
// TSV line per report for spreadsheets and awk, and the terminal view. Pure: answer in, text out.

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "searcher/search.hpp"

namespace tally::searcher {

// {"format": 1, "query", "total", "results": [...], "answers": [...]}, plus "understood",
// "suggestion" and "facets" when there are any.
nlohmann::json answer_to_json(const SearchAnswer& answer);

// The JSON of one answer group, as in "answers".
nlohmann::json group_to_json(const AnswerGroup& group);

enum class Colour { kOn, kOff };

// The terminal view: the answer table first (one line per report: source, value, qualifier,
// attribution, article), then the ranked passages with the query's words highlighted.
std::string render_text(const SearchAnswer& answer, Colour colour);

// The answer table alone (the terminal view's first part); "" when there is no answer group.
std::string render_answer_table(const SearchAnswer& answer, Colour colour, std::size_t groups = 3);

// Header line, then one line per report of every group:
// group event head date source value qualifier attribution article passage published flags quote.
// Tabs and newlines inside fields become spaces.
std::string render_tsv(const SearchAnswer& answer);

// "sources: ap 4, reuters 2 ..." one line per facet.
std::string render_facets(const SearchAnswer& answer);

// A figure's value as written for people: 950000 -> "950,000", 3.5 -> "3.5".
std::string format_value(double value);

}  // namespace tally::searcher
