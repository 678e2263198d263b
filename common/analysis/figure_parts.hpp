#pragma once
// Internal to the figure extractor (figures.cpp, figure_*.cpp): reading the counted noun phrase
// and the event around a number. Not for use outside common/analysis.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/tokens.hpp"

namespace tally::figure_parts {

// Function words, auxiliaries, pronouns and adverbs that end a counted noun phrase.
bool is_np_stop(std::string_view lower);
// The number of words at k that join what follows to what was counted before: "along with",
// "together with" (2), "as well as" (3); 0 for none.
inline std::size_t alongside_words(const std::vector<Token>& tokens, std::size_t k,
                                   std::size_t end) {
  const auto is = [&](std::size_t n, std::string_view w) {
    return k + n < end && tokens[k + n].lower == w;
  };
  if ((is(0, "along") || is(0, "together")) && is(1, "with")) {
    return 2;
  }
  return is(0, "as") && is(1, "well") && is(2, "as") ? 3 : 0;
}
// "slightly", "upwardly", "sharply": a word of more than four letters in -ly, taken for an
// adverb of degree or manner.
inline bool is_ly_word(std::string_view w) { return w.size() > 4 && w.ends_with("ly"); }
// "surpassed", "topped", "exceeds", "crossing": a verb that puts its number below the count,
// "more than" it ("surpassed 3 million infections", "cases topped 1 million").
bool is_beyond_verb(std::string_view lower);
// "the", "a", "their", "Friday's": what makes the next word a noun.
bool is_determiner_word(std::string_view lower);
// Token b, or the "a" of "a total of" ending just before it ("arrested a total of 300 people",
// "lost a total of 85 souls"), when it lies after `first`.
std::size_t before_a_total_of(const std::vector<Token>& tokens, std::size_t first, std::size_t b);
// "in", "on", "aboard", "near": what opens a place phrase after a counted noun. (Not
// entity_words::is_place_preposition, the names.tsv list that opens a place name.)
bool is_place_preposition(std::string_view lower);
// "there", "nationwide": an adverb of place after a counted noun ("463 people there have died").
bool is_place_adverb(std::string_view lower);

// How far an aside between dashes may reach, in tokens: "four Americans — Ambassador
// Christopher Stevens, ... and Glen Doherty — were killed".
constexpr std::size_t kAsideTokens = 30;
// Token k is an aside dash spelled like `dash`: the one that closes (or opens) its aside.
inline bool is_aside_dash_like(const std::vector<Token>& tokens, std::size_t k,
                               std::string_view dash) {
  return tokens[k].lower == dash && is_aside_dash(tokens, k);
}

struct NounPhrase {
  std::size_t first = 0;   // token range of the counted words; empty when elided
  std::size_t last = 0;
  std::string counted;     // as written: "Turkish soldiers"
  std::string head;        // singular, lower case: "soldier"
  std::string_view event;  // set when the phrase names its event ("civilian deaths", "39 injured")
  bool ellipsis = false;   // an adjective that stands for people ("three wounded"), head "people"
};

// The counted phrase starting at token i (after the number and any "more"/"other"), ending
// before `end`. Handles partitives ("of our soldiers", "of whom"), vague "of" ("dozens of
// villages") and an adjective standing for people ("39 injured").
NounPhrase read_noun_phrase(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t i, std::size_t end);

// True when the word can be the plural head a cardinal above one counts: "soldiers", "people",
// "children", "aircraft". "two sides" yes; "10 saying", "a 391,000 gain", "136,000 vs" no.
bool plural_head(const Token& t);

// kModal: planned, forecast or possible ("will cut", "could top"): a figure flagged modal.
// kHypothetical: a condition or a threat ("if 30 die", "threatened to kill 30"): no figure.
enum class Mood { kFactual, kNegated, kModal, kHypothetical };

struct EventFound {
  std::string_view event;  // empty when none
  std::size_t first = 0;   // token range of the event words (and auxiliaries)
  std::size_t last = 0;
  Mood mood = Mood::kFactual;
};

// The event after the counted phrase: "were killed", "have now been killed", "killed",
// "were feared dead", "died"; skips ", including three children," and "(...)". k is the token
// after the phrase.
EventFound event_after(const std::vector<Token>& tokens, std::size_t k, std::size_t end);

// From token k after a counted phrase, the token that opens its predicate: past an aside
// (", including three children,", "(...)", "— ... —"), a reporting frame set off by commas
// (", police said,"), a coordinated noun ("and other buildings"), a relative clause ("who had
// died earlier"), a short place phrase ("on board"), a participle phrase ("walking his dog")
// and an adverb of place ("463 people there have died"). k itself when none stands there.
// (figure_event_subject.cpp)
std::size_t skip_to_predicate(const std::vector<Token>& tokens, std::size_t k, std::size_t end);

// An object starts at token k: "killed 5 people", "killed at least 5", "killed a guard",
// "killed himself". A participle is followed by something else: "five people killed in".
// (figure_event_scan.cpp)
bool takes_object(const std::vector<Token>& tokens, std::size_t k, std::size_t end);

// The event verb of a relative clause whose object starts at token `start`: "who killed 12
// people", "that captured two towns". The predicate after that object is the clause
// subject's, not the object's. Empty when the verb before is no relative clause's.
// (figure_event_scan.cpp)
EventFound relative_object_verb(const std::vector<Token>& tokens, const Sentence& s,
                                std::size_t start);

// The transitive event verb ending just before token b ("killed 29", "shot down two",
// "capturing more than 20"), with its mood ("could kill hundreds" is modal).
EventFound event_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b);

// --- figure_mood.cpp ---

// Words that may stand in a verb chain before an event: "was", "have been", "reportedly".
bool is_auxiliary_word(std::string_view lower);
// The auxiliaries of a passive: "was", "were", "been", "got" ("four Americans got killed").
bool is_passive_auxiliary(std::string_view lower);
// Words of plans and forecasts: "will", "could", "plans".
bool is_modal_word(std::string_view lower);
// Words of conditions and threats: "if", "unless", "threatened".
bool is_hypothetical_word(std::string_view lower);
// "ordered", "forced", "told": after a passive auxiliary and before "to", an order or force
// obeyed ("were ordered to evacuate"), so what follows "to" was done.
bool is_compelling_word(std::string_view lower);
// "not", "never", "denied".
bool is_negation_word(std::string_view lower);
// "they", "he", "she", "it", "we": a new subject, which opens a clause of its own.
bool is_subject_pronoun(std::string_view lower);
// "who", "that", "which": a relative clause opens.
bool is_relative_pronoun(std::string_view lower);

// The mood of the verb at token b from the words before it: "could kill" is modal, "did not
// kill" negated; a verb after "and" shares the mood of the one it is coordinated with ("plans
// to close five plants and cut 15,000 jobs").
Mood mood_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b);

// True when token b of sentence s is inside a condition: "If 30 people die, ...".
bool in_condition(const std::vector<Token>& tokens, const Sentence& s, std::size_t b);

// True when the words just before token b negate the count: "none of the", "not a single".
bool negated_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b);

std::string_view span_text(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t first, std::size_t last);

}  // namespace tally::figure_parts
