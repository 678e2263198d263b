#pragma once
// The scanner behind find_dates (dates.hpp): reads date expressions token by token, longest
// form first. Internal to tally_analysis; split over date_scanner.cpp (periods, numeric and
// day-first dates), date_grammar.cpp (weekdays, months, relative words) and date_calendar.cpp
// (holidays and seasons).

#include "common/analysis/date_periods.hpp"
#include "common/analysis/date_tokens.hpp"
#include "common/analysis/date_words.hpp"
#include "common/analysis/dates.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace tally::date_scan {

using date_periods::MonthPart;
using date_tokens::Token;
using date_tokens::TokenType;
using date_words::iequals;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// The day relative expressions are resolved against when the article has no date; their spans
// are dropped then, so any day does.
constexpr CivilDate kNoPublished{2000, 1, 1};

// An expression recognised at some token: where it ends and what it names. `span` is empty when
// the expression needs a published date that was not given.
struct Parsed {
  std::size_t next = 0;
  DateMentionKind kind = DateMentionKind::kAbsolute;
  std::optional<DateSpan> span;
};

// The word starts with an ASCII capital ("" does not).
inline bool is_capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// ASCII case-insensitive membership.
bool in_list(std::string_view word, std::initializer_list<std::string_view> list);

class Scanner {
 public:
  Scanner(std::string_view text, std::optional<CivilDate> published)
      : text_(text),
        tokens_(date_tokens::tokenise(text)),
        published_(published),
        monday_(date_periods::week_start(published.value_or(kNoPublished))) {}

  std::vector<DateMention> run();

 private:
  std::optional<Parsed> parse_top(std::size_t i);
  // Any expression that is not a "since" or "past N days" period.
  std::optional<Parsed> parse_at(std::size_t i) const;
  // "since December", "since the start of February", "since 2011", "since Thursday".
  std::optional<Parsed> parse_since(std::size_t i) const;
  // "in the past 24 hours", "over the past week", "in the last two weeks".
  std::optional<Parsed> parse_past(std::size_t i) const;
  // Past the lead word of a past or previous period at i ("in", "over", "during", "for",
  // "within"), if any.
  std::size_t past_period_lead(std::size_t i) const;
  // "the previous week", "for the prior month", "the previous year": the one before the week,
  // month or year last named in the text ("in March, up from 33,000 the prior month"), else
  // the week or month before last week or last month (a report's period), or last year. No
  // date after "from" or "than": "a decrease of 99,000 from the previous week" is the change
  // over the week named, not a count of the one before.
  std::optional<Parsed> parse_previous(std::size_t i) const;
  // Remembers `span` when it is a week of seven days, a whole month or a whole year: what
  // parse_previous counts back from.
  void note_period(const DateSpan& span);
  // "2020-02-27", "3/14/2019", "14/3/19".
  std::optional<Parsed> parse_numeric(std::size_t i) const;
  // "27 February 2020", "27th of February", "27 Feb".
  std::optional<Parsed> parse_day_first(std::size_t i) const;
  // "in 2016", "since 2011", "by mid-2021": a year is a period, never a day or a count.
  std::optional<Parsed> parse_lone_year(std::size_t i) const;
  // "Thursday", "late Thursday", "Thursday night", "last Friday", "Thursday, Feb. 27".
  std::optional<Parsed> parse_weekday(std::size_t i) const;
  // "Feb. 27, 2020", "March 2019", "November of 2007", "in March", "early February", "the end
  // of May", "last December".
  std::optional<Parsed> parse_month_phrase(std::size_t i) const;
  // "today", "yesterday", "last night", "last week", "earlier this month", "this year".
  std::optional<Parsed> parse_relative(std::size_t i) const;
  // "two days ago", "a week ago", "three years ago".
  std::optional<Parsed> parse_ago(std::size_t i) const;
  // "on Christmas Day", "Election Day 2016", "Thanksgiving" after "on": a named day
  // (lexicons/holidays.tsv; date_calendar.cpp).
  std::optional<Parsed> parse_holiday(std::size_t i) const;
  // "this summer", "last fall", "this past winter", "the summer of 2019", "fall 2020": a season
  // (date_calendar.cpp).
  std::optional<Parsed> parse_season(std::size_t i) const;
  // The day `d` of a holiday read up to `next`, or with "weekend" after it the days off around
  // it ("Memorial Day weekend": Saturday to Monday).
  Parsed holiday_weekend(std::size_t next, DateMentionKind kind, CivilDate d) const;
  // "fiscal 2018", "fiscal year 2019", "FY 2017": the US federal fiscal year.
  std::optional<Parsed> parse_fiscal(std::size_t i) const;
  // "from Oct. 20 to Oct. 26", "from March 2 through 6", "between May 1 and May 5": the date
  // `p` read at i after "from" or "between" reaches to the date after "to", "through", "until",
  // "till" or a dash (after "from") or "and" (after "between"), and `p` becomes the whole run;
  // not after a verb that moves a day ("postponed", "delayed", "moved" ...). An absolute day
  // reaches a later day; a weekday, another weekday ("from Monday to Friday": the days up to
  // the second as it resolves); a year or a month, through extend_period_to_range. Other
  // relative dates are not extended.
  void extend_to_range(std::size_t i, Parsed& p) const;
  // The same for a whole year ("from 1926 to 1969") or a whole month ("from January to
  // March"); p.next is the token of "to", "and" ...
  void extend_period_to_range(Parsed& p) const;
  // The month word at i, then a day, a year ("March 2019", "November of 2007"), "of" a year
  // named relative to the published date ("July of last year") or nothing.
  std::optional<Parsed> parse_month_first(std::size_t i, MonthPart part) const;
  // A day of `month` read from token `first`; `next` is after it: an optional ", 2020" and the
  // resolution.
  std::optional<Parsed> finish_day(int month, int day, std::size_t first, std::size_t next) const;
  // The word before token i (skipping a joined "-") makes a bare month or year a date:
  // "in", "since", "early", "mid-", "by", ...
  bool has_date_context(std::size_t i) const;
  // Token i (a year) is followed by an event or incident word, past at most a few words of a
  // name or description: "2014 shooting", "2012 Sandy Hook shooting", "2005 terrorist attacks".
  bool names_event_after(std::size_t i) const;
  // A plan before token i in its sentence looks ahead: "will meet Friday", "plans to march
  // this weekend", "scheduled for".
  bool looks_ahead(std::size_t i) const;

  // Token access: out-of-range positions read as nothing.
  const Token* at(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  // Token i, which the caller has checked exists (through at(), is_number(), is_word()).
  const Token& tok(std::size_t i) const { return tokens_[i]; }
  std::string_view word(std::size_t i) const {
    return (at(i) && tok(i).type == TokenType::kWord) ? tok(i).text : std::string_view{};
  }
  bool is_word(std::size_t i, std::string_view w) const { return iequals(word(i), w); }
  // -1, 0 or 1 for "last", "this" or "next" at i (years, months, weeks back or ahead).
  std::optional<int> relative_step(std::size_t i) const {
    if (is_word(i, "last")) {
      return -1;
    }
    if (is_word(i, "this")) {
      return 0;
    }
    return is_word(i, "next") ? std::optional<int>(1) : std::nullopt;
  }
  // The same for "last year", "this year", "next year" at i (a month's or a day's year).
  std::optional<int> relative_year(std::size_t i) const {
    const std::optional<int> step = relative_step(i);
    return step && is_word(i + 1, "year") ? step : std::nullopt;
  }
  bool is_punct(std::size_t i, char c) const {
    return at(i) && tok(i).type == TokenType::kPunct && tok(i).text[0] == c;
  }
  bool is_number(std::size_t i) const { return at(i) && tok(i).type == TokenType::kNumber; }
  // A hyphen or an en dash between the ends of a range: "27-29", "21–23".
  bool is_range_dash(std::size_t i) const {
    return is_punct(i, '-') || (at(i) && tok(i).text == "\u2013");
  }
  // Token i touches token i - 1 (no space between).
  bool joined(std::size_t i) const { return at(i) && i > 0 && tokens_[i - 1].end == tok(i).begin; }
  // "1,200" or "3.5": token i is the tail of a longer number.
  bool continues_number_before(std::size_t i) const;
  // "27,000", "27.5", "10:30", "27%": token i is the head of something longer.
  bool continues_number_after(std::size_t i) const;
  // A day of the month (1..31, "27th"); `next` is set after it.
  std::optional<int> day_number(std::size_t i, std::size_t& next) const;
  // A four-digit year 1800..2200 standing alone (not a decade: "1990s").
  std::optional<int> year_number(std::size_t i) const;
  // A decade or a century written as its first year with an "s": "1990s", "1990's", "1800s";
  // `next` is set after it.
  std::optional<DateSpan> decade_span(std::size_t i, MonthPart part, std::size_t& next) const;
  // "in the 1990s", "since the 1790s", "during the 1800s": a decade after a date-context word.
  std::optional<Parsed> parse_decade(std::size_t i) const;
  bool is_decade(std::size_t i) const {
    std::size_t next = 0;
    return decade_span(i, MonthPart::kWhole, next).has_value();
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::optional<CivilDate> published_;
  CivilDate monday_;  // the Monday of the published date's week, for "this week", "the weekend"
  std::size_t last_end_ = kNone;  // the token after the last expression read
  std::optional<DateSpan> last_week_, last_month_, last_year_;  // the last of each named
};

}  // namespace tally::date_scan
