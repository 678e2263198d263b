#pragma once
// Internal to the number reader (numbers.cpp): number words, vague quantities and the
// classification of a number by the words around it. Not for use outside common/analysis.

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/numbers.hpp"
#include "common/analysis/tokens.hpp"

namespace tally::number_parts {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The tokens a number is read from: [first, last) of one sentence.
struct Context {
  const std::vector<Token>& tokens;
  std::size_t first;
  std::size_t last;

  const Token* at(std::size_t i) const { return i >= first && i < last ? &tokens[i] : nullptr; }
  const Token* before(std::size_t i) const { return i > first ? at(i - 1) : nullptr; }
};

// "hundred" 100, "million" 1e6 ...; 0 when the word is not a scale word.
double scale_value(std::string_view lower);
// Letters glued to digits: "k" 1e3, "m"/"mn" 1e6, "bn" 1e9; 0 when none.
double suffix_scale(std::string_view suffix);
// Vague plurals: "dozens" 12, "hundreds" 100, "thousands" 1000; 0 when none.
double vague_value(std::string_view lower);
// A lower-case word without spaces or hyphens that may begin a figure or name its event: a
// number word, a scale, a vague plural, "dozen", "tens", "half", or the first word of an event
// phrase ("killed", "tested").
bool is_figure_word(std::string_view lower);
// "one" .. "nineteen", "twenty" .. "ninety"; 0 when `lower` is none of them.
double unit_word_value(std::string_view lower);
// A word that could be a plural noun following a number: "people", "soldiers", "Syrians".
bool looks_plural_noun(const Token& t);

// Reads a spelled number starting at i ("Thirty-three", "half a million", "a dozen");
// returns the tokens consumed (0 when none) and sets m.value and m.spelled.
std::size_t read_spelled(const Context& cx, std::size_t i, NumberMatch& m);
// Reads a vague quantity at i ("dozens of", "hundreds of thousands", "thousands fled").
std::size_t read_vague(const Context& cx, std::size_t i, NumberMatch& m);
// A hyphenated word or number with a duration tail: "nine-year-old" (age), "two-day".
bool duration_adjective(std::string_view lower, NumberKind& kind);

// Words beside a score ("won 3-1", "a 113-97 win"): won, lost, beat, led ...
bool is_score_context(std::string_view w);

// Sets m.kind from the words around the number (year, date, money, name ...). `m` has its
// range and value already; `digits` is the parsed digit token, null for words and ranges.
void classify(const Context& cx, NumberMatch& m, const ParsedDigits* digits);

}  // namespace tally::number_parts
