// Tolls and running totals: "the toll has reached 61", "raising the number of dead to 21",
// "cases topped 1 million", and the cues that make a count cumulative ("so far", "since").

#include <string>
#include <unordered_set>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"

namespace tally::figure_parts {
namespace {

const std::unordered_set<std::string_view>& cumulative_cues() {
  static const std::unordered_set<std::string_view> kWords = {
      "since", "overall", "altogether", "counting", "cumulative", "raising", "bringing",
      "pushing", "taking", "total", "tally"};
  return kWords;
}

// Verbs that move a running total: "raising the number of ... to 21".
bool raises_total(std::string_view w) {
  return w == "raising" || w == "bringing" || w == "pushing" || w == "taking";
}

}  // namespace

bool cumulative_clause(const std::vector<Token>& tokens, const Sentence& s, std::size_t a,
                       std::size_t b) {
  std::size_t lo = a;
  while (lo > s.first && !is_clause_break(tokens[lo - 1])) {
    --lo;
  }
  std::size_t hi = b;
  while (hi < s.last && !is_clause_break(tokens[hi])) {
    ++hi;
  }
  // "raising the toll to 21", "bringing the total to 40"; not "taking off from Havana"
  auto total_follows = [&](std::size_t k) {
    for (std::size_t j = k + 1; j < s.last && j <= k + 5; ++j) {
      const auto& w = tokens[j].lower;
      if (w == "toll" || w == "total" || w == "number" || w == "tally" || w == "count") {
        return true;
      }
    }
    return false;
  };
  auto cue_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const auto& w = tokens[k].lower;
      if (cumulative_cues().count(w) > 0 && (!raises_total(w) || total_follows(k))) {
        return true;
      }
      if (k + 1 < to && ((w == "so" && tokens[k + 1].lower == "far") ||
                         (w == "in" && tokens[k + 1].lower == "total") ||
                         (w == "to" && tokens[k + 1].lower == "date"))) {
        return true;
      }
    }
    return false;
  };
  if (cue_in(lo, hi)) {
    return true;
  }
  // "Counting those lost in the latest attack, 42 ... have been killed"
  return lo > s.first && (tokens[s.first].lower == "counting" || tokens[s.first].lower == "since");
}

void read_toll(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
               std::size_t floor, Candidate& c) {
  if (c.start <= s.first) {
    return;
  }
  const auto& before = tokens[c.start - 1].lower;
  if (before != "to" && before != "at" && before != "of" && before != "reached" &&
      before != "hit" && before != "was" && before != "is" && before != "passed") {
    return;
  }
  const std::size_t lo = c.start > floor + 12 ? c.start - 12 : floor;
  for (std::size_t k = c.start - 1; k > lo; --k) {
    const auto& w = tokens[k - 1].lower;
    const std::size_t at = k - 1;
    if (is_punct(tokens[at], ';') || is_punct(tokens[at], '.')) {
      return;
    }
    const bool number_of = (w == "number" || w == "total" || w == "tally") && at + 1 < c.start &&
                           tokens[at + 1].lower == "of";
    if (w != "toll" && !number_of) {
      continue;
    }
    c.toll = true;
    if (number_of) {
      auto np = read_noun_phrase(text, tokens, at + 2, c.start);
      if (!np.counted.empty()) {
        c.np = np;
        c.event = event_after(tokens, np.last, c.start);
        if (!np.event.empty()) {
          c.event.event = np.event;
        }
      }
    } else {
      c.np.head = "death";  // "the toll has reached 61": 61 deaths
      c.event.event = at > s.first && (tokens[at - 1].lower == "injury" ||
                                       tokens[at - 1].lower == "casualty")
                          ? "wound"
                          : "kill";
      if (at > s.first && tokens[at - 1].lower == "death") {
        c.event.event = "kill";
      }
      if (c.event.event != "kill") {
        c.np.head.clear();
      }
    }
    for (std::size_t r = lo; r < c.start; ++r) {
      const auto& v = tokens[r].lower;
      if (v == "revised" || v == "updated" || v == "corrected" || v == "revising") {
        c.revision = true;
      }
      if (v == "raising" || v == "bringing" || v == "pushing" || v == "taking" || v == "rose" ||
          v == "risen" || v == "climbed" || v == "increased" || v == "reached" || v == "mounted") {
        c.cumulative = true;
      }
    }
    return;
  }
}

namespace {

// "Weekly jobless claims hit 6.6 million", "sales rose to 1.5 million": a plural subject right
// before the verb that reaches the number is what the number counts, with no event.
void read_plural_subject(std::string_view text, const std::vector<Token>& tokens,
                         const Sentence& s, Candidate& c) {
  std::size_t v = c.start - 1;  // the verb, or "to" / "at" after it
  // "hit a record 6.87 million", "reached a new high of 2 million"
  while (v > s.first + 1 && (tokens[v].lower == "record" || tokens[v].lower == "a" ||
                             tokens[v].lower == "new" || tokens[v].lower == "high" ||
                             tokens[v].lower == "of") &&
         (tokens[v - 1].lower == "a" || tokens[v - 1].lower == "hit" ||
          tokens[v - 1].lower == "reached" || tokens[v - 1].lower == "new" ||
          tokens[v - 1].lower == "record" || tokens[v - 1].lower == "high")) {
    --v;
  }
  if (tokens[v].lower == "of" || tokens[v].lower == "record" || tokens[v].lower == "high" ||
      tokens[v].lower == "new") {
    return;  // "the ages of 24 and 39": no verb reaches the number
  }
  // "came in at 1.43 million"
  if (tokens[v].lower == "at" && v >= s.first + 3 && tokens[v - 1].lower == "in" &&
      (tokens[v - 2].lower == "came" || tokens[v - 2].lower == "come" ||
       tokens[v - 2].lower == "comes")) {
    v -= 2;
  } else if (tokens[v].lower == "to" || tokens[v].lower == "at") {
    if (v == s.first) {
      return;
    }
    const auto& w = tokens[v - 1].lower;
    const bool to = tokens[v].lower == "to";
    static const std::unordered_set<std::string_view> kChange = {
        "rose",  "risen", "climbed", "jumped", "increased", "soared", "grew",   "fell",
        "dropped", "declined", "decreased", "slipped", "dipped", "surged", "rise",  "rises",
        "fall",  "falls", "climb",   "climbs", "jump",      "jumps",  "drop",   "drops",
        "decline", "declines", "surge", "surges", "slip",    "slips"};
    if (to ? kChange.count(w) == 0 : (w != "stood" && w != "stands" && w != "stand")) {
      return;
    }
    --v;
  }
  if (v == s.first) {
    return;
  }
  // "claims for state unemployment benefits fell to": the noun before "for" heads the subject
  for (std::size_t k = v - 1; k > s.first + 1 && k + 5 > v; --k) {
    if (tokens[k - 1].lower == "for" && plural_head(tokens[k - 2]) &&
        !tokens[k - 2].capitalized) {
      v = k - 1;
      break;
    }
    if (tokens[k - 1].shape != TokenShape::kWord) {
      break;
    }
  }
  const Token& subject = tokens[v - 1];
  // a capital only opening the sentence or in a title-case headline ("Jobless Claims Fall")
  const bool capital = subject.capitalized && v - 1 != s.first && !tokens[v].capitalized;
  if (subject.shape != TokenShape::kWord || capital || is_np_stop(subject.lower) ||
      !plural_head(subject) || unit_kind(subject.lower) != UnitKind::kNone) {
    return;
  }
  // one modifier before it: "jobless claims", "home sales"
  std::size_t first = v - 1;
  if (first > s.first && tokens[first - 1].shape == TokenShape::kWord &&
      !tokens[first - 1].capitalized && !is_np_stop(tokens[first - 1].lower)) {
    --first;
  }
  // the subject, not a noun inside its modifier: "overdoses involving synthetic opioids jumped"
  if (first > s.first) {
    const auto& w = tokens[first - 1].lower;
    const bool determiner = w == "the" || w == "a" || w == "an" || w == "its" || w == "their";
    const bool participle = (w.ends_with("ing") || w.ends_with("ed")) && first - 1 > s.first;
    if ((is_np_stop(w) && !determiner) || participle) {
      return;
    }
  }
  c.start = first;  // the quote runs from the subject: "jobless claims hit 6.6 million"
  c.np.first = first;
  c.np.last = v;
  c.np.counted = std::string(span_text(text, tokens, first, v));
  c.np.head = singular_noun(subject.lower);
}

}  // namespace

void read_event_total(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                      Candidate& c) {
  static const std::unordered_set<std::string_view> kReach = {
      "top",     "tops",    "topped",    "exceed",  "exceeds", "exceeded", "surpass",
      "surpassed", "passed", "reached",  "reach",   "reaches", "hit",      "to",
      "totaled", "totalled", "numbered", "at", "record", "of"};
  if (c.start <= s.first || !c.np.counted.empty() || !c.event.event.empty() ||
      kReach.count(tokens[c.start - 1].lower) == 0) {
    return;
  }
  // "to" only after a verb of change: "apprehensions jumped by 28 percent to 280,272"
  bool change = tokens[c.start - 1].lower != "to";
  for (std::size_t k = c.start - 1; k > s.first && k + 9 > c.start; --k) {
    const std::size_t at = k - 1;
    const auto& w = tokens[at].lower;
    if (is_clause_break(tokens[at]) || is_punct(tokens[at], '.')) {
      return;
    }
    change = change || raises_total(w) || w == "rose" || w == "risen" || w == "climbed" ||
             w == "jumped" || w == "increased" || w == "soared" || w == "grew" || w == "fell" ||
             w == "dropped" || w == "declined";
    const auto ev = match_event(tokens, at, at + 1);
    // a plural event noun ("cases topped"), or the toll ("the death toll could top 100,000")
    if (ev.length != 1 || ev.role != EventRole::kNoun || (singular_noun(w) == w && w != "toll")) {
      continue;
    }
    if (!change || (at + 1 < c.start && tokens[at + 1].lower == "of")) {
      return;
    }
    const auto modifier = at > s.first ? people_singular(tokens[at - 1].lower) : std::string_view{};
    c.np.first = modifier.empty() ? at : at - 1;
    c.np.last = at + 1;
    c.np.counted = std::string(span_text(text, tokens, c.np.first, c.np.last));
    c.np.head = modifier.empty() ? (w == "toll" ? "death" : singular_noun(w))
                                 : std::string(modifier);
    c.event.event = ev.event;
    c.event.first = at;
    c.event.last = c.start;
    c.toll = true;
    c.cumulative = true;
    c.event.mood = mood_before(tokens, s.first, c.start - 1);  // "could top 100,000"
    const auto& verb = tokens[c.start - 1].lower;
    const bool beyond = verb.starts_with("top") || verb.starts_with("exceed") ||
                        verb.starts_with("surpass") || verb == "passed";
    if (c.qualifier == Qualifier::kExact && beyond) {
      c.qualifier = Qualifier::kMoreThan;  // "cases topped 1 million": more than
    }
    return;
  }
  read_plural_subject(text, tokens, s, c);
}

}  // namespace tally::figure_parts
