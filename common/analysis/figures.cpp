#include "common/analysis/figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

#include "common/analysis/figure_parts.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"

namespace tally {
namespace fp = figure_parts;
namespace {

struct Candidate {
  NumberMatch number;
  std::size_t start = 0;      // first token of qualifier + number
  std::size_t np_end = 0;     // token after the counted phrase (or the number when elided)
  fp::NounPhrase np;
  fp::EventFound event;
  Qualifier qualifier = Qualifier::kExact;
  bool including = false;     // "including three children": inherits the event before it
  bool listed = false;        // in a list of counts ("five tanks, two trucks and one howitzer")
  bool toll = false;          // "the death toll was revised to 33"
  bool revision = false;
  bool cumulative = false;
  bool negated = false;
  bool object_elided = false; // "killing 22": the object of an event verb, nothing counted
  bool others = false;        // "wounded 70 others": stands for the people counted nearby
  bool list_item = false;     // "— Japan: 86": counts what the list heading names
  double high = 0;            // "60 or 70 people": the high end of a range
};

// Events that happen to people, so that an elided count can be a count of people: "killing
// 22", "six wounded". "won five", "destroyed 14" leave the counted thing unknown.
bool people_event(std::string_view event) {
  static const std::unordered_set<std::string_view> kEvents = {
      "kill", "wound", "missing", "displace", "evacuate", "rescue", "kidnap", "arrest",
      "infect", "deport", "sentence", "charge", "protest", "strike", "employ", "capture"};
  return kEvents.count(event) > 0;
}

// Jobs are lost and added: "shed 105,000 jobs", "lost 33,000 jobs" (cut), "added 450 jobs",
// "created 200 jobs" (hire). Other things lost or added are not events of the list.
std::string_view job_event(const std::vector<Token>& tokens, const Sentence& s, std::size_t start) {
  if (start <= s.first) {
    return {};
  }
  const auto& w = tokens[start - 1].lower;
  if (w == "lost" || w == "lose" || w == "loses" || w == "losing") {
    return "cut";
  }
  if (w == "added" || w == "add" || w == "adds" || w == "adding" || w == "created" ||
      w == "create" || w == "creates" || w == "creating") {
    return "hire";
  }
  return {};
}

// "Payrolls grew by 157,000", "manufacturing jobs rose 40,000", "jobs ... were up 51,000":
// a change in the number of jobs, with the number right after the verb (or "by").
std::string_view job_change(const std::vector<Token>& tokens, const Sentence& s, std::size_t start,
                            const FigureMemory& memory) {
  static const std::unordered_set<std::string_view> kUp = {
      "grew", "rose", "increased", "climbed", "jumped", "added", "gained", "up", "surged"};
  static const std::unordered_set<std::string_view> kDown = {
      "fell", "dropped", "declined", "decreased", "shrank", "down", "slumped", "plunged"};
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
  for (std::size_t k = v - 1; k > s.first && k + 10 > v; --k) {
    const auto& w = tokens[k - 1].lower;
    if (w == "jobs" || w == "job" || w == "payrolls" || w == "payroll" || w == "employment" ||
        (w == "they" && memory.last_head == "job")) {
      return event;
    }
    if (is_punct(tokens[k - 1], ';') || is_punct(tokens[k - 1], '.')) {
      break;
    }
  }
  return {};
}

bool looks_like_count_noun(std::string_view head) {
  return !head.empty() && head != "figure" && head != "number" && head != "following";
}

// The event type named `name` in static storage ("" when unknown).
std::string_view known_event(std::string_view name) {
  for (const auto e : event_types()) {
    if (e == name) {
      return e;
    }
  }
  return {};
}

bool is_dash(const Token& t) {
  return t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93" || is_punct(t, '-');
}

// "— Japan: 86", "Mexico — 9,542", "Philippines: 3 cases, including 1 death": an item of a
// list under a heading, a name (up to five words) then a count.
bool is_list_item(const std::vector<Token>& tokens, const Sentence& s, std::size_t start,
                  std::size_t end) {
  if (start < s.first + 2 || !(is_punct(tokens[start - 1], ':') || is_dash(tokens[start - 1]))) {
    return false;
  }
  std::size_t k = s.first;
  if (is_dash(tokens[k]) || is_punct(tokens[k], '*')) {
    ++k;
  }
  if (k >= start - 1 || start - 1 - k > 5) {
    return false;
  }
  for (; k < start - 1; ++k) {
    if (!(tokens[k].capitalized || tokens[k].lower == "of" || tokens[k].lower == "and")) {
      return false;
    }
  }
  return end >= s.last || is_punct(tokens[end], ',') || is_punct(tokens[end], '.') ||
         is_punct(tokens[end], '(');
}

// A passage ending in ':' opens a list; what its items count comes from the heading's
// "numbers of X", "For X:", else from the last figure before it.
void read_list_heading(std::string_view text, const TokenizedText& tt, FigureMemory& memory) {
  memory.list_heading = true;
  const std::string previous_event = memory.list_event;
  memory.list_counted.clear();
  memory.list_head.clear();
  memory.list_event.clear();
  if (tt.sentences.empty()) {
    return;
  }
  const auto& tokens = tt.tokens;
  const Sentence& s = tt.sentences.back();
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (tokens[k].lower != "of" && !(k == s.first && tokens[k].lower == "for")) {
      continue;
    }
    const auto np = fp::read_noun_phrase(text, tokens, k + 1, s.last);
    if (np.counted.empty() || !looks_like_count_noun(np.head)) {
      continue;
    }
    memory.list_counted = np.counted;
    memory.list_head = np.head;
    const auto ev = fp::event_after(tokens, np.last, s.last);
    memory.list_event = std::string(!np.event.empty() ? np.event : ev.event);
    if (memory.list_event.empty() && k == s.first) {
      memory.list_event = previous_event;  // "For Single Adults:" continues the list before
    }
    return;
  }
}

bool has_people_head(std::string_view head) {
  return !head.empty() && (head == "people" || !people_singular(head).empty());
}

bool is_clause_break(const Token& t) {
  return is_punct(t, ',') || is_punct(t, ';') || is_punct(t, ':') || t.lower == "\xE2\x80\x94";
}

const std::unordered_set<std::string_view>& cumulative_cues() {
  static const std::unordered_set<std::string_view> kWords = {
      "since", "overall", "altogether", "counting", "cumulative", "raising", "bringing",
      "pushing", "taking", "total", "tally"};
  return kWords;
}

// Cumulative cues in the clause around tokens [a, b), or in a leading clause of the sentence.
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
  auto cue_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const auto& w = tokens[k].lower;
      if (cumulative_cues().count(w) > 0) {
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

// "raising the number of Turkish troops killed in Syria this month to 21", "the death toll
// was revised to 33", "death toll stood at 12": fills the candidate's counted phrase and event.
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
      auto np = fp::read_noun_phrase(text, tokens, at + 2, c.start);
      if (!np.counted.empty()) {
        c.np = np;
        c.event = fp::event_after(tokens, np.last, c.start);
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

bool linked_as_list(const std::vector<Token>& tokens, const Candidate& a, const Candidate& b) {
  if (b.start <= a.np_end || a.np.counted.empty() || b.np.counted.empty()) {
    return false;
  }
  for (std::size_t k = a.np_end; k < b.start; ++k) {
    const auto& w = tokens[k].lower;
    if (!(is_punct(tokens[k], ',') || w == "and" || w == "or")) {
      return false;
    }
  }
  return true;
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
      auto np = fp::read_noun_phrase(text, tokens, k + 1, s.last);
      if (!np.counted.empty()) {
        c.np = np;
        c.np_end = np.last;
      }
      return;
    }
  }
}

// Indefinite singulars with an event: "a man was shot and killed", "killed a teenager".
void find_indefinites(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                      const std::vector<Candidate>& taken, std::vector<Candidate>& out) {
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    if (tokens[k].lower != "a" && tokens[k].lower != "an") {
      continue;
    }
    bool inside = false;
    for (const auto& c : taken) {
      inside = inside || (k >= c.start && k < c.np_end);
    }
    if (inside) {
      continue;
    }
    std::size_t j = k + 1;
    while (j < s.last && j < k + 4) {
      const auto& w = tokens[j].lower;
      const auto p = people_singular(w);
      if (!p.empty() && p == w && w != "people" && w != "police" && w != "personnel" &&
          w != "staff" && w != "crew") {
        break;
      }
      if ((tokens[j].shape != TokenShape::kWord && tokens[j].shape != TokenShape::kNumber) ||
          fp::is_np_stop(w) || match_event(tokens, j, s.last).length > 0) {
        j = s.last;
        break;
      }
      ++j;
    }
    if (j >= s.last || j >= k + 4) {
      continue;
    }
    Candidate c;
    c.number.first = k;
    c.number.last = k + 1;
    c.number.value = 1;
    c.start = k;
    c.np.first = k + 1;
    c.np.last = j + 1;
    c.np.counted = std::string(fp::span_text(text, tokens, k + 1, j + 1));
    c.np.head = std::string(people_singular(tokens[j].lower));
    c.np_end = j + 1;
    c.event = fp::event_after(tokens, j + 1, s.last);
    if (c.event.event.empty()) {
      c.event = fp::event_before(tokens, s.first, k);
    }
    if (!c.event.event.empty() && c.event.mood == fp::Mood::kFactual) {
      out.push_back(std::move(c));
    }
  }
}

std::string format_value(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

}  // namespace

PassageFigures extract_figures(std::string_view text, const TokenizedText& tt,
                               FigureMemory& memory) {
  PassageFigures out;
  const auto& tokens = tt.tokens;
  for (std::size_t si = 0; si < tt.sentences.size(); ++si) {
    const Sentence& s = tt.sentences[si];
    std::vector<Candidate> cands;
    const auto numbers = find_numbers(tokens, s.first, s.last);
    for (std::size_t ni = 0; ni < numbers.size(); ++ni) {
      NumberMatch m = numbers[ni];
      const auto& digits = tokens[m.first].lower;
      const bool bare_digits = m.last == m.first + 1 && digits.size() >= 3 &&
                               tokens[m.first].shape == TokenShape::kNumber &&
                               digits.find_first_not_of("0123456789") == std::string::npos;
      if (bare_digits && m.kind == NumberKind::kName &&
          std::find(memory.name_numbers.begin(), memory.name_numbers.end(), digits) ==
              memory.name_numbers.end()) {
        memory.name_numbers.push_back(digits);
      }
      if (bare_digits && m.kind == NumberKind::kCount &&
          std::find(memory.name_numbers.begin(), memory.name_numbers.end(), digits) !=
              memory.name_numbers.end()) {
        out.rejections.push_back(
            {0, std::string(fp::span_text(text, tokens, m.first, m.last)), "name"});
        continue;
      }
      if (m.kind != NumberKind::kCount && m.kind != NumberKind::kOne) {
        out.rejections.push_back(
            {0, std::string(fp::span_text(text, tokens, m.first, m.last)),
             std::string(number_kind_reason(m.kind))});
        continue;
      }
      Candidate c;
      // a range: "60 or 70 people", "between five and 10 days": one figure, its low end
      if (ni + 1 < numbers.size() && !m.vague) {
        const auto& m2 = numbers[ni + 1];
        const auto& joint = tokens[m.last].lower;
        const bool between = m.first > s.first && tokens[m.first - 1].lower == "between";
        if (m2.first == m.last + 1 && m2.kind == NumberKind::kCount && !m2.vague &&
            m2.value > m.value && (joint == "or" || (joint == "and" && between))) {
          c.high = m2.value;
          m.last = m2.last;
          m.kind = NumberKind::kCount;
          ++ni;
        }
      }
      c.number = m;
      const auto q = match_qualifier_before(tokens, s.first, m.first);
      c.start = m.first - q.length;
      c.qualifier = m.vague ? Qualifier::kVague : (q.length > 0 ? q.qualifier : Qualifier::kExact);
      if (q.length == 0 && m.last == m.first + 2 && tokens[m.first].lower == "a" &&
          tokens[m.first + 1].lower == "dozen") {
        c.qualifier = Qualifier::kAbout;  // "a dozen operating rooms" is a round number
      }
      std::size_t k = m.last;
      while (k < s.last && (tokens[k].lower == "more" || tokens[k].lower == "other" ||
                            tokens[k].lower == "additional" || tokens[k].lower == "further")) {
        ++k;
      }
      c.np = fp::read_noun_phrase(text, tokens, k, s.last);
      if (c.np.head == "other" && c.np.last == k + 1) {
        c.others = true;  // "three others died": elided, the people counted nearby
        c.np.counted.clear();
        c.np.head.clear();
      }
      c.np_end = std::max(c.np.last, m.last);
      // "737 Max", "12 News": digits before one capitalised singular that is not a people
      // noun name a model or a station, not a count
      if (tokens[m.first].shape == TokenShape::kNumber && m.last == m.first + 1 &&
          c.np.event.empty() && c.np.last == c.np.first + 1 && m.value >= 2 &&
          tokens[c.np.first].capitalized && !c.high) {
        const auto& w = tokens[c.np.first].lower;
        const bool plural = w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
                            w != "news" && w != "series";
        if (!plural && people_singular(w).empty()) {
          if (digits.size() >= 3) {
            memory.name_numbers.push_back(digits);
          }
          out.rejections.push_back(
              {0, std::string(fp::span_text(text, tokens, m.first, c.np.last)), "name"});
          continue;
        }
      }
      // a counted noun that implies its event ("200 protesters", "12 defendants") yields to
      // an event verb: "Police detained 30 protesters" is an arrest
      if (!c.np.event.empty() && c.np.event != "kill" && c.np.event != "wound" &&
          has_people_head(c.np.head)) {
        auto verb = fp::event_after(tokens, c.np_end, s.last);
        if (verb.event.empty()) {
          verb = fp::event_before(tokens, s.first, c.start);
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
        c.event = fp::event_after(tokens, c.np_end, s.last);
        if (c.event.event.empty()) {
          c.event = fp::event_before(tokens, s.first, c.start);
          c.object_elided = c.np.counted.empty() && !c.event.event.empty();
        } else if (c.np.counted.empty() && c.np.first > m.last) {
          read_predicate(text, tokens, s, c);  // "half a million of those displaced ... are children"
        }
      }
      if (c.np.head == "job") {
        if (const auto job = job_event(tokens, s, c.start); !job.empty()) {
          c.event.event = job;
          c.event.first = c.start - 1;
          c.event.last = c.start;
        }
      }
      if (c.event.event.empty() && (c.np.counted.empty() || c.np.head == "job")) {
        if (const auto change = job_change(tokens, s, c.start, memory); !change.empty()) {
          c.event.event = change;
          if (c.np.counted.empty()) {
            c.np.counted = "jobs";
            c.np.head = "job";
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
      c.list_item = memory.list_heading && is_list_item(tokens, s, c.start, c.np_end);
      if (c.list_item) {
        if (memory.list_head.empty() && !memory.last_head.empty()) {
          // a heading that names nothing: its items count what the article counted last
          memory.list_counted = memory.last_counted;
          memory.list_head = memory.last_head;
          memory.list_event = memory.last_event;
        }
        const bool heading = !memory.list_head.empty();
        const auto& counted = heading ? memory.list_counted : memory.last_counted;
        const auto& head = heading ? memory.list_head : memory.last_head;
        const auto event = known_event(heading ? memory.list_event : memory.last_event);
        if (c.np.counted.empty() && !head.empty()) {
          c.np.counted = counted;
          c.np.head = head;
          c.event.event = event;
        } else if (c.event.event.empty() && c.np.head == head) {
          c.event.event = event;
        }
        c.listed = true;
        c.cumulative = true;
      }
      c.negated = fp::negated_before(tokens, s.first, c.start);
      c.including = c.start > s.first && (tokens[c.start - 1].lower == "including" ||
                                          tokens[c.start - 1].lower == "among");
      if (c.np.counted.empty()) {
        read_toll(text, tokens, s, cands.empty() ? s.first : cands.back().np_end, c);
      }
      c.cumulative = c.cumulative || cumulative_clause(tokens, s, c.start, c.np_end);
      cands.push_back(std::move(c));
    }
    find_indefinites(text, tokens, s, cands, cands);
    // in text order, so that "Two men and a woman were killed" is one list
    std::stable_sort(cands.begin(), cands.end(),
                     [](const Candidate& a, const Candidate& b) { return a.start < b.start; });

    // Lists share their event: "five tanks, two armoured trucks and one howitzer were destroyed".
    for (std::size_t a = 0; a + 1 < cands.size(); ++a) {
      std::size_t b = a;
      while (b + 1 < cands.size() && linked_as_list(tokens, cands[b], cands[b + 1])) {
        ++b;
      }
      if (b == a) {
        continue;
      }
      const fp::EventFound* shared = nullptr;
      for (std::size_t x = b + 1; x-- > a;) {
        if (!cands[x].event.event.empty()) {
          shared = &cands[x].event;
          break;
        }
      }
      for (std::size_t x = a; x <= b; ++x) {
        cands[x].listed = true;
        if (shared && cands[x].event.event.empty()) {
          cands[x].event = *shared;
        }
      }
      a = b;
    }

    const std::size_t sentence_base = out.figures.size();
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate& c = cands[ci];
      const std::string quote_all(fp::span_text(text, tokens, c.start, c.np_end));
      if (c.including && c.event.event.empty() && ci > 0) {
        c.event = cands[ci - 1].event;
      }
      if (c.event.mood != fp::Mood::kFactual || c.negated) {
        out.rejections.push_back(
            {0, quote_all, c.negated || c.event.mood == fp::Mood::kNegated ? "negated" : "modal"});
        continue;
      }
      if (!c.np.counted.empty() && c.np.last > c.np.first) {
        const auto unit = unit_kind(tokens[c.np.last - 1].lower);
        if (unit == UnitKind::kMeasure || unit == UnitKind::kMoney || unit == UnitKind::kDuration) {
          out.rejections.push_back({0, quote_all, unit == UnitKind::kMoney ? "money" : "measure"});
          continue;
        }
      }
      if (c.number.kind == NumberKind::kOne && c.event.event.empty() && !c.listed) {
        out.rejections.push_back({0, quote_all, "one"});
        continue;
      }
      FigureSpan f;
      f.sentence = si;
      f.number_first = c.number.first;
      f.number_last = c.number.last;
      f.figure.value = c.number.value;
      f.list_item = c.list_item;
      if (c.high > 0) {
        f.figure.low = c.number.value;
        f.figure.high = c.high;
      }
      f.figure.qualifier = c.qualifier;
      f.figure.malformed = c.number.malformed;
      f.figure.cumulative = c.cumulative;
      f.figure.event = std::string(c.event.event);
      f.figure.counted = c.np.counted;
      f.figure.head = c.np.head;
      const int article_index = memory.figures_before + static_cast<int>(out.figures.size());
      if (c.revision) {
        for (int x = article_index - 1; x >= 0; --x) {
          if (memory.events_heads[static_cast<std::size_t>(x)].first == f.figure.event) {
            f.figure.revises = x;
            if (f.figure.counted.empty() && x >= memory.figures_before) {
              const auto& src = out.figures[static_cast<std::size_t>(x - memory.figures_before)];
              f.figure.counted = src.figure.counted;
              f.figure.head = src.figure.head;
              f.elided = true;
              f.carried_from = x - memory.figures_before;
            }
            break;
          }
        }
      }
      if (f.figure.counted.empty() && f.figure.head.empty()) {
        if (!f.figure.event.empty() && !people_event(f.figure.event)) {
          // the object of a thing event, elided: the thing counted before it in the sentence
          // ("destroyed 70,000 houses and damaged an additional 530,000", "won nine of them")
          for (std::size_t x = out.figures.size(); x-- > sentence_base;) {
            if (!out.figures[x].figure.head.empty()) {
              f.figure.counted = out.figures[x].figure.counted;
              f.figure.head = out.figures[x].figure.head;
              f.carried_from = static_cast<int>(x);
              break;
            }
          }
          if (f.figure.head.empty()) {
            out.rejections.push_back({0, quote_all, "nothing counted"});
            continue;
          }
        }
        // elided: the last people noun of this sentence, else of the article so far
        for (std::size_t x = out.figures.size(); !f.figure.event.empty() && x-- > sentence_base;) {
          if (has_people_head(out.figures[x].figure.head)) {
            f.figure.counted = out.figures[x].figure.counted;
            f.figure.head = out.figures[x].figure.head;
            f.carried_from = static_cast<int>(x);
            break;
          }
        }
        // an object or "others" stands for people of this sentence, else people in general;
        // a subject ("At least 50 have been killed") for the people the article counts
        const bool sentence_only = c.object_elided || c.others;
        if (f.figure.head.empty() && !memory.last_people_head.empty() && !f.figure.event.empty() &&
            !sentence_only) {
          f.figure.counted = memory.last_people_counted;
          f.figure.head = memory.last_people_head;
        }
        if (f.figure.head.empty() && f.figure.event.empty()) {
          out.rejections.push_back({0, quote_all, "nothing counted"});
          continue;
        }
        if (f.figure.head.empty()) {
          f.figure.head = "people";
        }
        f.elided = true;
      }
      f.first = c.start;
      f.last = c.np_end;
      if (!c.event.event.empty() && c.event.last > c.event.first) {
        f.first = std::min(f.first, c.event.first);
        f.last = std::max(f.last, c.event.last);
      }
      f.figure.quote = std::string(fp::span_text(text, tokens, f.first, f.last));
      if (has_people_head(f.figure.head)) {
        memory.last_people_counted = f.figure.counted;
        memory.last_people_head = f.figure.head;
      }
      memory.events_heads.emplace_back(f.figure.event, f.figure.head);
      memory.last_counted = f.figure.counted;
      memory.last_head = f.figure.head;
      memory.last_event = f.figure.event;
      out.figures.push_back(std::move(f));
    }
  }
  memory.figures_before += static_cast<int>(out.figures.size());
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) {
    --end;
  }
  if (end > 0 && text[end - 1] == ':') {
    read_list_heading(text, tt, memory);
  }
  return out;
}

std::vector<Figure> figures_in_text(std::string_view text) {
  FigureMemory memory;
  const auto tt = tokenize(text);
  std::vector<Figure> out;
  for (auto& f : extract_figures(text, tt, memory).figures) {
    out.push_back(std::move(f.figure));
  }
  return out;
}

std::string describe_figure(const Figure& f) {
  std::string s = format_value(f.value);
  s += ' ';
  s += qualifier_name(f.qualifier);
  s += ' ';
  s += f.head.empty() ? "-" : f.head;
  s += ' ';
  s += f.event.empty() ? "-" : f.event;
  if (f.cumulative) {
    s += " cumulative";
  }
  if (f.malformed) {
    s += " malformed";
  }
  if (f.revises >= 0) {
    s += " revises=" + std::to_string(f.revises);
  }
  return s;
}

}  // namespace tally
