#pragma once
// The gazetteer (lexicons/gazetteer.tsv, embedded): names of places, organisations and people
// with their aliases, and given names. Read once on first use; immutable after, so safe to use
// from many threads.

#include <cstddef>
#include <optional>
#include <string_view>

namespace tally::gazetteer {

enum class NameKind { kPerson, kPlace, kOrganisation, kGivenName };

struct Entry {
  std::string_view canonical;  // points into static storage
  NameKind kind = NameKind::kPlace;
};

// The entity a name names, exactly as written, words separated by single spaces ("U.N.",
// "Turkey", "Recep Tayyip Erdogan"); a name in capitals ("ISTANBUL") is also tried in title
// case. Given names are not entities: nullopt for them and for unknown names.
std::optional<Entry> lookup(std::string_view name);

// "Rahmi", "Fatima": a given name, evidence that a run of capitalised words is a person.
bool is_given_name(std::string_view word);

// The most words in any name of the gazetteer (for longest-match scans).
std::size_t max_words();
// The most words in any name lookup() finds that starts with the word `first` (its title case
// tried too when `first` has no lower-case letter); 0 when none does, so a scan can skip it.
std::size_t max_words_from(std::string_view first);

}  // namespace tally::gazetteer
