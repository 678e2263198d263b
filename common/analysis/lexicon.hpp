#pragma once
// The word lists of the figure extractor, read once from the embedded lexicons/*.tsv
// (lexicon_data.hpp) into hash tables. Immutable after first use, so safe from many threads.
// The searcher uses event_for_word() to map query words to the events the indexer stored.

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/figure.hpp"
#include "common/analysis/tokens.hpp"

namespace tally {

// The event type a word or phrase names: "killed", "deaths", "death toll", "martyred" -> "kill";
// "fled" -> "displace"; "shot down" -> "destroy". ASCII case-insensitive; runs of spaces count
// as one. Returns "" for words that name no event ("refugees", "attack"). The view points into
// static storage.
std::string_view event_for_word(std::string_view word_or_phrase);

// The first word of the entries of lexicons/events.tsv, lower case ("killed", "tested" of
// "tested positive"), but for common verbs that start phrases about groups ("took part"): a
// passage without any of them (and without numbers) holds no figure. Views into static storage.
const std::vector<std::string_view>& event_first_words();

// Every event type of lexicons/events.tsv, sorted: "arrest", "capture", "charge", ...
std::vector<std::string_view> event_types();

enum class EventRole {
  kVerb,          // "killed", "capturing": after the counted noun, or before the number
  kIntransitive,  // "died", "fled": only after the counted noun
  kAdjective,     // "dead", "injured": "39 injured", "left three soldiers dead"
  kNoun,          // "deaths", "cases": "400 civilian deaths"
};

struct EventMatch {
  std::string_view event;  // empty when nothing matched
  EventRole role = EventRole::kVerb;
  std::size_t length = 0;  // tokens matched
};

// The longest event word or phrase starting at tokens[i], not reaching past `end`.
EventMatch match_event(const std::vector<Token>& tokens, std::size_t i, std::size_t end);

struct QualifierMatch {
  Qualifier qualifier = Qualifier::kExact;
  std::size_t length = 0;  // tokens matched; 0 when none
};

// The longest qualifier phrase ("at least", "more than", "some") that ends just before
// tokens[i], not reaching before `first`.
QualifierMatch match_qualifier_before(const std::vector<Token>& tokens, std::size_t first,
                                      std::size_t i);

// The singular of a people noun ("soldiers" -> "soldier", "police" -> "police"); "" when the
// word is not one.
std::string_view people_singular(std::string_view lower);

enum class UnitKind {
  kNone,
  kDuration,     // "days", "year-old"
  kMeasure,      // "km", "degrees"
  kMoney,        // after the number: "euros"
  kMoneyBefore,  // before the number: "$", "£"
  kPercent,      // "%", "percent"
  kTime,         // "p.m.", "GMT"
  kMonth,        // "February", "Feb"
  kNamePrefix,   // "Route", "Boeing": the number is part of a name
};

UnitKind unit_kind(std::string_view lower);

// A word after "N times" that makes it a multiplier ("as", "longer", "the": units.tsv).
bool is_multiplier_after_times(std::string_view lower);

// A demonym that is its own plural ("French", "Chinese"; people.tsv's own_plural rows).
bool is_own_plural_demonym(std::string_view lower);
// A collective noun for people, the same word for one group and for many ("people", "police",
// "staff", "faculty"; people.tsv's collective rows): "80 faculty" counts people, "a staff
// member" is one.
bool is_collective_people_noun(std::string_view lower);

// A group whose members a bare number counts, as people: "a family of six", "a crew of 23"
// (units.tsv group).
bool is_people_group(std::string_view lower);

// "its", "their", "his", "her", "our": a determiner that names an owner.
bool is_possessive_determiner(std::string_view lower);

// Verbs of change ("rose", "fell", "topped") and words of forecast ("expected", "consensus"):
// the lists of lexicons/changes.tsv. Lower case, exact.
bool is_change_verb(std::string_view lower);
// A verb of change or of shift (changes.tsv): what moves a number "from" one value "to" another.
bool is_shift_verb(std::string_view lower);
// "said", "told", "revealed": a date right after it dates the saying (reporting.tsv
// speech_date).
bool is_speech_date_verb(std::string_view lower);
// "proving", "saying": a participle that takes a clause (reporting.tsv clause_participle).
bool is_clause_participle(std::string_view lower);
bool is_forecast_word(std::string_view lower);
// Nouns of an estimate or forecast ("estimate", "projections", "consensus"): lexicons/changes.tsv.
bool is_estimate_noun(std::string_view lower);
// Nouns of a running total ("toll", "total", "tally", "count", "number"): lexicons/changes.tsv.
bool is_toll_noun(std::string_view lower);
// Words for a count ("number", "figure", "total", "tally", "count"): lexicons/changes.tsv.
bool is_count_word(std::string_view lower);

// The incident a word names, lower case ("quake" -> "earthquake", "shootings" -> "shooting"):
// lexicons/incidents.tsv. "" when the word names none.
std::string_view incident_name(std::string_view lower);
// A word that stands for an article's incident, whatever it is ("disaster", "tragedy"): rows of
// lexicons/incidents.tsv whose incident is "*".
bool is_generic_incident(std::string_view lower);

// The singular form of an English noun, lower case: people nouns and irregulars from the
// lexicon ("children" -> "child", "personnel" -> "personnel"), else -ies -> -y, -sses/-ches/
// -shes/-xes lose -es, other -s lose -s ("forces" -> "force"); words that are not plural come
// back unchanged.
std::string singular_noun(std::string_view lower);

}  // namespace tally
