#include "common/analysis/date_periods.hpp"

namespace tally::date_periods {

DateSpan
month_span(int year, int month, MonthPart part) {
  int last = days_in_month(year, month);
  switch (part) {
    case MonthPart::kEarly:
      return {{year, month, 1}, {year, month, 10}};
    case MonthPart::kMid:
      return {{year, month, 11}, {year, month, 20}};
    case MonthPart::kLate:
      return {{year, month, 21}, {year, month, last}};
    case MonthPart::kWhole:
      break;
  }
  return {{year, month, 1}, {year, month, last}};
}

DateSpan
year_span(int year) {
  return {{year, 1, 1}, {year, 12, 31}};
}

DateSpan
decade_span(int first, MonthPart part) {
  const int years = first % 100 == 0 && first < 2000 ? 100 : 10;
  switch (part) {
    case MonthPart::kEarly:
      return {{first, 1, 1}, {first + years * 3 / 10 - 1, 12, 31}};
    case MonthPart::kMid:
      return {{first + years * 3 / 10, 1, 1}, {first + years * 7 / 10 - 1, 12, 31}};
    case MonthPart::kLate:
      return {{first + years * 7 / 10, 1, 1}, {first + years - 1, 12, 31}};
    case MonthPart::kWhole:
      break;
  }
  return {{first, 1, 1}, {first + years - 1, 12, 31}};
}

DateSpan
fiscal_year_span(int year) {
  return {{year - 1, 10, 1}, {year, 9, 30}};
}

DateSpan
month_before(int month, MonthPart part, CivilDate published) {
  int year = published.year;
  if (month > published.month) {
    --year;
  }
  return month_span(year, month, part);
}

DateSpan
month_ahead(int month, MonthPart part, CivilDate published) {
  int year = published.year;
  if (month < published.month) {
    ++year;
  }
  return month_span(year, month, part);
}

DateSpan
month_last(int month, CivilDate published) {
  int year = month < published.month ? published.year : published.year - 1;
  return month_span(year, month, MonthPart::kWhole);
}

DateSpan
month_next(int month, CivilDate published) {
  int year = month > published.month ? published.year : published.year + 1;
  return month_span(year, month, MonthPart::kWhole);
}

std::optional<CivilDate>
day_near(int month, int day, CivilDate published) {
  CivilDate limit = published.plus_days(kDayAheadDays);
  for (int year = published.year + 1; year >= published.year - 1; --year) {
    if (is_valid_date(year, month, day) && CivilDate{year, month, day} <= limit) {
      return CivilDate{year, month, day};
    }
  }
  return std::nullopt;
}

std::optional<CivilDate>
day_ahead(int month, int day, CivilDate published) {
  const int year =
      CivilDate{published.year, month, day} < published ? published.year + 1 : published.year;
  if (!is_valid_date(year, month, day)) {
    return std::nullopt;
  }
  return CivilDate{year, month, day};
}

CivilDate
weekday_on_or_before(int weekday, CivilDate published) {
  int back = (published.weekday() - weekday + 7) % 7;
  return published.plus_days(-back);
}

CivilDate
week_start(CivilDate day) {
  return day.plus_days(-day.weekday());
}

CivilDate
add_months(CivilDate day, int months) {
  int index = day.year * 12 + (day.month - 1) + months;
  int year = index / 12;
  int month = index % 12 + 1;
  int d = day.day;
  if (d > days_in_month(year, month)) {
    d = days_in_month(year, month);
  }
  return {year, month, d};
}

DateSpan
season_span(int year, Season season) {
  switch (season) {
    case Season::kSpring:
      return {{year, 3, 1}, {year, 5, 31}};
    case Season::kSummer:
      return {{year, 6, 1}, {year, 8, 31}};
    case Season::kFall:
      return {{year, 9, 1}, {year, 11, 30}};
    case Season::kWinter:
      break;
  }
  return {{year, 12, 1}, {year + 1, 2, days_in_month(year + 1, 2)}};
}

DateSpan
season_last(Season season, CivilDate published) {
  int year = published.year;
  while (season_span(year, season).to >= published) {
    --year;
  }
  return season_span(year, season);
}

DateSpan
season_next(Season season, CivilDate published) {
  const DateSpan now = season_span(published.year, season);
  return now.from > published ? now : season_span(published.year + 1, season);
}

DateSpan
season_this(Season season, CivilDate published) {
  // in winter and spring, the winter that began last year: "this winter" in March is not the
  // next one (every other season of last year has ended by the new year)
  if (season == Season::kWinter && published.month <= 5) {
    return season_span(published.year - 1, season);
  }
  return season_span(published.year, season);
}

CivilDate
nth_weekday(int year, int month, int n, int weekday) {
  if (n < 0) {
    const CivilDate last{year, month, days_in_month(year, month)};
    return last.plus_days(-((last.weekday() - weekday + 7) % 7));
  }
  const CivilDate first{year, month, 1};
  return first.plus_days((weekday - first.weekday() + 7) % 7 + 7L * (n - 1));
}

CivilDate
easter_sunday(int year) {
  // the anonymous Gregorian algorithm (Meeus/Jones/Butcher)
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

}  // namespace tally::date_periods
