#pragma once
// A calendar day (proleptic Gregorian), the unit of every date tally stores: published dates,
// event dates, and the ends of periods. Pure arithmetic, no time zones.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const CivilDate&) const = default;

  // "2020-02-27"
  std::string iso() const;
  // "20200227": the sortable form stored in value slots and boolean terms.
  std::string compact() const;
  // Days since 1970-01-01 (negative before).
  long days_since_epoch() const;
  static CivilDate from_days(long days);
  CivilDate plus_days(long n) const { return from_days(days_since_epoch() + n); }
  // 0 = Monday .. 6 = Sunday.
  int weekday() const;
};

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// An inclusive range of days: a single day has from == to.
struct DateSpan {
  CivilDate from;
  CivilDate to;
  bool is_day() const { return from == to; }
  // Days from the first to the last: 0 for a day, 6 for a week.
  long length_days() const { return to.days_since_epoch() - from.days_since_epoch(); }
  // "2020-02-27" for a day, "2020-02-01..2020-02-28" for a period (the query syntax of ranges).
  std::string iso() const;
  auto operator<=>(const DateSpan&) const = default;
};

// Parses the published-date forms found in feeds: "2020-02-27", "2020-02-27T10:00:00Z",
// "20200227", US "2/27/2020" and "2/27/20". Returns nullopt for anything else, for impossible
// calendar dates ("2020-02-30") and for years outside 1800..2200 ("0001-11-30").
std::optional<CivilDate> parse_published_date(std::string_view text);

}  // namespace tally
