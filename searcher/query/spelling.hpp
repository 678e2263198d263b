#pragma once
// "Did you mean": a word the index has never seen is matched against the words it has, by
// Damerau-Levenshtein distance (a swap of two letters is one edit: "soldeirs" -> "soldiers"),
// preferring the nearest, then the most frequent. Read from the index's own vocabulary, so it
// needs no spelling table and never suggests a word that finds nothing. The index holds stems
// (schema::kAnalysis), so stems are compared, and the chosen stem is spelt back as a word the
// index's own texts use (word_for_stem).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace tally::searcher {

// Edits to turn a into b: insertions, deletions, substitutions, adjacent transpositions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// A word of the index's texts whose stem is `stem` (for example from a passage that holds it).
using SpellStem = std::function<std::optional<std::string>(const std::string& stem)>;

// The index word nearest to `word` (lower case, unknown to the index): the stem nearest to its
// stem, within 1 edit for words of up to 4 letters and 2 beyond, spelt by `spell`; nothing when
// there is none.
std::optional<std::string> suggest_word(const Xapian::Database& db, std::string_view word,
                                        const SpellStem& spell);

// Whether the index holds `word` (lower case), by its stem as the index stores words.
bool is_known_word(const Xapian::Database& db, const std::string& word);

// The first word of `text` (lower-cased) whose Snowball stem is `stem`.
std::optional<std::string> word_for_stem(std::string_view text, std::string_view stem);

}  // namespace tally::searcher
