// Bare numbers read against what the sentence counted before them ("compared with 20",
// "Washington with 101", "in May and 27,000 in April", "41 of them"), and the article's subject
// (illness or employment, read lazily) for what "cases" and bare jobs are. Used by figures.cpp.

#include <string_view>

#include "common/analysis/date_words.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {

// "162 delegates at stake -- Washington with 101, followed by Hawaii with 25": a name, "with"
// and a bare number share out what the sentence counted before.
bool shares_out_by_name(const std::vector<Token>& tokens, const Sentence& s,
                        const Candidate& c) {
  if (c.start < s.first + 2 || tokens[c.start - 1].lower != "with" ||
      !tokens[c.start - 2].capitalized || tokens[c.start - 2].shape != TokenShape::kWord) {
    return false;
  }
  const std::size_t after = c.np_end;
  return after >= s.last || tokens[after].shape == TokenShape::kPunct ||
         tokens[after].lower == "and";
}

// "won 55 delegates, compared to 20 for Clinton", "1,243 to Sanders' 975", "grew 248,000,
// up from the previously reported 213,000", "rising 11,000 rather than the previously reported
// 38,000": a bare number set against a count just given counts the same thing, with the same
// event.
bool compared_with_previous(const std::vector<Token>& tokens, const Sentence& s,
                            const Candidate& c) {
  std::size_t k = c.start;
  // determiners, "previously reported", and the name whose share it is ("Sanders'")
  bool name = false;
  while (k > s.first) {
    const Token& t = tokens[k - 1];
    const bool possessive = t.shape == TokenShape::kWord && t.capitalized &&
                            (t.lower.ends_with("'s") ||
                             (k < c.start && is_quote(tokens[k]) && !tokens[k].space_before));
    if (t.lower == "the" || t.lower == "a" || t.lower == "previously" ||
        t.lower == "originally" || t.lower == "initially" || t.lower == "reported" ||
        (is_quote(t) && !t.space_before)) {
      --k;
    } else if (possessive) {
      name = true;
      --k;
    } else {
      break;
    }
  }
  if (k <= s.first) {
    return false;
  }
  const auto& w = tokens[k - 1].lower;
  const std::string_view before = k >= s.first + 2 ? std::string_view(tokens[k - 2].lower)
                                                   : std::string_view{};
  // (and the next of a ranking: "Trump leads with 743 delegates, followed by 231 for Cruz")
  return ((w == "to" || w == "with") && before == "compared") ||
         (w == "by" && before == "followed") ||
         (w == "from" && (before == "up" || before == "down")) ||
         (w == "than" && before == "rather") || (w == "of" && before == "instead") ||
         w == "versus" || w == "vs" || w == "vs." || (w == "to" && name);
}

bool chained_after_previous(const std::vector<Token>& tokens, const Sentence& s,
                            const Candidate& c, const FigureSpan& previous) {
  if (previous.last >= c.start || c.start > previous.last + 8 ||
      !change_verb_before(tokens, s, c.start)) {
    return false;
  }
  bool preposition = false;
  for (std::size_t k = previous.last; k < c.start; ++k) {
    const auto& w = tokens[k].lower;
    if (k == previous.last && is_punct(tokens[k], ',')) {
      continue;  // "revised to 273,000, from the 225,000 previously reported"
    }
    if (!change_complement(tokens[k]) || tokens[k].shape == TokenShape::kNumber) {
      return false;
    }
    preposition = preposition || w == "to" || w == "from" || w == "by";
  }
  return preposition;
}

// "38,000 jobs in May – 122,000 fewer than expected": a bare number compared by "fewer/more
// than" counts what the figure before counted.
bool compared_after(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  const std::size_t k = c.number.last;
  if (c.np_end != k || k + 1 >= s.last || tokens[k + 1].lower != "than") {
    return false;
  }
  const auto& w = tokens[k].lower;
  return w == "fewer" || w == "more" || w == "less";
}

// "Clinton has 1,712", "had only three", "Vermont received just three": a bare number, at the
// end of its clause, that is the object of "has", "had" or "have", or of a name's "received".
bool held_bare(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  std::size_t k = c.start;
  while (k > s.first && (tokens[k - 1].lower == "only" || tokens[k - 1].lower == "just")) {
    --k;
  }
  if (k == s.first || c.np_end != c.number.last || c.number.value < 2) {
    return false;
  }
  // also what a name receives: "with Texas receiving 4,280", "Vermont received just three"
  const auto& w = tokens[k - 1].lower;
  const bool receives = (w == "received" || w == "receives" || w == "receiving" || w == "got" ||
                         w == "gets" || w == "getting") &&
                        k >= s.first + 2 && tokens[k - 2].capitalized &&
                        tokens[k - 2].shape == TokenShape::kWord;
  if (w != "has" && w != "had" && w != "have" && !receives) {
    return false;
  }
  const std::size_t after = c.number.last;
  return after == s.last || tokens[after].shape == TokenShape::kPunct ||
         tokens[after].lower == "and" || tokens[after].lower == "in";
}

// "An estimated 420,000 are working without pay", "about 7,000 are in Nigeria", "11.8 million
// remain out of work": a bare number that opens its clause as the subject of a finite verb.
bool bare_subject(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  static const WordSet kVerbs = {"are",   "were", "remain", "remained", "have", "had",
                                 "do",    "did",  "will",   "would",    "could", "may",
                                 "might", "must", "can",    "should"};
  const std::size_t after = c.number.last;
  if (c.np_end != after || after >= s.last || !kVerbs.contains(tokens[after].lower) ||
      c.number.value < 2) {
    return false;
  }
  std::size_t k = c.start;
  if (k > s.first && tokens[k - 1].lower == "another") {
    --k;  // "Another 380,000 are at home on furlough"
  }
  if (k == s.first) {
    return true;
  }
  const auto& w = tokens[k - 1];
  if (w.lower == "and" && k >= s.first + 2 && tokens[k - 2].shape == TokenShape::kNumber) {
    return false;  // "between the ages of 25 and 54 are unemployed"
  }
  return is_punct(w, ',') || is_punct(w, ';') || w.lower == "and" || w.lower == "but" ||
         w.lower == "while" || w.lower == "whereas";
}

namespace {
// "from" or "to" before the number at `number_first`, past a hedge: "to nearly 3,000", "from a
// mere 33,759"; "" when neither.
std::string_view change_end_before(const std::vector<Token>& tokens, const Sentence& s,
                                   std::size_t number_first) {
  static const WordSet kHedges = {
      "nearly", "almost", "about", "around", "roughly", "some", "just", "only", "over", "under",
      "more", "than", "less", "fewer", "at", "least", "most", "a", "an", "the", "record", "mere",
      "estimated", "approximately", "as", "many", "high", "low", "new"};
  for (std::size_t k = number_first; k > s.first && k + 4 > number_first; --k) {
    const auto& w = tokens[k - 1].lower;
    if (w == "from" || w == "to") {
      return w;
    }
    if (!kHedges.contains(w)) {
      break;
    }
  }
  return {};
}
}  // namespace

std::optional<Figure> change_partner(const std::vector<Token>& tokens, const Sentence& s,
                                     const Candidate& c, const std::vector<Candidate>& cands,
                                     const std::vector<FigureSpan>& out,
                                     std::size_t sentence_base) {
  if (c.np_end != c.number.last || c.number.kind != NumberKind::kCount) {
    return std::nullopt;
  }
  const auto end = change_end_before(tokens, s, c.number.first);
  if (end.empty()) {
    return std::nullopt;
  }
  const std::string_view other = end == "from" ? "to" : "from";
  // "from 100 to 200 attendees", "estimates range from 500,000 to 1 million" are a range, one
  // figure, unless a verb of change governs it: "reduced its number of beds from 250 to 30"
  bool change = false;
  for (std::size_t k = s.first; k < c.number.first && !change; ++k) {
    change = is_shift_verb(tokens[k].lower);
  }
  for (std::size_t x = out.size(); x-- > sentence_base;) {
    const auto& f = out[x];
    if (!f.figure.head.empty() && (change || end == "from") &&
        change_end_before(tokens, s, f.number_first) == other) {
      return f.figure;
    }
  }
  for (const auto& d : cands) {
    if (d.number.first > c.number.last && !d.np.head.empty() && (change || end == "to") &&
        change_end_before(tokens, s, d.number.first) == other) {
      Figure f;
      f.counted = d.np.counted;
      f.head = d.np.head;
      f.event = std::string(d.event.event);
      return f;
    }
  }
  return std::nullopt;
}

bool part_of_total(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  const std::size_t k = c.start;
  if (k < s.first + 3) {
    return false;
  }
  const auto& verb = tokens[k - 1].lower;
  const auto& noun = tokens[k - 2].lower;
  const auto& det = tokens[k - 3].lower;
  return (verb == "includes" || verb == "included" || verb == "include") &&
         is_count_word(noun) &&
         (det == "that" || det == "this" || det == "the");
}

namespace {

// What may follow a restated total: a preposition, a conjunction, a place or a time ("was
// revised to 174,000 Friday", "to 137,000 from 150,000", "down to nine for the entire country",
// "18 nationwide", "3,223 that year"), not another word ("is at least 2 to 3 points").
bool may_follow_total(const std::vector<Token>& tokens, const Sentence& s, std::size_t after) {
  static const WordSet kAfter = {"as",   "today", "after",   "and",   "by",  "yesterday",
                                 "last", "for",   "earlier", "later", "since"};
  if (after >= s.last || tokens[after].shape != TokenShape::kWord) {
    return true;
  }
  const auto& w = tokens[after].lower;
  if (kAfter.contains(w) || is_place_preposition(w) || is_place_adverb(w) ||
      date_words::is_full_weekday_name(w)) {
    return true;
  }
  const bool period = after + 1 < s.last && (tokens[after + 1].lower == "year" ||
                                             tokens[after + 1].lower == "week" ||
                                             tokens[after + 1].lower == "month");
  return (w == "that" || w == "this") && period;
}

}  // namespace

// "The BBC says the number is 48", "put the number at 1,085", "bringing their total to 54",
// "The figure was updated to 450 today": a bare number that a word for the count ("number",
// "total", "tally", "figure", "count") equals, reaches or is set at. The count is of what the
// article counted last; "the number of X" names its own (read_toll).
bool restates_total(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  if (c.start <= s.first || c.np_end != c.number.last || c.number.value < 2) {
    return false;
  }
  if (!may_follow_total(tokens, s, c.number.last)) {
    return false;
  }
  std::size_t k = c.start;
  while (k > s.first && (tokens[k - 1].lower == "now" || tokens[k - 1].lower == "only" ||
                         tokens[k - 1].lower == "just")) {
    --k;
  }
  if (k == s.first) {
    return false;
  }
  const auto& link = tokens[k - 1].lower;
  if (link != "is" && link != "was" && link != "at" && link != "to" && link != "reached" &&
      link != "hit" && link != "stands" && link != "stood") {
    return false;
  }
  // the count word a few words before, with a determiner ("the number", "their national
  // tally"), and only its verb between: not "Count to 10", "the total population is"
  static const WordSet kVerbal = {
      "has", "had", "have", "is", "was", "would", "will", "could", "may", "might", "now", "then",
      "been", "be", "later", "since", "also", "down", "up", "further", "again", "puts", "put",
      "upward", "downward", "upwards", "downwards"};
  for (std::size_t j = k - 1; j > s.first && j + 8 > k; --j) {
    const auto& w = tokens[j - 1].lower;
    if (!is_count_word(w)) {
      continue;
    }
    bool determined = false;
    for (std::size_t d = j - 1; d > s.first && d + 3 > j && !determined; --d) {
      const auto& x = tokens[d - 1].lower;
      determined = x == "the" || x == "that" || x == "this" || x == "which" ||
                   is_possessive_determiner(x);
    }
    for (std::size_t v = j; v + 1 < k && determined; ++v) {
      const Token& t = tokens[v];
      // (a comma may set off the link: "That number has now been revised upward, to 252,000")
      determined = (t.shape == TokenShape::kWord &&
                    (kVerbal.contains(t.lower) || t.lower.ends_with("ed") ||
                     t.lower.ends_with("ly") || is_change_verb(t.lower))) ||
                   (v + 2 == k && v > j && is_punct(t, ','));
    }
    return determined;
  }
  return false;
}

// "The prior week was revised up by 8,000 to 2,438,000", "March's figure was revised down to
// 1.2 million": a bare number that a verb of change reaches from a period, or the figure of
// one, counts what the article counted last.
bool period_changes(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  if (c.np_end != c.number.last) {
    return false;
  }
  const auto v = change_verb_before(tokens, s, c.start);
  if (!v || *v == s.first) {
    return false;
  }
  std::size_t cs = *v;
  while (cs > s.first && !is_clause_break(tokens[cs - 1])) {
    --cs;
  }
  if (*v - cs > 6) {
    return false;
  }
  bool period = false;
  for (std::size_t k = cs; k < *v; ++k) {
    const std::string_view w = without_possessive(tokens[k].lower);
    if (w == "week" || w == "month" || w == "quarter" || unit_kind(w) == UnitKind::kMonth) {
      period = true;
    } else if (tokens[k].shape != TokenShape::kWord ||
               (plural_head(tokens[k]) && w != "was" && w != "has")) {
      return false;
    }
  }
  return period;
}

// A bare number right after "and"/"or"/"but" (", and"), with only a place or time phrase after
// it: the verb and noun of the figure before are gapped ("... in May and 27,000 in April").
bool gapped_after_previous(const std::vector<Token>& tokens, const Sentence& s,
                           const Candidate& c, const FigureSpan& previous) {
  if (c.start <= s.first || c.np_end != c.number.last) {
    return false;
  }
  // the conjunct pairs with the previous figure's number, not with a number in between ("two
  // children, ages 10 and 15", "on Jan. 20 and 21")
  for (std::size_t k = previous.number_last; k < c.start; ++k) {
    if (tokens[k].shape == TokenShape::kNumber || number_word_value(tokens[k].lower) > 0) {
      return false;
    }
  }
  const auto& w = tokens[c.start - 1].lower;
  const std::size_t after = c.number.last;
  // a breakdown by place after a comma: "at least 35 dead in Amatrice, 11 in Accumoli",
  // "9,728 students from Nigeria, 204 from Liberia" (a place: a name or "the"; not "one
  // suspect dead, two at large")
  const bool place_after =
      after + 1 < s.last && tokens[after + 1].shape == TokenShape::kWord &&
      (tokens[after + 1].capitalized || tokens[after + 1].lower == "the") &&
      number_word_value(tokens[after + 1].lower) < 0;  // not "eight in Ten"
  const bool from_place = after < s.last && tokens[after].lower == "from" && place_after;
  // or by name: "followed by 231 for Cruz, 110 for Rubio and 25 for Kasich"
  const bool for_name = after < s.last && tokens[after].lower == "for" && place_after;
  const bool by_place = is_punct(tokens[c.start - 1], ',') && after < s.last &&
                        (tokens[after].lower == "in" || tokens[after].lower == "at" ||
                         from_place || for_name) &&
                        place_after;
  if (w != "and" && w != "or" && w != "but" && !by_place) {
    return false;
  }
  return after == s.last || tokens[after].shape == TokenShape::kPunct || from_place ||
         for_name ||
         tokens[after].lower == "in" || tokens[after].lower == "on" ||
         tokens[after].lower == "at" || tokens[after].lower == "during" ||
         tokens[after].lower == "last" || tokens[after].lower == "the" ||
         tokens[after].lower == "a";
}

// Words of illness, as parts that cover their inflections and capitals ("Coronavirus",
// "infections", "Measles"): an illness by name (names_illness), or its signs and its
// authorities. A plain substring search: cheap enough to run on every passage.
bool mentions_disease(std::string_view text) {
  static constexpr std::string_view kParts[] = {
      "nfect",   "ovid ",     "positive",      "atients",     "ymptom",       "uarantin",
      "ospitaliz", "ealth ministr", "ealth offic", "ealth author", "ealth depart"};
  if (names_illness(text)) {
    return true;
  }
  for (const auto part : kParts) {
    if (text.find(part) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool mentions_employment(std::string_view text) {
  static constexpr std::string_view kParts[] = {
      "ayroll",  "nemployment rate",    "obs report",                 "onfarm",
      "Labor Department", "Department of Labor", "Bureau of Labor Statistics", "BLS",
      "jobless rate"};
  for (const auto part : kParts) {
    if (text.find(part) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool article_mentions(FigureMemory& memory, FigureMemory::Context& context,
                      bool (*mentions)(std::string_view)) {
  for (; !context.found && context.read < memory.passages.size(); ++context.read) {
    context.found = mentions(memory.passages[context.read]);
  }
  return context.found;
}

bool is_place_noun(std::string_view head) {
  // the words that make a name a place ("Idlib province"), and the nations themselves
  return entity_words::is_place_cue_after(head) || head == "country" || head == "nation";
}

// "41 of them", "three of whom": a part of something counted before.
bool of_pronoun(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  const std::size_t k = c.number.last;
  if (k + 1 >= s.last || tokens[k].lower != "of") {
    return false;
  }
  const auto& w = tokens[k + 1].lower;
  // "17 of those who were injured": people in general, defined by the clause
  if (w == "those" && k + 2 < s.last &&
      (tokens[k + 2].lower == "who" || tokens[k + 2].lower == "that")) {
    return false;
  }
  return w == "them" || w == "whom" || w == "those" || w == "these";
}

bool of_which(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  const std::size_t k = c.number.last;
  return k + 1 < s.last && tokens[k].lower == "of" && tokens[k + 1].lower == "which" &&
         c.start > s.first && is_punct(tokens[c.start - 1], ',');
}

}  // namespace tally::figure_parts
