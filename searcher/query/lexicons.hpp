#pragma once
// The searcher's own word lists (query/synonyms.tsv, query/stopwords.tsv), compiled in by
// cmake/embed.cmake like the analysis lexicons. Event words come from the analysis lexicon
// (common/analysis/lexicon.hpp), so that query and index read "deaths" the same way.

#include <string>
#include <string_view>
#include <vector>

namespace tally::data {
std::string_view lexicon_synonyms();
std::string_view lexicon_stopwords();
}  // namespace tally::data

namespace tally::searcher {

// The synonym set of a singular counted noun, its name first ("troop" -> {"soldier", "troop",
// "personnel", ...}); a noun of no set comes back alone. Lower case in, lower case out.
std::vector<std::string> counted_synonyms(std::string_view singular);

// The name of the set ("troop" -> "soldier"), or the noun itself.
std::string canonical_counted(std::string_view singular);

bool is_stopword(std::string_view lower);

// The one-word forms the analysis lexicon (common/analysis/lexicons/events.tsv) gives for an
// event: "wound" -> {"wounded", "injured", "hurt", ...}. Lower case, in lexicon order.
const std::vector<std::string>& event_words(std::string_view event);

// Every function word of query/stopwords.tsv.
const std::vector<std::string>& stopwords();

}  // namespace tally::searcher
