#pragma once
// The closed word classes entity reading relies on: titles, organisation and place cue words,
// name particles, speech verbs, and the capitalised words that start sentences without naming
// anything. Pure lookups, case-sensitive as English writes them; the words are in the lexicons
// names.tsv, titles.tsv, organisations.tsv and reporting.tsv.

#include <string_view>

namespace tally::entity_words {

// "President", "Minister", "Governor", "Secretary-General", "Mr", "Gen": a title written before
// a name, capitalised.
bool is_title(std::string_view word);
// "spokesman", "minister", "governor": a title in lower case ("Kremlin spokesman Dmitry Peskov").
bool is_lower_title(std::string_view word);
// "Ministry", "Council", "Party", "Observatory", "Inc": the run names an organisation.
bool is_organisation_cue(std::string_view word);
// "province", "city", "district": after a name, the name is a place ("Idlib province").
bool is_place_cue_after(std::string_view word);
// "al", "bin", "van", "de": lower-case particles inside personal names.
bool is_name_particle(std::string_view word);
// "of", "for", "the", "and": joins words inside organisation names only.
bool is_name_connector(std::string_view word);
// "said", "told", "says": after a run of capitalised words, the run is a speaker.
bool is_speech_verb(std::string_view word);
// "in", "near", "from": before a capitalised word, it is likely a place.
bool is_place_preposition(std::string_view word);
// "The", "But", "Officials", "Thursday", "Turkish": capitalised words that do not name an
// entity by themselves (function words, weekdays, months, demonyms).
bool is_not_a_name(std::string_view word);
// "TV", "CEO", "GDP": capitals that are not organisations.
bool is_common_acronym(std::string_view word);

}  // namespace tally::entity_words
