// The word-led date expressions of the scanner: weekdays, months and relative words.
#include "common/analysis/date_scanner.hpp"

#include <algorithm>

namespace tally::date_scan {
namespace {

enum class Shift { kNone, kLast, kNext };

}  // namespace

std::optional<Parsed>
Scanner::parse_weekday(std::size_t i) const {
  std::size_t j = i;
  Shift shift = Shift::kNone;
  if (in_list(word(j), {"late", "early", "earlier", "later", "last", "next", "this"}) &&
      date_words::weekday_word(word(j + 1)).value >= 0) {
    shift = is_word(j, "last") ? Shift::kLast : is_word(j, "next") ? Shift::kNext : Shift::kNone;
    ++j;
  }
  date_words::NameWord w = date_words::weekday_word(word(j));
  if (w.value < 0 || (j == i && j > 0 && date_words::is_weekday_name_prefix(word(j - 1)))) {
    return std::nullopt;
  }
  std::size_t k = j + 1;
  if (w.abbreviated) {
    if (!is_punct(k, '.') || !joined(k) || (j > 0 && is_word(j - 1, "the"))) {
      return std::nullopt;
    }
    ++k;
  }
  if (date_words::is_weekday_name_suffix(word(k))) {
    return std::nullopt;
  }
  // "Thursday, Feb. 27, 2020", "Thursday 27 February": the date itself.
  const std::size_t d = is_punct(k, ',') ? k + 1 : k;
  if (date_words::month_word(word(d)).value >= 0) {
    std::optional<Parsed> p = parse_month_first(d, MonthPart::kWhole);
    if (p && (!p->span || p->span->is_day())) {
      return p;
    }
  } else if (is_number(d)) {
    if (std::optional<Parsed> p = parse_day_first(d)) {
      return p;
    }
  }
  if (in_list(word(k), {"night", "morning", "afternoon", "evening", "overnight"}) &&
      !is_capitalised(word(k))) {
    ++k;
  }
  // "plans to address the country on Wednesday", "will meet Friday": a plan looks ahead
  const bool ahead = shift == Shift::kNone && looks_ahead(i);
  Parsed out{k, DateMentionKind::kRelative, std::nullopt};
  if (published_) {
    const CivilDate p = *published_;
    CivilDate day =
        shift == Shift::kLast   ? date_periods::weekday_on_or_before(w.value, p.plus_days(-1))
        : shift == Shift::kNext ? date_periods::weekday_on_or_before(w.value, p.plus_days(7))
        : ahead                 ? date_periods::weekday_on_or_before(w.value, p.plus_days(6))
                                : date_periods::weekday_on_or_before(w.value, p);
    out.span = DateSpan{day, day};
  }
  return out;
}

std::optional<Parsed>
Scanner::parse_month_phrase(std::size_t i) const {
  MonthPart part = MonthPart::kWhole;
  std::size_t j = i;
  if (in_list(word(j), {"early", "mid", "late"})) {
    part = is_word(j, "early") ? MonthPart::kEarly
           : is_word(j, "mid") ? MonthPart::kMid
                               : MonthPart::kLate;
    ++j;
    if (is_punct(j, '-') && joined(j)) {
      ++j;
    }
  } else if (is_word(j, "the") && in_list(word(j + 1), {"start", "beginning", "end", "middle"}) &&
             is_word(j + 2, "of")) {
    part = in_list(word(j + 1), {"start", "beginning"}) ? MonthPart::kEarly
           : is_word(j + 1, "end")                      ? MonthPart::kLate
                                                        : MonthPart::kMid;
    j += 3;
  } else if (in_list(word(j), {"last", "next"})) {
    date_words::NameWord m = date_words::month_word(word(j + 1));
    if (m.value < 0 || m.abbreviated) {
      return std::nullopt;
    }
    Parsed out{j + 2, DateMentionKind::kAbsolute, std::nullopt};
    if (published_) {
      out.span = is_word(j, "last") ? date_periods::month_last(m.value, *published_)
                                    : date_periods::month_next(m.value, *published_);
    }
    return out;
  }
  // (a part word, and only a part word, moved j past it)
  if (date_words::month_word(word(j)).value < 0) {
    // "early 2016", "by mid-2021": the year, whole.
    if (part != MonthPart::kWhole && year_number(j)) {
      return Parsed{j + 1, DateMentionKind::kAbsolute, date_periods::year_span(*year_number(j))};
    }
    // "the early 1990s", "the late 1800s": a part of the decade or century
    if (part != MonthPart::kWhole) {
      std::size_t next = 0;
      if (std::optional<DateSpan> span = decade_span(j, part, next)) {
        return Parsed{next, DateMentionKind::kAbsolute, span};
      }
    }
    return std::nullopt;
  }
  return parse_month_first(j, part);
}

std::optional<Parsed>
Scanner::parse_month_first(std::size_t i, MonthPart part) const {
  date_words::NameWord m = date_words::month_word(word(i));
  if (m.value < 0) {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  const bool dotted = m.abbreviated && is_punct(j, '.') && joined(j);
  if (dotted) {
    ++j;
  }
  std::size_t k = 0;
  if (part == MonthPart::kWhole && word(i) == "May" && word(j) == "Day") {
    return finish_day(m.value, 1, i, j + 1);  // "May Day clashes": the first of May
  }
  if (part == MonthPart::kWhole) {
    if (std::optional<int> day = day_number(j, k)) {
      // "September 27-29", "Nov. 21-23": a run of days in one month
      if (is_range_dash(k) && joined(k) && joined(k + 1)) {
        std::size_t last_next = 0;
        if (std::optional<int> last = day_number(k + 1, last_next); last && *last > *day) {
          std::optional<Parsed> out = finish_day(m.value, *last, i, last_next);
          if (out && out->span) {
            out->span->from.day = *day;  // finish_day read one day: from is the last
          }
          return out;
        }
      }
      return finish_day(m.value, *day, i, k);
    }
  }
  // "March 2019", and with "of": "in November of 2007", "late March of 2019"
  const std::size_t y = is_word(j, "of") ? j + 1 : j;
  if (std::optional<int> year = year_number(y)) {
    return Parsed{y + 1, DateMentionKind::kAbsolute,
                  date_periods::month_span(*year, m.value, part)};
  }
  // "in May of last year", "March of this year", "in December last year": of the year named
  // relative to the published date (a mention without a span when there is none)
  if (const std::optional<int> step = relative_year(y)) {
    Parsed out{y + 2, DateMentionKind::kAbsolute, std::nullopt};
    if (published_) {
      out.span = date_periods::month_span(published_->year + *step, m.value, part);
    }
    return out;
  }
  // The month alone: "in March", "since December", "February was the deadliest month".
  const bool context = has_date_context(i);
  if ((m.abbreviated && !dotted) || ((m.ambiguous || m.abbreviated) && !context) ||
      (!context && is_capitalised(word(j)))) {
    return std::nullopt;
  }
  Parsed out{j, DateMentionKind::kAbsolute, std::nullopt};
  if (published_) {
    // "will be held in March": a plan looks ahead to the next one; so does a deadline in a
    // month still to come this year ("180,000 deaths by October" in June)
    const bool deadline = i > 0 && is_word(i - 1, "by") && m.value > published_->month;
    out.span = looks_ahead(i) || deadline
                   ? date_periods::month_ahead(m.value, part, *published_)
                   : date_periods::month_before(m.value, part, *published_);
  }
  return out;
}

std::optional<Parsed>
Scanner::finish_day(int month, int day, std::size_t first, std::size_t next) const {
  const std::size_t y = is_punct(next, ',') ? next + 1 : next;
  if (std::optional<int> year = year_number(y)) {
    if (!is_valid_date(*year, month, day)) {
      return std::nullopt;
    }
    CivilDate date{*year, month, day};
    return Parsed{y + 1, DateMentionKind::kAbsolute, DateSpan{date, date}};
  }
  // "on Dec. 5 last year", "March 3 of this year": a day of the year named relative to the
  // published date
  const std::size_t of = is_word(y, "of") ? y + 1 : y;
  if (const std::optional<int> step = relative_year(of)) {
    Parsed out{of + 2, DateMentionKind::kAbsolute, std::nullopt};
    if (published_ && is_valid_date(published_->year + *step, month, day)) {
      const CivilDate date{published_->year + *step, month, day};
      out.span = DateSpan{date, date};
    }
    return out;
  }
  Parsed out{next, DateMentionKind::kAbsolute, std::nullopt};
  if (published_) {
    // a plan or a deadline looks ahead to the coming day, as a month does ("scheduled for
    // June 8", "by Aug. 4" in April), not to the one a year back
    // (past "at least": "until at least June 8")
    const std::size_t b = first >= 2 && is_word(first - 1, "least") && is_word(first - 2, "at")
                              ? first - 2
                              : first;
    const bool deadline =
        b > 0 && in_list(word(b - 1), {"by", "until"}) && month > published_->month;
    const std::optional<CivilDate> date = looks_ahead(first) || deadline
                                              ? date_periods::day_ahead(month, day, *published_)
                                              : date_periods::day_near(month, day, *published_);
    if (date) {
      out.span = DateSpan{*date, *date};
    }
  }
  return out;
}

std::optional<Parsed>
Scanner::parse_relative(std::size_t i) const {
  std::size_t j = i;
  if (in_list(word(j), {"earlier", "later"}) && is_word(j + 1, "this")) {
    ++j;
  } else if (is_word(j, "so") && is_word(j + 1, "far") && is_word(j + 2, "this")) {
    j += 2;
  }
  const bool later = is_word(i, "later");
  std::optional<DateSpan> span;
  std::size_t next = j + 2;
  const CivilDate p = published_.value_or(kNoPublished);
  const CivilDate monday = monday_;
  std::string_view w = word(j);
  std::string_view unit = word(j + 1);
  if (in_list(w, {"today", "tonight", "yesterday", "tomorrow"})) {
    // "USA Today", "the Today programme": a title, not a day.
    if (is_capitalised(w) && j > 0 && tok(j - 1).type == TokenType::kWord) {
      return std::nullopt;
    }
    long offset = is_word(j, "yesterday") ? -1 : is_word(j, "tomorrow") ? 1 : 0;
    span = DateSpan{p.plus_days(offset), p.plus_days(offset)};
    next = j + 1;
  } else if (is_word(j, "last") && is_word(j + 1, "night")) {
    span = DateSpan{p.plus_days(-1), p.plus_days(-1)};
  } else if (is_word(j, "this") && in_list(unit, {"morning", "afternoon", "evening"})) {
    span = DateSpan{p, p};
  } else if (in_list(w, {"over", "at", "during"}) && is_word(j + 1, "the") &&
             is_word(j + 2, "weekend")) {
    const CivilDate sat = p.weekday() >= 5 ? monday.plus_days(5) : monday.plus_days(-2);
    span = DateSpan{sat, sat.plus_days(1)};
    next = j + 3;
  } else if (const auto relative = relative_step(j);
             relative && in_list(unit, {"week", "month", "year", "weekend"}) &&
             !is_word(j + 2, "of")) {
    const int step = *relative;
    if (iequals(unit, "week")) {
      const CivilDate start = monday.plus_days(7 * step);
      span = DateSpan{start, step == 0 ? p : start.plus_days(6)};
    } else if (iequals(unit, "weekend")) {
      // "this weekend" on a Monday or a Tuesday is the one just ended, unless a plan looks
      // ahead ("will march this weekend"); later in the week, the coming one
      const int week =
          step == 0 && (p.weekday() == 0 || (p.weekday() == 1 && !looks_ahead(j))) ? -1 : step;
      const CivilDate sat = monday.plus_days(7 * week + 5);
      span = DateSpan{sat, sat.plus_days(1)};
      if (step == 0) {
        // so far this weekend: up to the article; a coming weekend whole
        span = DateSpan{sat, sat <= p ? std::min(p, sat.plus_days(1)) : sat.plus_days(1)};
      }
    } else if (iequals(unit, "month")) {
      const CivilDate first = date_periods::add_months(CivilDate{p.year, p.month, 1}, step);
      span = date_periods::month_span(first.year, first.month, MonthPart::kWhole);
    } else {
      span = date_periods::year_span(p.year + step);
    }
    if (step == 0 && !iequals(unit, "weekend")) {
      // "this month", "earlier this year": up to the article; "later this month": from it.
      span = later ? DateSpan{p, span->to} : DateSpan{span->from, p};
    }
  } else {
    return std::nullopt;
  }
  Parsed out{next, DateMentionKind::kRelative, std::nullopt};
  if (published_) {
    out.span = span;
  }
  return out;
}

std::optional<Parsed>
Scanner::parse_ago(std::size_t i) const {
  long count = 0;
  if (is_number(i) && tok(i).text.size() <= 3) {
    count = tok(i).value;
  } else {
    count = date_words::small_number_word(word(i));
  }
  std::string_view unit = word(i + 1);
  if (!unit.empty() && (unit.back() == 's' || unit.back() == 'S')) {
    unit.remove_suffix(1);
  }
  if (count <= 0 || !is_word(i + 2, "ago") ||
      !in_list(unit, {"hour", "day", "week", "month", "year"})) {
    return std::nullopt;
  }
  Parsed out{i + 3, DateMentionKind::kRelative, std::nullopt};
  if (published_) {
    const CivilDate p = *published_;
    const int n = static_cast<int>(count);
    if (iequals(unit, "hour") || iequals(unit, "day") || iequals(unit, "week")) {
      const long days = iequals(unit, "hour")  ? count / 24
                        : iequals(unit, "day") ? count
                                               : 7 * count;
      out.span = DateSpan{p.plus_days(-days), p.plus_days(-days)};
    } else if (iequals(unit, "month")) {
      const CivilDate then = date_periods::add_months(p, -n);
      out.span = date_periods::month_span(then.year, then.month, MonthPart::kWhole);
    } else {
      out.span = date_periods::year_span(p.year - n);
    }
  }
  return out;
}

}  // namespace tally::date_scan
