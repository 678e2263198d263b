// Named days and seasons: "on Christmas Day", "Election Day 2016", "on Thanksgiving", "this
// summer", "last fall", "the summer of 2019". The holidays and their rules are in
// lexicons/holidays.tsv; the calendar arithmetic is in date_periods.cpp.

#include "common/analysis/date_scanner.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/core/strings.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

namespace tally::date_scan {
namespace {

using date_periods::Season;

enum class Rule { kFixed, kNth, kEaster };

struct Holiday {
  std::string_view name;  // lower case, single spaces, apostrophes as '
  Rule rule = Rule::kFixed;
  int month = 0;
  int day = 0;  // the day of a fixed holiday, the n of an nth one
  int weekday = 0;
  int offset = 0;
  bool bare = false;  // the name alone is also an ordinary word: only after "on" or with a year
  bool even = false;  // without a year, the day of an even year (Election Day)
};

int number(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// The holidays of the lexicon by the first letter of their name, longest name first
// ("christmas day" before "christmas"): a word tries only the few that can start with it.
using HolidayIndex = std::array<std::vector<Holiday>, 26>;

const HolidayIndex& holidays() {
  static const HolidayIndex kIndex = [] {
    HolidayIndex index;
    for_each_lexicon_row(data::lexicon_holidays(), [&](const std::vector<std::string_view>& c) {
      if (c.size() < 6 || c[0].empty() || c[0][0] < 'a' || c[0][0] > 'z') {
        return;
      }
      Holiday h;
      h.name = c[0];
      h.rule = c[1] == "nth" ? Rule::kNth : c[1] == "easter" ? Rule::kEaster : Rule::kFixed;
      h.month = number(c[2]);
      h.day = number(c[3]);
      h.weekday = number(c[4]);
      h.offset = number(c[5]);
      h.bare = c.size() > 6 && c[6] == "bare";
      h.even = c.size() > 6 && c[6] == "even";
      index[static_cast<std::size_t>(h.name[0] - 'a')].push_back(h);
    });
    for (auto& bucket : index) {
      std::stable_sort(bucket.begin(), bucket.end(), [](const Holiday& a, const Holiday& b) {
        return a.name.size() > b.name.size();
      });
    }
    return index;
  }();
  return kIndex;
}

CivilDate day_of(const Holiday& h, int year) {
  switch (h.rule) {
    case Rule::kNth:
      return date_periods::nth_weekday(year, h.month, h.day, h.weekday).plus_days(h.offset);
    case Rule::kEaster:
      return date_periods::easter_sunday(year).plus_days(h.offset);
    case Rule::kFixed:
      break;
  }
  return {year, h.month, h.day};
}

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The length in bytes of `name` written at `text[pos]`, case aside, a typographic apostrophe
// for ', and no letter after it; 0 when it is not there.
std::size_t written_at(std::string_view text, std::size_t pos, std::string_view name) {
  static constexpr std::string_view kApostrophe = "\xE2\x80\x99";
  std::size_t t = pos;
  for (const char c : name) {
    if (c == '\'' && text.substr(t, kApostrophe.size()) == kApostrophe) {
      t += kApostrophe.size();
      continue;
    }
    if (t >= text.size() || fold(text[t]) != c) {
      return 0;
    }
    ++t;
  }
  const bool letter_after = t < text.size() && ((text[t] >= 'a' && text[t] <= 'z') ||
                                                 (text[t] >= 'A' && text[t] <= 'Z'));
  return letter_after ? 0 : t - pos;
}

std::optional<Season> season_word(std::string_view w) {
  if (iequals(w, "spring")) {
    return Season::kSpring;
  }
  if (iequals(w, "summer")) {
    return Season::kSummer;
  }
  if (iequals(w, "fall") || iequals(w, "autumn")) {
    return Season::kFall;
  }
  if (iequals(w, "winter")) {
    return Season::kWinter;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Parsed>
Scanner::parse_holiday(std::size_t i) const {
  if (!at(i) || tok(i).type != TokenType::kWord) {
    return std::nullopt;
  }
  // the longest name written at i decides (no shorter name starts where a longer one is
  // refused); names are capitalised ("a good Friday for stocks" is no holiday)
  if (!is_capitalised(tok(i).text)) {
    return std::nullopt;
  }
  const char first = fold(tok(i).text[0]);
  const Holiday* h = nullptr;
  std::size_t length = 0;
  for (const auto& candidate : holidays()[static_cast<std::size_t>(first - 'a')]) {
    length = written_at(text_, tok(i).begin, candidate.name);
    if (length > 0) {
      h = &candidate;
      break;
    }
  }
  if (!h) {
    return std::nullopt;
  }
  std::size_t next = i;
  while (at(next) && tok(next).begin < tok(i).begin + length) {
    ++next;
  }
  const std::optional<int> year = year_number(next);
  // a holiday that only describes a thing: "a Fourth of July party", "their Christmas
  // dinner" (not "on the Fourth of July", "Memorial Day weekend"), or part of a name: "the
  // Good Friday Agreement" (read, so that no month in it is taken for a date)
  const bool describes = i > 0 &&
                         (in_list(word(i - 1), {"a", "an", "my"}) ||
                          is_possessive_determiner(ascii_lower(word(i - 1)))) &&
                         !is_word(next, "weekend");
  if (describes || is_capitalised(word(next))) {
    return Parsed{next, DateMentionKind::kRelative, std::nullopt};
  }
  // "Christmas", "Easter": the day only when it is named as one
  if (h->bare && !year && !(i > 0 && is_word(i - 1, "on"))) {
    return std::nullopt;
  }
  if (year) {
    return holiday_weekend(next + 1, DateMentionKind::kAbsolute, day_of(*h, *year));
  }
  if (!published_) {
    return Parsed{next, DateMentionKind::kRelative, std::nullopt};
  }
  // the latest day on or before publication, or at most a month after it, as for a day written
  // without its year (date_periods::day_near): "New Year's Day" late in December is the coming
  // one
  const CivilDate limit = published_->plus_days(date_periods::kDayAheadDays);
  int y = published_->year + 1;
  while ((h->even && y % 2 != 0) || day_of(*h, y) > limit) {
    --y;
  }
  return holiday_weekend(next, DateMentionKind::kRelative, day_of(*h, y));
}

Parsed
Scanner::holiday_weekend(std::size_t next, DateMentionKind kind, CivilDate d) const {
  if (!is_word(next, "weekend")) {
    return Parsed{next, kind, DateSpan{d, d}};
  }
  // "the Fourth of July weekend", "Memorial Day weekend", "Thanksgiving weekend": the days off
  // around it: a Sunday or Monday holiday from the Saturday to the Monday, a Thursday to Saturday
  // one up to its Sunday, and a Tuesday or Wednesday one from the Saturday before it
  const int wd = d.weekday();
  const DateSpan span = wd == 0   ? DateSpan{d.plus_days(-2), d}
                        : wd == 6 ? DateSpan{d.plus_days(-1), d.plus_days(1)}
                        : wd >= 3 ? DateSpan{d, d.plus_days(6 - wd)}
                                  : DateSpan{d.plus_days(-(wd + 2)), d};
  return Parsed{next + 1, kind, span};
}

std::optional<Parsed>
Scanner::parse_season(std::size_t i) const {
  std::size_t j = i;
  enum class Which { kBare, kThis, kLast, kNext } which = Which::kBare;
  if (is_word(j, "this") && is_word(j + 1, "past")) {
    which = Which::kLast;
    j += 2;
  } else if (is_word(j, "this") || is_word(j, "last") || is_word(j, "next")) {
    which = is_word(j, "this")   ? Which::kThis
            : is_word(j, "last") ? Which::kLast
                                 : Which::kNext;
    ++j;
  } else if (is_word(j, "the")) {
    ++j;  // "the summer of 2019": read from "the", like a bare season
  }
  const std::optional<Season> season = season_word(word(j));
  if (!season) {
    return std::nullopt;
  }
  // (a name: "the Summer Olympics", "Winter Games")
  if (which == Which::kBare && is_capitalised(word(j)) && is_capitalised(word(j + 1))) {
    return std::nullopt;
  }
  ++j;
  // "the summer of 2019", "summer 2019", "fall 2020"
  std::optional<int> year;
  if (is_word(j, "of") && (year = year_number(j + 1))) {
    j += 2;
  } else if (!is_word(j, "of") && (year = year_number(j))) {
    ++j;
  }
  if (year && which == Which::kBare) {
    return Parsed{j, DateMentionKind::kAbsolute, date_periods::season_span(*year, *season)};
  }
  if (year || which == Which::kBare) {
    return std::nullopt;
  }
  Parsed out{j, DateMentionKind::kRelative, std::nullopt};
  if (published_) {
    const CivilDate p = *published_;
    out.span = which == Which::kLast   ? date_periods::season_last(*season, p)
               : which == Which::kNext ? date_periods::season_next(*season, p)
                                       : date_periods::season_this(*season, p);
  }
  return out;
}

}  // namespace tally::date_scan
