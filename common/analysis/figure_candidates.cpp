// The numbers of a sentence read into candidates: the rejections of what is not a count (years,
// names of models), ranges, the qualifier, the counted phrase, indefinite singulars ("a man was
// shot"), then the event, the list, the toll and the running total of each.

#include <algorithm>
#include <string>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"

namespace tally::figure_parts {
namespace {

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
          is_np_stop(w) || match_event(tokens, j, s.last).length > 0) {
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
    c.np.counted = std::string(span_text(text, tokens, k + 1, j + 1));
    c.np.head = std::string(people_singular(tokens[j].lower));
    c.np_end = j + 1;
    c.event = event_after(tokens, j + 1, s.last);
    if (c.event.event.empty()) {
      c.event = event_before(tokens, s.first, k);
    }
    if (!c.event.event.empty() && c.event.mood == Mood::kFactual) {
      out.push_back(std::move(c));
    }
  }
}

}  // namespace

std::vector<Candidate> sentence_candidates(std::string_view text, const std::vector<Token>& tokens,
                                           const Sentence& s, FigureMemory& memory,
                                           std::vector<Rejection>& rejections) {
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
      rejections.push_back({0, std::string(span_text(text, tokens, m.first, m.last)), "name"});
      continue;
    }
    if (m.kind != NumberKind::kCount && m.kind != NumberKind::kOne) {
      rejections.push_back({0, std::string(span_text(text, tokens, m.first, m.last)),
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
    c.np = read_noun_phrase(text, tokens, k, s.last);
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
        rejections.push_back({0, std::string(span_text(text, tokens, m.first, c.np.last)), "name"});
        continue;
      }
    }
    read_event(text, tokens, s, memory, c);
    read_list_item(tokens, s, memory, c);
    c.negated = negated_before(tokens, s.first, c.start);
    c.including = c.start > s.first && (tokens[c.start - 1].lower == "including" ||
                                        tokens[c.start - 1].lower == "among");
    if (c.np.counted.empty()) {
      read_toll(text, tokens, s, cands.empty() ? s.first : cands.back().np_end, c);
      read_event_total(text, tokens, s, c);
    }
    c.cumulative = c.cumulative || cumulative_clause(tokens, s, c.start, c.np_end);
    cands.push_back(std::move(c));
  }
  find_indefinites(text, tokens, s, cands, cands);
  // in text order, so that "Two men and a woman were killed" is one list
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  share_list_events(tokens, cands);
  return cands;
}

}  // namespace tally::figure_parts
