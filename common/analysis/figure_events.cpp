// What happened to the counted thing: the event words around a candidate, cases and lives;
// jobs (figure_jobs.cpp), domain readings (figure_domains.cpp), tolls and running totals
// (figure_totals.cpp).

#include <string>
#include <utility>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

// A noun for one group of many: "a group of 13", "a crew of five", "a convoy of 30".
bool is_collective_noun(std::string_view w) {
  return is_people_group(w) || w == "class" || w == "total" || w == "convoy" || w == "caravan";
}

// "More than half a million of those displaced since December are children": the predicate
// noun after "are"/"were" names what is counted.
void read_predicate(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                    Candidate& c) {
  for (std::size_t k = c.event.last; k + 1 < s.last && k < c.event.last + 8; ++k) {
    if (is_clause_break(tokens[k])) {
      return;
    }
    if (tokens[k].lower == "are" || tokens[k].lower == "were") {
      auto np = read_noun_phrase(text, tokens, k + 1, s.last);
      if (!np.counted.empty()) {
        c.np = np;
        c.np_end = np.last;
      }
      return;
    }
  }
}


}  // namespace

// Events that happen to people, so that an elided count can be a count of people: "killing
// 22", "six wounded". "won five", "destroyed 14" leave the counted thing unknown.
bool people_event(std::string_view event) {
  static const WordSet kEvents = {
      "kill", "wound", "missing", "displace", "evacuate", "kidnap", "arrest",
      "infect", "deport", "sentence", "charge", "protest", "strike", "employ", "capture"};
  return kEvents.contains(event);
}

std::string_view known_event(std::string_view name) {
  for (const auto e : event_types()) {
    if (e == name) {
      return e;
    }
  }
  return {};
}

bool has_people_head(std::string_view head) {
  return !head.empty() && (head == "people" || !people_singular(head).empty());
}

namespace {

// The predicate at k puts an event named by its noun still to come: "Two more federal
// executions are scheduled for July", "three more rallies were planned", "are set for",
// "executions planned in Arkansas".
bool still_to_come(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  // (or a participle right after the noun: "at least six executions planned in Arkansas",
  // "two executions scheduled for Monday")
  if (k < end && (tokens[k].lower == "scheduled" || tokens[k].lower == "planned" ||
                  tokens[k].lower == "slated")) {
    return true;
  }
  if (k >= end || !is_passive_auxiliary(tokens[k].lower)) {
    return false;
  }
  ++k;
  while (k < end && (tokens[k].lower == "also" || tokens[k].lower == "now" ||
                     tokens[k].lower == "still" || tokens[k].lower == "tentatively")) {
    ++k;
  }
  if (k >= end) {
    return false;
  }
  const auto& w = tokens[k].lower;
  return w == "scheduled" || w == "planned" || w == "slated" || w == "expected" ||
         (w == "set" && k + 1 < end &&
          (tokens[k + 1].lower == "for" || tokens[k + 1].lower == "to"));
}

}  // namespace

void read_event(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                FigureMemory& memory, Candidate& c) {
  // "239 protesters' deaths": what befell the people is the noun their possessive governs
  if (has_people_head(c.np.head) && c.np_end + 1 < s.last && tokens[c.np_end].lower == "'" &&
      !tokens[c.np_end].space_before) {
    const auto ev = match_event(tokens, c.np_end + 1, s.last);
    if (ev.length > 0 && ev.role == EventRole::kNoun) {
      c.np.event = ev.event;
      c.np_end = c.np_end + 1 + ev.length;
    }
  }
  // a counted noun that implies its event ("200 protesters", "12 defendants") yields to
  // an event verb: "Police detained 30 protesters" is an arrest
  if (!c.np.event.empty() && c.np.event != "kill" && c.np.event != "wound" &&
      has_people_head(c.np.head)) {
    auto verb = relative_object_verb(tokens, s, c.start);
    if (verb.event.empty()) {
      verb = event_after(tokens, c.np_end, s.last);
    }
    if (verb.event.empty()) {
      verb = event_before(tokens, s.first, c.start);
    }
    if (!verb.event.empty()) {
      c.np.event = {};
      c.event = verb;
    }
  }
  // "17 critically injured troops succumbed to their wounds", "two wounded soldiers died
  // later": the wounded who die are counted dead
  if (c.np.event == "wound" && has_people_head(c.np.head)) {
    const auto verb = event_after(tokens, c.np_end, s.last);
    if (verb.event == "kill" && verb.mood == Mood::kFactual) {
      c.np.event = {};
      c.event = verb;
    }
  }
  if (!c.np.event.empty()) {
    c.event.event = c.np.event;
    c.event.first = c.np.first;
    c.event.last = c.np.last;
    if (still_to_come(tokens, c.np_end, s.last)) {
      c.event.mood = Mood::kModal;  // "Two more federal executions are scheduled"
    }
  } else if (c.event.event.empty()) {
    c.event = event_after(tokens, c.np_end, s.last);
    // a plural count does not agree with "was": "the car of the two men was quickly seized"
    // ("one of the two — known as 'black hat' — was critically injured")
    // (but a group is one: "The group of 13 was missing")
    // (not "the crew of two American gunboats was seized")
    const auto group = [&] {
      return c.start >= s.first + 2 && tokens[c.start - 1].lower == "of" &&
             is_collective_noun(tokens[c.start - 2].lower) &&
             (c.np.counted.empty() || has_people_head(c.np.head));
    };
    // (nor "has" or "is": "suspected of wounding four people at a Waffle House early Sunday
    // morning has been apprehended", where the count is the object of the verb before it)
    const auto singular = [](std::string_view w) { return w == "was" || w == "has" || w == "is"; };
    if (!c.event.event.empty() && c.number.value > 1 && c.event.first < s.last &&
        singular(tokens[c.event.first].lower) && !group()) {
      c.event = EventFound{};
    }
    // the object of a relative clause's verb leaves the predicate after it to the clause's
    // subject: "The gunman who killed 12 people had fled"
    if (!c.event.event.empty()) {
      if (const auto verb = relative_object_verb(tokens, s, c.start); !verb.event.empty()) {
        c.event = verb;
      }
    }
    // the last item of an aside between dashes takes the predicate after it: "a family of six
    // - two great-grandparents and four children - drowned"
    // (the same dash opens it, within an aside's reach, and no other stands before that one)
    if (c.event.event.empty() && c.np_end + 1 < s.last && is_aside_dash(tokens, c.np_end)) {
      const auto& dash = tokens[c.np_end].lower;
      std::size_t open = c.start;
      while (open > s.first && open + kAsideTokens > c.np_end &&
             !is_aside_dash_like(tokens, open - 1, dash)) {
        --open;
      }
      bool first = open > s.first && is_aside_dash_like(tokens, open - 1, dash);
      for (std::size_t k = s.first; first && k + 1 < open; ++k) {
        first = !is_aside_dash_like(tokens, k, dash);
      }
      if (first) {
        c.event = event_after(tokens, c.np_end + 1, s.last);
      }
    }
    if (c.event.event.empty()) {
      c.event = event_before(tokens, s.first, c.start);
      c.object_elided = c.np.counted.empty() && !c.event.event.empty();
    } else if (c.np.counted.empty() && c.np.first > c.number.last) {
      read_predicate(text, tokens, s, c);  // "half a million of those displaced ... are children"
    }
  }
  read_job_event(tokens, s, memory, c);
  read_domain_event(tokens, s, c);
  kill_if_to_death(tokens, s, c);
  wound_if_harmed(tokens, s,
                  c.event.event.empty() && article_mentions(memory, memory.illness, names_illness),
                  c);
  // the sick taken to hospital in an article on an illness are patients, not the wounded:
  // "more than 2,100 people hospitalized" with the virus, "96,000 hospitalized patients"; not
  // beside harm of another kind: "40 people had been arrested ..., seven police officers had
  // been hospitalized and 21 police cruisers were damaged"
  if (c.event.event == "wound" && c.event.last > c.event.first &&
      article_mentions(memory, memory.illness, names_illness)) {
    bool hospital = false;
    for (std::size_t k = c.event.first; k < c.event.last && !hospital; ++k) {
      hospital = tokens[k].lower.starts_with("hospitali");
    }
    bool harm = false;
    for (std::size_t k = s.first; k < s.last && hospital && !harm; ++k) {
      const auto e = match_event(tokens, k, s.last).event;
      harm = !tokens[k].lower.starts_with("hospitali") &&
             (e == "wound" || e == "arrest" || e == "damage" || e == "destroy" || e == "protest");
    }
    if (hospital && !harm) {
      c.event.event = {};
    }
  }
  // "the court accepted two cases": cases are infections only where illness is the subject
  if (c.event.event == "infect" && !article_mentions(memory, memory.disease, mentions_disease) &&
      c.event.last > c.event.first) {
    const auto& w = tokens[c.event.last - 1].lower;
    const bool confirmed = c.event.last >= c.event.first + 2 &&
                           tokens[c.event.last - 2].lower == "confirmed";
    if ((w == "cases" || w == "case") && !confirmed) {
      c.event.event = {};
    }
  }
  // infections befall people, not the places where they are: "six detention centers ... have
  // so far contracted" counts no cases
  static const WordSet kPlaces = {
      "center", "centre", "facility", "home", "school", "hospital", "prison", "jail", "state",
      "country", "county", "city", "ship", "plant", "site", "business", "company", "store"};
  if (c.event.event == "infect" && kPlaces.contains(c.np.head)) {
    c.event.event = {};
  }
  // "shot three times", "viewed 1.3 million times": occurrences, not people the event befell;
  // but the times one is deported, arrested, sentenced or wins are those events ("deported to
  // Mexico five times", "won the last three times")
  auto repeats = [](std::string_view e) {
    return e == "deport" || e == "arrest" || e == "sentence" || e == "charge" || e == "win" ||
           e == "lose";
  };
  auto past = [&](std::size_t k) {  // a verb in the past: not "win probabilities"
    const auto& w = tokens[k].lower;
    return w.ends_with("ed") || w == "won" || w == "lost";
  };
  if (c.np.head == "time" &&
      (!repeats(c.event.event) || c.event.last <= c.event.first || !past(c.event.first))) {
    c.event = EventFound{};
    // the verb a few words back: "deported to Mexico five times", "won the last three times"
    for (std::size_t k = c.start; k > s.first && k + 7 > c.start; --k) {
      const Token& t = tokens[k - 1];
      if (is_clause_break(t) || t.shape != TokenShape::kWord) {
        break;
      }
      const auto ev = match_event(tokens, k - 1, c.start);
      if (ev.length > 0 && ev.role != EventRole::kNoun) {
        if (repeats(ev.event) && past(k - 1)) {
          c.event.event = ev.event;
          c.event.first = k - 1;
          c.event.last = c.np_end;
        }
        break;
      }
    }
  }
  if (c.event.event.empty() && c.np.head == "life") {
    bool saved = false;
    for (std::size_t j = c.start; j > s.first && j + 3 > c.start; --j) {
      saved = saved || tokens[j - 1].lower.starts_with("sav");
    }
    if (!saved) {
      c.event.event = "kill";  // "74,000 lives", "the lives of 346 people" are deaths
    }
  }
}

}  // namespace tally::figure_parts
