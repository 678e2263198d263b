// Golden tests for find_dates: each row is a passage, its article's published date ("" for
// none), and every date mention found, as "kind:quote=resolved" joined by "; ".
#include "common/analysis/dates.hpp"
#include "common/analysis/date_words.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <tuple>

namespace {

std::string
describe(std::string_view text, const std::vector<tally::DateMention>& mentions) {
  std::string out;
  for (const auto& m : mentions) {
    if (!out.empty()) {
      out += "; ";
    }
    out += m.kind == tally::DateMentionKind::kAbsolute   ? "abs:"
           : m.kind == tally::DateMentionKind::kRelative ? "rel:"
           : m.kind == tally::DateMentionKind::kSince    ? "since:"
                                                         : "prev:";
    out += std::string(text.substr(m.begin, m.end - m.begin)) + "=" + m.span.from.iso();
    if (!m.span.is_day()) {
      out += ".." + m.span.to.iso();
    }
  }
  return out;
}

std::string
run(const std::string& text, const std::string& published) {
  std::optional<tally::CivilDate> date;
  if (!published.empty()) {
    date = tally::parse_published_date(published);
  }
  return describe(text, tally::find_dates(text, date));
}

}  // namespace

TEST_CASE("weekdays resolve to the latest such day on or before publication", "[dates]") {
  // 2020-02-28 is a Friday.
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Turkish troops were killed late Thursday", "2020-02-28", "rel:late Thursday=2020-02-27"},
      {"Three soldiers were killed earlier Thursday.", "2020-02-28",
       "rel:earlier Thursday=2020-02-27"},
      {"On Friday, officials said the border was open", "2020-02-28", "rel:Friday=2020-02-28"},
      {"in the early hours of Friday", "2020-02-28", "rel:Friday=2020-02-28"},
      {"An airstrike Thursday night killed 29", "2020-02-28", "rel:Thursday night=2020-02-27"},
      {"Fighting resumed Monday", "2020-02-28", "rel:Monday=2020-02-24"},
      {"The company said early Friday it would cut jobs", "2020-02-28",
       "rel:early Friday=2020-02-28"},
      {"Markets fell last Friday", "2020-02-28", "rel:last Friday=2020-02-21"},
      {"The Lakers beat the Celtics 110-102 on Sunday", "2021-03-15", "rel:Sunday=2021-03-14"},
      {"Police said the shooting happened at about 10:30 p.m. Saturday", "2021-06-07",
       "rel:Saturday=2021-06-05"},
      {"The summit opens on Thu. in Brussels", "2020-02-28", "rel:Thu.=2020-02-27"},
      {"Thursday, Feb. 27, 2020", "2020-02-28", "abs:Thursday, Feb. 27, 2020=2020-02-27"},
      {"Thursday", "", ""},
      // a plan looks ahead: the next such day
      {"He plans to address the country on Wednesday", "2020-01-07", "rel:Wednesday=2020-01-08"},
      {"The panel will meet Friday", "2020-02-28", "rel:Friday=2020-02-28"},
      {"The panel will meet Monday", "2020-02-28", "rel:Monday=2020-03-02"},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("absolute dates, with and without a year", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The attack came on Feb. 27, 2020, in Idlib", "2020-02-28", "abs:Feb. 27, 2020=2020-02-27"},
      {"February 27, 2020", "", "abs:February 27, 2020=2020-02-27"},
      {"It was signed on 27 February 2020 in Doha", "", "abs:27 February 2020=2020-02-27"},
      {"By 27 February the toll had risen", "2020-02-28", "abs:27 February=2020-02-27"},
      {"on the 27th of February", "2020-03-02", "abs:27th of February=2020-02-27"},
      {"The polls closed Feb 27 at 8pm", "2020-02-28", "abs:Feb 27=2020-02-27"},
      {"He was arrested on January 14", "2020-02-28", "abs:January 14=2020-01-14"},
      {"He was arrested on January 14", "", ""},
      {"a report dated 2020-02-27", "", "abs:2020-02-27=2020-02-27"},
      {"The shooting on 3/14/2019 left two dead", "", "abs:3/14/2019=2019-03-14"},
      {"Voters go to the polls on Nov. 3", "2020-10-30", "abs:Nov. 3=2020-11-03"},
      {"The fire broke out on Dec. 30", "2021-01-04", "abs:Dec. 30=2020-12-30"},
      {"The deadline is Jan. 2", "2020-12-30", "abs:Jan. 2=2021-01-02"},
      // up to a month ahead is this year's day; further ahead, last year's
      {"On December 28, benefits will expire", "2013-12-08", "abs:December 28=2013-12-28"},
      {"The hearing on March 1 was delayed", "2020-02-05", "abs:March 1=2020-03-01"},
      {"The plant opened on March 20", "2020-02-05", "abs:March 20=2019-03-20"},
      {"in March 2019", "", "abs:March 2019=2019-03-01..2019-03-31"},
      {"Prices peaked in mid-February", "2020-03-10", "abs:mid-February=2020-02-11..2020-02-20"},
      {"between January and March", "2020-06-01", "abs:January and March=2020-01-01..2020-03-31"},
      {"in January and March", "2020-06-01",
       "abs:January=2020-01-01..2020-01-31; abs:March=2020-03-01..2020-03-31"},
      {"The party won the vote in May", "2019-06-10", "abs:May=2019-05-01..2019-05-31"},
      {"Sales fell last December", "2020-02-28", "abs:last December=2019-12-01..2019-12-31"},
      // a deadline in a month still to come this year looks ahead
      {"a forecast of 180,000 deaths by October", "2020-06-24",
       "abs:October=2020-10-01..2020-10-31"},
      {"had fallen by March", "2020-06-24", "abs:March=2020-03-01..2020-03-31"},
      // so does a day, and one a plan names: the coming one, not the one a year back
      {"could take more than 74,000 lives by Aug. 4", "2020-04-28", "abs:Aug. 4=2020-08-04"},
      {"may need to wait until at least June 8", "2020-04-23", "abs:June 8=2020-06-08"},
      {"The vote is scheduled for Jan. 5", "2019-12-20", "abs:Jan. 5=2020-01-05"},
      {"had fallen by Aug. 4", "2020-09-28", "abs:Aug. 4=2020-08-04"},
      {"The plant closed on June 8", "2020-04-23", "abs:June 8=2019-06-08"},
      // a plan looks ahead to the next such month; an adjective of plan or forecast does not
      {"The seats will be up for grabs in November", "2018-06-24",
       "abs:November=2018-11-01..2018-11-30"},
      {"The council is scheduled to reconvene in early January", "2015-12-19",
       "abs:early January=2016-01-01..2016-01-10"},
      {"Planned job cuts announced in December fell", "2013-01-03",
       "abs:December=2012-12-01..2012-12-31"},
      {"Payrolls grew by a lower-than-expected 157,000 in July", "2018-08-03",
       "abs:July=2018-07-01..2018-07-31"},
      {"Many signed up for plans through the law in December", "2014-01-14",
       "abs:December=2013-12-01..2013-12-31"},
      // "of" before the year: the month of that year, or of the year named relative to the
      // published date ("last year", "this year", "next year"); each published date is one
      // where the month alone would resolve to another year
      {"Employment rose by 649,000 in November of 2007", "2012-10-05",
       "abs:November of 2007=2007-11-01..2007-11-30"},
      {"The strike began in late March of 2019", "2020-06-01",
       "abs:late March of 2019=2019-03-21..2019-03-31"},
      {"The meeting was disclosed in July of last year", "2018-09-14",
       "abs:July of last year=2017-07-01..2017-07-31"},
      {"The law takes effect in June of this year", "2015-05-20",
       "abs:June of this year=2015-06-01..2015-06-30"},
      {"The talks resume in May of next year", "2019-12-02",
       "abs:May of next year=2020-05-01..2020-05-31"},
      {"Since January of 2010, the system worked twice", "2017-09-23",
       "since:Since January of 2010=2010-01-01..2017-09-23"},
      // and without "of": "in December last year"; a day too, with or without "of"
      {"He was killed in December last year", "2019-05-11",
       "abs:December last year=2018-12-01..2018-12-31"},
      {"He was killed on Dec. 5 last year", "2019-12-20",
       "abs:Dec. 5 last year=2018-12-05"},
      {"The vote is on March 3 of next year", "2019-02-01",
       "abs:March 3 of next year=2020-03-03"},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("a bare year is a year, never a day or a count", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Turkey signed the deal in 2016", "", "abs:2016=2016-01-01..2016-12-31"},
      {"Revenue rose in the fourth quarter of 2019", "2020-02-28",
       "abs:2019=2019-01-01..2019-12-31"},
      {"by mid-2021", "", "abs:mid-2021=2021-01-01..2021-12-31"},
      // a decade or a century after a date-context word ("the" may stand between), or a third
      // of one; "2000s" is a decade; without context (an adjective) no date
      {"were killed in the 1990s", "", "abs:1990s=1990-01-01..1999-12-31"},
      {"Since the 1790s, the parties split", "2019-12-02",
       "since:Since the 1790s=1790-01-01..2019-12-02"},
      {"during the 1990's", "", "abs:1990's=1990-01-01..1999-12-31"},
      {"in the early 1990s", "", "abs:early 1990s=1990-01-01..1992-12-31"},
      {"since the mid-1980s", "2019-12-02", "since:since the mid-1980s=1983-01-01..2019-12-02"},
      {"in the late 1800s", "", "abs:late 1800s=1870-01-01..1899-12-31"},
      {"in the early 2000s", "", "abs:early 2000s=2000-01-01..2002-12-31"},
      {"a 1970s sitcom", "", ""},
      {"2016 people were killed", "2020-02-28", ""},
      {"killed 2,016 people in 1,999 attacks", "2020-02-28", ""},
      {"The budget was $2020 million", "2020-02-28", ""},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("a fiscal year is the US federal one, October to September", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"deported 256,085 in fiscal 2018", "", "abs:fiscal 2018=2017-10-01..2018-09-30"},
      {"arrests in fiscal year 2019 rose", "", "abs:fiscal year 2019=2018-10-01..2019-09-30"},
      {"In FY2017, 5,000 refugees", "", "abs:FY2017=2016-10-01..2017-09-30"},
      {"green cards in the 2018 fiscal year", "",
       "abs:2018 fiscal year=2017-10-01..2018-09-30"},
      {"During 2018 budget year, 162,060 claims", "",
       "abs:2018 budget year=2017-10-01..2018-09-30"},
      // the year a budget is for; another calendar's year
      {"the FY2017 budget will fund 200 agents", "", ""},
      {"voted 315 to 108 to pass the act for fiscal 2014", "", ""},
      {"the state's fiscal 2018-19 revenue", "", ""},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("May Day is the first of May", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"injured during May Day clashes", "2016-05-02", "abs:May Day=2016-05-01"},
      {"arrested in May", "2016-06-02", "abs:May=2016-05-01..2016-05-31"},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("holidays resolve to their day, seasons to their months", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      // fixed days, nth weekdays and Easter; this year's unless more than a month ahead
      {"killed on Christmas Day", "2020-03-05", "rel:Christmas Day=2019-12-25"},
      {"shot on New Year\xE2\x80\x99s Eve", "2018-01-02",
       "rel:New Year\xE2\x80\x99s Eve=2017-12-31"},
      {"killed on Thanksgiving", "2019-12-01", "rel:Thanksgiving=2019-11-28"},
      {"on Memorial Day", "2019-06-01", "rel:Memorial Day=2019-05-27"},
      {"on Labor Day", "2020-09-20", "rel:Labor Day=2020-09-07"},
      {"bombed on Easter Sunday", "2019-04-22", "rel:Easter Sunday=2019-04-21"},
      {"on Good Friday", "2016-03-30", "rel:Good Friday=2016-03-25"},
      {"on Independence Day", "2019-07-10", "rel:Independence Day=2019-07-04"},
      {"Black Friday sales rose 8%", "2019-12-02", "rel:Black Friday=2019-11-29"},
      // late in December, a January holiday is the coming one (as "Jan. 1" is)
      {"on New Year's Day", "2020-12-28", "rel:New Year's Day=2021-01-01"},
      // names are capitalised: "a good Friday" is a Friday
      {"It was a good Friday for stocks", "2020-03-05", "rel:Friday=2020-02-28"},
      // with a year; Election Day without one is the last even year's
      {"since Election Day 2016", "2018-06-01",
       "since:since Election Day 2016=2016-11-08..2018-06-01"},
      {"on Election Day", "2018-06-01", "rel:Election Day=2016-11-08"},
      // a holiday weekend: the days off around it
      {"over the Fourth of July weekend", "2020-07-06",
       "rel:Fourth of July weekend=2020-07-04..2020-07-05"},
      {"over Memorial Day weekend", "2019-06-01",
       "rel:Memorial Day weekend=2019-05-25..2019-05-27"},
      // Election Day with no year in an odd year after it: the last even year's
      {"on Election Day", "2017-11-20", "rel:Election Day=2016-11-08"},
      // a holiday weekend around a Sunday and a Wednesday holiday; one described by its owner
      {"over the Fourth of July weekend", "2021-07-06",
       "rel:Fourth of July weekend=2021-07-03..2021-07-05"},
      {"over the Fourth of July weekend", "2018-07-06",
       "rel:Fourth of July weekend=2018-06-30..2018-07-04"},
      {"spent their Memorial Day weekend at home", "2019-06-01",
       "rel:Memorial Day weekend=2019-05-25..2019-05-27"},
      // a bare name only capitalised after "on"; a holiday that describes a thing is no date
      {"killed on easter morning", "2019-04-22", ""},
      {"Christmas shoppers crowded the mall", "2019-12-20", ""},
      {"at a Fourth of July party", "2020-07-06", ""},
      // seasons: this, last, this past, next; the season of a year
      {"killed this summer", "2020-07-10", "rel:this summer=2020-06-01..2020-08-31"},
      {"killed last fall", "2020-03-05", "rel:last fall=2019-09-01..2019-11-30"},
      {"this past winter", "2020-03-05", "rel:this past winter=2019-12-01..2020-02-29"},
      {"last summer", "2020-07-10", "rel:last summer=2019-06-01..2019-08-31"},
      {"this summer", "2019-10-10", "rel:this summer=2019-06-01..2019-08-31"},
      {"this winter", "2020-03-20", "rel:this winter=2019-12-01..2020-02-29"},
      {"this winter", "2019-10-10", "rel:this winter=2019-12-01..2020-02-29"},
      {"next spring", "2020-03-05", "rel:next spring=2021-03-01..2021-05-31"},
      {"in the summer of 1980", "2013-12-18", "abs:the summer of 1980=1980-06-01..1980-08-31"},
      {"in fall 2018", "2020-03-05", "abs:fall 2018=2018-09-01..2018-11-30"},
      // a name, not a season
      {"at the 1936 Summer Olympics", "2013-12-18", ""},
      {"Prices fall sharply", "2020-03-05", ""},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("a run of days, months or years is one range, a moved day two days", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The poll was conducted September 27-29", "2013-09-30",
       "abs:September 27-29=2013-09-27..2013-09-29"},
      {"It was conducted from Nov. 21\u201323, 2014", "",
       "abs:Nov. 21\u201323, 2014=2014-11-21..2014-11-23"},
      {"It questioned 420 voters from Oct. 20 to Oct. 26", "2016-10-29",
       "abs:Oct. 20 to Oct. 26=2016-10-20..2016-10-26"},
      {"The survey ran from Feb. 2 to 4", "2020-02-10", "abs:Feb. 2 to 4=2020-02-02..2020-02-04"},
      {"Between March 1 and March 5, police arrested 40", "2020-03-10",
       "abs:March 1 and March 5=2020-03-01..2020-03-05"},
      {"For the 44 years from 1926 to 1969, 14 storms made landfall", "2016-10-06",
       "abs:1926 to 1969=1926-01-01..1969-12-31"},
      {"Between November and February, 30 people died", "2020-03-10",
       "abs:November and February=2019-11-01..2020-02-29"},
      {"from July to September 2019", "2021-03-10",
       "abs:July to September 2019=2019-07-01..2019-09-30"},
      {"from July 2018 to September 2019", "2021-03-10",
       "abs:July 2018 to September 2019=2018-07-01..2019-09-30"},
      // weekdays: the days up to the last one as it resolves (2020-03-05 is a Thursday)
      {"It was conducted from Monday to Friday", "2020-03-05",
       "rel:Monday to Friday=2020-02-24..2020-02-28"},
      {"Between Tuesday and Thursday, 800 new cases", "2020-03-05",
       "rel:Tuesday and Thursday=2020-03-03..2020-03-05"},
      {"The store was closed from Friday through Monday", "2020-03-05",
       "rel:Friday through Monday=2020-02-28..2020-03-02"},
      // without "from" or "between", and after a verb that moves a day, each day stands alone
      {"He was sentenced on March 1 to 5 years in prison", "2020-03-10", "abs:March 1=2020-03-01"},
      {"Georgia postponed its primary from March 24 to April 19", "2020-03-20",
       "abs:March 24=2020-03-24; abs:April 19=2020-04-19"},
      // (a verb in the sentence before moves nothing)
      {"The game was delayed. From March 1 to March 5, fans waited", "2020-03-10",
       "abs:March 1 to March 5=2020-03-01..2020-03-05"},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("relative days and periods", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Officials said yesterday", "2020-02-28", "rel:yesterday=2020-02-27"},
      {"claims for the week ending May 30", "2020-06-11",
       "abs:the week ending May 30=2020-05-24..2020-05-30"},
      {"a record for the week of March 27", "2020-06-11",
       "abs:the week of March 27=2020-03-23..2020-03-29"},
      {"162,000 Jobs Added In July", "2013-08-02", "abs:July=2013-07-01..2013-07-31"},
      {"the vote today", "2020-02-28", "rel:today=2020-02-28"},
      {"a blast last night", "2020-02-28", "rel:last night=2020-02-27"},
      {"he will speak tonight", "2020-02-28", "rel:tonight=2020-02-28"},
      {"Prices rose last week", "2020-02-28", "rel:last week=2020-02-17..2020-02-23"},
      {"Sales this week", "2020-02-28", "rel:this week=2020-02-24..2020-02-28"},
      {"killed earlier this month", "2020-02-28", "rel:earlier this month=2020-02-01..2020-02-28"},
      {"killed in Syria this month", "2020-02-28", "rel:this month=2020-02-01..2020-02-28"},
      {"Profit fell last month", "2020-02-28", "rel:last month=2020-01-01..2020-01-31"},
      {"Profit fell last year", "2020-02-28", "rel:last year=2019-01-01..2019-12-31"},
      {"Inflation slowed earlier this year", "2020-02-28",
       "rel:earlier this year=2020-01-01..2020-02-28"},
      {"Two days ago, the rebels advanced", "2020-02-28", "rel:Two days ago=2020-02-26"},
      {"The game was played over the weekend", "2020-03-02",
       "rel:over the weekend=2020-02-29..2020-03-01"},
      // "this weekend": so far on the weekend itself, the one just ended on a Monday, the
      // coming one later in the week
      {"Storms hit so far this weekend", "2020-03-01",
       "rel:so far this weekend=2020-02-29..2020-03-01"},
      {"Fans marched this weekend", "2020-03-02", "rel:this weekend=2020-02-29..2020-03-01"},
      // on a Tuesday the one just ended too, unless a plan looks ahead
      {"Four people died in storms this weekend", "2020-03-03",
       "rel:this weekend=2020-02-29..2020-03-01"},
      {"Fans will march this weekend", "2020-03-03", "rel:this weekend=2020-03-07..2020-03-08"},
      // a year before an event it dates; not before other nouns
      {"He was convicted in the 1999 murders of three people", "2019-12-02",
       "abs:1999=1999-01-01..1999-12-31"},
      {"She recalled the 1921 massacre", "2021-06-01", "abs:1921=1921-01-01..1921-12-31"},
      {"He spoke about the 2016 budget", "2019-12-02", ""},
      // past a name or a description of the incident: the event word within four words of the year
      {"It recalled the 2012 Sandy Hook shooting that killed 26", "2019-12-02",
       "abs:2012=2012-01-01..2012-12-31"},
      {"the 2005 terrorist attacks in London", "2019-12-02", "abs:2005=2005-01-01..2005-12-31"},
      {"such as its 2010 shelling of an island", "2019-12-02", "abs:2010=2010-01-01..2010-12-31"},
      {"the 1933 Griffith Park fire of Los Angeles", "2019-12-02",
       "abs:1933=1933-01-01..1933-12-31"},
      // a word that stands for any incident ("disaster", "tragedy"), and riots
      {"It surpassed the 1933 Griffith Park disaster that killed 31", "2019-12-02",
       "abs:1933=1933-01-01..1933-12-31"},
      {"The 2015 Baltimore riots followed his death", "2019-12-02",
       "abs:2015=2015-01-01..2015-12-31"},
      {"He recalled the 1967 riot police", "2019-12-02", ""},
      // not after a possessive without an incident; a decade is its own period ("during the
      // 1970s"), never the year of an incident; not past a date-context word ("of") or a
      // relative, not beyond four words
      {"in their 2016 budget", "2019-12-02", ""},
      {"ran campaigns during the 1970s before winning a race", "2019-12-02",
       "abs:1970s=1970-01-01..1979-12-31"},
      {"the 2016 race that killed his career", "2019-12-02", ""},
      {"the 2016 report of attacks on troops", "2019-12-02", ""},
      {"He recalled the 1970s shootings", "2019-12-02", ""},
      {"the 2018 New York City Marathon attack", "2019-12-02", ""},
      {"The fair opens this weekend", "2020-02-26", "rel:this weekend=2020-02-29..2020-03-01"},
      {"Officials said yesterday", "", ""},
      {"USA Today reported", "2020-02-28", ""},
      // a dash, double quote or ellipsis typed against a word still ends it
      {"37 attempts last week\u2014out-routes, deep shots\u2014were a high", "2019-09-20",
       "rel:last week=2019-09-09..2019-09-15"},
      {"attacks on two mosques earlier this year\u2014is running", "2019-07-08",
       "rel:earlier this year=2019-01-01..2019-07-08"},
      {"You have\u2014last year on Wall Street alone", "2013-11-12",
       "rel:last year=2012-01-01..2012-12-31"},
      {"He said \u201cyesterday\u201d twice", "2020-02-28", "rel:yesterday=2020-02-27"},
      {"It ended Friday\u2026 or so they said", "2020-02-28", "rel:Friday=2020-02-28"},
      // while a single curly quote is an apostrophe inside the word
      {"on Valentine\u2019s Day", "2020-02-28", "rel:Valentine\u2019s Day=2020-02-14"},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("since and running periods end at publication", "[dates]") {
  auto [text, published, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"displaced since December", "2020-02-28", "since:since December=2019-12-01..2020-02-28"},
      {"since the start of February", "2020-02-28",
       "since:since the start of February=2020-02-01..2020-02-28"},
      {"since early February", "2020-02-28", "since:since early February=2020-02-01..2020-02-28"},
      {"since the beginning of the year", "2020-02-28",
       "since:since the beginning of the year=2020-01-01..2020-02-28"},
      {"since 2011", "2020-02-28", "since:since 2011=2011-01-01..2020-02-28"},
      {"since Thursday", "2020-02-28", "since:since Thursday=2020-02-27..2020-02-28"},
      {"in the past 24 hours", "2020-02-28", "since:in the past 24 hours=2020-02-27..2020-02-28"},
      {"over the past week", "2020-02-28", "since:over the past week=2020-02-21..2020-02-28"},
      {"in the last two weeks", "2020-02-28", "since:in the last two weeks=2020-02-14..2020-02-28"},
      {"in the last week of January", "2020-02-28", "abs:January=2020-01-01..2020-01-31"},
      // the period before the one last named, else before last week, last month or last year;
      // none after "from" or "than", and a counted-back period is no anchor itself
      {"For the week ending June 25, claims fell from the previous week", "2020-07-02",
       "abs:the week ending June 25=2020-06-19..2020-06-25"},
      {"For the week ending June 25, claims were 1.4 million, up from 1.3 million the previous "
       "week.",
       "2020-07-02",
       "abs:the week ending June 25=2020-06-19..2020-06-25; "
       "prev:the previous week=2020-06-12..2020-06-18"},
      {"Claims for the prior week were revised", "2020-04-09",
       "prev:for the prior week=2020-03-23..2020-03-29"},
      {"Claims for the previous week were revised", "2020-04-09",
       "prev:for the previous week=2020-03-23..2020-03-29"},
      {"up from 281,000 claims during the previous week", "2020-03-26",
       "prev:during the previous week=2020-03-09..2020-03-15"},
      {"873,000 more people had jobs than in the previous month", "2012-10-05", ""},
      {"more than the previous year", "2019-03-11", ""},
      {"the previous week and the previous week", "2020-04-09",
       "prev:the previous week=2020-03-23..2020-03-29; "
       "prev:the previous week=2020-03-23..2020-03-29"},
      {"in March, up from 33,000 the prior month", "2019-04-05",
       "abs:March=2019-03-01..2019-03-31; prev:the prior month=2019-02-01..2019-02-28"},
      {"lost during the prior month", "2020-06-05",
       "prev:during the prior month=2020-04-01..2020-04-30"},
      {"in 2016, up from 12,989 the previous year", "2017-12-21",
       "abs:2016=2016-01-01..2016-12-31; prev:the previous year=2015-01-01..2015-12-31"},
      {"three sessions the previous year", "2019-03-11",
       "prev:the previous year=2018-01-01..2018-12-31"},
      {"the previous week", "", ""},
      {"since December", "", ""},
      {"since the war began", "2020-02-28", ""},
      // a short clause after "since" whose date starts the period
      {"since fires broke out on Sunday", "2017-10-11",
       "since:since fires broke out on Sunday=2017-10-08..2017-10-11"},
      {"since the first death recorded on Feb. 29", "2020-04-28",
       "since:since the first death recorded on Feb. 29=2020-02-29..2020-04-28"},
      {"since the strike began, on Monday", "2020-02-28", "rel:Monday=2020-02-24"},
      // "since" that ends its clause (punctuation after it: a comma, a stop, a semicolon, a colon,
      // a dash, ")", "?" or "!"; the rows try a comma and a dash) starts no period: the date after
      // it stands alone; a "#" after it opens one (the last row)
      {"on alert ever since, and was struck again Nov. 13", "2016-01-07",
       "abs:Nov. 13=2015-11-13"},
      {"on alert ever since — and was struck again Nov. 13", "2016-01-07",
       "abs:Nov. 13=2015-11-13"},
      {"the short time since #MeToo caught fire in October 2017", "2019-12-26",
       "since:since #MeToo caught fire in October 2017=2017-10-01..2019-12-26"},
  }));
  CAPTURE(text, published);
  CHECK(run(text, published) == expected);
}

TEST_CASE("false friends are not dates", "[dates]") {
  auto [text] = GENERATE(table<std::string>({
      {"Theresa May said she may resign"},
      {"Protesters plan a march on the capital"},
      {"March organisers said 5,000 people came"},
      {"The Good Friday Agreement ended decades of conflict"},
      {"the Sunday Times reported"},
      {"he told the Sun."},
      {"April Ryan asked the president"},
      {"24/7 coverage of the 9/11 anniversary"},
      {"Super Tuesday voters"},
      {"Scores of 3-1 and 2-2"},
  }));
  CAPTURE(text);
  CHECK(run(text, "2020-02-28").empty());
}

// may_lead_date lets the scanner skip a word; it must never skip one that leads an expression.
TEST_CASE("every word that leads a date expression passes the scanner's pre-check", "[dates]") {
  auto [word] = GENERATE(table<std::string>({
      {"since"},  {"in"},       {"over"},    {"during"},  {"for"},      {"within"},  {"the"},
      {"The"},    {"late"},     {"Early"},   {"earlier"}, {"later"},    {"last"},    {"next"},
      {"this"},   {"mid"},      {"so"},      {"today"},   {"Tonight"},  {"yesterday"},
      {"tomorrow"}, {"at"},     {"a"},       {"an"},      {"couple"},   {"one"},     {"twelve"},
      {"fifteen"}, {"twenty"},  {"thirty"},  {"January"}, {"SEPTEMBER"}, {"Sept"},   {"May"},
      {"Wednesday"}, {"Thurs"}, {"Sun"},     {"TUESDAY"},  {"Christmas"}, {"Thanksgiving"},
      {"Election"}, {"summer"},  {"fall"},    {"Valentine\xE2\x80\x99s"},
      {"Presidents\xE2\x80\x99"},
  }));
  CAPTURE(word);
  CHECK(tally::date_words::may_lead_date(word));
}

TEST_CASE("most words fail the scanner's pre-check", "[dates]") {
  auto [word] = GENERATE(table<std::string>({
      {"and"}, {"said"}, {"people"}, {"killed"}, {"of"}, {"to"}, {"was"}, {"Türkiye"}, {""},
  }));
  CAPTURE(word);
  CHECK_FALSE(tally::date_words::may_lead_date(word));
}
