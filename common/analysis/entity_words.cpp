// The entity word classes of entity_words.hpp, read once from their lexicons (names.tsv,
// titles.tsv, organisations.tsv, reporting.tsv) into word sets: most words are rejected on
// first byte and length before any comparison (these run on every word).

#include "common/analysis/entity_words.hpp"

#include "common/analysis/date_words.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::entity_words {
namespace {

struct Lists {
  WordSet title = lexicon_word_list(data::lexicon_titles(), "name_title");
  WordSet lower_title = lexicon_word_list(data::lexicon_titles(), "lower_title");
  WordSet organisation_cue = lexicon_word_list(data::lexicon_organisations(), "name_cue");
  WordSet place_cue = lexicon_word_list(data::lexicon_names(), "place_cue");
  WordSet particle = lexicon_word_list(data::lexicon_names(), "particle");
  WordSet connector = lexicon_word_list(data::lexicon_names(), "connector");
  WordSet speech_verb = lexicon_word_list(data::lexicon_reporting(), "speech_after_name");
  WordSet place_preposition = lexicon_word_list(data::lexicon_names(), "place_preposition");
  WordSet not_name = lexicon_word_list(data::lexicon_names(), "not_name");
  WordSet acronym = lexicon_word_list(data::lexicon_names(), "acronym");
};

// Built on first use, thread-safe.
const Lists&
lists() {
  static const Lists kLists;
  return kLists;
}

}  // namespace

bool
is_title(std::string_view word) {
  return lists().title.contains(word);
}

bool
is_lower_title(std::string_view word) {
  return lists().lower_title.contains(word);
}

bool
is_organisation_cue(std::string_view word) {
  return lists().organisation_cue.contains(word);
}

bool
is_place_cue_after(std::string_view word) {
  return lists().place_cue.contains(word);
}

bool
is_name_particle(std::string_view word) {
  return lists().particle.contains(word);
}

bool
is_name_connector(std::string_view word) {
  return lists().connector.contains(word);
}

bool
is_speech_verb(std::string_view word) {
  return lists().speech_verb.contains(word);
}

bool
is_place_preposition(std::string_view word) {
  return lists().place_preposition.contains(word);
}

bool
is_not_a_name(std::string_view word) {
  return lists().not_name.contains(word) || date_words::month_word(word).value >= 0 ||
         date_words::weekday_word(word).value >= 0;
}

bool
is_common_acronym(std::string_view word) {
  return lists().acronym.contains(word);
}

}  // namespace tally::entity_words
