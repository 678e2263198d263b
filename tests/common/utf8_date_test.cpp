#include <catch2/catch.hpp>

#include "common/core/civil_date.hpp"
#include "common/core/utf8.hpp"

using tally::CivilDate;
using tally::DateSpan;

TEST_CASE("published dates parse in feed forms and reject impossible ones", "[date]") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      {"2020-02-28", "2020-02-28"},
      {"2020-02-28T10:00:00Z", "2020-02-28"},
      {" 2016-09-20 ", "2016-09-20"},
      {"20200227", "2020-02-27"},
      {"9/6/17", "2017-09-06"},
      {"12/22/16", "2016-12-22"},  // eight characters, yet not YYYYMMDD
      {"2/27/2020", "2020-02-27"},
      {"2020-02-30", "-"},
      {"0001-11-30", "-"},
      {"2020-13-01", "-"},
      {"yesterday", "-"},
      {"", "-"},
      {"2020-2-3", "-"},
  }));
  const auto d = tally::parse_published_date(text);
  CAPTURE(text);
  CHECK((d ? d->iso() : std::string("-")) == want);
}

TEST_CASE("civil date arithmetic round-trips and knows weekdays", "[date]") {
  const CivilDate d{2020, 2, 28};
  CHECK(d.weekday() == 4);  // a Friday
  CHECK(d.plus_days(1).iso() == "2020-02-29");
  CHECK(d.plus_days(2).iso() == "2020-03-01");
  CHECK(CivilDate::from_days(d.days_since_epoch()) == d);
  CHECK(CivilDate{1999, 12, 31}.plus_days(1).iso() == "2000-01-01");
  CHECK(d.compact() == "20200228");
  // a span's length in days, first to last: a day is 0, February 2020 is 28
  CHECK(DateSpan{d, d}.length_days() == 0);
  CHECK(DateSpan{CivilDate{2020, 2, 1}, CivilDate{2020, 2, 29}}.length_days() == 28);
  CHECK(DateSpan{CivilDate{2019, 12, 30}, CivilDate{2020, 1, 5}}.length_days() == 6);
}

TEST_CASE("broken UTF-8 is repaired with U+FFFD and counted", "[utf8]") {
  auto [bytes, want, replaced] = GENERATE(table<std::string, std::string, std::size_t>({
      {"plain", "plain", 0},
      {"caf\xc3\xa9", "caf\xc3\xa9", 0},
      {"bad \xff byte", "bad \xef\xbf\xbd byte", 1},
      {"cut \xe2\x80", "cut \xef\xbf\xbd", 1},
      {"overlong \xc0\xaf", "overlong \xef\xbf\xbd", 1},
      {"surrogate \xed\xa0\x80", "surrogate \xef\xbf\xbd", 1},
      {"\x80\x80 two strays", "\xef\xbf\xbd two strays", 1},
  }));
  const auto r = tally::repair_utf8(bytes);
  CHECK(r.text == want);
  CHECK(r.replaced == replaced);
  CHECK(tally::is_valid_utf8(r.text));
}

TEST_CASE("analysis normalisation folds Unicode spaces and quotes", "[utf8]") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      {"Turkey\xe2\x80\x99s", "Turkey's"},
      {"\xe2\x80\x9cquoted\xe2\x80\x9d", "\"quoted\""},
      {"in\xc2\xa0Syrian", "in Syrian"},
      {"wait\xe2\x80\xa6", "wait..."},
      {"soft\xc2\xadhyphen", "softhyphen"},
      {"BEIRUT \xe2\x80\x94 An", "BEIRUT \xe2\x80\x94 An"},
      {"a 2\xe2\x80\x93" "1 majority", "a 2-1 majority"},
      {"2012 \xe2\x80\x93 2016", "2012 \xe2\x80\x93 2016"},
      {"non\xe2\x80\x93" "Native voters", "non-Native voters"},
      {"the Trump\xe2\x80\x93" "Russia probe", "the Trump-Russia probe"},
      {"page 5\xe2\x80\x93" "all", "page 5\xe2\x80\x93" "all"},
      {"killed\xe2\x80\x93" "5", "killed\xe2\x80\x93" "5"},
      // between lower-case words, a dash set closed
      {"two areas\xe2\x80\x93" "the west", "two areas\xe2\x80\x93" "the west"},
      {"GOP senators\xe2\x80\x93" "Sens. Graham", "GOP senators\xe2\x80\x93" "Sens. Graham"},
  }));
  CHECK(tally::normalise_for_analysis(text) == want);
}

TEST_CASE("binary input is recognised", "[utf8]") {
  CHECK(tally::looks_binary(std::string("PK\x03\x04\0\0", 6)));
  CHECK_FALSE(tally::looks_binary("An ordinary line of text.\n"));
}
