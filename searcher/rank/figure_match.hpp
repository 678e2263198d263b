#pragma once
// What the index terms cannot say about a passage's figures, read from the figures themselves
// after the match: a passage whose only figures of the asked event are vague ("dozens",
// "hundreds of thousands") does not answer "how many" the way a number does, so it gives back
// the figure boost it was ranked with and keeps what its words earn.

#include <vector>

#include "searcher/query/parsed_query.hpp"
#include "searcher/query/query_builder.hpp"
#include "searcher/search.hpp"

namespace tally::searcher {

// Lowers Result::weight where the rule above applies, then re-sorts by weight (stable).
void adjust_for_figures(std::vector<Result>& results, const ParsedQuery& query,
                        const Boosts& boosts);

}  // namespace tally::searcher
