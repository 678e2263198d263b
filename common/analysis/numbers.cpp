#include "common/analysis/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "common/analysis/lexicon.hpp"
#include "common/analysis/number_parts.hpp"

namespace tally {
using namespace number_parts;  // NOLINT(google-build-using-namespace): this file's own parts

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

std::string dashed_tally(std::string_view token) {
  const auto to = token.find("-to-");
  const auto digits_only = [](std::string_view part) {
    return !part.empty() && is_digit(part.front()) &&
           part.find_first_not_of("0123456789,") == std::string_view::npos;
  };
  if (to == std::string_view::npos || !digits_only(token.substr(0, to)) ||
      !digits_only(token.substr(to + 4))) {
    return std::string(token);
  }
  return std::string(token.substr(0, to)) + "-" + std::string(token.substr(to + 4));
}

namespace {

// The digits of "30-plus", "1,600-plus"; none for any other token.
std::optional<ParsedDigits> plus_digits(std::string_view token) {
  if (!token.ends_with("-plus")) {
    return std::nullopt;
  }
  const auto digits = parse_digits(token.substr(0, token.size() - 5));
  return digits.ok ? std::optional(digits) : std::nullopt;
}

}  // namespace

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
      } else if (const auto before = plus_digits(t.lower); before) {
        // "30-plus rocket attacks", "the 70-plus votes": more than 30, more than 70
        m.value = before->value;
        m.malformed = before->malformed;
        m.plus = true;
        m.last = i + 1;
        if (const Token* sc = cx.at(i + 1); sc && scale_value(sc->lower) > 0) {
          m.value *= scale_value(sc->lower);  // "40-plus thousand new cases"
          m.last = i + 2;
        }
        classify(cx, m, &*before);
      } else if (t.lower.find('-') != std::string::npos) {  // "2-1", "106-to-99"
        const std::string form = dashed_tally(t.lower);
        const auto dash = form.find('-');
        m.last = i + 1;
        std::size_t parts = 1;
        std::size_t digits = 0;
        bool letters = false;
        for (const char c : form) {
          parts += c == '-' ? 1U : 0U;
          digits += is_digit(c) ? 1U : 0U;
          letters = letters || (c >= 'a' && c <= 'z');
        }
        const auto low = parse_digits(std::string_view(form).substr(0, dash));
        m.value = low.value;
        const Token* prev = cx.before(i);
        const Token* next = cx.at(i + 1);
        // "2007-09", "1939-1945": a span of years
        const std::string_view high = std::string_view(form).substr(dash + 1);
        const double high_value = parse_digits(high).value;
        const bool years = parts == 2 && dash == 4 && m.value >= 1800 && m.value < 2100 &&
                           (high.size() == 2 ||
                            (high.size() == 4 && high_value > m.value && high_value < 2100));
        if (letters) {
          m.kind = NumberKind::kName;
        } else if (years) {
          m.kind = NumberKind::kYear;
        } else if (parts >= 3 || (digits >= 7 && form.find(',') == std::string::npos)) {
          m.kind = NumberKind::kPhone;
        } else if (form != t.lower ||  // "by 3-to-1", "a 5-to-4 ruling": a ratio or tally
                   (prev && is_score_context(prev->lower)) ||
                   (next && is_score_context(next->lower)) ||
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
      // "fired ten (10) rounds": the same number again in digits, as legal writing restates it
      if (const Token* open = cx.at(m.last); open && is_punct(*open, '(')) {
        const Token* digits = cx.at(m.last + 1);
        const Token* close = cx.at(m.last + 2);
        if (digits && close && digits->shape == TokenShape::kNumber && is_punct(*close, ')') &&
            parse_digits(digits->lower).value == m.value) {
          m.last += 3;
        }
      }
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
  if (std::any_of(text.begin(), text.end(), [](char c) { return is_digit(c); })) {
    return true;  // most passages: no need to look the words up
  }
  std::string word;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
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
    if (is_figure_word(word)) {
      return true;
    }
  }
  return false;
}

}  // namespace tally
