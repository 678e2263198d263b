#pragma once
// "Did you mean": a word the index has never seen is matched against the words it has, by
// Damerau-Levenshtein distance (a swap of two letters is one edit: "soldeirs" -> "soldiers"),
// preferring the nearest, then the most frequent. Read from the index's own vocabulary, so it
// needs no spelling table and never suggests a word that finds nothing.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace tally::searcher {

// Edits to turn a into b: insertions, deletions, substitutions, adjacent transpositions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The index word nearest to `word` (lower case, unknown to the index), within 1 edit for
// words of up to 4 letters and 2 beyond; nothing when there is none.
std::optional<std::string> suggest_word(const Xapian::Database& db, std::string_view word);

}  // namespace tally::searcher
