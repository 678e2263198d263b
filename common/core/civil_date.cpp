#include "common/core/civil_date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace tally {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;

bool
is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

std::optional<int>
to_int(std::string_view s) {
  int v = 0;
  if (s.empty()) {
    return std::nullopt;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || ptr != s.data() + s.size()) {
    return std::nullopt;
  }
  return v;
}

std::optional<CivilDate>
checked(int y, int m, int d) {
  if (y < kMinYear || y > kMaxYear || !is_valid_date(y, m, d)) {
    return std::nullopt;
  }
  return CivilDate{y, m, d};
}

}  // namespace

int
days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year)) {
    return 29;
  }
  return kDays.at(static_cast<std::size_t>(month - 1));
}

bool
is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string
DateSpan::iso() const {
  if (is_day()) {
    return from.iso();
  }
  std::string out = from.iso();
  out += "..";
  out += to.iso();
  return out;
}

std::string
CivilDate::iso() const {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d", year, month, day);
  return buf.data();
}

std::string
CivilDate::compact() const {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d%02d%02d", year, month, day);
  return buf.data();
}

// Howard Hinnant's days_from_civil / civil_from_days.
long
CivilDate::days_since_epoch() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate
CivilDate::from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int
CivilDate::weekday() const {
  const long d = days_since_epoch();  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::optional<CivilDate>
parse_published_date(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) {
    t.remove_prefix(1);
  }
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) {
    t.remove_suffix(1);
  }
  // ISO date, optionally followed by a time.
  if (t.size() >= 10 && t[4] == '-' && t[7] == '-') {
    auto y = to_int(t.substr(0, 4));
    auto m = to_int(t.substr(5, 2));
    auto d = to_int(t.substr(8, 2));
    if (y && m && d && (t.size() == 10 || t[10] == 'T' || t[10] == ' ')) {
      return checked(*y, *m, *d);
    }
    return std::nullopt;
  }
  if (t.size() == 8 && t.find_first_not_of("0123456789") == std::string_view::npos) {
    auto y = to_int(t.substr(0, 4));
    auto m = to_int(t.substr(4, 2));
    auto d = to_int(t.substr(6, 2));
    if (y && m && d) {
      return checked(*y, *m, *d);
    }
    return std::nullopt;
  }
  // US month/day/year, as American feeds write it.
  const auto s1 = t.find('/');
  const auto s2 = s1 == std::string_view::npos ? s1 : t.find('/', s1 + 1);
  if (s2 != std::string_view::npos) {
    auto m = to_int(t.substr(0, s1));
    auto d = to_int(t.substr(s1 + 1, s2 - s1 - 1));
    auto y = to_int(t.substr(s2 + 1));
    if (m && d && y) {
      const auto year_digits = t.size() - s2 - 1;
      int year = *y;
      if (year_digits == 2) {
        year += year < 70 ? 2000 : 1900;
      } else if (year_digits != 4) {
        return std::nullopt;
      }
      return checked(year, *m, *d);
    }
  }
  return std::nullopt;
}

}  // namespace tally
