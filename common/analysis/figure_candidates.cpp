// The numbers of a sentence read into candidates: the rejections of what is not a count (years,
// names of models), ranges, the qualifier, the counted phrase, indefinite singulars ("a man was
// shot"), then the event, the list, the toll and the running total of each.

#include <algorithm>
#include <string>
#include <unordered_set>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"

namespace tally::figure_parts {
namespace {

// A bare number whose people the context names: "with 71 aboard", "all eight on board" (the
// people carried), "a city of 19,000", "a population of 75,000" (its inhabitants).
void read_implied_people(const std::vector<Token>& tokens, const Sentence& s, Candidate& c) {
  static const std::unordered_set<std::string_view> kPlaces = {
      "city", "town", "village", "community", "nation", "country", "county", "island",
      "district", "suburb", "population", "state", "province", "region", "neighborhood"};
  // (the population is what is counted; the others are counted in inhabitants)
  const std::size_t after = c.number.last;
  std::size_t end = 0;
  if (after < s.last && (tokens[after].lower == "aboard" || tokens[after].lower == "onboard")) {
    end = after + 1;
  } else if (after + 1 < s.last && tokens[after].lower == "on" &&
             tokens[after + 1].lower == "board") {
    end = after + 2;
  }
  const std::size_t n = c.start;  // before any qualifier: "a city of about 19,000"
  const bool place = n >= s.first + 2 && tokens[n - 1].lower == "of" &&
                     kPlaces.count(tokens[n - 2].lower) > 0 &&
                     (after == s.last || tokens[after].shape != TokenShape::kWord ||
                      is_np_stop(tokens[after].lower));
  if (end == 0 && !place) {
    return;
  }
  // "a population of 75,000" counts the population itself
  const bool population = place && tokens[n - 2].lower == "population";
  c.np.head = population ? "population" : "people";
  c.np.counted = c.np.head;
  if (end > 0) {
    c.np_end = end;
  }
}

// Whether the counted phrase agrees with the number: a cardinal above one counts a plural.
bool plural_agrees(const std::vector<Token>& tokens, const NumberMatch& m, const NounPhrase& np) {
  if (np.last == np.first || !np.event.empty() || m.value <= 1) {
    return true;
  }
  return plural_head(tokens[np.last - 1]);
}

// Indefinite singulars with an event: "a man was shot and killed", "killed a teenager".
// "another U.S. drone was shot down", "a church was destroyed": a thing counts one when it is
// the subject of a passive that destroys, damages or closes it
void read_indefinite_thing(std::string_view text, const std::vector<Token>& tokens,
                           const Sentence& s, std::size_t k, std::vector<Candidate>& out) {
  std::size_t j = k + 1;
  while (j < s.last && j < k + 5 && tokens[j].lower != "was" &&
         (tokens[j].shape == TokenShape::kWord || tokens[j].shape == TokenShape::kNumber) &&
         !is_np_stop(tokens[j].lower) && match_event(tokens, j, s.last).length == 0) {
    ++j;
  }
  if (j == k + 1 || j >= s.last || tokens[j].lower != "was" ||
      tokens[j - 1].shape != TokenShape::kWord) {
    return;
  }
  const auto event = event_after(tokens, j, s.last);
  const auto& e = event.event;
  if ((e != "destroy" && e != "damage" && e != "close") || event.mood != Mood::kFactual ||
      event.last == 0) {
    return;
  }
  // a participle ("destroyed", "shot down", "set on fire"), not "was close to"
  const auto& last = tokens[event.last - 1].lower;
  if (!last.ends_with("ed") && last != "down" && last != "fire" && last != "burnt") {
    return;
  }
  Candidate c;
  c.number.first = k;
  c.number.last = k + 1;
  c.number.value = 1;
  c.start = k;
  c.np.first = k + 1;
  c.np.last = j;
  c.np.counted = std::string(span_text(text, tokens, k + 1, j));
  c.np.head = singular_noun(tokens[j - 1].lower);
  c.np_end = j;
  c.event = event;
  out.push_back(std::move(c));
}

void find_indefinites(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                      const std::vector<Candidate>& taken, std::vector<Candidate>& out) {
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    // "a man was killed", "another officer was wounded": each counts one
    if (tokens[k].lower != "a" && tokens[k].lower != "an" && tokens[k].lower != "another") {
      continue;
    }
    bool inside = false;
    for (const auto& c : taken) {
      inside = inside || (k >= c.start && k < c.np_end);
    }
    if (inside) {
      continue;
    }
    // up to four modifiers: "a legally-armed 21-year-old African-American man"
    constexpr std::size_t kReach = 6;
    std::size_t j = k + 1;
    // "another black 18-year-old was fatally shot": an age standing for the person
    auto age_noun = [&](std::size_t at) {
      return tokens[at].lower.ends_with("-year-old") && at + 1 < s.last &&
             (tokens[at + 1].shape == TokenShape::kPunct || is_np_stop(tokens[at + 1].lower) ||
              tokens[at + 1].lower == "was" || tokens[at + 1].lower == "is" ||
              tokens[at + 1].lower == "had" || tokens[at + 1].lower == "has");
    };
    while (j < s.last && j < k + kReach) {
      const auto& w = tokens[j].lower;
      if (age_noun(j)) {
        break;
      }
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
    if (j >= s.last || j >= k + kReach) {
      read_indefinite_thing(text, tokens, s, k, out);
      continue;
    }
    // "an American woman", "a Syrian soldier": a people word can modify the people noun after it
    while (j + 1 < s.last && j + 1 < k + kReach + 1 && !age_noun(j)) {
      const auto& next = tokens[j + 1].lower;
      const auto p = people_singular(next);
      if (p.empty() || p != next || next == "people" || next == "police") {
        break;
      }
      ++j;
    }
    // "destroyed a Russian military jet": a capitalised people word before a common noun is an
    // adjective of nationality, and the phrase counts no person
    if (tokens[j].capitalized && j + 1 < s.last && tokens[j + 1].shape == TokenShape::kWord &&
        !tokens[j + 1].capitalized && !is_np_stop(tokens[j + 1].lower) &&
        match_event(tokens, j + 1, s.last).length == 0) {
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
    c.np.head = age_noun(j) ? tokens[j].lower : std::string(people_singular(tokens[j].lower));
    c.np_end = j + 1;
    c.event = event_after(tokens, j + 1, s.last);
    if (c.event.event.empty()) {
      c.event = event_before(tokens, s.first, k);
    }
    // "wounding an 18-year-old man and a 12-year-old girl": the second shares the first's event
    if (c.event.event.empty() && k > s.first && tokens[k - 1].lower == "and" && !out.empty() &&
        out.back().np_end + 1 == k) {
      c.event = out.back().event;
      c.event.first = c.event.last = k;  // the quote is the second phrase alone
    }
    // what befalls one person: not "attended a volunteer training", "won a seat"
    const auto& e = c.event.event;
    const bool befalls = e == "kill" || e == "wound" || e == "missing" || e == "kidnap" ||
                         e == "arrest" || e == "infect" || e == "deport" || e == "sentence" ||
                         e == "charge" || e == "rescue" || e == "evacuate" || e == "displace" ||
                         e == "capture";
    if (befalls && c.event.mood == Mood::kFactual) {
      out.push_back(std::move(c));
    }
  }
}

// Words whose object "over" introduces: "charged over", "protests over", "fears over".
bool over_takes_object(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "charged",  "charges",   "protest",   "protests", "protested", "concern",  "concerns",
      "fears",    "anger",     "outrage",   "dispute",  "disputes",  "clash",    "clashes",
      "clashed",  "sued",      "suing",     "lawsuit",  "fined",     "probe",    "inquiry",
      "investigation", "row",  "fight",     "fighting", "battle",    "resigned", "apologized",
      "apologised", "criticism", "criticized", "trial", "arrested", "jailed", "worried",
      "upset",    "furious",   "tensions",  "uproar",   "backlash",  "questions"};
  return kWords.count(w) > 0;
}

// One side of a vote tally: `value` votes, the event words at [ev_first, ev_last).
Candidate vote_side(const std::vector<Token>& tokens, const Sentence& s, const NumberMatch& m,
                    double value, std::size_t ev_first, std::size_t ev_last) {
  Candidate c;
  c.number = m;
  c.number.kind = NumberKind::kCount;
  c.number.value = value;
  c.start = m.first;
  c.np.first = c.np.last = m.last;
  c.np.counted = "votes";
  c.np.head = "vote";
  c.np_end = m.last;
  c.event.event = known_event("vote");
  c.event.first = ev_first;
  c.event.last = ev_last;
  c.negated = negated_before(tokens, s.first, c.start);
  return c;
}

const std::vector<std::string_view>& vote_verbs() {
  static const std::vector<std::string_view> kVerbs = {
      "voted", "passed", "approved", "rejected", "confirmed", "defeated", "ruled", "sided"};
  return kVerbs;
}

// "by a vote of 316 to 90", "approved 97 to 0": a tally written with "to", read from its first
// number `m` and the number `m2` after "to". True when read.
bool read_vote_to(const std::vector<Token>& tokens, const Sentence& s, const NumberMatch& m,
                  const NumberMatch& m2, std::vector<Candidate>& out) {
  if (m.last != m.first + 1 || m2.first != m.last + 1 || m2.last != m2.first + 1 ||
      tokens[m.last].lower != "to" || tokens[m.first].shape != TokenShape::kNumber ||
      tokens[m2.first].shape != TokenShape::kNumber || m2.value < 0) {
    return false;
  }
  const bool vote_of = m.first >= s.first + 2 && tokens[m.first - 1].lower == "of" &&
                       (tokens[m.first - 2].lower == "vote" || tokens[m.first - 2].lower == "margin");
  std::size_t verb_at = m.first;
  for (std::size_t k = m.first; !vote_of && k > s.first && k + 4 > m.first; --k) {
    if (std::find(vote_verbs().begin(), vote_verbs().end(), tokens[k - 1].lower) !=
        vote_verbs().end()) {
      verb_at = k - 1;
      break;
    }
  }
  if (!vote_of && verb_at == m.first) {
    return false;
  }
  const std::size_t ev_first = vote_of ? m.first - 2 : verb_at;
  out.push_back(vote_side(tokens, s, m, m.value, ev_first, m.first));
  if (m2.value > 0) {
    out.push_back(vote_side(tokens, s, m2, m2.value, ev_first, m.first));
  }
  return true;
}

// "The Senate voted 68-32", "passed 68-32", "a 68-32 vote": a vote tally, one figure for the
// votes for and one for the votes against (a zero side is no figure). True when read.
bool read_vote_tally(const std::vector<Token>& tokens, const Sentence& s, const NumberMatch& m,
                     std::vector<Candidate>& out) {
  const auto& t = tokens[m.first].lower;
  const auto dash = t.find('-');
  if (tokens[m.first].shape != TokenShape::kNumber || m.last != m.first + 1 ||
      dash == std::string::npos || t.find_first_not_of("0123456789-") != std::string::npos ||
      t.find('-', dash + 1) != std::string::npos || dash == 0 || dash + 1 == t.size()) {
    return false;
  }
  const auto& kVoteVerbs = vote_verbs();
  // the verb right before, or a few words before ("approved the measure Thursday 85-8"); after
  // "by", anywhere in the clause ("passed by the Senate on Thursday by 80-17")
  const bool by = m.first > s.first && tokens[m.first - 1].lower == "by";
  bool verb_before = false;
  std::size_t verb_at = m.first;
  for (std::size_t k = m.first; k > s.first && k + (by ? 10 : 5) > m.first; --k) {
    if (tokens[k - 1].shape != TokenShape::kWord) {
      break;
    }
    if (std::find(kVoteVerbs.begin(), kVoteVerbs.end(), tokens[k - 1].lower) != kVoteVerbs.end()) {
      verb_before = true;
      verb_at = k - 1;
      break;
    }
  }
  // "passed 68-32", "a 68-32 vote", "by a vote of 245-182"
  const bool vote_after =
      m.last < s.last && (tokens[m.last].lower == "vote" || tokens[m.last].lower == "ruling" ||
                          tokens[m.last].lower == "decision" || tokens[m.last].lower == "majority");
  const bool vote_of = m.first >= s.first + 2 && tokens[m.first - 1].lower == "of" &&
                       (tokens[m.first - 2].lower == "vote" || tokens[m.first - 2].lower == "margin");
  // "The final tally was 36-3", "the vote was 5-4"
  const bool tally_was = m.first >= s.first + 2 && tokens[m.first - 1].lower == "was" &&
                         (tokens[m.first - 2].lower == "tally" ||
                          tokens[m.first - 2].lower == "vote" ||
                          tokens[m.first - 2].lower == "outcome" ||
                          tokens[m.first - 2].lower == "split" ||
                          tokens[m.first - 2].lower == "count");
  // "on lopsided votes: 98-0 in the Senate and 390-33 in the House": a chamber after it, or
  // the votes named just before
  static const std::vector<std::string_view> kChambers = {
      "senate", "house", "chamber", "assembly", "legislature", "committee", "parliament"};
  const bool chamber_after =
      m.last + 2 < s.last && tokens[m.last].lower == "in" && tokens[m.last + 1].lower == "the" &&
      std::find(kChambers.begin(), kChambers.end(), tokens[m.last + 2].lower) != kChambers.end();
  bool votes_before = false;
  for (std::size_t k = m.first; k > s.first && k + 10 > m.first && !votes_before; --k) {
    votes_before = tokens[k - 1].lower == "votes" && k < m.first && is_punct(tokens[k], ':');
  }
  verb_before = verb_before || vote_of || tally_was;
  // "voted to repeal Policy 604-1": after a capitalised word the tally is part of a name
  static const std::vector<std::string_view> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (m.first > s.first && tokens[m.first - 1].capitalized &&
      tokens[m.first - 1].shape == TokenShape::kWord && m.first - 1 > s.first &&
      unit_kind(tokens[m.first - 1].lower) != UnitKind::kMonth &&
      std::find(kDays.begin(), kDays.end(), tokens[m.first - 1].lower) == kDays.end()) {
    return false;
  }
  if (!verb_before && !vote_after && !chamber_after && !votes_before) {
    return false;
  }
  const std::string_view digits = t;
  for (const auto side : {digits.substr(0, dash), digits.substr(dash + 1)}) {
    const double value = parse_digits(side).value;
    if (value <= 0) {
      continue;
    }
    const bool own_word = verb_before || vote_after;  // else the tally alone is the quote
    std::size_t ev_first = vote_of || tally_was ? m.first - 2 : (verb_before ? verb_at : m.last);
    std::size_t ev_last = verb_before ? m.first : m.last + (own_word ? 1 : 0);
    if (!own_word) {
      ev_first = m.first;
      ev_last = m.last;
    }
    out.push_back(vote_side(tokens, s, m, value, ev_first, ev_last));
  }
  return true;
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
    if ((m.kind == NumberKind::kCount || m.kind == NumberKind::kScore) &&
        read_vote_tally(tokens, s, m, cands)) {
      continue;
    }
    if (m.kind == NumberKind::kCount && ni + 1 < numbers.size() &&
        read_vote_to(tokens, s, m, numbers[ni + 1], cands)) {
      ++ni;  // both sides read
      continue;
    }
    if (m.kind != NumberKind::kCount && m.kind != NumberKind::kOne) {
      rejections.push_back({0, std::string(span_text(text, tokens, m.first, m.last)),
                            std::string(number_kind_reason(m.kind))});
      continue;
    }
    Candidate c;
    // a range: one figure. "60 or 70 people" is read as its low end ("more than 60 or 70": more
    // than 60); "between 1 million and 3 million jobs" as its high end, up to 3 million
    bool between_range = false;
    if (ni + 1 < numbers.size() && !m.vague) {
      const auto& m2 = numbers[ni + 1];
      const auto& joint = tokens[m.last].lower;
      const bool between = m.first > s.first && tokens[m.first - 1].lower == "between";
      if (m2.first == m.last + 1 && m2.kind == NumberKind::kCount && !m2.vague &&
          m2.value > m.value && (joint == "or" || (joint == "and" && between))) {
        c.low = m.value;
        c.high = m2.value;
        m.last = m2.last;
        m.kind = NumberKind::kCount;
        between_range = between;
        ++ni;
      }
    }
    c.number = m;
    auto q = match_qualifier_before(tokens, s.first, m.first);
    // "charged over 239 deaths", "protests over two killings": "over" is the preposition of
    // the word before it, not a hedge
    if (q.length == 1 && tokens[m.first - 1].lower == "over" && m.first >= s.first + 2 &&
        over_takes_object(tokens[m.first - 2].lower)) {
      q = QualifierMatch{};
    }
    c.start = m.first - q.length;
    c.qualifier = m.vague ? Qualifier::kVague : (q.length > 0 ? q.qualifier : Qualifier::kExact);
    if (q.length == 0 && m.last == m.first + 2 && tokens[m.first].lower == "a" &&
        tokens[m.first + 1].lower == "dozen") {
      c.qualifier = Qualifier::kAbout;  // "a dozen operating rooms" is a round number
    }
    // "surpassed 3 million infections", "topped 500 cases": more than the number
    if (q.length == 0 && c.qualifier == Qualifier::kExact && m.first > s.first) {
      const auto& v = tokens[m.first - 1].lower;
      if (v.starts_with("surpass") || v == "topped" || v == "tops" || v.starts_with("exceed") ||
          v == "passed" || v == "passes" || v == "crossed" || v == "crosses") {
        c.qualifier = Qualifier::kMoreThan;
      }
    }
    if (between_range && c.qualifier == Qualifier::kExact) {
      c.number.value = c.high;
      c.qualifier = Qualifier::kUpTo;
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
      // "Three others, all women, were ...": the appositive names them
      const std::size_t a = c.np.last;
      if (a + 2 < s.last && is_punct(tokens[a], ',') &&
          (tokens[a + 1].lower == "all" || tokens[a + 1].lower == "both")) {
        auto named = read_noun_phrase(text, tokens, a + 2, s.last);
        if (named.last < s.last && is_punct(tokens[named.last], ',') &&
            has_people_head(named.head)) {
          c.np.counted = std::move(named.counted);
          c.np.head = std::move(named.head);
          c.others = false;
        }
      }
    }
    c.np_end = std::max(c.np.last, m.last);
    if (c.np.counted.empty()) {
      read_implied_people(tokens, s, c);  // "with 71 aboard", "a city of 19,000"
    }
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
    // a cardinal above one counts a plural: "10 saying", "136,000 previously reported" name
    // nothing counted (the noun is elided), and in "a 391,000 gain" the number is a modifier
    if (!plural_agrees(tokens, m, c.np)) {
      if (m.first > s.first && (tokens[m.first - 1].lower == "a" || tokens[m.first - 1].lower == "an")) {
        rejections.push_back({0, std::string(span_text(text, tokens, m.first, c.np.last)), "adjective"});
        continue;
      }
      c.np.last = c.np.first;
      c.np.counted.clear();
      c.np.head.clear();
      c.np_end = m.last;
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
