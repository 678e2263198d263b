#include "common/analysis/date_tokens.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace tally::date_tokens {
namespace {

bool
is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool
is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

constexpr bool
is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool
is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The length of the multi-byte punctuation at text[pos] that breaks a word (a narrower set than
// tokens.cpp's punct_length_at, which also splits off single quotes, bullets and currency
// signs): 3 for a UTF-8 dash (U+2010..U+2015), a double quote (U+201C..U+201F) or the ellipsis,
// which set words apart as ASCII punctuation does ("last week\u2014police said"); 0 for anything
// else, the single curly quotes included, which are apostrophes inside words ("Valentine\u2019s
// Day").
std::size_t
word_break_length_at(std::string_view text, std::size_t pos) {
  if (pos + 2 >= text.size() || static_cast<unsigned char>(text[pos]) != 0xE2 ||
      static_cast<unsigned char>(text[pos + 1]) != 0x80) {
    return 0;
  }
  const auto c = static_cast<unsigned char>(text[pos + 2]);
  return ((c >= 0x90 && c <= 0x95) || (c >= 0x9C && c <= 0x9F) || c == 0xA6) ? 3 : 0;
}

// Whether a word's letters end at text[pos - 1] (a letter, or the end of a multi-byte letter).
bool
letter_before(std::string_view text, std::size_t pos) {
  return pos > 0 && is_letter(text[pos - 1]) &&
         (pos < 3 || word_break_length_at(text, pos - 3) == 0);
}

constexpr char
lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Lower-case stems of every word that can begin (or anchor) a date expression that has no digit.
constexpr auto kAnchors = std::to_array<std::string_view>(
    {"jan",   "feb",  "mar", "apr",   "may",     "jun",       "jul",      "aug",
     "sep",   "oct",  "nov", "dec",   "mon",     "tue",       "wed",      "thu",
     "fri",   "sat",  "sun", "today", "tonight", "yesterday", "tomorrow", "week",
     "month", "year", "day", "hour",  "night",   "decade",
     // holidays without "day" and seasons (date_calendar.cpp)
     "christmas", "thanksgiving", "easter", "halloween", "juneteenth", "spring", "summer", "fall",
     "autumn", "winter"});

// Bit b of kAnchorStarts[a] is set when a stem starts with the letters 'a' + a, 'a' + b: a word
// whose first two letters are not one of these starts no stem.
constexpr std::array<std::uint32_t, 26> kAnchorStarts = [] {
  std::array<std::uint32_t, 26> starts{};
  for (auto stem : kAnchors) {
    starts[static_cast<std::size_t>(stem[0] - 'a')] |= 1U << (stem[1] - 'a');
  }
  return starts;
}();

bool
may_start_anchor(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size() || !is_ascii_letter(text[pos]) || !is_ascii_letter(text[pos + 1])) {
    return false;  // every stem has two ASCII letters or more
  }
  const auto first = static_cast<std::size_t>(lower(text[pos]) - 'a');
  return (kAnchorStarts[first] >> (lower(text[pos + 1]) - 'a')) & 1U;
}

bool
has_prefix_at(std::string_view text, std::size_t pos, std::string_view stem) {
  if (pos + stem.size() > text.size()) {
    return false;
  }
  for (std::size_t k = 0; k < stem.size(); ++k) {
    if (lower(text[pos + k]) != stem[k]) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool
may_contain_date(std::string_view text) {
  // a digit anywhere decides it (most passages with figures): one plain pass, no word lookups
  if (std::any_of(text.begin(), text.end(), is_digit)) {
    return true;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_letter(text[i]) || letter_before(text, i) || !may_start_anchor(text, i)) {
      continue;
    }
    // only the stems that share the word's first two letters (may_start_anchor saw two)
    const char first = lower(text[i]);
    const char second = lower(text[i + 1]);
    for (auto stem : kAnchors) {
      if (stem[0] == first && stem[1] == second && has_prefix_at(text, i, stem)) {
        return true;
      }
    }
  }
  return false;
}

std::vector<Token>
tokenise(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (is_digit(c)) {
      t.type = TokenType::kNumber;
      long v = 0;
      while (i < text.size() && is_digit(text[i])) {
        v = (i - t.begin < 9) ? v * 10 + (text[i] - '0') : -1;
        ++i;
      }
      t.value = v;
    } else if (const auto punct = word_break_length_at(text, i); punct > 0) {
      t.type = TokenType::kPunct;
      i += punct;
    } else if (is_letter(c)) {
      t.type = TokenType::kWord;
      while (i < text.size() && is_letter(text[i]) && word_break_length_at(text, i) == 0) {
        ++i;
      }
    } else {
      t.type = TokenType::kPunct;
      ++i;
    }
    t.end = i;
    t.text = text.substr(t.begin, t.end - t.begin);
    tokens.push_back(t);
  }
  return tokens;
}

}  // namespace tally::date_tokens
