#include <initializer_list>
#include <string>

#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/number_parts.hpp"
#include "common/analysis/word_set.hpp"

// Number words: cardinals, scales, "half a million", vague plurals, duration adjectives.
namespace tally {
namespace number_parts {
namespace {

struct UnitWord {
  std::string_view word;
  double value;
};

// The people a group word counts in "a pair of donors", "a trio of", "a quartet of" (the words
// are figure_word rows of lexicons/numbers.tsv); 0 for any other word.
int group_size(std::string_view lower) {
  return lower == "pair" || lower == "duo" ? 2 : lower == "trio" ? 3 : lower == "quartet" ? 4 : 0;
}

}  // namespace

// A switch on the first letter: this runs on every word of every passage that may hold a figure.
double unit_word_value(std::string_view lower) {
  if (lower.size() < 3 || lower.size() > 9) {
    return 0;
  }
  auto pick = [lower](std::initializer_list<UnitWord> words) {
    for (const auto& w : words) {
      if (w.word == lower) {
        return w.value;
      }
    }
    return 0.0;
  };
  switch (lower[0]) {
    case 'o':
      return pick({{"one", 1}});
    case 't':
      return pick({{"two", 2}, {"three", 3}, {"ten", 10}, {"twelve", 12}, {"thirteen", 13},
                   {"twenty", 20}, {"thirty", 30}});
    case 'f':
      return pick({{"four", 4}, {"five", 5}, {"fourteen", 14}, {"fifteen", 15}, {"forty", 40},
                   {"fifty", 50}});
    case 's':
      return pick({{"six", 6}, {"seven", 7}, {"sixteen", 16}, {"seventeen", 17}, {"sixty", 60},
                   {"seventy", 70}});
    case 'e':
      return pick({{"eight", 8}, {"eleven", 11}, {"eighteen", 18}, {"eighty", 80}});
    case 'n':
      return pick({{"nine", 9}, {"nineteen", 19}, {"ninety", 90}});
    default:
      return 0;
  }
}

double scale_value(std::string_view lower) {
  if (lower == "hundred") return 1e2;
  if (lower == "thousand") return 1e3;
  if (lower == "million") return 1e6;
  if (lower == "billion") return 1e9;
  if (lower == "trillion") return 1e12;
  return 0;
}

double suffix_scale(std::string_view suffix) {
  if (suffix == "k") return 1e3;
  if (suffix == "m" || suffix == "mn" || suffix == "mln") return 1e6;
  if (suffix == "bn" || suffix == "b" || suffix == "bln") return 1e9;
  if (suffix == "tn") return 1e12;
  return 0;
}

// Vague plurals: "dozens" 12, "hundreds" 100 ...
double vague_value(std::string_view lower) {
  if (lower == "dozens") return 12;
  if (lower == "scores") return 20;
  if (lower == "hundreds") return 1e2;
  if (lower == "thousands") return 1e3;
  if (lower == "millions") return 1e6;
  if (lower == "billions") return 1e9;
  return 0;
}

// A word that could be a plural noun following a number: "people", "soldiers", "Syrians".
bool looks_plural_noun(const Token& t) {
  if (!is_word(t)) {
    return false;
  }
  if (!people_singular(t.lower).empty()) {
    return true;
  }
  const auto& w = t.lower;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}

// Reads a spelled number starting at i; returns tokens consumed (0 when none).
std::size_t read_spelled(const Context& cx, std::size_t i, NumberMatch& m) {
  double total = 0;
  double current = 0;
  std::size_t j = i;
  bool any = false;
  const Token* t = cx.at(j);
  if (!t) {
    return 0;
  }
  // "half a million", "half a dozen"
  if (t->lower == "half") {
    const Token* a = cx.at(j + 1);
    const Token* s = cx.at(j + 2);
    if (a && s && (a->lower == "a" || a->lower == "an")) {
      const double sv = s->lower == "dozen" ? 12 : scale_value(s->lower);
      if (sv >= 12) {
        m.value = sv / 2;
        m.spelled = true;
        return 3;
      }
    }
    return 0;
  }
  // Most words open no spelled number: one does with "a", "an" or a number word.
  if (t->lower != "a" && t->lower != "an" && number_word_value(t->lower) <= 0) {
    return 0;
  }
  // "a pair of donors", "a duo of": two; "a (diverse) trio of figures": three; "a quartet of
  // House Republicans": four
  for (std::size_t at = j + 1; t->lower == "a" && at <= j + 2; ++at) {
    const Token* w = cx.at(at);
    const Token* of = cx.at(at + 1);
    // (not the pairs that are one thing: "a pair of shoes", "a pair of scissors")
    static const WordSet kPairedThings = {
        "shoes", "jeans", "pants", "trousers", "glasses", "sunglasses", "scissors", "socks",
        "boots", "gloves", "sneakers", "earrings", "binoculars", "handcuffs", "shorts", "pliers",
        "tights", "slippers", "goggles", "headphones"};
    const Token* thing = cx.at(at + 2);
    const int size = w ? group_size(w->lower) : 0;
    if (size > 0 && of && of->lower == "of" && !(thing && kPairedThings.contains(thing->lower))) {
      m.value = size;
      m.spelled = true;
      return at + 1 - i;
    }
  }
  // "a hundred", "a dozen", "a million"
  if (t->lower == "a" || t->lower == "an") {
    const Token* s = cx.at(j + 1);
    if (!s || (scale_value(s->lower) == 0 && s->lower != "dozen")) {
      return 0;
    }
    current = 1;
    any = true;
    ++j;
  }
  while (const Token* w = cx.at(j)) {
    const double v = number_word_value(w->lower);
    const double sc = scale_value(w->lower);
    if (v > 0 && (current == 0 || (current >= 100 && v < 100) ||
                  (current >= 20 && current < 100 && static_cast<long>(current) % 10 == 0 && v < 10))) {
      current += v;
      any = true;
    } else if (sc == 100 && any) {
      current = (current == 0 ? 1 : current) * 100;
    } else if (sc > 100 && any) {
      total += (current == 0 ? 1 : current) * sc;
      current = 0;
    } else if ((w->lower == "dozen" && any) ||
               (w->lower == "dozens" && current >= 2 && current < 10 && total == 0)) {
      // "two dozen"; also "two dozens states", a slip of the plural
      current = (current == 0 ? 1 : current) * 12;
    } else if (w->lower == "and" && any && current > 0 && current < 100 && cx.at(j + 1) &&
               cx.at(j + 1)->lower == "a" && cx.at(j + 2) && cx.at(j + 2)->lower == "half") {
      current += 0.5;  // "five and a half million", "two and a half years"
      j += 2;
    } else if (w->lower == "and" && any && (current >= 100 || total > 0)) {
      const Token* after = cx.at(j + 1);
      if (!after || number_word_value(after->lower) <= 0) {
        break;
      }
    } else {
      break;
    }
    ++j;
  }
  if (!any) {
    return 0;
  }
  m.value = total + current;
  m.spelled = true;
  return j - i;
}

// Reads a vague quantity at i: "dozens", "hundreds of thousands", "tens of thousands".
std::size_t read_vague(const Context& cx, std::size_t i, NumberMatch& m) {
  const Token* t = cx.at(i);
  if (!t) {
    return 0;
  }
  double v = vague_value(t->lower);
  std::size_t j = i + 1;
  if (t->lower == "tens") {
    v = 10;
  }
  if (v == 0) {
    return 0;
  }
  // "hundreds of thousands", "tens of millions"
  const Token* of = cx.at(j);
  const Token* big = cx.at(j + 1);
  if (of && big && of->lower == "of" && vague_value(big->lower) > 12) {
    v *= vague_value(big->lower);
    j += 2;
  } else if (t->lower == "tens") {
    return 0;
  }
  const Token* next = cx.at(j);
  if (!next) {
    return 0;
  }
  // Only as a quantity: "dozens of villages", "dozens more", "thousands fled".
  const bool quantity = next->lower == "of" || next->lower == "more" ||
                        (t->lower != "scores" && is_word(*next) &&
                         (match_event(cx.tokens, j, cx.last).length > 0 || next->lower == "were" ||
                          next->lower == "have" || next->lower == "had" || next->lower == "are"));
  if (!quantity) {
    return 0;
  }
  m.value = v;
  m.vague = true;
  m.spelled = true;
  return j - i;
}

// A hyphenated word or number with a duration tail: "nine-year-old", "23-year-old", "two-day".
bool duration_adjective(std::string_view lower, NumberKind& kind) {
  const auto dash = lower.find('-');
  if (dash == std::string_view::npos) {
    return false;
  }
  const auto head = lower.substr(0, dash);
  const auto tail = lower.substr(dash + 1);
  const bool numeric_head = number_word_value(head) > 0 || (!head.empty() && is_digit(head[0]));
  if (!numeric_head) {
    return false;
  }
  std::string_view unit = tail;
  if (const auto d2 = tail.find('-'); d2 != std::string_view::npos) {
    // "thirty-four-year-old": the head's second part is a number word
    if (number_word_value(tail.substr(0, d2)) > 0) {
      return duration_adjective(tail, kind);
    }
  }
  if (unit_kind(unit) == UnitKind::kDuration || unit_kind(unit.substr(0, unit.find('-'))) == UnitKind::kDuration) {
    kind = (unit.size() > 4 && unit.substr(unit.size() - 4) == "-old") ? NumberKind::kAge
                                                                        : NumberKind::kDuration;
    return true;
  }
  return false;
}

bool is_figure_word(std::string_view lower) {
  static const WordSet kWords = [] {
    WordSet words = lexicon_word_list(data::lexicon_numbers(), "figure_word");
    for (const auto w : event_first_words()) {
      words.add(w);
    }
    return words;
  }();
  return kWords.contains(lower);
}

}  // namespace number_parts

double number_word_value(std::string_view lower) {
  if (const double v = number_parts::unit_word_value(lower); v > 0) {
    return v;
  }
  const auto dash = lower.find('-');
  if (dash == std::string_view::npos) {
    return -1;
  }
  const double tens = number_parts::unit_word_value(lower.substr(0, dash));
  const std::string_view tail = lower.substr(dash + 1);
  // "forty-thousand", "two-dozen", "three-hundred", "half-dozen"
  const double scale = tail == "dozen" ? 12 : number_parts::scale_value(tail);
  if (scale >= 12 && lower.substr(0, dash) == "half") {
    return scale / 2;
  }
  if (scale >= 12 && tens > 0 && lower.find('-', dash + 1) == std::string_view::npos) {
    return tens * scale;
  }
  const double units = number_parts::unit_word_value(tail);
  if (tens == 0 || units == 0 || tens < 20 || static_cast<long>(tens) % 10 != 0 || units >= 10) {
    return -1;
  }
  return tens + units;
}

}  // namespace tally
