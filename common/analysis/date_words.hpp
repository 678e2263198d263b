#pragma once
// The vocabulary of date expressions: month and weekday names, small number words, and the
// words that turn a weekday name into a holiday or a title ("Good Friday", "Sunday Times").
// Used by dates.cpp; pure lookups, no state.

#include <string_view>

namespace tally::date_words {

struct NameWord {
  int value = -1;            // month 1..12, or weekday 0 = Monday .. 6 = Sunday; -1 when not one
  bool abbreviated = false;  // "Feb", "Sept", "Thu": only a date with a following dot or number
  bool ambiguous = false;    // "May", "March": also a name or a verb; needs a date context
};

// Months are read when capitalised ("February") or in capitals ("FEBRUARY"), never in lower case
// ("a march on the capital", "it may rain").
NameWord month_word(std::string_view word);
NameWord weekday_word(std::string_view word);
// A weekday's full name in any case ("monday", "Friday"), not an abbreviation ("wed", "sun").
bool is_full_weekday_name(std::string_view word);
// A month's full or abbreviated name in any case ("july", "Sept", "MARCH"), for callers that
// check the capital themselves.
bool is_month_name(std::string_view word);

// "one" .. "twelve", "twenty", "thirty", "a", "couple" -> 1 .. 30; 0 when not a small number word.
int small_number_word(std::string_view word);

// ASCII case-insensitive equality.
bool iequals(std::string_view a, std::string_view b);

// False when no date expression the scanner reads can start with `word`: it is none of the
// words that lead one ("since", "in the past ...", "last", "today", "two ... ago", month and
// weekday names). A cheap test on first letter, last letter and length that lets the scanner
// skip most words; true does not promise a date.
bool may_lead_date(std::string_view word);

// "Good" in "Good Friday", "Black" in "Black Friday", "Super" in "Super Tuesday": the pair is a
// holiday or an event's name, not a day relative to the article.
bool is_weekday_name_prefix(std::string_view word);
// "Times" in "Sunday Times", "Night" in "Monday Night Football": the weekday names a title.
bool is_weekday_name_suffix(std::string_view word);

}  // namespace tally::date_words
