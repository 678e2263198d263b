#pragma once
// Number expressions in tokenized English news text: digits ("950,000", "3.6 million", "1.2bn",
// "30-plus"),
// words ("Thirty-three", "half a million", "two dozen") and vague quantities ("dozens",
// "hundreds of thousands"), each classified as a count or as something that is not one (a
// year, a date, a time, an age, money, a percentage, a name such as "Route 66" ...).

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokens.hpp"

namespace tally {

enum class NumberKind {
  kCount,     // a candidate count of things: "29", "Thirty-three", "3.6 million", "dozens"
  kOne,       // a bare "one": a count only where an event or a list makes it one
  kYear,      // "in 2016", "a 2018 deal"
  kDate,      // the day in "Feb. 27, 2020", "January 14", "27 February"
  kTime,      // "10:30", "3 p.m."
  kAge,       // "23-year-old", "aged 45", "nine-year-old war"
  kDuration,  // "two days", "nine-year conflict"
  kOrdinal,   // "3rd", "21st"
  kName,      // "Route 66", "Boeing 737", "Rossiya 24" (tokens such as "M5", "F-16" are words)
  kPhone,     // "555-0100-22"
  kMoney,     // "$3 million", "£50", "5 billion euros"
  kPercent,   // "40%", "40 percent"
  kScore,     // "won 3-1"
  kMeasure,   // "5 km", "magnitude 7.2", a bare decimal "3.6"
  kPartitive, // "one of the ...": a pronoun, not a count
};

// The rejection reason for a kind that is not a count: "year", "date", "money", ...;
// "" for kCount and kOne.
std::string_view number_kind_reason(NumberKind kind);

struct NumberMatch {
  std::size_t first = 0;  // token range [first, last) of the number expression
  std::size_t last = 0;
  double value = 0;       // canonical value ("3.6 million" is 3600000; "dozens" is 12)
  NumberKind kind = NumberKind::kCount;
  bool vague = false;      // "dozens", "hundreds", "tens of thousands"
  bool malformed = false;  // wrongly grouped digits ("950,0000"): value is the best guess
  bool spelled = false;    // written in words
  bool plus = false;       // "30-plus": more than the value
};

struct ParsedDigits {
  bool ok = false;
  double value = 0;
  bool malformed = false;
  bool has_decimal = false;
  std::string_view suffix;  // letters after the digits: "bn", "rd", "m"
};

// Parses one digit token: "950,000" (950000), "3.6", "1.2bn" (1.2e9), "3rd" (3, suffix "rd").
// Wrong grouping ("950,0000") reads the groups up to the first bad one and keeps its first
// three digits (950000), flagged malformed, never 9500000.
ParsedDigits parse_digits(std::string_view token);

// A tally written with "to" ("5-to-4", "245-to-189") in the dashed form "5-4"; any other
// token unchanged.
std::string dashed_tally(std::string_view token);

// The value of a single number word: "nine" 9, "thirty-four" 34, "Thirty-three" 33 (lower
// case expected); -1 when the word is not one. Scale words ("hundred", "million") are not.
double number_word_value(std::string_view lower);

// All number expressions in tokens [first, last), in order, each with its kind.
std::vector<NumberMatch> find_numbers(const std::vector<Token>& tokens, std::size_t first,
                                      std::size_t last);

// Cheap test for the indexer's hot path: true when `text` has a digit or a word that could
// start a number or an event ("two", "dozens", "killed"); false means nothing to extract.
bool may_contain_figures(std::string_view text);

}  // namespace tally
