// The attribution word classes of attribution_words.hpp, read once from their lexicons into
// word sets (a function-local static: built on first use, thread-safe).

#include "common/analysis/attribution_words.hpp"

#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::attribution_words {
namespace {

struct Lists {
  WordSet speech = lexicon_word_list(data::lexicon_reporting(), "speech");
  WordSet passive_source = lexicon_word_list(data::lexicon_reporting(), "passive_source");
  WordSet obtained_by = lexicon_word_list(data::lexicon_reporting(), "obtained_by");
  WordSet subject_adverb = lexicon_word_list(data::lexicon_reporting(), "subject_adverb");
  WordSet subject_stop = lexicon_word_list(data::lexicon_reporting(), "subject_stop");
  WordSet speaker_noun = lexicon_word_list(data::lexicon_reporting(), "speaker_noun");
  WordSet knowing = lexicon_word_list(data::lexicon_reporting(), "knowing");
  WordSet knower = lexicon_word_list(data::lexicon_reporting(), "knower");
  WordSet document_noun = lexicon_word_list(data::lexicon_reporting(), "document_noun");
  WordSet incident_noun = lexicon_word_list(data::lexicon_reporting(), "incident_noun");
  WordSet finding = lexicon_word_list(data::lexicon_reporting(), "finding");
  WordSet noun_too = lexicon_word_list(data::lexicon_reporting(), "noun_too");
  WordSet event_with_object = lexicon_word_list(data::lexicon_reporting(), "event_with_object");
  WordSet time_adverb = lexicon_word_list(data::lexicon_reporting(), "time_adverb");
  WordSet toll_verb = lexicon_word_list(data::lexicon_reporting(), "toll_verb");
  WordSet clause_start = lexicon_word_list(data::lexicon_reporting(), "clause_start");
  WordSet clause_opener = lexicon_word_list(data::lexicon_reporting(), "clause_opener");
  WordSet clause_link = lexicon_word_list(data::lexicon_reporting(), "clause_link");
  WordSet scene_opener = lexicon_word_list(data::lexicon_reporting(), "scene_opener");
  WordSet saying_participle = lexicon_word_list(data::lexicon_reporting(), "saying_participle");
  WordSet progressive = lexicon_word_list(data::lexicon_reporting(), "progressive");
  WordSet poll_noun = lexicon_word_list(data::lexicon_reporting(), "poll_noun");
  WordSet poll_sample = lexicon_word_list(data::lexicon_reporting(), "poll_sample");
  WordSet pollster = lexicon_word_list(data::lexicon_reporting(), "pollster");
  WordSet medium_noun = lexicon_word_list(data::lexicon_reporting(), "medium_noun");
  WordSet fieldwork_verb = lexicon_word_list(data::lexicon_reporting(), "fieldwork_verb");
  WordSet label_document = lexicon_word_list(data::lexicon_reporting(), "label_document");
  WordSet quantifier_pronoun =
      lexicon_word_list(data::lexicon_reporting(), "quantifier_pronoun");
  WordSet belief = lexicon_word_list(data::lexicon_reporting(), "belief");
  WordSet source_title = lexicon_word_list(data::lexicon_titles(), "source_title");
  WordSet other_office = lexicon_word_list(data::lexicon_titles(), "other_office");
  WordSet source_word = lexicon_word_list(data::lexicon_organisations(), "source_word");
  WordSet epithet = lexicon_word_list(data::lexicon_organisations(), "epithet");
  WordSet bare_anaphor = lexicon_word_list(data::lexicon_organisations(), "bare_anaphor");
};

const Lists& lists() {
  static const Lists kLists;
  return kLists;
}

}  // namespace

bool is_speech_verb(std::string_view lower) { return lists().speech.contains(lower); }

bool is_finding_verb(std::string_view lower) { return lists().finding.contains(lower); }
bool is_clause_start(std::string_view lower) { return lists().clause_start.contains(lower); }
bool is_clause_opener(std::string_view lower) { return lists().clause_opener.contains(lower); }
bool opens_scene(std::string_view lower) {
  return lists().scene_opener.contains(lower) || lists().clause_opener.contains(lower);
}
bool starts_own_clause(std::string_view lower) {
  return lists().clause_link.contains(lower) || lists().clause_opener.contains(lower);
}
bool is_saying_participle(std::string_view lower) {
  return lists().saying_participle.contains(lower);
}
bool is_progressive_saying(std::string_view lower) {
  return lists().progressive.contains(lower);
}
bool is_poll_noun(std::string_view lower) { return lists().poll_noun.contains(lower); }
bool counts_poll_sample(std::string_view event, std::string_view head) {
  return event.empty() && lists().poll_sample.contains(head);
}
bool is_pollster(std::string_view lower) { return lists().pollster.contains(lower); }
bool is_medium_noun(std::string_view lower) { return lists().medium_noun.contains(lower); }
bool is_fieldwork_verb(std::string_view lower) {
  return lists().fieldwork_verb.contains(lower);
}
bool is_label_document(std::string_view lower) { return lists().label_document.contains(lower); }
bool is_quantifier_pronoun(std::string_view lower) {
  return lists().quantifier_pronoun.contains(lower);
}
bool is_belief_verb(std::string_view lower) { return lists().belief.contains(lower); }

bool is_toll_verb(std::string_view lower) { return lists().toll_verb.contains(lower); }

bool is_noun_too(std::string_view lower) { return lists().noun_too.contains(lower); }

bool is_event_with_object(std::string_view lower) {
  return lists().event_with_object.contains(lower);
}

bool is_time_adverb(std::string_view lower) { return lists().time_adverb.contains(lower); }

bool is_passive_source(std::string_view lower) { return lists().passive_source.contains(lower); }
bool is_obtained_by(std::string_view lower) { return lists().obtained_by.contains(lower); }

bool is_subject_adverb(std::string_view lower) { return lists().subject_adverb.contains(lower); }

bool is_subject_stop(std::string_view lower) { return lists().subject_stop.contains(lower); }

bool is_speaker_noun(std::string_view lower) { return lists().speaker_noun.contains(lower); }
bool is_knowing_word(std::string_view lower) { return lists().knowing.contains(lower); }
bool is_knower_noun(std::string_view lower) {
  return lists().knower.contains(lower) || lists().speaker_noun.contains(lower);
}

bool is_document_noun(std::string_view lower) { return lists().document_noun.contains(lower); }

bool is_incident_noun(std::string_view lower) { return lists().incident_noun.contains(lower); }

bool is_source_title(std::string_view lower) { return lists().source_title.contains(lower); }
bool is_other_office(std::string_view lower) { return lists().other_office.contains(lower); }

bool is_organisation_word(std::string_view lower) { return lists().source_word.contains(lower); }

Anaphor organisation_anaphor(std::string_view lower) {
  const Lists& l = lists();
  return l.epithet.contains(lower)        ? Anaphor::kEpithet
         : l.bare_anaphor.contains(lower) ? Anaphor::kBare
                                          : Anaphor::kNone;
}

}  // namespace tally::attribution_words
