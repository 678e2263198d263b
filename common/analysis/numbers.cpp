#include "common/analysis/numbers.hpp"

#include <cmath>
#include <string>
#include <unordered_map>

#include "common/analysis/lexicon.hpp"

namespace tally {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

const std::unordered_map<std::string_view, double>& unit_words() {
  static const std::unordered_map<std::string_view, double> kWords = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
      {"eighty", 80},  {"ninety", 90}};
  return kWords;
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

bool is_word(const Token& t) { return t.shape == TokenShape::kWord; }

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

bool is_determiner_or_preposition(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"in", 0},    {"since", 0}, {"of", 0},     {"by", 0},    {"until", 0}, {"till", 0},
      {"from", 0},  {"before", 0}, {"after", 0}, {"early", 0}, {"late", 0},  {"mid", 0},
      {"the", 0},   {"a", 0},     {"an", 0},     {"its", 0},   {"their", 0}, {"his", 0},
      {"her", 0},   {"during", 0}, {"through", 0}, {"to", 0},  {"this", 0},  {"that", 0},
      {"for", 0},   {"and", 0},   {"between", 0}, {"summer", 0}, {"spring", 0}, {"autumn", 0},
      {"winter", 0}, {"fall", 0}, {"year", 0},   {"around", 0}};
  return kWords.count(w) > 0;
}

bool is_score_context(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"won", 0},     {"win", 0},     {"wins", 0},   {"lost", 0},   {"lose", 0},
      {"beat", 0},    {"defeated", 0}, {"victory", 0}, {"defeat", 0}, {"draw", 0},
      {"drew", 0},    {"lead", 0},    {"led", 0},    {"score", 0},  {"scored", 0},
      {"trailed", 0}, {"loss", 0},    {"thrashed", 0}, {"edged", 0}, {"routed", 0}};
  return kWords.count(w) > 0;
}

struct Context {
  const std::vector<Token>& tokens;
  std::size_t first;
  std::size_t last;

  const Token* at(std::size_t i) const { return i >= first && i < last ? &tokens[i] : nullptr; }
  const Token* before(std::size_t i) const { return i > first ? at(i - 1) : nullptr; }
};

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
  if (prev && (unit_kind(prev->lower) == UnitKind::kMoneyBefore)) {
    m.kind = NumberKind::kMoney;
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
    if (prev_unit == UnitKind::kMonth || (is_punct(*prev, ',') && prev2 && prev2->shape == TokenShape::kNumber &&
                                          m.value >= 1800 && m.value <= 2100)) {
      m.kind = NumberKind::kYear;
      return;
    }
    if (prev->lower == "aged" || prev->lower == "age") {
      m.kind = NumberKind::kAge;
      return;
    }
    if (prev->capitalized && prev_unit == UnitKind::kNamePrefix) {
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
      const bool counted_after =
          (next && !next->capitalized && !people_singular(next->lower).empty() &&
           !(prev && is_determiner_or_preposition(prev->lower))) ||
          (prev && (match_qualifier_before(cx.tokens, cx.first, m.first).length > 0 ||
                    match_event(cx.tokens, m.first - 1, m.first).length > 0));
      if (!counted_after) {
        m.kind = NumberKind::kYear;
        return;
      }
    }
    if (digits->has_decimal && m.last == m.first + 1 && digits->suffix.empty()) {
      m.kind = NumberKind::kMeasure;  // a bare decimal is a measure, never a count of things
      return;
    }
    // A capitalised word (not a qualifier, not an event) right before the number, with no
    // plural noun after it, names something: "Rossiya 24 television", "Apollo 11".
    if (prev && prev->capitalized && is_word(*prev) && m.first - 1 > cx.first &&
        match_qualifier_before(cx.tokens, cx.first, m.first).length == 0 &&
        match_event(cx.tokens, m.first - 1, m.first).length == 0 &&
        !(next && looks_plural_noun(*next))) {
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
    } else if (w->lower == "dozen" && any) {
      current = (current == 0 ? 1 : current) * 12;
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

}  // namespace

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

double number_word_value(std::string_view lower) {
  const auto& words = unit_words();
  if (const auto it = words.find(lower); it != words.end()) {
    return it->second;
  }
  const auto dash = lower.find('-');
  if (dash == std::string_view::npos) {
    return -1;
  }
  const auto tens = words.find(lower.substr(0, dash));
  const auto units = words.find(lower.substr(dash + 1));
  if (tens == words.end() || units == words.end() || tens->second < 20 ||
      static_cast<long>(tens->second) % 10 != 0 || units->second >= 10) {
    return -1;
  }
  return tens->second + units->second;
}

ParsedDigits parse_digits(std::string_view token) {
  ParsedDigits out;
  std::size_t i = 0;
  double value = 0;
  std::size_t group_len = 0;  // digits in the current group
  bool grouped = false;       // a ',' separator was seen
  bool stop = false;
  while (i < token.size() && !stop) {
    const char c = token[i];
    if (is_digit(c)) {
      if (grouped && group_len == 3) {
        // A fourth digit in a thousands group: the writer slipped; keep the grouping read so far.
        out.malformed = true;
        while (i < token.size() && (is_digit(token[i]) || token[i] == ',')) {
          ++i;
        }
        break;
      }
      value = value * 10 + static_cast<double>(c - '0');
      ++group_len;
      ++i;
    } else if (c == ',' && i + 1 < token.size() && is_digit(token[i + 1])) {
      if (grouped ? group_len != 3 : (group_len == 0 || group_len > 3)) {
        out.malformed = true;
      }
      grouped = true;
      group_len = 0;
      ++i;
    } else if (c == '.' && i + 1 < token.size() && is_digit(token[i + 1])) {
      ++i;
      double scale = 0.1;
      while (i < token.size() && is_digit(token[i])) {
        value += static_cast<double>(token[i] - '0') * scale;
        scale /= 10;
        ++i;
      }
      out.has_decimal = true;
      stop = true;
    } else {
      stop = true;
    }
  }
  if (grouped && group_len > 0 && group_len < 3 && !out.has_decimal) {
    out.malformed = true;  // "95,00": a short last group
  }
  // letters after the digits
  std::size_t s = i;
  while (s < token.size() && !is_digit(token[s]) && token[s] != '-' && token[s] != ':') {
    ++s;
  }
  out.suffix = token.substr(i, s - i);
  if (const double sc = suffix_scale(out.suffix); sc > 0) {
    value *= sc;
  }
  out.value = value;
  out.ok = s == token.size();
  return out;
}

std::vector<NumberMatch> find_numbers(const std::vector<Token>& tokens, std::size_t first,
                                      std::size_t last) {
  std::vector<NumberMatch> out;
  const Context cx{tokens, first, std::min(last, tokens.size())};
  std::size_t i = first;
  while (i < cx.last) {
    const Token& t = tokens[i];
    NumberMatch m;
    m.first = i;
    if (t.shape == TokenShape::kNumber) {
      NumberKind hyphen_kind = NumberKind::kCount;
      if (t.lower.find(':') != std::string::npos) {
        m.kind = NumberKind::kTime;
        m.last = i + 1;
      } else if (duration_adjective(t.lower, hyphen_kind)) {
        m.kind = hyphen_kind;
        m.last = i + 1;
      } else if (const auto dash = t.lower.find('-'); dash != std::string::npos) {
        m.last = i + 1;
        std::size_t parts = 1;
        std::size_t digits = 0;
        bool letters = false;
        for (const char c : t.lower) {
          parts += c == '-' ? 1U : 0U;
          digits += is_digit(c) ? 1U : 0U;
          letters = letters || (c >= 'a' && c <= 'z');
        }
        const auto low = parse_digits(t.lower.substr(0, dash));
        m.value = low.value;
        const Token* prev = cx.before(i);
        const Token* next = cx.at(i + 1);
        if (letters) {
          m.kind = NumberKind::kName;
        } else if (parts >= 3 || digits >= 7) {
          m.kind = NumberKind::kPhone;
        } else if ((prev && is_score_context(prev->lower)) || (next && is_score_context(next->lower)) ||
                   (prev && (prev->lower == "a" || prev->lower == "the") && next &&
                    !looks_plural_noun(*next))) {
          m.kind = NumberKind::kScore;
        } else {
          m.kind = NumberKind::kCount;  // a range "20-30 people": its low end
          classify(cx, m, nullptr);
        }
      } else {
        const auto d = parse_digits(t.lower);
        m.value = d.value;
        m.malformed = d.malformed;
        m.last = i + 1;
        // "3.6 million", "2 dozen"
        if (const Token* s = cx.at(i + 1); s && d.suffix.empty()) {
          if (const double sc = scale_value(s->lower); sc > 0) {
            m.value *= sc;
            m.last = i + 2;
            if (const Token* s2 = cx.at(i + 2); s2 && scale_value(s2->lower) > sc) {
              m.value *= scale_value(s2->lower);
              m.last = i + 3;
            }
          } else if (s->lower == "dozen") {
            m.value *= 12;
            m.last = i + 2;
          }
        }
        if (m.last > i + 1 || !d.suffix.empty()) {
          m.value = std::round(m.value);  // "1.14 million" is 1140000, not 1140000.0000000002
        }
        classify(cx, m, &d);
        if (m.kind == NumberKind::kMeasure && m.last > i + 1) {
          m.kind = NumberKind::kCount;  // "3.6 million" is a count
        }
      }
      out.push_back(m);
      i = m.last;
      continue;
    }
    if (t.shape != TokenShape::kWord) {
      ++i;
      continue;
    }
    NumberKind hyphen_kind = NumberKind::kCount;
    if (t.lower.find('-') != std::string::npos && duration_adjective(t.lower, hyphen_kind)) {
      m.kind = hyphen_kind;
      m.last = i + 1;
      m.spelled = true;
      out.push_back(m);
      ++i;
      continue;
    }
    if (const auto n = read_vague(cx, i, m); n > 0) {
      m.last = i + n;
      out.push_back(m);
      i = m.last;
      continue;
    }
    if (const auto n = read_spelled(cx, i, m); n > 0) {
      m.last = i + n;
      classify(cx, m, nullptr);
      out.push_back(m);
      i = m.last;
      continue;
    }
    ++i;
  }
  return out;
}

bool may_contain_figures(std::string_view text) {
  std::string word;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (is_digit(c)) {
      return true;
    }
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alpha) {
      ++i;
      continue;
    }
    word.clear();
    while (i < text.size() &&
           ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
      word.push_back(text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a')
                                                      : text[i]);
      ++i;
    }
    if (word.size() < 3) {
      continue;
    }
    if (number_word_value(word) > 0 || scale_value(word) > 0 || vague_value(word) > 0 ||
        word == "dozen" || word == "tens" || word == "half" || !event_for_word(word).empty()) {
      return true;
    }
  }
  return false;
}

}  // namespace tally
