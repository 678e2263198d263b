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
  CivilDate limit = published.plus_days(31);
  for (int year = published.year + 1; year >= published.year - 1; --year) {
    if (is_valid_date(year, month, day) && CivilDate{year, month, day} <= limit) {
      return CivilDate{year, month, day};
    }
  }
  return std::nullopt;
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

}  // namespace tally::date_periods
