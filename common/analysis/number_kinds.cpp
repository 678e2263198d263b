#include "common/analysis/lexicon.hpp"
#include "common/analysis/number_parts.hpp"
#include "common/analysis/word_set.hpp"

// What a number is by the words around it: a count, or a year, date, money, name ...
namespace tally {
namespace number_parts {
namespace {

bool is_determiner_or_preposition(std::string_view w) {
  static const WordSet kWords = {
      "in",    "since", "of",     "by",    "until", "till",
      "from",  "before", "after", "early", "late",  "mid",
      "the",   "a",     "an",     "its",   "their", "his",
      "her",   "during", "through", "to",  "this",  "that",
      "for",   "and",   "between", "summer", "spring", "autumn",
      "winter", "fall", "year",   "around"};
  return kWords.contains(w);
}

// Every word of four letters or more capitalised: a title-case headline, where capitals say
// nothing.
bool title_case(const Context& cx) {
  std::size_t long_words = 0;
  for (std::size_t i = cx.first; i < cx.last; ++i) {
    const Token& t = cx.tokens[i];
    if (t.shape == TokenShape::kWord && t.lower.size() >= 4) {
      if (!t.capitalized) {
        return false;
      }
      ++long_words;
    }
  }
  return long_words >= 3;
}

}  // namespace

bool is_score_context(std::string_view w) {
  static const WordSet kWords = {
      "won",     "win",     "wins",   "lost",   "lose",
      "beat",    "defeated", "victory", "defeat", "draw",
      "drew",    "lead",    "led",    "score",  "scored",
      "trailed", "loss",    "thrashed", "edged", "routed"};
  return kWords.contains(w);
}

// Classifies a number by the words around it. `m` has its range and value already.
void classify(const Context& cx, NumberMatch& m, const ParsedDigits* digits) {
  const Token* prev = cx.before(m.first);
  const Token* prev2 = prev ? cx.before(m.first - 1) : nullptr;
  const Token* next = cx.at(m.last);
  const Token* next2 = cx.at(m.last + 1);

  if ((prev && is_punct(*prev, '/') && !cx.tokens[m.first].space_before) ||
      (next && is_punct(*next, '/') && !next->space_before)) {
    m.kind = NumberKind::kDate;  // "9/11", "24/7", "2/27/2020"
    return;
  }
  if (prev && prev2 && is_punct(*prev, '.') && prev2->lower == "no") {
    m.kind = NumberKind::kOrdinal;  // "the No. 1 U.S. automaker", "No. 10 Downing Street"
    return;
  }
  if (prev && (unit_kind(prev->lower) == UnitKind::kMoneyBefore)) {
    m.kind = NumberKind::kMoney;
    return;
  }
  // "a 911 call", "911 dispatchers": the emergency number
  if (!m.spelled && m.last == m.first + 1 && cx.tokens[m.first].lower == "911" && next &&
      (next->lower.starts_with("call") || next->lower.starts_with("dispatch") ||
       next->lower.starts_with("operator") || next->lower == "center" ||
       next->lower == "system" || next->lower == "emergency" || next->lower == "line")) {
    m.kind = NumberKind::kName;
    return;
  }
  // "five times as many", "10 times more": a multiplier; "used tear gas 87 times" counts times
  if (next && next->lower == "times" && next2 && is_multiplier_after_times(next2->lower)) {
    m.kind = NumberKind::kMeasure;
    return;
  }
  if (next) {
    switch (unit_kind(next->lower)) {
      case UnitKind::kMoney:
        m.kind = NumberKind::kMoney;
        return;
      case UnitKind::kPercent:
        m.kind = NumberKind::kPercent;
        return;
      case UnitKind::kTime:
        m.kind = NumberKind::kTime;
        return;
      case UnitKind::kMeasure:
        m.kind = NumberKind::kMeasure;
        return;
      case UnitKind::kDuration:
        m.kind = NumberKind::kDuration;
        return;
      case UnitKind::kMonth:
        if (!m.spelled) {
          m.kind = NumberKind::kDate;
          return;
        }
        break;
      default:
        break;
    }
    if (next->lower == "per" && next2 && next2->lower == "cent") {
      m.kind = NumberKind::kPercent;
      return;
    }
  }
  if (prev && !m.spelled) {
    auto prev_unit = unit_kind(prev->lower);
    if (is_punct(*prev, '.') && prev2 && unit_kind(prev2->lower) == UnitKind::kMonth) {
      prev_unit = UnitKind::kMonth;  // "Feb. 27"
    }
    if (prev_unit == UnitKind::kMonth && m.value >= 1 && m.value <= 31) {
      m.kind = NumberKind::kDate;
      return;
    }
    if (prev_unit == UnitKind::kMonth ||
        (is_punct(*prev, ',') && prev2 && prev2->shape == TokenShape::kNumber &&
         m.value >= 1800 && m.value <= 2100)) {
      m.kind = NumberKind::kYear;
      return;
    }
    // "aged 45", "age 45", "under the age of 45", "between the ages of 16 and 29"
    const bool age_of = prev->lower == "of" && prev2 &&
                        (prev2->lower == "age" || prev2->lower == "ages");
    if (prev->lower == "aged" || prev->lower == "age" || age_of) {
      m.kind = NumberKind::kAge;
      return;
    }
    // "S&P 500": the index's name is written in three tokens
    const bool s_and_p = prev->lower == "p" && prev2 && is_punct(*prev2, '&');
    if ((prev->capitalized && prev_unit == UnitKind::kNamePrefix) || s_and_p) {
      m.kind = NumberKind::kName;
      return;
    }
    if (prev->lower == "magnitude") {
      m.kind = NumberKind::kMeasure;
      return;
    }
  }
  if (digits) {
    if (!digits->suffix.empty()) {
      const auto s = digits->suffix;
      if (s == "st" || s == "nd" || s == "rd" || s == "th") {
        m.kind = NumberKind::kOrdinal;
        return;
      }
      if (suffix_scale(s) == 0) {
        m.kind = NumberKind::kName;  // "5G", "3D"
        return;
      }
    }
    const bool four_digit_year = m.last == m.first + 1 && cx.tokens[m.first].lower.size() == 4 &&
                                 !digits->has_decimal && m.value >= 1800 && m.value <= 2100;
    if (four_digit_year) {
      // news style writes counts of this size with a comma: "2020 Democrats" is a year;
      // "1500 soldiers" and "killed 1500" are counts
      // "2014 voters", "2020 candidates": the electorate or field of a year's election
      const bool of_election = next && (next->lower == "voters" || next->lower == "candidates" ||
                                        next->lower == "hopefuls" || next->lower == "nominees" ||
                                        next->lower == "graduates" || next->lower == "contenders" ||
                                        next->lower == "challengers" || next->lower == "donors" ||
                                        next->lower == "electors" || next->lower == "incumbents");
      const bool counted_after =
          (next && !next->capitalized && !people_singular(next->lower).empty() && !of_election &&
           !(prev && is_determiner_or_preposition(prev->lower))) ||
          (prev && (match_qualifier_before(cx.tokens, cx.first, m.first).length > 0 ||
                    match_event(cx.tokens, m.first - 1, m.first).length > 0));
      if (!counted_after) {
        m.kind = NumberKind::kYear;
        return;
      }
    }
    // "the '65 Voting Rights Act", "since '08": an apostrophe glued to two digits is a year
    if (prev && is_quote(*prev) && prev->space_before && !cx.tokens[m.first].space_before &&
        m.last == m.first + 1 && cx.tokens[m.first].lower.size() == 2 && !digits->has_decimal &&
        !(next && is_word(*next) && !next->capitalized)) {  // not "'25 people died'"
      m.kind = NumberKind::kYear;
      return;
    }
    if (digits->has_decimal && m.last == m.first + 1 && digits->suffix.empty()) {
      m.kind = NumberKind::kMeasure;  // a bare decimal is a measure, never a count of things
      return;
    }
    // A capitalised word (not a qualifier, not an event) right before the number, with no
    // plural noun after it, names something: "Rossiya 24 television", "Apollo 11".
    // Not a verb of change or a preposition in a title-case headline: "Payrolls Rise 312,000",
    // "Jobs Gain Of 217,000 Reported".
    const bool preposition = prev && (prev->lower == "of" || prev->lower == "to" ||
                                      prev->lower == "by" || prev->lower == "for" ||
                                      prev->lower == "from" || prev->lower == "with");
    // In a title-case headline the plural noun may come after a modifier or two: "Economy
    // Adds 280,000 New Jobs", "Adding 280K New Full-Time Jobs"; so in prose after a name's
    // possessive, lower-case: "Michigan's 16 electoral votes" (not "Boeing's 737 MAX
    // airliners", nor a verb and its object: "Silver's 538 model gives Clinton a ...").
    const auto plural_after = [&] {
      if (next && looks_plural_noun(*next)) {
        return true;
      }
      const bool headline = title_case(cx);
      if (!headline && !ends_possessive(prev->lower)) {
        return false;
      }
      for (std::size_t k = m.last + 1; k < m.last + 3 && k < cx.last; ++k) {
        const Token& before = cx.tokens[k - 1];
        if (!is_word(before) || (!headline && before.capitalized)) {
          return false;
        }
        if (looks_plural_noun(cx.tokens[k])) {
          const Token* after = k + 1 < cx.last ? &cx.tokens[k + 1] : nullptr;
          const bool object = after && (after->capitalized || after->lower == "a" ||
                                        after->lower == "an" || after->lower == "the");
          return headline || !(ends_possessive(cx.tokens[k].lower) || object);
        }
      }
      return false;
    };
    if (prev && prev->capitalized && is_word(*prev) && m.first - 1 > cx.first &&
        !is_change_verb(prev->lower) && !preposition &&
        match_qualifier_before(cx.tokens, cx.first, m.first).length == 0 &&
        match_event(cx.tokens, m.first - 1, m.first).length == 0 && !plural_after()) {
      m.kind = NumberKind::kName;
      return;
    }
  }
  // "the Gang of Eight", "the Group of Seven", "the Big Ten": a capitalised number word inside
  // a sentence, after "of" and a capitalised word, is part of a name (not in a title-case
  // headline: "Five Of Eight Crew Members Die")
  if (m.spelled && m.last == m.first + 1 && cx.tokens[m.first].capitalized && prev &&
      m.first - 1 > cx.first) {
    // (only "Big" or "Final" before it: a run of link titles glues capitalised words to a
    // count, "... into Bidens Five takeaways")
    const bool of_name = prev->lower == "of" && prev2->capitalized && is_word(*prev2);
    const bool after_name = prev->capitalized && (prev->lower == "big" || prev->lower == "final");
    if ((of_name || after_name) && !title_case(cx)) {
      m.kind = NumberKind::kName;
      return;
    }
  }
  if (m.spelled && m.value == 1 && m.last == m.first + 1) {
    m.kind = (next && next->lower == "of") ? NumberKind::kPartitive : NumberKind::kOne;
    return;
  }
  if (next && next->lower == "of" && m.last == m.first + 1 && !m.vague && next2 &&
      (next2->lower == "the" || next2->lower == "these" || next2->lower == "those") &&
      m.spelled && m.value < 10 && prev && prev->lower == "the") {
    m.kind = NumberKind::kPartitive;  // "the two of them" style
  }
}

}  // namespace number_parts

std::string_view number_kind_reason(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCount:
    case NumberKind::kOne:
      return "";
    case NumberKind::kYear: return "year";
    case NumberKind::kDate: return "date";
    case NumberKind::kTime: return "time";
    case NumberKind::kAge: return "age";
    case NumberKind::kDuration: return "duration";
    case NumberKind::kOrdinal: return "ordinal";
    case NumberKind::kName: return "name";
    case NumberKind::kPhone: return "phone";
    case NumberKind::kMoney: return "money";
    case NumberKind::kPercent: return "percent";
    case NumberKind::kScore: return "score";
    case NumberKind::kMeasure: return "measure";
    case NumberKind::kPartitive: return "partitive";
  }
  return "";
}

}  // namespace tally
