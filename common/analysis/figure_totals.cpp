// Tolls and running totals: "the toll has reached 61", "raising the number of dead to 21",
// "cases topped 1 million", and the cues that make a count cumulative ("so far", "since").

#include <algorithm>
#include <optional>
#include <string>

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

const WordSet& cumulative_cues() {
  static const WordSet kWords = {
      "since", "overall", "altogether", "counting", "cumulative", "raising", "bringing",
      "pushing", "taking", "total", "tally"};
  return kWords;
}

// Verbs that move a running total: "raising the number of ... to 21".
bool raises_total(std::string_view w) {
  return w == "raising" || w == "bringing" || w == "pushing" || w == "taking";
}

// Verbs of a running total passing a mark: "surpassed 3 million", "topped 100,000" (not
// "passed", "crossed": "passed two bills", "crossed 12 borders").
bool passes_mark(std::string_view w) {
  return w == "surpassed" || w == "surpassing" || w == "surpasses" || w == "topped" ||
         w == "topping" || w == "tops" || w == "top" || w == "exceeded" || w == "exceeding" ||
         w == "exceeds" || w == "eclipsed";
}

}  // namespace

bool cumulative_clause(const std::vector<Token>& tokens, const Sentence& s, std::size_t a,
                       std::size_t b) {
  if (a > s.first && tokens[a - 1].lower == "by") {
    return false;  // "climbed by 588,000 to a total of 2.8 million": the change, not the total
  }
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
      if (is_toll_noun(tokens[j].lower)) {
        return true;
      }
    }
    return false;
  };
  auto cue_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const auto& w = tokens[k].lower;
      // "in total" sums the parts of one count, told as of no day: "100,000 people in total at
      // the demonstration Thursday"
      const bool in_total = w == "total" && k > s.first && tokens[k - 1].lower == "in";
      if (cumulative_cues().contains(w) && (!raises_total(w) || total_follows(k)) && !in_total) {
        return true;
      }
      if (k + 1 < to && ((w == "so" && tokens[k + 1].lower == "far") ||
                         (w == "to" && tokens[k + 1].lower == "date"))) {
        return true;
      }
    }
    return false;
  };
  if (cue_in(lo, hi)) {
    return true;
  }
  // a total passing a mark: "infections surpassed 3 million", "deaths topped 100,000"
  // (not "the top four leaders")
  if (a > lo && passes_mark(tokens[a - 1].lower) &&
      !(a > lo + 1 && is_determiner_word(tokens[a - 2].lower))) {
    return true;
  }
  // "As of Wednesday, the state had 16,460 cases", "182,000 ballots had been issued as of
  // Friday": what has been counted up to a day (not a state on that day: "23 of which were yet
  // to be contained as of early Saturday", "she was 40,000 votes ahead as of Monday night")
  bool as_of = false;
  bool perfect = false;
  for (std::size_t k = lo; k < hi; ++k) {
    const auto& w = tokens[k].lower;
    as_of = as_of || (w == "as" && k + 1 < hi && tokens[k + 1].lower == "of");
    perfect = perfect || w == "has" || w == "have" || w == "had";
  }
  const auto& lead = tokens[s.first].lower;
  as_of = as_of || (lead == "as" && s.first + 1 < s.last && tokens[s.first + 1].lower == "of");
  if (as_of && perfect) {
    return true;
  }
  // "Counting those lost in the latest attack, 42 ... have been killed"
  return lo > s.first && (lead == "counting" || lead == "since");
}

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Only words (no punctuation, no number) in tokens [from, to).
bool words_between(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  return std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(from),
                     tokens.begin() + static_cast<std::ptrdiff_t>(to), is_word);
}

}  // namespace

// Words between a verb of change and the number it reaches: "fell 339,000 to 20,929,000",
// "climbed in June by 588,000 to a total of 2.8 million", "revised up slightly to 1.897 million
// from 1.877 million". A number before is another complement of the same verb.
bool change_complement(const Token& t) {
  static const WordSet kWords = {
      "by",  "to",     "from",    "at",      "up",     "down",   "a",       "total",  "of", "the",
      "high", "low",   "record",  "new",     "mere",   "in",     "last",    "this",   "week",
      "month", "year", "quarter", "million", "billion", "thousand", "another", "further",
      "roughly", "about", "nearly", "some",  "around", "almost", "just",    "only",   "more",
      "than", "over",  "under", "percent", "points", "for", "ended", "ending", "unchanged",
      "steady", "flat", "stable", "upward", "downward", "upwards", "downwards"};
  if (t.shape == TokenShape::kNumber || is_punct(t, '%')) {
    return true;
  }
  return t.shape == TokenShape::kWord &&
         (kWords.contains(t.lower) || unit_kind(t.lower) == UnitKind::kMonth ||
          (!t.capitalized && is_ly_word(t.lower)));
}

// The verb of change whose complement starts at tokens[start]: its index ("came in at" gives
// "came"), if any.
std::optional<std::size_t> change_verb_before(const std::vector<Token>& tokens,
                                              const Sentence& s, std::size_t start) {
  for (std::size_t k = start; k > s.first && k + 12 > start; --k) {
    const Token& t = tokens[k - 1];
    if (is_change_verb(t.lower)) {
      return k - 1;
    }
    if (t.lower == "at" && k >= s.first + 3 && tokens[k - 2].lower == "in" &&
        (tokens[k - 3].lower == "came" || tokens[k - 3].lower == "come" ||
         tokens[k - 3].lower == "comes")) {
      return k - 3;
    }
    // "revised to 273,000, from the 225,000 previously reported"
    const bool comma = is_punct(t, ',') && k < start &&
                       (tokens[k].lower == "from" || tokens[k].lower == "to" ||
                        tokens[k].lower == "up" || tokens[k].lower == "down");
    if (!change_complement(t) && !comma) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

void read_toll(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
               std::size_t floor, Candidate& c) {
  if (c.start <= s.first) {
    return;
  }
  // past a focusing adverb: "the death toll remains at just 64", "rose to only 12"
  std::size_t b = c.start;
  if (b > s.first + 1 && (tokens[b - 1].lower == "just" || tokens[b - 1].lower == "only" ||
                          tokens[b - 1].lower == "still" || tokens[b - 1].lower == "now")) {
    --b;
  }
  // a range: "the death toll is between 100,000 and 200,000"
  if (c.high > 0 && b > s.first + 1 && tokens[b - 1].lower == "between") {
    --b;
  }
  const auto& before = tokens[b - 1].lower;
  if (before != "to" && before != "at" && before != "of" && before != "reached" &&
      before != "hit" && before != "was" && before != "is" && before != "passed" &&
      before != "passing" && before != "reaching" && before != "hitting" &&
      before != "by" && before != "totaled" && before != "totalled" && before != "numbered" &&
      before != "from") {
    return;
  }
  // the toll may be far back when a long modifier follows it: "the number of people caught
  // illegally crossing into the U.S. or turned away at the Mexican border dropped to 104,000"
  const std::size_t lo = c.start > floor + 28 ? c.start - 28 : floor;
  for (std::size_t k = c.start - 1; k > lo; --k) {
    const auto& w = tokens[k - 1].lower;
    const std::size_t at = k - 1;
    if (is_punct(tokens[at], ';') || is_punct(tokens[at], '.')) {
      return;
    }
    // (or a limit set on it: "increasing the annual cap on refugees from 18,000 to 125,000",
    // "the ceiling for refugee admissions at 18,000")
    const bool limit = (w == "cap" || w == "limit" || w == "ceiling" || w == "quota") &&
                       at + 1 < c.start &&
                       (tokens[at + 1].lower == "on" || tokens[at + 1].lower == "for");
    const bool number_of = ((w == "number" || w == "total" || w == "tally" || w == "cap" ||
                             w == "limit" || w == "ceiling" || w == "quota") &&
                            at + 1 < c.start && tokens[at + 1].lower == "of") ||
                           limit;
    // "put the arrest total at seven", "the case count rose to 40": a total named by the event
    // noun before it, in the singular, and only a few words before the number
    std::string plural;
    std::string_view named;
    if (!number_of && (w == "total" || w == "tally" || w == "count") && at > s.first &&
        at + 6 > c.start && words_between(tokens, at + 1, c.start)) {
      plural = tokens[at - 1].lower + "s";
      named = event_for_word(plural);
    }
    if (named.empty() && w != "toll" && !number_of) {
      continue;
    }
    if (number_of && at + 2 == b) {
      // "to a total of 2.8 million", "of just 12": the number of what is further back
      continue;
    }
    c.toll = true;
    if (number_of) {
      // the noun phrase ends at the verb of change: "The number of long-term unemployed
      // stayed essentially unchanged at 4.8 million"
      std::size_t np_end = c.start;
      for (std::size_t j = at + 3; j < c.start; ++j) {
        if (is_change_verb(tokens[j].lower)) {
          np_end = j;
          break;
        }
      }
      auto np = read_noun_phrase(text, tokens, at + 2, np_end);
      if (!np.counted.empty()) {
        c.np = np;
        c.event = event_after(tokens, np.last, c.start);
        if (!np.event.empty()) {
          c.event.event = np.event;
        }
        // "The number of jobs added for March was revised": jobs added are hires
        if (c.event.event.empty() && is_staff_head(np.head) && np.last < c.start) {
          if (const auto job = staff_participle_event(tokens[np.last].lower, np.head);
              !job.empty()) {
            c.event.event = job;
            c.event.first = np.last;
            c.event.last = np.last + 1;
          }
        }
      }
    } else if (!named.empty()) {
      c.np.head = tokens[at - 1].lower;
      c.np.counted = plural;
      c.event.event = named;
    } else {
      c.np.head = "death";  // "the toll has reached 61": 61 deaths
      const std::string_view kind = at > s.first ? std::string_view(tokens[at - 1].lower) : "";
      c.event.event = kind == "injury" || kind == "casualty" ? "wound" : "kill";
      // "India's infection toll stood at just three": infections
      if (kind == "infection" || kind == "case") {
        c.event.event = "infect";
        c.np.head = "infection";
      }
      if (c.event.event == "wound") {
        c.np.head.clear();
      }
    }
    for (std::size_t r = lo; r < c.start; ++r) {
      const auto& v = tokens[r].lower;
      if (v == "revised" || v == "updated" || v == "corrected" || v == "revising") {
        c.revision = true;
      }
      const bool change = before == "by";  // "rose by 500" is the change, not the total
      if (!change && (v == "raising" || v == "bringing" || v == "pushing" || v == "taking" ||
                      v == "rose" || v == "risen" || v == "climbed" || v == "increased" ||
                      v == "reached" || v == "mounted")) {
        c.cumulative = true;
      }
    }
    return;
  }
}

namespace {

// The plural subject noun of the verb at `v`: right before it ("jobless claims fell", "claims
// were revised up"), before a preposition ("claims for ...", "in", "among", "under"), or
// opening the clause ("Continuing claims for unemployment benefits during the week ending May 30
// fell"). Returns its index, or kNone.
std::size_t plural_subject(const std::vector<Token>& tokens, const Sentence& s, std::size_t v) {
  static const WordSet kAux = {
      "was", "were", "is", "are", "has", "have", "had", "been", "also", "then"};
  while (v > s.first + 1 &&
         (kAux.contains(tokens[v - 1].lower) || is_ly_word(tokens[v - 1].lower))) {
    --v;  // "were upwardly revised"
  }
  if (v == s.first) {
    return kNone;
  }
  // an appositive between the subject and its verb: "Continuing claims, those made after an
  // initial application, fell"
  if (is_punct(tokens[v - 1], ',')) {
    std::size_t p = v - 1;
    while (p > s.first && p + 15 > v && !is_punct(tokens[p - 1], ',') &&
           tokens[p - 1].shape != TokenShape::kNumber) {
      --p;
    }
    if (p > s.first + 1 && is_punct(tokens[p - 1], ',') && p + 1 < v) {
      v = p - 1;
    }
  }
  std::size_t cs = v;  // the clause's start
  while (cs > s.first && !is_clause_break(tokens[cs - 1])) {
    --cs;
  }
  // "The number of workers who lost their jobs climbed by 588,000": a toll (read_toll)
  for (std::size_t k = cs; k + 1 < v && k < cs + 3; ++k) {
    if ((tokens[k].lower == "number" || tokens[k].lower == "total") &&
        tokens[k + 1].lower == "of") {
      return kNone;
    }
  }
  // "claims for state unemployment benefits fell to", "Claims for the previous week were
  // revised upward to", "Arrests among teenagers fell to", "Claims under the program also
  // totaled": the noun before the preposition heads the subject (capitalised only as the
  // sentence's first word). Not a noun after "of", nor before a singular verb, which have
  // another subject: "the median age of new cases in Florida has declined"
  const bool singular_verb =
      tokens[v].lower == "has" || tokens[v].lower == "is" || tokens[v].lower == "was";
  for (std::size_t k = v - 1; !singular_verb && k > s.first + 1 && k + 5 > v; --k) {
    const auto& prep = tokens[k - 1].lower;
    const bool after_of = k - 2 > s.first && tokens[k - 3].lower == "of";
    if ((prep == "for" || prep == "in" || prep == "among" || prep == "under") &&
        plural_head(tokens[k - 2]) && (!tokens[k - 2].capitalized || k - 2 == s.first) &&
        !after_of) {
      return k - 2;
    }
    if (tokens[k - 1].shape != TokenShape::kWord) {
      break;
    }
  }
  const auto& last = tokens[v - 1].lower;
  if (tokens[v - 1].shape == TokenShape::kWord && plural_head(tokens[v - 1]) &&
      !ends_possessive(last) && !last.ends_with("'")) {
    return v - 1;
  }
  // the noun phrase opening the clause, before its first preposition
  std::size_t k = cs;
  while (k < v && (tokens[k].lower == "the" || tokens[k].lower.ends_with("'s") ||
                   tokens[k].lower == "last" || tokens[k].lower == "new")) {
    ++k;
  }
  std::size_t head = kNone;
  for (; k < v && tokens[k].shape == TokenShape::kWord && !is_np_stop(tokens[k].lower); ++k) {
    head = k;
  }
  const bool prep = k < v && (tokens[k].lower == "for" || tokens[k].lower == "during" ||
                              tokens[k].lower == "in" || tokens[k].lower == "on" ||
                              tokens[k].lower == "under");
  return head != kNone && prep && plural_head(tokens[head]) ? head : kNone;
}

// The bare number of a copula ends its clause at token `end`: the sentence or the clause ends
// there, or a phrase of time or source follows ("for the week", "last month", "according to").
// Not a list, a range or a label: "33, 37", "30 to 40", "three or four times", "1)", "44 I".
bool ends_copula_number(const std::vector<Token>& tokens, const Sentence& s, std::size_t start,
                        std::size_t end) {
  for (std::size_t k = start; k < end; ++k) {
    if (tokens[k].lower == "to" || tokens[k].lower == "or" || tokens[k].lower == "and") {
      return false;  // a range
    }
  }
  static const WordSet kAfter = {
      "for", "in", "on", "during", "last", "this", "according", "with", "from", "as",
      "compared", "since", "through", "after", "before", "at", "by", "so", "now", "today"};
  if (end >= s.last || is_punct(tokens[end], '.') || is_punct(tokens[end], ';')) {
    return true;
  }
  if (is_punct(tokens[end], ',')) {
    return end + 1 < s.last && tokens[end + 1].shape == TokenShape::kWord &&
           number_word_value(tokens[end + 1].lower) < 0 && tokens[end + 1].lower != "and" &&
           tokens[end + 1].lower != "or";
  }
  return tokens[end].shape == TokenShape::kWord && kAfter.contains(tokens[end].lower);
}

// "Weekly jobless claims hit 6.6 million", "sales rose to 1.5 million", "claims fell 339,000
// to 20,929,000": a plural subject of a verb of change is what the numbers it reaches count,
// with no event.
void read_plural_subject(std::string_view text, const std::vector<Token>& tokens,
                         const Sentence& s, Candidate& c) {
  auto verb = change_verb_before(tokens, s, c.start);
  // "Initial claims were 1,314,000 for the week": a plural subject of "were" or "are" right
  // before the number (not people, whose bare number is an age: "the victims were 17"), which
  // ends the clause (not a list or a range: "ages are 33, 37", "ranks are 30 to 40")
  const bool copula = !verb && c.start > s.first + 1 &&
                      (tokens[c.start - 1].lower == "were" || tokens[c.start - 1].lower == "are") &&
                      !is_relative_pronoun(tokens[c.start - 2].lower) &&
                      ends_copula_number(tokens, s, c.start, c.np_end);
  if (copula) {
    verb = c.start - 1;
  }
  if (!verb || *verb == s.first) {
    return;  // no verb, or no subject before it
  }
  const std::size_t v = *verb;
  const std::size_t at = plural_subject(tokens, s, v);
  if (at == kNone || (copula && (!people_singular(tokens[at].lower).empty() ||
                                 is_count_word(singular_noun(tokens[at].lower))))) {
    return;
  }
  const Token& subject = tokens[at];
  // measures, not counts: "prices rose from 5 to 10", "rates fell to 3"
  static const WordSet kMeasures = {
      "prices", "rates", "costs", "values", "yields", "wages", "earnings", "incomes",
      "revenues", "profits", "temperatures", "levels", "scores", "ratings", "shares", "stocks",
      "futures", "bonds", "averages", "odds"};
  if (kMeasures.contains(subject.lower)) {
    return;
  }
  // a capital only opening the sentence or in a title-case headline ("Jobless Claims Fall")
  const bool capital = subject.capitalized && at != s.first && !tokens[at + 1].capitalized;
  if (subject.shape != TokenShape::kWord || capital || is_np_stop(subject.lower) ||
      unit_kind(subject.lower) != UnitKind::kNone) {
    return;
  }
  // one modifier before it: "jobless claims", "home sales"
  std::size_t first = at;
  if (first > s.first && tokens[first - 1].shape == TokenShape::kWord &&
      !tokens[first - 1].capitalized && !is_np_stop(tokens[first - 1].lower) &&
      !ends_possessive(tokens[first - 1].lower)) {
    --first;
  }
  // the subject, not a noun inside its modifier: "overdoses involving synthetic opioids jumped"
  if (first > s.first) {
    const auto& w = tokens[first - 1].lower;
    // ("US" is the country, a modifier, or the pronoun, an object the subject follows: "US
    // unemployment claims fall to 326K", "they told us claims fell to 326,000")
    const bool determiner = w == "the" || w == "a" || w == "an" || w == "its" || w == "their" ||
                            w == "us" || ends_possessive(w) ||
                            tokens[first - 1].shape == TokenShape::kPunct;
    const bool participle = (w.ends_with("ing") || w.ends_with("ed")) && first - 1 > s.first;
    // the subject of a reported clause starts after its verb or "that": "The department said
    // applications rose 10,000", "data showed that claims fell"
    const auto reported = [&] {
      return w == "that" || attribution_words::is_speech_verb(w) ||
             attribution_words::is_finding_verb(w);
    };
    if (((is_np_stop(w) && !determiner) || participle) && !reported()) {
      return;
    }
  }
  // the quote runs from the subject when it is next to the verb: "jobless claims hit 6.6 million"
  // (not for a second number of the verb: "fell 339,000 to 20,929,000")
  bool second = false;
  for (std::size_t k = v; k < c.start; ++k) {
    second = second || tokens[k].shape == TokenShape::kNumber;
  }
  if (!second) {
    c.start = at + 6 > v ? first : v;
  }
  c.np.first = first;
  c.np.last = at + 1;
  c.np.counted = std::string(span_text(text, tokens, first, at + 1));
  c.np.head = singular_noun(subject.lower);
  // "deaths rose by 50% to 3,869 from 2,579": an event noun gives every number its event
  const auto ev = match_event(tokens, at, at + 1);
  if (ev.length == 1 && ev.role == EventRole::kNoun && c.event.event.empty()) {
    c.event.event = ev.event;
    c.event.first = at;
    c.event.last = at + 1;
  }
  // or an event phrase that ends in it: "job cuts plunged to 32,556"
  if (first < at && c.event.event.empty()) {
    const auto phrase = match_event(tokens, first, at + 1);
    if (phrase.length == 2 && phrase.role == EventRole::kNoun) {
      c.event.event = phrase.event;
      c.event.first = first;
      c.event.last = at + 1;
    }
  }
  // "January's job gains were revised to 273,000": jobs added (or, as losses, cut)
  const auto& modifier = at > s.first ? tokens[at - 1].lower : std::string();
  // "Payrolls in November were revised down by 10,000 to 256,000": payrolls count jobs, and
  // revised they are jobs added
  if (c.np.head == "payroll") {
    c.np.head = "job";
  }
  const bool revised = tokens[v].lower.starts_with("revis");
  // "New jobs in October totaled 152,000": new jobs are jobs added
  if (c.np.head == "job" && (modifier == "new" || revised) && c.event.event.empty()) {
    c.event.event = known_event("hire");
    c.event.first = first;
    c.event.last = at + 1;
  }
  // ("payroll increases for July and August were revised by a total 87,000")
  const bool fall = c.np.head == "loss" || c.np.head == "decline" || c.np.head == "decrease";
  if ((c.np.head == "gain" || c.np.head == "addition" || c.np.head == "increase" || fall) &&
      (modifier == "job" || modifier == "payroll" || modifier == "jobs")) {
    c.np.head = "job";
    c.event.event = known_event(fall ? "cut" : "hire");
    c.event.first = second ? c.start : first;
    c.event.last = second ? c.start : at + 1;
  }
}

}  // namespace

void read_event_total(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                      Candidate& c) {
  static const WordSet kReach = {
      "top",     "tops",    "topped",    "exceed",  "exceeds", "exceeded", "surpass",
      "surpassed", "passed", "reached",  "reach",   "reaches", "hit",      "to",
      "topping", "exceeding", "surpassing", "passing", "reaching", "hitting",
      "totaled", "totalled", "numbered", "at", "record", "of"};
  if (c.start <= s.first || !c.np.counted.empty() || !c.event.event.empty()) {
    return;
  }
  // also a verb of change right before: "as the death toll climbs above 100,000"
  if (!kReach.contains(tokens[c.start - 1].lower) && !is_change_verb(tokens[c.start - 1].lower)) {
    read_plural_subject(text, tokens, s, c);  // "fell 339,000", "rose by 825,000"
    return;
  }
  // "to" only after a verb of change: "apprehensions jumped by 28 percent to 280,272"
  bool change = tokens[c.start - 1].lower != "to";
  for (std::size_t k = c.start - 1; k > s.first && k + 9 > c.start; --k) {
    const std::size_t at = k - 1;
    const auto& w = tokens[at].lower;
    if (is_clause_break(tokens[at]) || is_punct(tokens[at], '.')) {
      break;
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
      break;
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
    if (c.qualifier == Qualifier::kExact && (is_beyond_verb(verb) || verb == "top")) {
      c.qualifier = Qualifier::kMoreThan;  // "cases topped 1 million": more than
    }
    return;
  }
  read_plural_subject(text, tokens, s, c);
}

}  // namespace tally::figure_parts
