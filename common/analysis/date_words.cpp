#include "common/analysis/date_words.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace tally::date_words {
namespace {

struct Entry {
  std::string_view word;
  NameWord name;
};

constexpr std::array kMonths = {
    Entry{"January", {1, false, false}},   Entry{"February", {2, false, false}},
    Entry{"March", {3, false, true}},      Entry{"April", {4, false, false}},
    Entry{"May", {5, false, true}},        Entry{"June", {6, false, false}},
    Entry{"July", {7, false, false}},      Entry{"August", {8, false, false}},
    Entry{"September", {9, false, false}}, Entry{"October", {10, false, false}},
    Entry{"November", {11, false, false}}, Entry{"December", {12, false, false}},
    Entry{"Jan", {1, true, false}},        Entry{"Feb", {2, true, false}},
    Entry{"Mar", {3, true, true}},         Entry{"Apr", {4, true, false}},
    Entry{"Jun", {6, true, false}},        Entry{"Jul", {7, true, false}},
    Entry{"Aug", {8, true, false}},        Entry{"Sep", {9, true, false}},
    Entry{"Sept", {9, true, false}},       Entry{"Oct", {10, true, false}},
    Entry{"Nov", {11, true, false}},       Entry{"Dec", {12, true, false}},
};

constexpr std::array kWeekdays = {
    Entry{"Monday", {0, false, false}},    Entry{"Tuesday", {1, false, false}},
    Entry{"Wednesday", {2, false, false}}, Entry{"Thursday", {3, false, false}},
    Entry{"Friday", {4, false, false}},    Entry{"Saturday", {5, false, false}},
    Entry{"Sunday", {6, false, false}},    Entry{"Mon", {0, true, false}},
    Entry{"Tue", {1, true, false}},        Entry{"Tues", {1, true, false}},
    Entry{"Wed", {2, true, false}},        Entry{"Thu", {3, true, false}},
    Entry{"Thur", {3, true, false}},       Entry{"Thurs", {3, true, false}},
    Entry{"Fri", {4, true, false}},        Entry{"Sat", {5, true, false}},
    Entry{"Sun", {6, true, false}},
};

constexpr char
lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool
is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// "February" or "FEBRUARY" against the table's "February"; not "february".
template <std::size_t N>
NameWord
lookup_name(const std::array<Entry, N>& table, std::string_view word) {
  if (word.size() < 3 || !is_upper(word[0])) {
    return {};
  }
  bool all_caps = true;
  for (std::size_t i = 1; i < word.size(); ++i) {
    all_caps = all_caps && is_upper(word[i]);
  }
  for (const auto& e : table) {
    if (e.word.size() != word.size()) {
      continue;
    }
    if (all_caps ? iequals(e.word, word) : e.word == word) {
      return e.name;
    }
  }
  return {};
}

bool
in_list(std::string_view word, std::initializer_list<std::string_view> list) {
  for (auto w : list) {
    if (w == word) {
      return true;
    }
  }
  return false;
}

// Every word that can start an expression of date_scanner.cpp or date_grammar.cpp, lower case:
// the leads of parse_since, parse_past and parse_fiscal, the modifiers of parse_weekday,
// parse_month_phrase and parse_relative, and the counts of parse_ago (small_number_word). Month
// and weekday names come from the tables above. A word added to a parser's leading list must be
// added here.
constexpr auto kLeadWords = std::to_array<std::string_view>(
    {"since", "in",     "over",   "during",   "for",     "within",    "the",      "late",
     "early", "earlier", "later", "last",     "next",    "this",      "mid",      "so",
     "today", "tonight", "yesterday", "tomorrow", "at",  "a",         "an",       "couple",
     "one",   "two",    "three",  "four",     "five",    "six",       "seven",    "eight",
     "nine",  "ten",    "eleven", "twelve",   "fifteen", "twenty",    "thirty",   "fiscal",
     "fy",
     // the first words of the holidays of lexicons/holidays.tsv and the seasons
     // (date_calendar.cpp)
     "christmas", "new", "fourth", "independence", "halloween", "valentine", "juneteenth",
     "veterans", "thanksgiving", "black", "cyber", "memorial", "labor", "election", "martin",
     "mlk", "presidents", "mother", "father", "easter", "good", "spring", "summer", "fall",
     "autumn", "winter"});

// Bit `length` of kLeadFilter[first letter][last letter] is set when a lead word has that
// shape (letters folded to lower case).
constexpr std::size_t letter_index(char c) {
  return static_cast<std::size_t>(lower(c) - 'a');
}

constexpr bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

using LeadFilter = std::array<std::array<std::uint16_t, 26>, 26>;

constexpr void add_lead(LeadFilter& f, std::string_view w) {
  f[letter_index(w.front())][letter_index(w.back())] |=
      static_cast<std::uint16_t>(1U << w.size());
}

constexpr LeadFilter make_lead_filter() {
  LeadFilter f{};
  for (auto w : kLeadWords) {
    add_lead(f, w);
  }
  for (const auto& e : kMonths) {
    add_lead(f, e.word);
  }
  for (const auto& e : kWeekdays) {
    add_lead(f, e.word);
  }
  return f;
}

constexpr LeadFilter kLeadFilter = make_lead_filter();

}  // namespace

bool
may_lead_date(std::string_view word) {
  // ("Valentine’s Day", "Presidents’ Day": the name before its apostrophe)
  static constexpr std::string_view kApostrophe = "\xE2\x80\x99";
  if (word.ends_with(kApostrophe)) {
    word.remove_suffix(kApostrophe.size());
  } else if (word.size() > kApostrophe.size() + 1 && word.back() == 's' &&
             word.substr(word.size() - 1 - kApostrophe.size(), kApostrophe.size()) == kApostrophe) {
    word.remove_suffix(kApostrophe.size() + 1);
  }
  if (word.empty() || word.size() > 15 || !is_ascii_letter(word.front()) ||
      !is_ascii_letter(word.back())) {
    return false;
  }
  const unsigned shapes = kLeadFilter[letter_index(word.front())][letter_index(word.back())];
  return ((shapes >> word.size()) & 1U) != 0;
}

bool
iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

NameWord
month_word(std::string_view word) {
  return lookup_name(kMonths, word);
}

NameWord
weekday_word(std::string_view word) {
  return lookup_name(kWeekdays, word);
}

bool
is_month_name(std::string_view word) {
  for (const auto& e : kMonths) {
    if (iequals(e.word, word)) {
      return true;
    }
  }
  return false;
}

bool
is_full_weekday_name(std::string_view word) {
  for (const auto& e : kWeekdays) {
    if (!e.name.abbreviated && iequals(e.word, word)) {
      return true;
    }
  }
  return false;
}

int
small_number_word(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kOnes = {"one",  "two", "three",  "four",
                                                             "five", "six", "seven",  "eight",
                                                             "nine", "ten", "eleven", "twelve"};
  for (std::size_t i = 0; i < kOnes.size(); ++i) {
    if (iequals(word, kOnes[i])) {
      return static_cast<int>(i) + 1;
    }
  }
  if (iequals(word, "a") || iequals(word, "an")) {
    return 1;
  }
  if (iequals(word, "couple")) {
    return 2;
  }
  if (iequals(word, "fifteen")) {
    return 15;
  }
  if (iequals(word, "twenty")) {
    return 20;
  }
  if (iequals(word, "thirty")) {
    return 30;
  }
  return 0;
}

bool
is_weekday_name_prefix(std::string_view word) {
  return in_list(word,
                 {"Good",   "Black", "Cyber",  "Super", "Bloody", "Holy",   "Maundy", "Ash",
                  "Easter", "Palm",  "Giving", "Fat",   "Blue",   "Shrove", "Clean",  "Mad",
                  "Manic",  "Man",   "Girl",   "Joe",   "Whit",   "Low",    "Orange", "Great"});
}

bool
is_weekday_name_suffix(std::string_view word) {
  return in_list(word,
                 {"Times",       "Telegraph", "Express", "Mirror", "Post",     "Herald",   "Mail",
                  "Independent", "Tribune",   "Star",    "Sport",  "People",   "Business", "Review",
                  "Night",       "Agreement", "Club",    "Show",   "Magazine", "Edition"});
}

}  // namespace tally::date_words
