// Jobs added and cut: "shed 105,000 jobs", "payrolls grew by 157,000", "5,000 jobs will be cut",
// and, in a report on employment, bare "271,000 jobs".

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_set.hpp"
#include "common/analysis/lexicon.hpp"

#include <string>

namespace tally::figure_parts {
namespace {

// Jobs are lost and added: "shed 105,000 jobs", "lost 33,000 jobs", "wiped out 8.7 million
// jobs", "a loss of 20,000 jobs" (cut), "added only 74,000 jobs", "created 200 jobs", "an
// addition of 193,000 jobs" (hire). Other things lost or added are not events of the list.
// Returns the event and the token where its words start.
std::pair<std::string_view, std::size_t>
job_event(const std::vector<Token>& tokens, const Sentence& s, std::size_t start) {
  static const WordSet kFillers = {
      "only",    "just", "a",   "an",      "another",  "additional", "net",
      "further", "some", "the", "between", "anywhere", "somewhere"};
  static const WordSet kCut = lexicon_word_list(data::lexicon_domains(), "job_cut");
  static const WordSet kHire = lexicon_word_list(data::lexicon_domains(), "job_hire");
  const auto skip_fillers = [&](std::size_t j) {
    while (j > s.first + 1 && kFillers.contains(tokens[j - 1].lower)) {
      --j;
    }
    return j;
  };
  std::size_t k = skip_fillers(start);
  // one adjective between, after its article: "adds paltry 38,000 jobs", "added a robust
  // 250,000 jobs" (capitalised after an article in a headline: "Added A Robust 292,000 Jobs")
  const bool after_article =
      k > s.first + 2 && (tokens[k - 2].lower == "a" || tokens[k - 2].lower == "an");
  if (k > s.first + 1 && !kCut.contains(tokens[k - 1].lower) &&
      !kHire.contains(tokens[k - 1].lower) && tokens[k - 1].lower != "of" &&
      tokens[k - 1].shape == TokenShape::kWord && (!tokens[k - 1].capitalized || after_article) &&
      !is_np_stop(tokens[k - 1].lower)) {
    const std::size_t j = skip_fillers(k - 1);
    if (kCut.contains(tokens[j - 1].lower) || kHire.contains(tokens[j - 1].lower)) {
      k = j;
    }
  }
  if (k <= s.first) {
    return {};
  }
  // "will cost the Nutmeg State 3,000 jobs", "cost them 500 jobs": an indirect object between
  for (std::size_t j = k; j > s.first && j + 5 > k; --j) {
    const auto& v = tokens[j - 1].lower;
    if (v == "cost" || v == "costs" || v == "costing") {
      if (j < k) {
        return {"cut", j - 1};
      }
      break;
    }
    if (tokens[j - 1].shape != TokenShape::kWord || is_np_stop(v)) {
      if (v != "the" && v != "them" && v != "us" && v != "it") {
        break;
      }
    }
  }
  // "an addition of", "a net loss of": the event noun before "of"
  const bool of = tokens[k - 1].lower == "of" && k > s.first + 1;
  std::string_view w = tokens[of ? k - 2 : k - 1].lower;
  if (!of && w == "out" && k > s.first + 1 && tokens[k - 2].lower == "wiped") {
    return {"cut", k - 2};
  }
  static const WordSet kNouns = {
      "loss",     "losses",   "elimination", "addition", "additions", "creation",
      "increase", "gain",     "gains",       "growth",   "decline",   "drop"};
  // (a noun is no verb before an article: "U.S. gains a robust 266,000 jobs")
  const bool article_after =
      !of && k < start && (tokens[k].lower == "a" || tokens[k].lower == "an");
  const bool noun = kNouns.contains(w) && !article_after;
  if (of != noun) {
    return {};  // a verb before the number, a noun before "of": "lost 33,000", "a loss of 20,000"
  }
  const std::size_t at = of ? k - 2 : k - 1;
  if (kCut.contains(w) || w == "decline" || w == "drop") {
    return {"cut", at};
  }
  if (kHire.contains(w)) {
    return {"hire", at};
  }
  return {};
}

// "job growth", "employment growth": growth at `noun` that counts jobs.
bool jobs_growth(const std::vector<Token>& tokens, const Sentence& s, std::size_t noun) {
  if (tokens[noun].lower != "growth" || noun <= s.first) {
    return false;
  }
  const auto& w = tokens[noun - 1].lower;
  return w == "employment" || w == "job" || w == "jobs" || w == "payroll";
}

// The jobs as the object of a change, `noun` its last word: "boosted payrolls by 227,000"
// (hire), "reduced information sector jobs by 34,000", "cut its workforce by 1,200",
// "depressed employment growth by 34,000 jobs" (cut).
std::string_view
object_change(const std::vector<Token>& tokens, const Sentence& s, std::size_t noun) {
  const auto& w = tokens[noun].lower;
  static const WordSet kNouns = lexicon_word_list(data::lexicon_domains(), "jobs_object");
  static const WordSet kUp = lexicon_word_list(data::lexicon_domains(), "jobs_object_up");
  static const WordSet kDown = lexicon_word_list(data::lexicon_domains(), "jobs_object_down");
  if (!jobs_growth(tokens, s, noun) && !kNouns.contains(w)) {
    return {};
  }
  for (std::size_t k = noun; k > s.first && k + 5 > noun; --k) {
    const auto& verb = tokens[k - 1].lower;
    if (kUp.contains(verb)) {
      return "hire";
    }
    if (kDown.contains(verb)) {
      return "cut";
    }
    if (tokens[k - 1].shape != TokenShape::kWord) {
      break;
    }
  }
  return {};
}

// "Payrolls grew by 157,000", "manufacturing jobs rose 40,000", "jobs ... were up 51,000":
// a change in the number of jobs, with the number right after the verb (or "by").
std::string_view
job_change(const std::vector<Token>& tokens,
           const Sentence& s,
           std::size_t start,
           const FigureMemory& memory,
           bool own_noun) {
  // past tense, and the present of headlines ("U.S. hiring falls 33,000")
  static const WordSet kUp = lexicon_word_list(data::lexicon_domains(), "jobs_up");
  static const WordSet kDown = lexicon_word_list(data::lexicon_domains(), "jobs_down");
  std::size_t v = start;
  for (std::size_t n = 0;; ++n) {
    if (v <= s.first || n >= 4 || tokens[v - 1].shape != TokenShape::kWord) {
      return {};
    }
    const auto& w = tokens[v - 1].lower;
    if (kUp.contains(w) || kDown.contains(w)) {
      break;
    }
    // "hiring by health-care companies boosted payrolls by 227,000": the jobs as the object
    if (n > 0 && tokens[v].lower == "by") {
      if (const auto event = object_change(tokens, s, v - 1); !event.empty()) {
        return event;
      }
    }
    if (w != "by" && w != "a" && w != "an" && w != "another" && w.find('-') == std::string::npos) {
      return {};
    }
    --v;
  }
  // "payrolls in November were revised down by 10,000 to 256,000": a revision of the jobs
  // added, not a loss
  const bool revised = (tokens[v - 1].lower == "down" || tokens[v - 1].lower == "up") &&
                       v >= s.first + 2 && tokens[v - 2].lower.starts_with("revis");
  const std::string_view event =
      kUp.contains(tokens[v - 1].lower) || revised ? "hire" : "cut";
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


// Workers dismissed, told in the passive at token `k`: "fired", "dismissed", "furloughed",
// "let go"; not "fired shots", "fired at police", "fired their weapons".
bool staff_let_go(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  const auto& v = tokens[k].lower;
  if (v == "let") {
    return k + 1 < s.last && tokens[k + 1].lower == "go";
  }
  if (v != "fired" && v != "dismissed" && v != "furloughed" && v != "sacked") {
    return false;
  }
  if (k + 1 >= s.last || tokens[k + 1].shape == TokenShape::kPunct) {
    return true;
  }
  const auto& next = tokens[k + 1].lower;
  return next == "by" || next == "for" || next == "over" || next == "after" || next == "under" ||
         next == "in" || next == "from" || next == "since" || next == "last" || next == "this" ||
         next == "amid" || next == "without" || next == "and";
}

}  // namespace

std::string_view staff_participle_event(std::string_view v, std::string_view head) {
  if (v == "added" || v == "created" || v == "gained") {
    return "hire";
  }
  const bool gone = head == "job" && (v.starts_with("disappear") || v.starts_with("vanish") ||
                                      v.starts_with("evaporat"));
  if (v == "lost" || v == "cut" || v == "shed" || v == "eliminated" || v == "slashed" ||
      v == "wiped" || v == "destroyed" || v == "erased" || v == "axed" || gone) {
    return "cut";
  }
  return {};
}

bool is_staff_head(std::string_view head) {
  return head == "job" || head == "worker" || head == "employee" || head == "position";
}

void
read_job_change_noun(const std::vector<Token>& tokens,
                     const NumberMatch& m,
                     FigureMemory& memory,
                     Candidate& c) {
  // "a 391,000 gain", "an upwardly revised 176,000 gain the prior month": in a report on
  // employment, a singular noun of change after the number counts jobs added or cut
  if (m.value <= 1 || c.np.last != c.np.first + 1 || !c.np.event.empty()) {
    return;
  }
  const auto& w = tokens[c.np.first].lower;
  const bool up = w == "gain" || w == "increase" || w == "rise" || w == "addition";
  const bool down = w == "loss" || w == "decline" || w == "drop" || w == "decrease";
  if ((up || down) && article_mentions(memory, memory.employment, mentions_employment)) {
    c.np.head = "job";
    c.np.event = known_event(up ? "hire" : "cut");
  }
}

void
read_job_event(const std::vector<Token>& tokens,
               const Sentence& s,
               FigureMemory& memory,
               Candidate& c) {
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
  const bool staffed = is_staff_head(c.np.head);
  if (staffed && c.event.event.empty()) {
    // "about 190,000 jobs were added in July", "5,000 jobs will be cut": the passive
    std::size_t k = c.np_end;
    // (and a modal: "10 to 15 million jobs could disappear")
    const auto is_modal = [](std::string_view w) {
      return w == "could" || w == "would" || w == "will" || w == "may" || w == "might";
    };
    bool modal = false;
    while (k < s.last && k < c.np_end + 3 &&
           (tokens[k].lower == "were" || tokens[k].lower == "was" || tokens[k].lower == "have" ||
            tokens[k].lower == "has" || tokens[k].lower == "had" || tokens[k].lower == "been" ||
            is_modal(tokens[k].lower))) {
      modal = modal || is_modal(tokens[k].lower);
      ++k;
    }
    if (k < s.last) {  // also "Only 38,000 jobs added" in a headline
      const auto& v = tokens[k].lower;
      const std::string_view passive = staff_participle_event(v, c.np.head);
      if (!passive.empty()) {
        c.event.event = passive;
        c.event.first = c.np_end;
        c.event.last = k + 1;
        if (modal) {
          c.event.mood = Mood::kModal;
        }
      } else if (c.np.head != "job" && staff_let_go(tokens, s, k)) {
        // "900 employees fired under new VA leadership", "4,300 employees were let go"
        c.event.event = "cut";
        c.event.first = c.np_end;
        c.event.last = tokens[k].lower == "let" ? k + 2 : k + 1;
      }
    }
  }
  // "added 2.4 million workers to their payrolls", "shed 500 employees": workers taken on or
  // let go are jobs added or cut
  // ("added 2.6 million people to their payrolls": people taken onto a payroll are staff)
  const bool onto_payrolls = c.np.head == "people" && c.np_end + 2 < s.last &&
                             tokens[c.np_end].lower == "to" &&
                             tokens[c.np_end + 2].lower.starts_with("payroll");
  const bool staff =
      ((staffed && c.np.head != "job") || onto_payrolls) && c.event.event.empty();
  if (c.np.head == "job" || staff) {
    if (const auto [job, at] = job_event(tokens, s, c.start); !job.empty()) {
      c.event.event = job;
      c.event.first = at;
      c.event.last = c.start;
      c.event.mood = mood_before(tokens, s.first, at);  // "plans to cut 15,000 jobs"
    }
  }
  // "could lead to 750,000 fewer jobs": fewer jobs are jobs cut
  if (c.np.head == "job" && c.event.event.empty() && c.np.last > c.np.first + 1 &&
      tokens[c.np.first].lower == "fewer") {
    c.event.event = known_event("cut");
    c.event.first = c.np.first;
    c.event.last = c.np.last;
    c.event.mood = mood_before(tokens, s.first, c.start);
  }
  // "saw 130,000 new jobs in August", "expectations of 150,000 new jobs": new jobs are added
  if (c.np.head == "job" && c.event.event.empty()) {
    for (std::size_t k = c.np.first; k + 1 < c.np.last; ++k) {
      if (tokens[k].lower == "new") {
        c.event.event = known_event("hire");
        c.event.first = k;
        c.event.last = c.np.last;
        c.event.mood = mood_before(tokens, s.first, c.start);
        break;
      }
    }
  }
  // "after a gain of 217,000 in May", "Jobs Gain Of 217,000": in a report on employment, a
  // bare number after a noun of change counts jobs
  if (c.np.counted.empty() && c.event.event.empty() && c.number.kind == NumberKind::kCount) {
    // ("added 41,200 jobs, more than reversing the decline of 14,100", "payrolls fell after a
    // drop of 963,000": a fall only after jobs in the sentence)
    auto jobs_before = [&] {
      for (std::size_t k = s.first; k < c.start; ++k) {
        const auto& w = tokens[k].lower;
        if (w == "jobs" || w == "payrolls" || w == "payroll" || w == "employment") {
          return true;
        }
      }
      return false;
    };
    // "Manufacturing added 25,000", "retailers shed 11,000": a verb of hiring or cutting right
    // before the bare number
    // (not "someone added a 0" to a figure)
    constexpr double kBareJobsAtLeast = 100;
    static const WordSet kBareVerbs = {
        "added", "adds", "adding", "shed", "sheds", "shedding", "cut", "lost", "created",
        "eliminated", "slashed"};
    if (const auto [job, at] = job_event(tokens, s, c.start);
        !job.empty() &&
        ((tokens[c.start - 1].lower == "of" &&
          (tokens[at].lower.starts_with("gain") || tokens[at].lower.starts_with("loss") ||
           // ("economists predicting job growth of around 161,000")
           jobs_growth(tokens, s, at) ||
           ((tokens[at].lower == "decline" || tokens[at].lower == "drop") && jobs_before()))) ||
         (tokens[c.start - 1].lower != "of" && kBareVerbs.contains(tokens[at].lower) &&
          c.number.value >= kBareJobsAtLeast)) &&
        article_mentions(memory, memory.employment, mentions_employment)) {
      c.np.counted = "jobs";
      c.np.head = "job";
      c.event.event = job;
      c.event.first = at;
      c.event.last = c.start;
    }
    // "the 146,000 added in November", "with 18,000 added": the participle after the bare
    // number
    const std::size_t after = c.number.last;
    if (c.event.event.empty() && c.np_end == after && after < s.last &&
        c.number.value >= kBareJobsAtLeast) {
      const auto& p = tokens[after].lower;
      const std::string_view event = p == "added" || p == "created" ? "hire"
                                     : p == "lost" || p == "shed" || p == "cut" ? "cut"
                                                                                 : "";
      const bool ends = after + 1 >= s.last || tokens[after + 1].shape != TokenShape::kWord ||
                        tokens[after + 1].lower == "in" || tokens[after + 1].lower == "last" ||
                        tokens[after + 1].lower == "this" || tokens[after + 1].lower == "since" ||
                        tokens[after + 1].lower == "during" || tokens[after + 1].lower == "over";
      if (!event.empty() && ends &&
          article_mentions(memory, memory.employment, mentions_employment)) {
        c.np.counted = "jobs";
        c.np.head = "job";
        c.event.event = event;
        c.event.first = c.start;
        c.event.last = after + 1;
      }
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
  // in a report on employment, jobs counted with no verb are jobs added: "only 271,000 jobs",
  // "312,000 jobs was a tremendous number"; not jobs kept, saved or moved
  if (c.event.event.empty() && c.np.head == "job" && c.number.kind == NumberKind::kCount) {
    bool kept = false;
    for (std::size_t k = c.start; k > s.first && k + 4 > c.start; --k) {
      const auto& w = tokens[k - 1].lower;
      kept = kept || w.starts_with("keep") || w.starts_with("sav") || w.starts_with("kept") ||
             w.starts_with("protect") || w.starts_with("mov") || w.starts_with("outsourc") ||
             w.starts_with("need") || w == "open" || w == "unfilled" ||
             (k == c.start && w == "at") ||  // a level: "put the number at", "the record of"
             // an item of a list after jobs, which takes the list's verb: "We lost 28,000
             // construction jobs, 8,000 education jobs"
             (k == c.start && w == "," && k >= s.first + 2 &&
              (tokens[k - 2].lower == "jobs" || tokens[k - 2].lower == "positions")) ||
             (k == c.start && w == "of" && k >= s.first + 2 &&
              (tokens[k - 2].lower == "record" || tokens[k - 2].lower == "level" ||
               tokens[k - 2].lower == "peak" || tokens[k - 2].lower == "high"));
    }
    for (std::size_t k = c.np_end; k < s.last && k < c.np_end + 4; ++k) {
      const auto& w = tokens[k].lower;
      kept = kept || w.starts_with("outsourc") || w == "open" || w == "unfilled" ||
             w == "available" || w == "vacant" || w == "at";
    }
    if (!kept && article_mentions(memory, memory.employment, mentions_employment)) {
      c.event.event = known_event("hire");
    }
  }
}

}  // namespace tally::figure_parts
