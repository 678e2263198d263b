#pragma once
// Calendar arithmetic for date expressions: the periods that "last week", "this month" or
// "in March" name, and the year a date written without one belongs to. Weeks start on Monday.

#include "common/core/civil_date.hpp"

#include <optional>

namespace tally::date_periods {

// The part of a month a modifier names: "early March" is days 1-10, "mid-March" 11-20,
// "late March" 21 to the end.
enum class MonthPart { kWhole, kEarly, kMid, kLate };

DateSpan month_span(int year, int month, MonthPart part);
DateSpan year_span(int year);
// The decade or century that starts at `first` ("1990s"; "1800s" is a century, "2000s" a
// decade), or the third of it that `part` names: "the early 1990s" is 1990-1992, "the late
// 1800s" 1870-1899.
DateSpan decade_span(int first, MonthPart part);
// The US federal fiscal year `year` ("fiscal 2018"): October 1 of the year before to September 30.
DateSpan fiscal_year_span(int year);

// The latest `month` that starts on or before `published` ("in March", "since December"), or
// the part of it that `part` names.
DateSpan month_before(int month, MonthPart part, CivilDate published);
// The first `month` that ends on or after `published` ("will be held in March").
DateSpan month_ahead(int month, MonthPart part, CivilDate published);
// The latest `month` that ends before the month of `published` starts ("last December").
DateSpan month_last(int month, CivilDate published);
// The earliest `month` that starts after `published` ("next March").
DateSpan month_next(int month, CivilDate published);

// How far after publication a day written without its year may lie ("On December 28, benefits
// will expire" on Dec. 8).
inline constexpr long kDayAheadDays = 31;

// A day written without a year ("Feb. 27"): the year that puts it on or before `published`, or
// at most a month after it, as news style writes the year only when it is not the current one
// ("On December 28, benefits will expire" on Dec. 8). nullopt when the day exists in none of
// those years (Feb. 29).
std::optional<CivilDate> day_near(int month, int day, CivilDate published);
// The first day `month`/`day` on or after `published` ("scheduled for June 8"); nullopt when
// that year has no such day (Feb. 29).
std::optional<CivilDate> day_ahead(int month, int day, CivilDate published);

// How many days a report's date may run behind the events it tells: a day dated up to this far
// after publication is not yet to come ("early Friday" in an article stamped Thursday night).
inline constexpr long kClockLagDays = 1;

// The latest `weekday` (0 = Monday) on or before `published`.
CivilDate weekday_on_or_before(int weekday, CivilDate published);

// The seasons of the northern meteorological year: spring is March to May, summer June to
// August, fall September to November, winter December to February (the winter of `year`
// starts in its December).
enum class Season { kSpring, kSummer, kFall, kWinter };
DateSpan season_span(int year, Season season);
// "last summer": the latest `season` that ended before `published`.
DateSpan season_last(Season season, CivilDate published);
// "next summer": the first `season` that starts after `published`.
DateSpan season_next(Season season, CivilDate published);
// "this summer": the winter under way in January and February or just ended in spring, else
// the season of the published year (the one just past in October, the one to come in March).
DateSpan season_this(Season season, CivilDate published);

// The n-th `weekday` (0 = Monday) of `month` in `year` ("the fourth Thursday of November");
// n = -1 is the last ("the last Monday of May").
CivilDate nth_weekday(int year, int month, int n, int weekday);
// Easter Sunday of `year` (Gregorian computus).
CivilDate easter_sunday(int year);

CivilDate week_start(CivilDate day);              // the Monday of its week
CivilDate add_months(CivilDate day, int months);  // day clamped to the month's length

}  // namespace tally::date_periods
