// What happened to the counted thing: the event words around a candidate, job changes, lives
// lost. Tolls and running totals are in figure_totals.cpp.

#include <string>
#include <utility>
#include <unordered_set>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"

namespace tally::figure_parts {
namespace {

// Jobs are lost and added: "shed 105,000 jobs", "lost 33,000 jobs", "wiped out 8.7 million
// jobs", "a loss of 20,000 jobs" (cut), "added only 74,000 jobs", "created 200 jobs", "an
// addition of 193,000 jobs" (hire). Other things lost or added are not events of the list.
// Returns the event and the token where its words start.
std::pair<std::string_view, std::size_t> job_event(const std::vector<Token>& tokens,
                                                   const Sentence& s, std::size_t start) {
  static const std::unordered_set<std::string_view> kFillers = {
      "only", "just", "a", "an", "another", "additional", "net", "further", "some", "the",
      "between", "anywhere", "somewhere"};
  static const std::unordered_set<std::string_view> kCut = {
      "lost",      "lose",      "loses",   "losing", "shed",  "sheds",  "shedding",
      "slashed",   "slashing",  "axed",    "cut",    "cuts",  "cutting", "eliminated",
      "eliminate", "eliminating", "loss",  "losses", "elimination", "dropped", "dropping",
      "destroyed", "destroying"};
  static const std::unordered_set<std::string_view> kHire = {
      "added",  "add",     "adds",     "adding",   "created", "create",    "creates",
      "creating", "gained", "gain",    "gains",    "generated", "addition", "additions",
      "creation", "increase", "growth", "filled", "filling"};
  std::size_t k = start;
  while (k > s.first + 1 && kFillers.count(tokens[k - 1].lower) > 0) {
    --k;
  }
  // one adjective between: "adds paltry 38,000 jobs", "added a robust 250,000 jobs"
  if (k > s.first + 1 && kCut.count(tokens[k - 1].lower) == 0 &&
      kHire.count(tokens[k - 1].lower) == 0 && tokens[k - 1].lower != "of" &&
      tokens[k - 1].shape == TokenShape::kWord && !tokens[k - 1].capitalized &&
      !is_np_stop(tokens[k - 1].lower) &&
      (kCut.count(tokens[k - 2].lower) > 0 || kHire.count(tokens[k - 2].lower) > 0)) {
    --k;
  }
  if (k <= s.first) {
    return {};
  }
  // "an addition of", "a net loss of": the event noun before "of"
  const bool of = tokens[k - 1].lower == "of" && k > s.first + 1;
  std::string_view w = tokens[of ? k - 2 : k - 1].lower;
  if (!of && w == "out" && k > s.first + 1 && tokens[k - 2].lower == "wiped") {
    return {"cut", k - 2};
  }
  static const std::unordered_set<std::string_view> kNouns = {
      "loss",     "losses", "elimination", "addition", "additions",
      "creation", "increase", "gain",      "gains",    "growth"};
  const bool noun = kNouns.count(w) > 0;
  if (of != noun) {
    return {};  // a verb before the number, a noun before "of": "lost 33,000", "a loss of 20,000"
  }
  const std::size_t at = of ? k - 2 : k - 1;
  if (kCut.count(w) > 0) {
    return {"cut", at};
  }
  if (kHire.count(w) > 0) {
    return {"hire", at};
  }
  return {};
}

// "Payrolls grew by 157,000", "manufacturing jobs rose 40,000", "jobs ... were up 51,000":
// a change in the number of jobs, with the number right after the verb (or "by").
std::string_view job_change(const std::vector<Token>& tokens, const Sentence& s, std::size_t start,
                            const FigureMemory& memory, bool own_noun) {
  // past tense, and the present of headlines ("U.S. hiring falls 33,000")
  static const std::unordered_set<std::string_view> kUp = {
      "grew",  "rose",  "increased", "climbed", "jumped", "added", "gained", "up",   "surged",
      "grows", "rises", "increases", "climbs",  "jumps",  "adds",  "gains",  "surges"};
  static const std::unordered_set<std::string_view> kDown = {
      "fell",  "dropped", "declined", "decreased", "shrank", "down",    "slumped", "plunged",
      "falls", "drops",   "declines", "decreases", "shrinks", "slumps", "plunges", "sheds",
      "loses"};
  std::size_t v = start;
  for (std::size_t n = 0;; ++n) {
    if (v <= s.first || n >= 4 || tokens[v - 1].shape != TokenShape::kWord) {
      return {};
    }
    const auto& w = tokens[v - 1].lower;
    if (kUp.count(w) > 0 || kDown.count(w) > 0) {
      break;
    }
    if (w != "by" && w != "a" && w != "an" && w != "another" && w.find('-') == std::string::npos) {
      return {};
    }
    --v;
  }
  const std::string_view event = kUp.count(tokens[v - 1].lower) > 0 ? "hire" : "cut";
  if (own_noun) {
    return event;  // "rose by 42,000 positions": the number counts jobs itself
  }
  for (std::size_t k = v - 1; k > s.first && k + 10 > v; --k) {
    const auto& w = tokens[k - 1].lower;
    // "Government employees increased by 45,000": staff as the verb's own subject
    const bool staff_subject = k + 1 == v && (w == "employees" || w == "positions");
    if (w == "jobs" || w == "job" || w == "payrolls" || w == "payroll" || w == "employment" ||
        w == "hiring" || w == "employers" || staff_subject ||
        (w == "they" && memory.last_head == "job")) {
      // "workers who lost their jobs climbed by 588,000": the jobs of a relative clause
      const auto& owner = k >= s.first + 2 ? tokens[k - 2].lower : std::string();
      if (owner == "their" || owner == "his" || owner == "her") {
        return {};
      }
      return event;
    }
    if (is_punct(tokens[k - 1], ';') || is_punct(tokens[k - 1], '.')) {
      break;
    }
  }
  return {};
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

// Whether the article so far speaks of illness, reading the passages not yet read for it.
bool disease_context(FigureMemory& memory) {
  for (const auto text : memory.disease_unread) {
    if (memory.disease_context) {
      break;
    }
    memory.disease_context = mentions_disease(text);
  }
  memory.disease_unread.clear();
  return memory.disease_context;
}

// Whether the article so far reports on employment, reading the passages not yet read for it.
bool jobs_context(FigureMemory& memory) {
  static constexpr std::string_view kParts[] = {
      "ayroll", "nemployment rate", "obs report", "onfarm", "Labor Department",
      "Department of Labor", "Bureau of Labor Statistics", "BLS", "jobless rate"};
  for (const auto text : memory.jobs_unread) {
    for (const auto part : kParts) {
      memory.jobs_context = memory.jobs_context || text.find(part) != std::string_view::npos;
    }
    if (memory.jobs_context) {
      break;
    }
  }
  memory.jobs_unread.clear();
  return memory.jobs_context;
}

}  // namespace

// Events that happen to people, so that an elided count can be a count of people: "killing
// 22", "six wounded". "won five", "destroyed 14" leave the counted thing unknown.
bool people_event(std::string_view event) {
  static const std::unordered_set<std::string_view> kEvents = {
      "kill", "wound", "missing", "displace", "evacuate", "rescue", "kidnap", "arrest",
      "infect", "deport", "sentence", "charge", "protest", "strike", "employ", "capture"};
  return kEvents.count(event) > 0;
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
    auto verb = event_after(tokens, c.np_end, s.last);
    if (verb.event.empty()) {
      verb = event_before(tokens, s.first, c.start);
    }
    if (!verb.event.empty()) {
      c.np.event = {};
      c.event = verb;
    }
  }
  if (!c.np.event.empty()) {
    c.event.event = c.np.event;
    c.event.first = c.np.first;
    c.event.last = c.np.last;
  } else if (c.event.event.empty()) {
    c.event = event_after(tokens, c.np_end, s.last);
    if (c.event.event.empty()) {
      c.event = event_before(tokens, s.first, c.start);
      c.object_elided = c.np.counted.empty() && !c.event.event.empty();
    } else if (c.np.counted.empty() && c.np.first > c.number.last) {
      read_predicate(text, tokens, s, c);  // "half a million of those displaced ... are children"
    }
  }
  // "added 56,500 payrolls": payrolls are jobs; "a net 15,000 payroll gains": jobs added
  if (c.np.head == "payroll") {
    c.np.head = "job";
  }
  if ((c.np.head == "gain" || c.np.head == "loss") && c.np.last > c.np.first + 1 &&
      c.event.event.empty()) {
    const auto& modifier = tokens[c.np.last - 2].lower;
    if (modifier == "payroll" || modifier == "job" || modifier == "jobs") {
      c.np.head = "job";
      c.event.event = known_event(tokens[c.np.last - 1].lower.starts_with("gain") ? "hire" : "cut");
      c.event.first = c.np.first;
      c.event.last = c.np.last;
    }
  }
  const bool staffed = c.np.head == "job" || c.np.head == "worker" ||
                       c.np.head == "employee" || c.np.head == "position";
  if (staffed && c.event.event.empty()) {
    // "about 190,000 jobs were added in July", "5,000 jobs will be cut": the passive
    std::size_t k = c.np_end;
    while (k < s.last && k < c.np_end + 3 &&
           (tokens[k].lower == "were" || tokens[k].lower == "was" || tokens[k].lower == "have" ||
            tokens[k].lower == "has" || tokens[k].lower == "had" || tokens[k].lower == "been")) {
      ++k;
    }
    if (k < s.last) {  // also "Only 38,000 jobs added" in a headline
      const auto& v = tokens[k].lower;
      const std::string_view passive = v == "added" || v == "created" || v == "gained"
                                           ? "hire"
                                           : (v == "lost" || v == "cut" || v == "shed" ||
                                              v == "eliminated" || v == "slashed")
                                                 ? "cut"
                                                 : std::string_view{};
      if (!passive.empty()) {
        c.event.event = passive;
        c.event.first = c.np_end;
        c.event.last = k + 1;
      }
    }
  }
  // "added 2.4 million workers to their payrolls", "shed 500 employees": workers taken on or
  // let go are jobs added or cut
  const bool staff = (c.np.head == "worker" || c.np.head == "employee" ||
                      c.np.head == "position") &&
                     c.event.event.empty();
  if (c.np.head == "job" || staff) {
    if (const auto [job, at] = job_event(tokens, s, c.start); !job.empty()) {
      c.event.event = job;
      c.event.first = at;
      c.event.last = c.start;
      c.event.mood = mood_before(tokens, s.first, at);  // "plans to cut 15,000 jobs"
    }
  }
  const bool own_noun = c.np.head == "job" || c.np.head == "position";
  if (c.event.event.empty() && (c.np.counted.empty() || own_noun)) {
    if (const auto change = job_change(tokens, s, c.start, memory, own_noun); !change.empty()) {
      c.event.event = change;
      if (c.np.counted.empty()) {
        c.np.counted = "jobs";
        c.np.head = "job";
        // "Government employees increased by 45,000": the staff named as the subject
        for (std::size_t k = c.start; k > s.first && k + 5 > c.start; --k) {
          const auto& w = tokens[k - 1].lower;
          if (w == "employees" || w == "positions") {
            c.np.counted = w;
            c.np.head = singular_noun(w);
            break;
          }
        }
      }
    }
  }
  // "The suit accuses eight members of the family": a legal filing accusing people charges
  // them (not "Trump accuses a protester")
  if (c.event.event.empty() && has_people_head(c.np.head) && c.start > s.first &&
      (tokens[c.start - 1].lower == "accuses" || tokens[c.start - 1].lower == "accused")) {
    for (std::size_t k = s.first; k + 1 < c.start; ++k) {
      const auto& w = tokens[k].lower;
      if (w == "suit" || w == "lawsuit" || w == "complaint" || w == "indictment" ||
          w == "prosecutors" || w == "filing") {
        c.event.event = known_event("charge");
        c.event.first = c.start - 1;
        c.event.last = c.start;
        break;
      }
    }
  }
  // "holding three other Americans hostage": people held are kidnapped
  if (c.event.event.empty() && has_people_head(c.np.head) && c.np_end < s.last &&
      tokens[c.np_end].lower == "hostage") {
    c.event.event = known_event("kidnap");
    c.event.first = c.np_end;
    c.event.last = c.np_end + 1;
  }
  // votes needed are no votes cast: "she would need to find 218 votes", "he needs 60 votes in
  // the Senate", "short of the 70 votes they were hoping to secure"
  if (c.event.event == "vote" && c.np.head == "vote") {
    for (std::size_t k = c.start; k > s.first && k + 5 > c.start; --k) {
      const auto& w = tokens[k - 1].lower;
      if (w.starts_with("need") || w.starts_with("requir") || w == "find" || w == "reach" ||
          w == "secure" || w == "takes" || w == "take" || w == "short" || w == "threshold" ||
          w == "get" || w == "muster") {
        c.event = EventFound{};
        break;
      }
    }
  }
  // in a report on employment, jobs counted with no verb are jobs added: "only 271,000 jobs",
  // "312,000 jobs was a tremendous number"; not jobs kept, saved or moved
  if (c.event.event.empty() && c.np.head == "job" && c.number.kind == NumberKind::kCount) {
    bool kept = false;
    for (std::size_t k = c.start; k > s.first && k + 4 > c.start; --k) {
      const auto& w = tokens[k - 1].lower;
      kept = kept || w.starts_with("keep") || w.starts_with("sav") || w.starts_with("kept") ||
             w.starts_with("protect") || w.starts_with("mov") || w.starts_with("outsourc") ||
             w.starts_with("need") || w == "open" || w == "unfilled";
    }
    for (std::size_t k = c.np_end; k < s.last && k < c.np_end + 4; ++k) {
      const auto& w = tokens[k].lower;
      kept = kept || w.starts_with("outsourc") || w == "open" || w == "unfilled" ||
             w == "available" || w == "vacant" || w == "at";
    }
    if (!kept && jobs_context(memory)) {
      c.event.event = known_event("hire");
    }
  }
  // a crowd in a sentence about a protest protests: "a reported 2,000 people joined the
  // demonstration", "rallies involving up to 300 people"
  if (c.event.event.empty() && (c.np.head == "people" || c.np.head == "supporter" ||
                                c.np.head == "resident" || c.np.head == "student")) {
    for (std::size_t k = s.first; k < s.last; ++k) {
      const auto& w = tokens[k].lower;
      if (w.starts_with("protest") || w.starts_with("demonstrat") || w == "rally" ||
          w == "rallies" || w == "march" || w == "marched" || w == "marching") {
        c.event.event = known_event("protest");
        break;
      }
    }
  }
  // people lost are people killed: "We lost two great men today", "the unit lost 30 soldiers"
  if (c.event.event.empty() && has_people_head(c.np.head) && c.start > s.first) {
    std::size_t k = c.start;
    while (k > s.first + 1 && (tokens[k - 1].lower == "another" || tokens[k - 1].lower == "all" ||
                               tokens[k - 1].lower == "only" || tokens[k - 1].lower == "some")) {
      --k;
    }
    const auto& w = tokens[k - 1].lower;
    // not "lost three players to injury", "lost two aides to the campaign"
    const bool lost_to = c.np_end < s.last && tokens[c.np_end].lower == "to";
    if ((w == "lost" || w == "lose" || w == "loses" || w == "losing") && !lost_to) {
      c.event.event = known_event("kill");
      c.event.first = k - 1;
      c.event.last = c.start;
      c.event.mood = mood_before(tokens, s.first, k - 1);
    }
  }
  // delegates and seats gathered are won, seats given up lost: "collected 21 delegates", "a
  // sweep of Colorado's 34 delegates", "picked up 12 seats", "flipped six seats", "lost 63 seats"
  if (c.event.event.empty() &&
      (c.np.head == "delegate" || c.np.head == "seat" || c.np.head == "district")) {
    static const std::unordered_set<std::string_view> kGather = {
        "collected", "secured", "amassed", "swept",   "sweep",   "clinched", "captured",
        "earned",    "picked",  "locked",  "locking", "scooped", "grabbed",  "gained",
        "netted",    "nabbed",  "took",    "taking",  "flipped", "flip",     "flipping"};
    static const std::unordered_set<std::string_view> kGiveUp = {
        "lost", "lose", "loses", "losing", "ceded", "forfeited", "surrendered"};
    for (std::size_t k = c.start; k > s.first && k + 5 > c.start; --k) {
      const Token& t = tokens[k - 1];
      const bool lost = kGiveUp.count(t.lower) > 0 && c.np.head == "seat";
      if (kGather.count(t.lower) > 0 || lost) {
        c.event.event = known_event(lost ? "lose" : "win");
        c.event.first = k - 1;
        c.event.last = c.start;
        c.event.mood = mood_before(tokens, s.first, k - 1);
        break;
      }
      if (t.shape != TokenShape::kWord) {
        break;
      }
    }
  }
  // a crowd at a protest protests: "crowds of 600,000 people marched", "40 people took part"
  // in a paragraph about a protest; a crowd at a rally may be a campaign's audience
  if (c.event.event == "attend") {
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const auto& w = tokens[k].lower;
      if (w.starts_with("protest") || w.starts_with("demonstrat") || w.starts_with("march")) {
        c.event.event = "protest";
        break;
      }
    }
  }
  // "the court accepted two cases": cases are infections only where illness is the subject
  if (c.event.event == "infect" && !disease_context(memory) && c.event.last > c.event.first) {
    const auto& w = tokens[c.event.last - 1].lower;
    const bool confirmed = c.event.last >= c.event.first + 2 &&
                           tokens[c.event.last - 2].lower == "confirmed";
    if ((w == "cases" || w == "case") && !confirmed) {
      c.event.event = {};
    }
  }
  // "eight counts of material support", "pleaded guilty to eight charges": criminal counts
  // and charges are charges
  if (c.event.event.empty() && (c.np.head == "count" || c.np.head == "charge")) {
    bool legal = c.np.head == "count" && c.np.last < s.last && tokens[c.np.last].lower == "of";
    for (std::size_t k = s.first; k < s.last && !legal; ++k) {
      const auto& w = tokens[k].lower;
      legal = w == "guilty" || w == "pleaded" || w == "charged" || w == "convicted" ||
              w == "indicted" || w == "acquitted" || w == "faces" || w == "facing" ||
              w == "criminal" || w == "felony" || w == "misdemeanor";
    }
    if (legal) {
      c.event.event = known_event("charge");
    }
    // counts a court convicted of are sentences: "convicted of eight criminal counts", "found
    // guilty of two charges"
    for (std::size_t k = c.start; legal && k > s.first + 1 && k + 3 > c.start; --k) {
      const auto& w = tokens[k - 1].lower;
      if (w == "convicted" || (w == "guilty" && tokens[k - 2].lower == "found")) {
        c.event.event = known_event("sentence");
        break;
      }
    }
  }
  // "shot three times", "viewed 1.3 million times": occurrences, not people the event befell
  if (c.np.head == "time") {
    c.event.event = {};
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
