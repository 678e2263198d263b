#include "common/analysis/date_scanner.hpp"

#include "common/analysis/lexicon.hpp"
#include "common/core/strings.hpp"

#include <utility>

namespace tally::date_scan {

bool
in_list(std::string_view word, std::initializer_list<std::string_view> list) {
  for (auto w : list) {
    if (iequals(w, word)) {
      return true;
    }
  }
  return false;
}

namespace {

// A word before a bare month or year that makes it a date: "in", "since", "early", "by", ...
bool
is_context_word(std::string_view word) {
  return in_list(word, {"in",     "since", "until", "till",   "by",    "from",    "during",
                        "of",     "early", "late",  "mid",    "before", "after",  "through",
                        "throughout", "between", "around", "last", "next", "this", "circa"});
}

}  // namespace

std::vector<DateMention>
Scanner::run() {
  std::vector<DateMention> out;
  std::size_t i = 0;
  while (i < tokens_.size()) {
    std::optional<Parsed> p = parse_top(i);
    if (!p) {
      ++i;
      continue;
    }
    if (p->span) {
      extend_to_range(i, *p);
      out.push_back({tokens_[i].begin, tokens_[p->next - 1].end, p->kind, *p->span});
      if (p->kind != DateMentionKind::kPrevious) {
        note_period(*p->span);
      }
    }
    last_end_ = p->next;
    i = p->next;
  }
  return out;
}

void
Scanner::extend_to_range(std::size_t i, Parsed& p) const {
  const int first_weekday = date_words::weekday_word(word(i)).value;
  if (i == 0 || (p.kind != DateMentionKind::kAbsolute && first_weekday < 0)) {
    return;
  }
  const bool between = is_word(i - 1, "between");
  if (!between && !is_word(i - 1, "from")) {
    return;
  }
  const std::size_t link = p.next;
  const bool linked = between ? is_word(link, "and")
                              : in_list(word(link), {"to", "through", "until", "till"}) ||
                                    is_range_dash(link);
  if (!linked) {
    return;
  }
  // "postponed its primary from March 24 to April 19": a day moved to another, not a run (in
  // the same sentence: not "The game was delayed. From March 1 to March 5, ...")
  for (std::size_t k = i - 1; k > 0 && k + 6 > i; --k) {
    if (is_punct(k - 1, '.') || is_punct(k - 1, ';')) {
      break;
    }
    const std::string_view w = word(k - 1);
    for (std::string_view stem : {"postpon", "delay", "move", "moving", "push", "resched",
                                  "extend", "shift", "chang", "bump", "advanc"}) {
      if (iequals(w.substr(0, stem.size()), stem)) {
        return;
      }
    }
  }
  if (!p.span->is_day()) {
    extend_period_to_range(p);
    return;
  }
  // "from Monday to Friday", "between Tuesday and Thursday": the days up to the last one, as
  // it resolves
  if (first_weekday >= 0 && p.next == i + 1) {
    const int last_weekday = date_words::weekday_word(word(link + 1)).value;
    const std::optional<Parsed> last =
        last_weekday >= 0 ? parse_at(link + 1) : std::optional<Parsed>{};
    if (last && last->span && last->span->is_day() && last_weekday != first_weekday &&
        last->next == link + 2) {
      const CivilDate end = last->span->to;
      p.span = DateSpan{end.plus_days(-((last_weekday - first_weekday + 7) % 7)), end};
      p.next = last->next;
    }
    return;
  }
  const CivilDate first = p.span->from;
  std::optional<Parsed> second = parse_at(link + 1);
  if (!second || !second->span || second->kind != DateMentionKind::kAbsolute ||
      !second->span->is_day()) {
    // "from Oct. 20 to 26": a bare day of the same month
    std::size_t next = 0;
    const std::optional<int> day = day_number(link + 1, next);
    if (!day || *day <= first.day || !is_valid_date(first.year, first.month, *day)) {
      return;
    }
    const CivilDate last{first.year, first.month, *day};
    second = Parsed{next, DateMentionKind::kAbsolute, DateSpan{last, last}};
  }
  if (second->span->to < first) {
    return;
  }
  p.span = DateSpan{first, second->span->to};
  p.next = second->next;
}

void
Scanner::extend_period_to_range(Parsed& p) const {
  const std::size_t link = p.next;
  const DateSpan first = *p.span;
  const int year = first.from.year;
  const int month = first.from.month;
  if (first == date_periods::year_span(year)) {
    // "from 1926 to 1969", "between 1998 and 2011"
    const std::optional<int> last = year_number(link + 1);
    if (last && *last > year) {
      p.span = DateSpan{first.from, date_periods::year_span(*last).to};
      p.next = link + 2;
    }
    return;
  }
  if (first != date_periods::month_span(year, month, MonthPart::kWhole)) {
    return;
  }
  // "from January to March", "between July and September 2019": the second month, in the
  // first one's year or the next, or in the year written after it (then both are in it,
  // unless the first has its own: "from July 2018 to September 2019")
  const date_words::NameWord m = date_words::month_word(word(link + 1));
  if (m.value < 0 || m.abbreviated || m.value == month) {
    return;
  }
  std::size_t next = link + 2;
  int start_year = year;
  int end_year = m.value > month ? start_year : start_year + 1;
  if (const std::optional<int> written = year_number(next)) {
    end_year = *written;
    if (!year_number(link - 1)) {
      start_year = m.value > month ? end_year : end_year - 1;
    }
    ++next;
  }
  p.span = DateSpan{date_periods::month_span(start_year, month, MonthPart::kWhole).from,
                    date_periods::month_span(end_year, m.value, MonthPart::kWhole).to};
  p.next = next;
}

std::optional<Parsed>
Scanner::parse_top(std::size_t i) {
  if (tok(i).type == TokenType::kWord && !date_words::may_lead_date(tok(i).text)) {
    return std::nullopt;  // most words: nothing can start here
  }
  if (is_word(i, "since")) {
    return parse_since(i);
  }
  if (auto p = parse_previous(i)) {
    return p;
  }
  if (auto p = parse_past(i)) {
    return p;
  }
  return parse_at(i);
}

void
Scanner::note_period(const DateSpan& span) {
  if (span.from.plus_days(6) == span.to) {
    last_week_ = span;
  } else if (span == date_periods::month_span(span.from.year, span.from.month,
                                              MonthPart::kWhole)) {
    last_month_ = span;
  } else if (span == date_periods::year_span(span.from.year)) {
    last_year_ = span;
  }
}

std::size_t
Scanner::past_period_lead(std::size_t i) const {
  return in_list(word(i), {"in", "over", "during", "for", "within"}) ? i + 1 : i;
}

std::optional<Parsed>
Scanner::parse_previous(std::size_t i) const {
  // ("for the previous week", "during the prior month")
  const std::size_t j = past_period_lead(i);
  if (!is_word(j, "the") || !in_list(word(j + 1), {"previous", "prior"}) ||
      is_word(j + 3, "of")) {
    return std::nullopt;
  }
  const std::string_view unit = word(j + 2);
  const bool week = iequals(unit, "week");
  if (!week && !iequals(unit, "month") && !iequals(unit, "year")) {
    return std::nullopt;
  }
  Parsed out{j + 3, DateMentionKind::kPrevious, std::nullopt};
  // (out of range, is_word reads nothing)
  const bool base = is_word(j - 1, "from") || is_word(j - 1, "than") ||
                    (is_word(j - 1, "in") && is_word(j - 2, "than"));
  if (!published_ || base) {
    return out;
  }
  const CivilDate p = *published_;
  if (week) {
    const CivilDate from = last_week_ ? last_week_->from.plus_days(-7) : monday_.plus_days(-14);
    out.span = DateSpan{from, from.plus_days(6)};
  } else if (iequals(unit, "month")) {
    const CivilDate m = last_month_ ? date_periods::add_months(last_month_->from, -1)
                                    : date_periods::add_months(p, -2);
    out.span = date_periods::month_span(m.year, m.month, MonthPart::kWhole);
  } else {
    out.span = date_periods::year_span((last_year_ ? last_year_->from.year : p.year) - 1);
  }
  return out;
}

std::optional<Parsed>
Scanner::parse_at(std::size_t i) const {
  if (!at(i)) {
    return std::nullopt;
  }
  if (tok(i).type == TokenType::kNumber) {
    if (auto p = parse_numeric(i)) {
      return p;
    }
    if (auto p = parse_day_first(i)) {
      return p;
    }
    if (auto p = parse_lone_year(i)) {
      return p;
    }
    if (auto p = parse_decade(i)) {
      return p;
    }
    return parse_ago(i);
  }
  if (tok(i).type != TokenType::kWord || !date_words::may_lead_date(tok(i).text)) {
    return std::nullopt;
  }
  // "the week ending May 30", "the week ended June 25": the seven days up to it; "the week of
  // March 27": its Monday to Sunday
  if (is_word(i, "the") && is_word(i + 1, "week") &&
      in_list(word(i + 2), {"ending", "ended", "of"})) {
    if (auto inner = parse_at(i + 3); inner && inner->span && inner->span->is_day()) {
      const CivilDate d = inner->span->from;
      const CivilDate monday = date_periods::week_start(d);
      inner->span = is_word(i + 2, "of") ? DateSpan{monday, monday.plus_days(6)}
                                         : DateSpan{d.plus_days(-6), d};
      return inner;
    }
  }
  if (auto p = parse_fiscal(i)) {
    return p;
  }
  if (auto p = parse_holiday(i)) {
    return p;
  }
  if (auto p = parse_season(i)) {
    return p;
  }
  if (auto p = parse_weekday(i)) {
    return p;
  }
  if (auto p = parse_month_phrase(i)) {
    return p;
  }
  if (auto p = parse_relative(i)) {
    return p;
  }
  return parse_ago(i);
}

std::optional<Parsed>
Scanner::parse_since(std::size_t i) const {
  std::size_t j = i + 1;
  if (is_word(j, "the") && in_list(word(j + 1), {"start", "beginning"}) && is_word(j + 2, "of") &&
      in_list(word(j + 3), {"the", "this"}) && in_list(word(j + 4), {"year", "month", "week"})) {
    std::optional<DateSpan> span;
    if (published_) {
      const CivilDate p = *published_;
      CivilDate from = is_word(j + 4, "year")    ? CivilDate{p.year, 1, 1}
                       : is_word(j + 4, "month") ? CivilDate{p.year, p.month, 1}
                                                 : date_periods::week_start(p);
      span = DateSpan{from, p};
    }
    return Parsed{j + 5, DateMentionKind::kSince, span};
  }
  std::optional<Parsed> inner = parse_at(j);
  // "since fires broke out on Sunday", "since the first death recorded on Feb. 29": a short
  // clause whose date starts the period (not across the punctuation that ends "ever since, and
  // was struck again Nov. 13")
  const bool clause =
      at(j) && !in_list(tok(j).text, {",", ".", ";", ":", "-", ")", "?", "!",
                                      "\xE2\x80\x94", "\xE2\x80\x93"});  // dashes
  for (std::size_t k = j + 1;
       clause && !inner && k <= j + 6 && at(k) && tok(k).type != TokenType::kPunct; ++k) {
    inner = parse_at(k);
  }
  if (!inner) {
    return std::nullopt;
  }
  inner->kind = DateMentionKind::kSince;
  if (!published_ || !inner->span || inner->span->from > *published_) {
    inner->span.reset();
  } else {
    inner->span = DateSpan{inner->span->from, *published_};
  }
  return inner;
}

std::optional<Parsed>
Scanner::parse_past(std::size_t i) const {
  std::size_t j = past_period_lead(i);
  if (!is_word(j, "the") || !in_list(word(j + 1), {"past", "last", "previous"})) {
    return std::nullopt;
  }
  j += 2;
  long count = 1;
  if (is_number(j) && tok(j).value > 0 && tok(j).value <= 1000) {
    count = tok(j).value;
    ++j;
  } else if (int n = date_words::small_number_word(word(j)); n > 0 && !is_word(j, "a")) {
    count = n;
    ++j;
  }
  std::string_view unit = word(j);
  if (!unit.empty() && (unit.back() == 's' || unit.back() == 'S')) {
    unit.remove_suffix(1);
  }
  if (!in_list(unit, {"hour", "day", "week", "month", "year", "decade"}) || is_word(j + 1, "of")) {
    return std::nullopt;
  }
  Parsed out{j + 1, DateMentionKind::kSince, std::nullopt};
  if (published_) {
    const CivilDate p = *published_;
    const int n = static_cast<int>(count);
    CivilDate from = iequals(unit, "hour")    ? p.plus_days(-((count + 23) / 24))
                     : iequals(unit, "day")   ? p.plus_days(-count)
                     : iequals(unit, "week")  ? p.plus_days(-7 * count)
                     : iequals(unit, "month") ? date_periods::add_months(p, -n)
                     : iequals(unit, "year")  ? date_periods::add_months(p, -12 * n)
                                              : date_periods::add_months(p, -120 * n);
    out.span = DateSpan{from, p};
  }
  return out;
}

std::optional<Parsed>
Scanner::parse_fiscal(std::size_t i) const {
  std::size_t j = i + 1;
  if (is_word(i, "fiscal") && is_word(j, "year")) {
    ++j;
  } else if (!is_word(i, "fiscal") && word(i) != "FY") {
    return std::nullopt;
  }
  const std::optional<int> year = year_number(j);
  // ("fiscal 2018-19" is a year of another calendar: a state's, a country's)
  if (!year || ((is_punct(j + 1, '-') || is_punct(j + 1, '/')) && joined(j + 1))) {
    return std::nullopt;
  }
  // "the FY2017 budget", "a bill for fiscal 2014": the year a budget is for, not a date of
  // what happened
  if ((i > 0 && is_word(i - 1, "for")) ||
      in_list(word(j + 1), {"budget", "budgets", "bill", "bills", "request", "spending",
                            "appropriations", "funding", "plan", "proposal"})) {
    return Parsed{j + 1, DateMentionKind::kAbsolute, std::nullopt};
  }
  return Parsed{j + 1, DateMentionKind::kAbsolute, date_periods::fiscal_year_span(*year)};
}

std::optional<Parsed>
Scanner::parse_numeric(std::size_t i) const {
  for (char sep : {'-', '/'}) {
    if (!(is_punct(i + 1, sep) && is_punct(i + 3, sep) && is_number(i + 2) && is_number(i + 4) &&
          joined(i + 1) && joined(i + 2) && joined(i + 3) && joined(i + 4))) {
      continue;
    }
    const long a = tok(i).value, b = tok(i + 2).value, c = tok(i + 4).value;
    long y = 0, m = 0, d = 0;
    if (sep == '-' && tok(i).text.size() == 4) {
      y = a, m = b, d = c;
    } else if (sep == '/' && tok(i + 4).text.size() == 4) {
      y = c, m = a, d = b;
    } else if (sep == '/' && tok(i + 4).text.size() == 2) {
      y = c < 50 ? 2000 + c : 1900 + c, m = a, d = b;
    } else {
      continue;
    }
    if (sep == '/' && m > 12 && d <= 12) {
      std::swap(m, d);  // 14/3/2019: day first
    }
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) {
      continue;
    }
    const int yi = static_cast<int>(y), mi = static_cast<int>(m), di = static_cast<int>(d);
    if (is_valid_date(yi, mi, di)) {
      CivilDate day{yi, mi, di};
      return Parsed{i + 5, DateMentionKind::kAbsolute, DateSpan{day, day}};
    }
  }
  return std::nullopt;
}

std::optional<Parsed>
Scanner::parse_day_first(std::size_t i) const {
  std::size_t j = 0;
  std::optional<int> day = day_number(i, j);
  if (!day || continues_number_before(i)) {
    return std::nullopt;
  }
  if (is_word(j, "of")) {
    ++j;
  }
  date_words::NameWord m = date_words::month_word(word(j));
  if (m.value < 0) {
    return std::nullopt;
  }
  std::size_t k = j + 1;
  if (m.abbreviated && is_punct(k, '.') && joined(k)) {
    ++k;
  }
  return finish_day(m.value, *day, i, k);
}

std::optional<Parsed>
Scanner::parse_lone_year(std::size_t i) const {
  std::optional<int> year = year_number(i);
  if (!year) {
    return std::nullopt;
  }
  if (in_list(word(i + 1), {"fiscal", "budget"}) && is_word(i + 2, "year")) {
    // "the 2018 fiscal year", "the 2013 budget year"
    return Parsed{i + 3, DateMentionKind::kAbsolute, date_periods::fiscal_year_span(*year)};
  }
  // "the 1999 murders of three people", "the 2012 Sandy Hook shooting that killed 26", "its
  // 2010 shelling of a South Korean island": a year that dates the event or incident named
  // after it
  if (!has_date_context(i) &&
      !(i > 0 && (is_word(i - 1, "the") || is_possessive_determiner(ascii_lower(word(i - 1)))) &&
        names_event_after(i))) {
    return std::nullopt;
  }
  return Parsed{i + 1, DateMentionKind::kAbsolute, date_periods::year_span(*year)};
}

bool
Scanner::names_event_after(std::size_t i) const {
  // the event word within four words of the year, past the words of a name or a description:
  // "Sandy Hook", "terrorist", "car" (not a year joined to what follows, "2016-era"; not past
  // a date-context word such as "before" or "of", or a relative: "the 2016 report of attacks",
  // "the 2016 race that")
  constexpr std::size_t kReach = 4;
  if (joined(i + 1)) {
    return false;
  }
  for (std::size_t k = i + 1; k <= i + kReach && !word(k).empty() && !is_context_word(word(k)) &&
                              !in_list(word(k), {"that", "which", "who", "and", "or"});
       ++k) {
    const std::string lower = ascii_lower(word(k));
    if (!event_for_word(word(k)).empty() || !incident_name(lower).empty() ||
        is_generic_incident(lower)) {
      return true;
    }
  }
  return false;
}

bool
Scanner::looks_ahead(std::size_t i) const {
  for (std::size_t b = i; b > 0 && b + 7 > i; --b) {
    if (is_punct(b - 1, '.') || is_punct(b - 1, ';')) {
      return false;
    }
    if (in_list(word(b - 1), {"will", "scheduled", "slated", "upcoming"}) ||
        (is_word(b - 1, "plans") && is_word(b, "to"))) {  // not "signed up for plans in May"
      return true;
    }
    // "expected" and "planned" look ahead as verbs ("is expected to", "planned for"), not as
    // adjectives ("planned job cuts announced in December", "a lower-than-expected 157,000")
    if (in_list(word(b - 1), {"planned", "expected"}) &&
        (b == i || in_list(word(b), {"to", "for", "in", "on", "at", "by"}))) {
      return true;
    }
  }
  return false;
}

bool
Scanner::has_date_context(std::size_t i) const {
  if (i == 0) {
    return false;
  }
  std::size_t k = i - 1;
  if (is_punct(k, '-') && joined(i) && k > 0) {
    --k;
  }
  if (is_context_word(word(k))) {
    return true;
  }
  // "in January and March", "in 2011 and 2016", a refused run ("postponed from 2020 to
  // 2021"): joined to the expression just read.
  return k > 0 && last_end_ == k && in_list(word(k), {"and", "or", "to", "through", "until"});
}

bool
Scanner::continues_number_before(std::size_t i) const {
  return i >= 2 && joined(i) && (is_punct(i - 1, ',') || is_punct(i - 1, '.')) && joined(i - 1) &&
         is_number(i - 2);
}

bool
Scanner::continues_number_after(std::size_t i) const {
  if (is_punct(i + 1, '%') && joined(i + 1)) {
    return true;
  }
  return (is_punct(i + 1, ',') || is_punct(i + 1, '.') || is_punct(i + 1, ':')) && joined(i + 1) &&
         is_number(i + 2) && joined(i + 2);
}

std::optional<int>
Scanner::day_number(std::size_t i, std::size_t& next) const {
  if (!is_number(i) || tok(i).text.size() > 2 || tok(i).value < 1 || tok(i).value > 31 ||
      continues_number_after(i)) {
    return std::nullopt;
  }
  next = i + 1;
  if (joined(next) && in_list(word(next), {"st", "nd", "rd", "th"})) {
    ++next;
  }
  return static_cast<int>(tok(i).value);
}

std::optional<int>
Scanner::year_number(std::size_t i) const {
  if (!is_number(i) || tok(i).text.size() != 4 || tok(i).value < 1800 || tok(i).value > 2200 ||
      continues_number_after(i) || continues_number_before(i) || is_decade(i) ||
      (i > 0 && joined(i) && (is_punct(i - 1, '$') || is_punct(i - 1, '#')))) {
    return std::nullopt;
  }
  return static_cast<int>(tok(i).value);
}

std::optional<DateSpan>
Scanner::decade_span(std::size_t i, MonthPart part, std::size_t& next) const {
  if (!is_number(i) || tok(i).text.size() != 4 || tok(i).value < 1500 || tok(i).value > 2190 ||
      tok(i).value % 10 != 0 || continues_number_before(i)) {
    return std::nullopt;
  }
  std::size_t s = i + 1;
  if (is_punct(s, '\'') && joined(s)) {
    ++s;  // "1990's"
  }
  if (!joined(s) || !iequals(word(s), "s")) {
    return std::nullopt;
  }
  next = s + 1;
  return date_periods::decade_span(static_cast<int>(tok(i).value), part);
}

std::optional<Parsed>
Scanner::parse_decade(std::size_t i) const {
  std::size_t next = 0;
  std::optional<DateSpan> span = decade_span(i, MonthPart::kWhole, next);
  if (!span ||
      !(has_date_context(i) || (i > 0 && is_word(i - 1, "the") && has_date_context(i - 1)))) {
    return std::nullopt;
  }
  return Parsed{next, DateMentionKind::kAbsolute, span};
}

}  // namespace tally::date_scan
