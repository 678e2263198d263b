// The numbers of a sentence read into candidates: the rejections of what is not a count (years,
// names of models), vote tallies (figure_votes.cpp), ranges, the qualifier, the counted phrase,
// then the event, the list, the toll and the running total of each; and the indefinite
// singulars (figure_indefinites.cpp).

#include <algorithm>
#include <string>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/number_parts.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

// A bare number whose people the context names: "with 71 aboard", "all eight on board" (the
// people carried), "a city of 19,000", "a population of 75,000", "(population 3,733)" (its
// inhabitants), "a family of six drowned" (the members of a group). All count people; a
// population's counted phrase is "population".
void read_implied_people(const std::vector<Token>& tokens, const Sentence& s, Candidate& c) {
  static const WordSet kPlaces = {
      "city", "town", "village", "community", "nation", "country", "county", "island",
      "district", "suburb", "population", "state", "province", "region", "neighborhood",
      "capital", "metropolis", "borough", "municipality", "territory", "hamlet", "enclave"};
  const std::size_t after = c.number.last;
  std::size_t end = 0;
  if (after < s.last && (tokens[after].lower == "aboard" || tokens[after].lower == "onboard")) {
    end = after + 1;
  } else if (after + 1 < s.last && tokens[after].lower == "on" &&
             tokens[after + 1].lower == "board") {
    end = after + 2;
  }
  const std::size_t n = c.start;  // before any qualifier: "a city of about 19,000"
  const bool bare_after = after == s.last || tokens[after].shape != TokenShape::kWord ||
                          is_np_stop(tokens[after].lower);
  const bool place = n >= s.first + 2 && tokens[n - 1].lower == "of" &&
                     kPlaces.contains(tokens[n - 2].lower) && bare_after;
  // "(population 3,733)", "Xenia — population 364 —": the figure of a census line, closed by
  // punctuation (not an age: "the population 12 and older")
  const bool census = n > s.first && tokens[n - 1].lower == "population" &&
                      (after == s.last || tokens[after].shape == TokenShape::kPunct);
  // "a family of six - two adults and four children - drowned", "Its crew of 23 was
  // evacuated"
  // (with its predicate next: not a household size, "$3,000 for a family of four.", "a crew
  // of six, was bound for", "a family of four whose cases were confirmed", "a group of more
  // than a dozen mostly Republican-led states")
  const bool group = n >= s.first + 2 && tokens[n - 1].lower == "of" &&
                     is_people_group(tokens[n - 2].lower) && !tokens[n - 2].capitalized &&
                     !(n >= s.first + 4 && tokens[n - 4].lower == "for") && after < s.last &&
                     (is_aside_dash(tokens, after) ||
                      is_passive_auxiliary(tokens[after].lower) || tokens[after].lower == "have" ||
                      tokens[after].lower == "has" || tokens[after].lower == "had" ||
                      match_event(tokens, after, s.last).length > 0);
  if (end == 0 && !place && !group && !census) {
    return;
  }
  // "a population of 75,000" counts the population itself, its people
  const bool population = census || (place && tokens[n - 2].lower == "population");
  c.np.head = "people";
  c.np.counted = population ? "population" : c.np.head;
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
// A forecast whose object the number is: "Economists had forecast 1.565 million claims",
// "expecting about 185,000 new jobs", "predictions hovering around 115,000", "had been looking
// for 2.05 million". Not "more than expected", which follows the number, nor "a larger than
// expected gain".
bool forecast_before(const std::vector<Token>& tokens, const Sentence& s, std::size_t start) {
  for (std::size_t k = start; k > s.first && k + 7 > start; --k) {
    const Token& t = tokens[k - 1];
    if (is_clause_break(t) || is_punct(t, '.')) {
      return false;
    }
    // ("a larger than expected gain of 215,000 jobs", "as forecast": a comparison)
    if (is_forecast_word(t.lower)) {
      return !(k >= s.first + 2 &&
               (tokens[k - 2].lower == "than" || tokens[k - 2].lower == "as"));
    }
    if (t.lower == "for" && k >= s.first + 2 && tokens[k - 2].lower == "looking") {
      return true;
    }
  }
  return false;
}

// The words before `start` open a part of a group counted before: "including three gunmen",
// "among them two children", "among whom were two officers", and after "including" a
// determiner or a possessive too: "including the three gunmen" (not "including the one
// probing", a pronoun; nor "the smallest loss among the eight", "from among the nine
// justices": a whole, not a part).
bool opens_part(const std::vector<Token>& tokens, const Sentence& s, std::size_t start) {
  std::size_t k = start;
  if (k > s.first + 1 && tokens[k - 2].lower == "including" && tokens[k].lower != "one" &&
      (tokens[k - 1].lower == "the" || is_possessive_determiner(tokens[k - 1].lower))) {
    return true;
  }
  if (k > s.first && (tokens[k - 1].lower == "were" || tokens[k - 1].lower == "are")) {
    --k;  // "among whom were two officers"
  }
  if (k == s.first) {
    return false;
  }
  const std::string& before = tokens[k - 1].lower;
  if (before == "including" || before == "among") {
    return true;
  }
  return (before == "them" || before == "whom") && k - 1 > s.first &&
         tokens[k - 2].lower == "among";
}

// The first word of the connector right before `start` that joins its count to what was
// counted before, sharing its event: "were killed along with two gunmen", "Two soldiers,
// together with three civilians, were", "as well as"; `start` itself when there is none.
std::size_t alongside_connector(const std::vector<Token>& tokens, const Sentence& s,
                                std::size_t start) {
  for (const std::size_t n : {std::size_t{2}, std::size_t{3}}) {
    if (start >= s.first + n && alongside_words(tokens, start - n, start) == n) {
      return start - n;
    }
  }
  return start;
}

// "reports" or "report" at k is a noun, not a verb of saying, after a lower-case word that is
// no adverb: "negative reports about 800 borrowers", "press reports about two agents" (not
// "The Times reports about 250", "also reports", "voluntarily report", "that reports").
bool report_noun(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  if (k <= s.first || (tokens[k].lower != "reports" && tokens[k].lower != "report")) {
    return false;
  }
  const Token& t = tokens[k - 1];
  return is_word(t) && !t.capitalized && !t.lower.ends_with("ly") && t.lower != "also" &&
         t.lower != "still" && t.lower != "now" && !is_relative_pronoun(t.lower);
}

// The word before a qualifier makes it a preposition or a particle: "charged over 239 deaths",
// "protests over two killings" ("over" introduces an object), "handed over 55,000 emails" (a
// verb's particle "over"); "think about 4,600 people dying", "questions about two aides"
// ("about" after a verb or noun of talk or thought; not after one of perception: "he heard
// about nine gunshots" is about nine); "the number has moved up to 30", "adjusted their
// estimate up to 5,740" ("up" the particle of a verb of change right before it, or of a verb of
// revision within the four words before it). Word lists: lexicons/prepositions.tsv.
bool qualifier_is_preposition(const std::vector<Token>& tokens, const Sentence& s,
                              std::size_t number, const QualifierMatch& q) {
  static const WordSet kOver = lexicon_word_list(data::lexicon_prepositions(), "over_object");
  static const WordSet kOverParticle =
      lexicon_word_list(data::lexicon_prepositions(), "over_particle");
  static const WordSet kAbout = lexicon_word_list(data::lexicon_prepositions(), "about_object");
  static const WordSet kUp = lexicon_word_list(data::lexicon_prepositions(), "up_particle");
  static const WordSet kRevision =
      lexicon_word_list(data::lexicon_prepositions(), "up_revision");
  if (q.length == 1 && number >= s.first + 2) {
    const auto& hedge = tokens[number - 1].lower;
    const auto& before = tokens[number - 2].lower;
    return (hedge == "over" && (kOver.contains(before) || kOverParticle.contains(before))) ||
           (hedge == "about" && (kAbout.contains(before) || report_noun(tokens, s, number - 2)));
  }
  if (q.length != 2 || tokens[number - 2].lower != "up" || tokens[number - 1].lower != "to") {
    return false;
  }
  const std::size_t up = number - 2;
  if (up > s.first && kUp.contains(tokens[up - 1].lower)) {
    return true;
  }
  for (std::size_t k = up; k > s.first && k + 4 > up; --k) {
    const Token& t = tokens[k - 1];
    if (t.shape != TokenShape::kWord) {
      return false;
    }
    if (kRevision.contains(t.lower)) {
      return true;
    }
  }
  return false;
}

// "One of the three judges dissented", "one of their men was killed": the one of a group that
// a singular verb's event befell counts one of the group's noun. Returns false when the verb
// is not singular or names no event.
bool read_one_of(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                 const NumberMatch& m, Candidate& c) {
  if (m.value != 1 || m.last + 1 >= s.last || tokens[m.last].lower != "of") {
    return false;
  }
  const auto& det = tokens[m.last + 1].lower;
  if (det != "the" && !is_possessive_determiner(det)) {
    return false;
  }
  auto np = read_noun_phrase(text, tokens, m.last, s.last);
  if (np.counted.empty() || np.last >= s.last) {
    return false;
  }
  // the verb agrees with "one": "was killed", "has died", "dissented"; not "were", "who"
  const auto& next = tokens[np.last].lower;
  // (an intransitive past: "the civilians killed in the strike" is a participle)
  const bool singular = next == "was" || next == "has" || next == "had" ||
                        (next.ends_with("ed") &&
                         match_event(tokens, np.last, s.last).role == EventRole::kIntransitive);
  if (!singular) {
    return false;
  }
  const auto event = event_after(tokens, np.last, s.last);
  if (event.event.empty()) {
    return false;
  }
  c.number = m;
  c.number.kind = NumberKind::kCount;
  c.start = m.first;
  c.qualifier = Qualifier::kExact;
  c.np = std::move(np);
  c.np_end = c.np.last;
  c.event = event;
  return true;
}

// "Two of the three sailors aboard were hurt", "killed nine of the 12 miners": the verb of the
// clause befell the part, not its whole, which keeps only an event of its own phrase ("two
// suicide bombers who died", "the 161 people arrested"). True when the event of `whole`
// (a candidate after `part`) is the clause's verb: before the part, or a finite verb after
// the whole's phrase (an auxiliary or an intransitive past such as "died").
bool clause_verb_of_part(const std::vector<Token>& tokens, const Sentence& s,
                         const Candidate& part, const Candidate& whole) {
  const auto& e = whole.event;
  if (e.event.empty()) {
    return false;
  }
  if (e.last <= part.start) {
    return true;
  }
  if (e.first < skip_to_predicate(tokens, whole.np_end, s.last)) {
    return false;  // in a phrase after the whole: "the 14 people on board"
  }
  static const WordSet kFinite = {"was", "were", "is",  "are", "has",  "have", "had",
                                  "got", "get",  "did", "do",  "does", "remain",
                                  "remained"};
  for (std::size_t k = whole.np_end; k < e.first; ++k) {
    if (is_relative_pronoun(tokens[k].lower) || tokens[k].lower == "whom") {
      return false;  // "two suicide bombers who died"
    }
  }
  for (std::size_t k = whole.np_end; k <= e.first; ++k) {
    if (kFinite.contains(tokens[k].lower)) {
      return true;
    }
  }
  return match_event(tokens, e.first, s.last).role == EventRole::kIntransitive;
}

// The wholes of partitives lose the clause's verb to their parts.
void part_takes_clause_verb(const std::vector<Token>& tokens, const Sentence& s,
                            std::vector<Candidate>& cands) {
  for (auto& part : cands) {
    const auto whole = partitive_whole_of(tokens, s, part, cands);
    if (!whole) {
      continue;
    }
    auto& own = cands[*whole].event;
    if (!clause_verb_of_part(tokens, s, part, cands[*whole])) {
      // "Three of the 14 people injured later died": the part's verb after the whole's phrase
      const bool shared = part.event.first == own.first && part.event.last == own.last;
      if (!own.event.empty() && (part.event.event.empty() || shared)) {
        if (const auto verb = event_after(tokens, own.last, s.last); !verb.event.empty()) {
          part.event = verb;
        }
      }
      continue;
    }
    if (part.event.event.empty()) {
      part.event = own;
    }
    own = EventFound{};
  }
}

// A table's row of cells, "U.S. hospitals 88 10 2 Your child's school 83 9 8": a number right
// after the digits of another, with one space between, counts nothing after it (not after a
// year: "a 1992 5-4 decision").
bool table_cell(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                const NumberMatch& m) {
  if (m.first == s.first || tokens[m.first].shape != TokenShape::kNumber) {
    return false;
  }
  const Token& prev = tokens[m.first - 1];
  return prev.shape == TokenShape::kNumber && !looks_like_year(prev) &&
         prev.lower.find_first_not_of("0123456789.,") == std::string::npos &&
         prev.end + 1 == tokens[m.first].begin && text[prev.end] == ' ';
}

}  // namespace

EventFound passive_before_alongside(const std::vector<Token>& tokens, const Sentence& s,
                                    std::size_t start) {
  constexpr std::size_t kReach = 16;  // tokens back from the connector
  const std::size_t connector = alongside_connector(tokens, s, start);
  if (connector == start) {
    return {};
  }
  // an auxiliary before it whose verb chain ends there, or before phrases of place and time
  // with no verb of their own: "was killed", "were later arrested", "was killed in a blast in
  // Kandahar in December last year along with five other members" (not past a clause opener:
  // "were arrested, and along with", "was killed when ... along with")
  for (std::size_t b = connector; b > s.first && b + kReach > connector; --b) {
    const auto& w = tokens[b - 1].lower;
    if (w == "and" || w == "but" || w == "or" || w == "when" || w == "while" || w == "after" ||
        w == "before" || w == "because" || is_relative_pronoun(w) || is_punct(tokens[b - 1], ';')) {
      return {};
    }
    if (w != "was" && w != "were" && w != "been" && w != "is" && w != "are") {
      continue;
    }
    const EventFound ev = event_after(tokens, b - 1, connector);
    if (ev.event.empty() || ev.last > connector) {
      return {};
    }
    for (std::size_t k = ev.last; k < connector; ++k) {
      if (match_event(tokens, k, connector).length > 0) {
        return {};
      }
    }
    return ev;
  }
  return {};
}

std::vector<Candidate> sentence_candidates(std::string_view text, const std::vector<Token>& tokens,
                                           const Sentence& s, FigureMemory& memory,
                                           std::vector<Rejection>& rejections) {
  std::vector<Candidate> cands;
  // the noun of "one of the three judges dissented", if any
  std::size_t one_of_at = static_cast<std::size_t>(-1);
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
    if (table_cell(text, tokens, s, m)) {
      rejections.push_back(
          {0, std::string(span_text(text, tokens, m.first, m.last)), "table cell"});
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
    if (m.kind == NumberKind::kPartitive) {
      Candidate one;
      if (read_one_of(text, tokens, s, m, one)) {
        one_of_at = one.np.first;
        cands.push_back(std::move(one));
        continue;
      }
    }
    if (m.kind != NumberKind::kCount && m.kind != NumberKind::kOne) {
      rejections.push_back({0, std::string(span_text(text, tokens, m.first, m.last)),
                            std::string(number_kind_reason(m.kind))});
      continue;
    }
    // "3.6 gun deaths per 100,000 people": the base of a rate is no count
    if (m.first > s.first && tokens[m.first - 1].lower == "per") {
      rejections.push_back({0, std::string(span_text(text, tokens, m.first, m.last)), "rate"});
      continue;
    }
    Candidate c;
    // a range: one figure. "60 or 70 people" and "between 1 million and 3 million jobs" are read
    // as up to the high end; a hedged one ("more than 60 or 70") as its low end, more than 60
    if (ni + 1 < numbers.size() && !m.vague) {
      const auto& m2 = numbers[ni + 1];
      const auto& joint = tokens[m.last].lower;
      const std::string_view before =
          m.first > s.first ? std::string_view(tokens[m.first - 1].lower) : std::string_view{};
      const bool between = before == "between";
      // "600 to 800 fighters", "three to four rounds"; not a change ("from 10 to 15", "rose
      // 10 to 15", "revised by 37,000 to 184,000", "+256,000 to 2.1 million") or an age
      // ("ages 16 to 29")
      const bool to_range = joint == "to" && before != "from" && before != "by" &&
                            before != "+" && before != "-" && before != "ages" &&
                            before != "aged" && !is_beyond_verb(before) &&
                            !is_change_verb(before);
      // a bare low end takes the high end's scale: "30 to 40 million" is 30 million
      const double scale = m.last == m.first + 1 && m2.last > m2.first + 1
                               ? number_parts::scale_value(tokens[m2.last - 1].lower)
                               : 0;
      const double low = scale >= 1000 && m.value * scale < m2.value ? m.value * scale : m.value;
      if (m2.first == m.last + 1 && m2.kind == NumberKind::kCount && !m2.vague &&
          m2.value > low && (joint == "or" || to_range || (joint == "and" && between))) {
        c.low = low;
        m.value = low;
        c.high = m2.value;
        m.last = m2.last;
        m.kind = NumberKind::kCount;
        ++ni;
      }
    }
    c.number = m;
    auto q = match_qualifier_before(tokens, s.first, m.first);
    if (qualifier_is_preposition(tokens, s, m.first, q)) {
      q = QualifierMatch{};
    }
    c.start = m.first - q.length;
    c.qualifier = m.vague ? Qualifier::kVague : (q.length > 0 ? q.qualifier : Qualifier::kExact);
    // "a dozen operating rooms", "half a dozen languages", "a half-dozen" are round numbers
    if (q.length == 0) {
      const std::size_t n = m.last - m.first;
      const bool a_dozen =
          tokens[m.last - 1].lower == "dozen" &&
          ((n == 2 && tokens[m.first].lower == "a") ||
           (n == 3 && tokens[m.first].lower == "half" && tokens[m.first + 1].lower == "a"));
      if (a_dozen || tokens[m.last - 1].lower == "half-dozen") {
        c.qualifier = Qualifier::kAbout;
      }
    }
    // "surpassed 3 million infections", "topped 500 cases": more than the number
    if (q.length == 0 && c.qualifier == Qualifier::kExact && m.first > s.first) {
      if (is_beyond_verb(tokens[m.first - 1].lower)) {
        c.qualifier = Qualifier::kMoreThan;
      }
    }
    // "between 5 and 10", a bare "seven or eight shots", and one hedged as a whole ("about 16
    // to 23 members", "as many as 15 or 20 seats"): up to the high end ("more than 60 or 70"
    // keeps its low end)
    if (c.high > 0 && (c.qualifier == Qualifier::kExact || c.qualifier == Qualifier::kAbout ||
                       c.qualifier == Qualifier::kUpTo)) {
      c.number.value = c.high;
      c.qualifier = Qualifier::kUpTo;
    }
    std::size_t k = m.last;
    // "50,000 or so religious minorities": about that many
    if (k + 1 < s.last && tokens[k].lower == "or" && tokens[k + 1].lower == "so") {
      k += 2;
      if (c.qualifier == Qualifier::kExact) {
        c.qualifier = Qualifier::kAbout;
      }
    }
    // "gatherings of 10 or more people": at least that many; "50+ Killed": more than it
    if (k + 1 < s.last && tokens[k].lower == "or" && tokens[k + 1].lower == "more" &&
        (k + 2 == s.last || tokens[k + 2].lower != "than")) {
      k += 2;
      if (c.qualifier == Qualifier::kExact) {
        c.qualifier = Qualifier::kAtLeast;
      }
    } else if (k < s.last && is_punct(tokens[k], '+') && tokens[m.last - 1].shape ==
               TokenShape::kNumber && tokens[k].begin == tokens[m.last - 1].end &&
               (k + 1 == s.last || tokens[k + 1].shape != TokenShape::kNumber)) {
      ++k;
      if (c.qualifier == Qualifier::kExact) {
        c.qualifier = Qualifier::kMoreThan;
      }
    } else if (m.plus && c.qualifier == Qualifier::kExact) {
      c.qualifier = Qualifier::kMoreThan;  // "30-plus rocket attacks"
    }
    while (k < s.last && (tokens[k].lower == "more" || tokens[k].lower == "other" ||
                          tokens[k].lower == "additional" || tokens[k].lower == "further")) {
      ++k;
    }
    c.np = read_noun_phrase(text, tokens, k, s.last);
    if (c.np.head == "other" && c.np.last == c.np.first + 1) {
      // "three others died", "hundreds of others": elided, the people counted nearby
      c.others = true;
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
    // "had been expecting around 2.1 million for weekly claims": the number a forecast verb
    // takes, then what it counts (not "expected to hire 1,500 for distribution facilities")
    if (c.np.counted.empty() && c.np.last == k && k + 1 < s.last && tokens[k].lower == "for" &&
        c.start > s.first && is_forecast_word(tokens[c.start - 1].lower)) {
      auto counted = read_noun_phrase(text, tokens, k + 1, s.last);
      if (!counted.counted.empty() && counted.event.empty() &&
          plural_head(tokens[counted.last - 1])) {
        c.np = std::move(counted);
      }
    }
    c.np_end = std::max(c.np.last, m.last);
    if (c.np.counted.empty()) {
      read_implied_people(tokens, s, c);  // "with 71 aboard", "a city of 19,000"
    }
    read_job_change_noun(tokens, m, memory, c);  // "an upwardly revised 176,000 gain"
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
    // a gallery's furniture: "Hide Caption 1 of 24 Photos", "Slideshow (8 Images)"
    if (c.np.last == c.np.first + 1 && tokens[m.first].shape == TokenShape::kNumber &&
        (c.np.head == "photo" || c.np.head == "image" || c.np.head == "picture" ||
         c.np.head == "slide") &&
        (tokens[c.np.first].capitalized ||
         (m.first > s.first && is_punct(tokens[m.first - 1], '(')))) {
      rejections.push_back(
          {0, std::string(span_text(text, tokens, m.first, c.np.last)), "page furniture"});
      continue;
    }
    // a cardinal above one counts a plural: "10 saying", "136,000 previously reported" name
    // nothing counted (the noun is elided), and in "a 391,000 gain" the number is a modifier
    if (!plural_agrees(tokens, m, c.np)) {
      if (m.first > s.first &&
          (tokens[m.first - 1].lower == "a" || tokens[m.first - 1].lower == "an")) {
        rejections.push_back(
            {0, std::string(span_text(text, tokens, m.first, c.np.last)), "adjective"});
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
    c.including = opens_part(tokens, s, c.start);
    c.alongside = alongside_connector(tokens, s, c.start) != c.start;
    if (c.np.counted.empty()) {
      read_toll(text, tokens, s, cands.empty() ? s.first : cands.back().np_end, c);
      read_event_total(text, tokens, s, c);
    }
    if (c.event.event == "infect" && law_cases(tokens, s, c)) {
      c.event.event = {};  // "a backlog of immigration cases reached 687,000"
    }
    c.cumulative = c.cumulative || cumulative_clause(tokens, s, c.start, c.np_end);
    if (c.event.mood == Mood::kFactual && forecast_before(tokens, s, c.start)) {
      c.event.mood = Mood::kModal;  // "Economists had forecast 1.565 million claims"
    }
    // the group of "one of the three judges dissented" did not all dissent
    if (c.np.first == one_of_at) {
      c.event = EventFound{};
    }
    cands.push_back(std::move(c));
  }
  find_indefinites(text, tokens, s, cands, cands);
  // in text order, so that "Two men and a woman were killed" is one list
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  share_list_events(tokens, cands);
  part_takes_clause_verb(tokens, s, cands);
  return cands;
}

}  // namespace tally::figure_parts
