#pragma once
// Query understanding: reads a query as the figure extractor reads news, with the same
// lexicons and date grammar (common/analysis), and says what it asks for.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/core/civil_date.hpp"
#include "searcher/query/parsed_query.hpp"

namespace tally::searcher {

struct QueryContext {
  // Relative dates ("last week", "Thursday") and dates without a year ("Feb 27") are resolved
  // against this day: the newest article's published date. Without it they stay words.
  std::optional<CivilDate> newest;
  // Whether a singular noun is counted by some figure in the index (an XH term exists), so
  // that "jobs" or "homes" are read as counted things only where the index has such counts.
  // People nouns of the analysis lexicon always are.
  std::function<bool(const std::string&)> is_counted = nullptr;
};

// Never throws: what it cannot read stays free text for the query parser.
ParsedQuery understand(std::string_view query, const QueryContext& context);

}  // namespace tally::searcher
