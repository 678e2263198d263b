// People harmed without an event word: hit or struck by something that hurts ("five people were
// hit by cars", "One officer was struck in the leg"), taken to hospital ("Eight people were
// rushed to area hospitals", "sent at least 22 people to hospitals") or treated ("treating two
// people for gunshot wounds", "it treated 26 people"). All are wounded.

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

// How many describing words may stand between "to" and "hospital" ("to a nearby hospital",
// "to two area hospitals"), or between "by" and what hit ("by a stray bullet").
constexpr std::size_t kDescribing = 3;

// Tokens from k read "to [the, a, nearby, area ...] hospital(s)": where they end, else 0.
std::size_t to_hospital(const std::vector<Token>& tokens, std::size_t k, std::size_t last) {
  if (k >= last || tokens[k].lower != "to") {
    return 0;
  }
  for (std::size_t j = k + 1; j < last && j <= k + 1 + kDescribing; ++j) {
    const auto& w = tokens[j].lower;
    if (w == "hospital" || w == "hospitals") {
      return j + 1;
    }
    if (tokens[j].shape != TokenShape::kWord) {
      return 0;
    }
  }
  return 0;
}

// Verbs that carry people to hospital: "taken", "rushed", "sent", "airlifted".
bool carry_verb(std::string_view w) {
  static const WordSet kVerbs =
      lexicon_word_list(data::lexicon_domains(), "carry_to_hospital");
  return kVerbs.contains(w);
}

// "hit" or "struck", then what hit them or where: "hit by cars", "struck by a rock" (the
// harm_cause list: not "hit by layoffs"), "struck in the leg", "hit during a shootout", "hit
// with a brick" (not "hit with charges").
bool hit_at(const std::vector<Token>& tokens, std::size_t k, std::size_t last) {
  static const WordSet kCauses = lexicon_word_list(data::lexicon_domains(), "harm_cause");
  if (k + 1 >= last || (tokens[k].lower != "hit" && tokens[k].lower != "struck")) {
    return false;
  }
  const auto& p = tokens[k + 1].lower;
  if (p == "in" || p == "during") {
    return true;
  }
  if (p != "by" && p != "with") {
    return false;
  }
  for (std::size_t j = k + 2; j < last && j <= k + 2 + kDescribing; ++j) {
    if (tokens[j].shape != TokenShape::kWord) {
      return false;
    }
    if (kCauses.contains(tokens[j].lower)) {
      return true;
    }
  }
  return false;
}

// After what hit them, "and" and a death of the same people: "were struck by a car and killed",
// "hit by a truck and later died". Where the death ends, else 0.
std::size_t death_after_hit(const std::vector<Token>& tokens, std::size_t k, std::size_t last) {
  constexpr std::size_t kReach = 10;  // "hit by a car on Main Street and"
  for (std::size_t j = k; j < last && j < k + kReach; ++j) {
    if (tokens[j].lower != "and") {
      continue;
    }
    std::size_t v = j + 1;
    while (v < last && (tokens[v].lower == "later" || tokens[v].lower == "then" ||
                        is_passive_auxiliary(tokens[v].lower) || is_ly_word(tokens[v].lower))) {
      ++v;
    }
    const auto ev = v < last ? match_event(tokens, v, last) : EventMatch{};
    return ev.event == "kill" && ev.role != EventRole::kNoun ? v + ev.length : 0;
  }
  return 0;
}

}  // namespace

bool names_illness(std::string_view text) {
  static constexpr std::string_view kParts[] = {
      "irus", "IRUS", "OVID", "ovid-", "Ebola", "nfluenza", "holera", "easles", "pidemic",
      "ndemic", "utbreak", "flu ", "flu,", "flu.", "Flu ", "isease", "nfection"};
  for (const auto part : kParts) {
    if (text.find(part) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

void
wound_if_harmed(const std::vector<Token>& tokens, const Sentence& s, bool illness, Candidate& c) {
  // (or nothing counted yet: "took 14 of them to the hospital", "14 were hit by rubber
  // bullets")
  if (!c.event.event.empty() || !(c.np.head.empty() || has_people_head(c.np.head))) {
    return;
  }
  // after the counted people: "five officers hit during a shootout", "were rushed to hospital"
  // (not after "of": "the wedding party of a Houthi fighter was struck" is the party's)
  const bool owned = c.start > s.first && tokens[c.start - 1].lower == "of";
  if (!owned) {
    std::size_t k = c.np_end;
    while (k < s.last && k < c.np_end + 3 &&
           (is_passive_auxiliary(tokens[k].lower) || tokens[k].lower == "had" ||
            tokens[k].lower == "have" || tokens[k].lower == "has" ||
            is_ly_word(tokens[k].lower))) {
      ++k;
    }
    if (k < s.last && (hit_at(tokens, k, s.last) ||
                       (carry_verb(tokens[k].lower) && to_hospital(tokens, k + 1, s.last) > 0))) {
      const std::size_t death = death_after_hit(tokens, k + 1, s.last);
      c.event.event = known_event(death > 0 ? "kill" : "wound");
      c.event.first = c.np_end;
      c.event.last = death > 0 ? death : k + 1;
      return;
    }
  }
  // before them: "sent at least 22 people to hospitals", "treating two people for gunshot
  // wounds" (not "treated 40 patients for malaria": a disease is an infection's)
  const std::size_t b = before_a_total_of(tokens, s.first, c.start);
  if (b <= s.first) {
    return;
  }
  const auto& verb = tokens[b - 1].lower;
  bool harmed = carry_verb(verb) && to_hospital(tokens, c.np_end, s.last) > 0;
  const bool treat = verb == "treated" || verb == "treating" || verb == "treats" || verb == "treat";
  // (and not "treated 200 patients with the drug", "treated 50 guests to dinner"); with no
  // "for", only people treated after an event, not a hospital's habit or care of the sick:
  // "Hospitals have treated more than 200 others", not "treats more than 80,000 veterans a
  // year", "treating a terminally ill patient", "has successfully treated two other patients"
  const std::string_view then = c.np_end < s.last ? std::string_view(tokens[c.np_end].lower) : "";
  // (nor in an article on an illness: "42 tablets, which is essentially treating two people")
  const bool after_event = (verb == "treated" || verb == "treating") && c.number.value > 1 &&
                           c.np.head != "patient" && !illness;
  if (!harmed && treat && (then == "for" || after_event) && then != "with" && then != "to" &&
      then != "as" && then != "like") {
    harmed = then != "for" ||
             (c.np_end + 1 < s.last && !cause_at(tokens, s, c.np_end + 1, Cause::kIllness));
  }
  if (harmed) {
    c.event.event = known_event("wound");
    c.event.first = b - 1;
    c.event.last = c.start;
  }
}

}  // namespace tally::figure_parts
