// When each figure happened (common/analysis/figure_dates.hpp, through analyse_article). Each
// row: an article (passages separated by "\n\n"), its published date, and every figure as
// "value=date" joined by "; " ("-" for no date, "from..to" for a period).
#include <catch2/catch.hpp>
#include <string>

#include "common/analysis/analyse.hpp"
#include "tests/support/paragraphs.hpp"

namespace {

// The first passage is the title when `titled`.
std::string dates_of(const std::string& article, const std::string& published,
                     bool titled = false) {
  tally::Passages passages;
  for (const auto paragraph : tally::testing::paragraphs(article)) {
    tally::Passage p;
    p.index = static_cast<int>(passages.size());
    if (titled && passages.empty()) {
      p.kind = tally::PassageKind::kHeadline;
    }
    p.text = std::string(paragraph);
    passages.push_back(p);
  }
  const auto analysis = tally::analyse_article(passages, tally::parse_published_date(published));
  std::string out;
  for (const auto& f : analysis.figures) {
    out += out.empty() ? "" : "; ";
    out += std::to_string(static_cast<long long>(f.value)) + "=";
    if (!f.date) {
      out += "-";
    } else {
      out += f.date->from.iso();
      if (!f.date->is_day()) {
        out += ".." + f.date->to.iso();
      }
    }
  }
  return out;
}

}  // namespace

// 2021-03-15 is a Monday.
TEST_CASE("a date right after a reporting verb dates the saying, not the event", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the date of the saying is not the figure's ...
      {"Three people were killed in a fire, officials said on Saturday.", "3=2021-03-13"},
      // ... but words between the verb and the date make it the date of what was said
      {"Local media said the toll from Saturday's fire has reached 12.", "12=2021-03-13"},
      {"Police told reporters on Sunday that two men were arrested.", "2=2021-03-14"},
      // a reporting verb after the things it reports is their date
      {"That was below the 606,082 job cuts announced in 2019.",
       "606082=2019-01-01..2019-12-31"},
      {"Officials confirmed the 3,026 cases reported last week.",
       "3026=2021-03-08..2021-03-14"},
      // the speakers a figure counts spoke on the day of the saying
      {"A bomb killed five people on Sunday. Two officials said on Tuesday that talks stalled.",
       "5=2021-03-14; 2=2021-03-09"},
      {"Four agencies reported last year that the hackers were paid.",
       "4=2020-01-01..2020-12-31"},
      {"A bomb killed five people on Sunday. Two officials also said on Tuesday that talks "
       "stalled.",
       "5=2021-03-14; 2=2021-03-09"},
      {"Officials said on Tuesday that two suspects said nothing.", "2=-"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("a figure takes the nearest date before it in its sentence", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a leading adverbial dates the whole sentence, each figure of it
      {"And on Saturday, four people were killed and six wounded in Reno.",
       "4=2021-03-13; 6=2021-03-13"},
      {"On Friday, gunmen attacked a checkpoint, kidnapping three officials and two guards.",
       "3=2021-03-12; 2=2021-03-12"},
      // the nearest date governs the clause that follows it
      {"The store reopened Thursday after being closed since February, when a gunman opened "
       "fire, killing 9.",
       "9=2021-02-01..2021-03-15"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("a date right after a figure is its own, before one nearer the number", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Asylum applications rose from 5,000 in 2008 to 97,000 in 2018.",
       "5000=2008-01-01..2008-12-31; 97000=2018-01-01..2018-12-31"},
      {"The number of inmates dropped from 1.3 million in January to 1.2 million in March.",
       "1300000=2021-01-01..2021-01-31; 1200000=2021-03-01..2021-03-31"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("an event's clause goes on past a relative clause set off by commas", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Pulse is a bar where 49 people were killed when a gunman, who died in a shootout with "
       "police, opened fire in the early hours of June 12, 2016.",
       "49=2016-06-12"},
      {"Police arrested a suspect in the bombings, which also targeted two Democrats, on Friday.",
       "1=2021-03-12; 2=2021-03-12"},
      // not to the relative clause's own date, nor into a new clause after it
      {"Some 20 people were killed when a gunman, who arrived in June, opened fire.",
       "20=2021-03-15"},
      {"12 people were arrested at the park, which was closed, while the mayor was away in "
       "June.",
       "12=2021-03-15"},
      // a plain count keeps to its clause: "the 11 monuments, which the city owns, ..."
      {"The city has 11 monuments, which were restored, along the river since 2019.",
       "11=-"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("a place's region set off by commas does not end the clause", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"At least 20 people were killed at a Walmart on Saturday. At least nine people were "
       "killed in Dayton, Ohio, on Sunday.",
       "20=2021-03-13; 9=2021-03-14"},
      {"Two people were killed at an El Paso, Texas, store on Friday.", "2=2021-03-12"},
      {"The 17 students were killed in Parkland, Florida, in February 2018.",
       "17=2018-02-01..2018-02-28"},
      // an abbreviated region keeps its stop
      {"A train crash killed 25 in Chatsworth, Calif., in September 2008.",
       "25=2008-09-01..2008-09-30"},
      // a clause after a plain comma is its own
      {"The city has 11 monuments, which were restored in 2019.", "11=-"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("an offset the text does not resolve leaves the figure undated", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"A storm killed 5 people on Sunday.\n\nJust days before, two hikers were killed by a "
       "landslide.",
       "5=2021-03-14; 2=-"},
      {"A quake struck on Sunday, two weeks after another quake killed 300 people.", "300=-"},
      // hours after the event are the same day
      {"A storm killed 5 people on Sunday.\n\nAbout two hours after the storm, 40 people were "
       "rescued.",
       "5=2021-03-14; 40=2021-03-14"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("a day still to come dates no figure", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The state is sending 100,000 testing swabs next week.", "100000=-"},
      {"With 156 delegates at stake next Friday, the race tightened.", "156=-"},
      {"The country agreed to accept 10,000 refugees in 2022.", "10000=-"},
      {"Twelve plants were slated to reopen on June 8.", "12=-"},
      // a day past publication is the report's clock running behind
      {"An earthquake killed 30 people on March 16.", "30=2021-03-16"},
      {"An earthquake killed 30 people on March 17.", "30=-"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

TEST_CASE("taking off is not taking a total", "[dates]") {
  // "taking the toll to" makes a running total (no main date); "taking off" does not
  CHECK(dates_of("A plane crashed on Sunday soon after taking off, and 80 people were killed.",
                 "2021-03-15") == "80=2021-03-14");
  CHECK(dates_of("A plane crashed on Sunday and killed 80 people.\n\nThe toll rose overnight, "
                 "taking the number of dead to 82.",
                 "2021-03-15") == "80=2021-03-14; 82=-");
}

TEST_CASE("a recent short period can be the story's date", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the period of the lead dates the event figures that follow, before a saying's day
      {"Storms across the state left 40 people injured so far this weekend.\n\nPolice said "
       "on Sunday that 3 people were killed in Dover.",
       "40=2021-03-13..2021-03-14; 3=2021-03-13..2021-03-14"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-14") == expected);
}

TEST_CASE("a relative clause's date is not the story's date", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"A jobless benefits bill cleared a Senate hurdle on Tuesday.\n\nSenators voted 60-37 to "
       "advance the bill extending jobless benefits, which expired March 1.",
       "60=2021-03-09; 37=2021-03-09"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-09") == expected);
}

TEST_CASE("a relative clause's date does not date the event the headline counts", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Jobless bill wins 60 votes in Senate\n\nThe bill cleared a Senate hurdle on "
       "Tuesday.\n\nSenators voted 60-37 to advance the bill extending jobless benefits, "
       "which expired March 1.",
       "60=2021-03-09; 60=2021-03-09; 37=2021-03-09"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-09", true) == expected);
}

TEST_CASE("plain counts in the past tense take the story's date", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"A bus crashed on Sunday, killing 9 people.\n\nThere were 31 passengers on board.",
       "9=2021-03-14; 31=2021-03-14"},
      {"A gunman killed 2 people on Sunday.\n\nPolice recovered 14 shell casings.",
       "2=2021-03-14; 14=2021-03-14"},
      // the present tense and habits are standing facts
      {"A gunman killed 2 people on Sunday.\n\nThe mall has 120 stores.", "2=2021-03-14; 120=-"},
      {"A bus crashed on Sunday, killing 9 people.\n\nThe firm runs 40 buses each day.",
       "9=2021-03-14; 40=-"},
      // and so is a staff employed, even in the past tense
      {"A gunman killed 2 people on Sunday.\n\nThe mall employed 300 people.",
       "2=2021-03-14; 300=-"},
      // past the lead, a plain count is background unless its sentence names the incident
      {"A gunman killed 2 people on Sunday.\n\nThe mall reopened.\n\nIts owner spoke.\n\n"
       "The owner bought 12 malls in the region.",
       "2=2021-03-14; 12=-"},
      {"A gunman killed 2 people on Sunday.\n\nThe mall reopened.\n\nIts owner spoke.\n\n"
       "Witnesses heard 14 shots during the shooting.",
       "2=2021-03-14; 14=2021-03-14"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-15") == expected);
}

// 2021-03-18 is a Thursday.
TEST_CASE("a figure whose clause names a dated incident takes the incident's day", "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the lead dates the quake; a later clause naming it takes that day, not the appeal's
      {"Rescuers searched the rubble after Saturday's powerful quake.\n\nThe U.N. appealed on "
       "Wednesday to help cope with the earthquake that has killed more than 5,500 people.",
       "5500=2021-03-13"},
      // "the disaster" stands for the article's first dated incident
      {"The explosion on Monday levelled the port.\n\nAid arrived on Wednesday for the disaster "
       "that killed 200 people.",
       "200=2021-03-15"},
      // a siege and riots are incidents (the plural only: "riot police" names none)
      {"Police ended Monday's siege at the cafe.\n\nThe city mourned on Wednesday the siege "
       "that killed four hostages.",
       "4=2021-03-15"},
      {"Monday's riots shook the city.\n\nThe city mourned on Wednesday the riots that left 12 "
       "people dead.",
       "12=2021-03-15"},
      // a period names no single incident
      {"This year's attacks have alarmed residents.\n\nOn Wednesday the attack killed 4 people.",
       "4=2021-03-17"},
      // a date after another verb is not the incident's; with nothing else dated, the lead's
      // day is the article's main date
      {"The attack was condemned on Wednesday.\n\nFour soldiers were killed in the attack.",
       "4=2021-03-17"},
      {"On Wednesday officials condemned the attack.\n\nFour soldiers were killed in the attack.",
       "4=2021-03-17"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-18") == expected);
}

TEST_CASE("'now' dates an event or a past state, not a standing fact; 'currently' dates both",
          "[dates]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"At least 50 have now been killed in the fighting.", "50=2021-03-18"},
      {"By Thursday 15,000 soldiers were now in the province.", "15000=2021-03-18"},
      {"About 4,000 troops are now set to help.", "4000=-"},
      {"The 11 million immigrants now living in the country wait.", "11000000=-"},
      {"The court currently consists of five conservatives and four liberals.",
       "5=2021-03-18; 4=2021-03-18"},
      {"About 100 senior leaders are currently under investigation.", "100=2021-03-18"},
  }));
  CAPTURE(text);
  CHECK(dates_of(text, "2021-03-18") == expected);
}

TEST_CASE("the day the lead gives the event beats the day of a statement", "[dates]") {
  CHECK(dates_of("The shooting happened on Sunday.\n\nPolice said Monday that three people "
                 "were killed.",
                 "2021-03-16") == "3=2021-03-14");
}

TEST_CASE("the day of a saying in a passage without figures does not date the story",
          "[dates]") {
  CHECK(dates_of("Mayor disputes tweets\n\nSeven people were killed in shootings across the "
                 "city.\n\nThe mayor told reporters on Tuesday that the 2019 report was wrong.",
                 "2021-03-17", true) == "7=-");
  // with a figure of its own, the passage tells the story
  CHECK(dates_of("Mayor disputes tweets\n\nSeven people were killed in shootings across the "
                 "city.\n\nThe mayor told reporters on Tuesday that two suspects were wanted.",
                 "2021-03-17", true) == "7=2021-03-16; 2=2021-03-16");
}

TEST_CASE("what a report reveals or discloses is dated by the event, not the report",
          "[dates]") {
  CHECK(dates_of("The gunman had escaped from a hospital, a police report revealed on Tuesday.\n\n"
                 "He stormed into a church on Sunday.\n\nOfficials said 26 people were killed.",
                 "2021-03-17") == "26=2021-03-14");
}

TEST_CASE("the main date is the day of the event the headline counts", "[dates]") {
  // the newest fact (an arrest on Wednesday) comes first; the headline counts the wounded
  CHECK(dates_of("12 wounded in subway blast\n\nPolice arrested a suspect on Wednesday.\n\n"
                 "Twelve people were wounded when a bomb went off on Monday.\n\n"
                 "More than 20 people were treated after the blast.",
                 "2021-03-18") == "12=2021-03-15; 1=2021-03-17; 12=2021-03-15; 20=2021-03-15");
}

TEST_CASE("a toll so far in a running conflict runs from the day it began", "[dates]") {
  CHECK(dates_of("The truce is the longest lull in a war that has killed nearly 1,900 "
                 "Palestinians. Israel has lost 67 people.\n\nThe war broke out on July 8, when "
                 "the military began bombarding targets. On July 17, the ground operation "
                 "began.",
                 "2014-08-06") == "1900=2014-07-08..2014-08-06; 67=2014-07-08..2014-08-06");
  // a year is too loose a start; a toll in the past tense is not counted so far
  CHECK(dates_of("The offensive has displaced 950,000 people, the worst since the conflict "
                 "began in 2016.",
                 "2020-02-28") == "950000=-");
  CHECK(dates_of("The war broke out on July 8. Twelve soldiers were killed on Monday.",
                 "2014-08-06") == "12=2014-08-04");
  // the verb of starting in another clause than the day: not the day the pandemic began
  CHECK(dates_of("The state reported 599 new cases on Wednesday, the highest rise since the "
                 "pandemic began. The pandemic has killed 539 people in the state.",
                 "2020-05-28") == "599=2020-05-27; 539=-");
  CHECK(dates_of("On July 8, Israel launched its offensive. The war has killed 1,900 people.",
                 "2014-08-06") == "1900=2014-07-08..2014-08-06");
  // the start told far below the lead, in a passage without figures
  CHECK(dates_of("The war has killed nearly 1,900 Palestinians.\n\nOne.\n\nTwo.\n\nThree."
                 "\n\nFour.\n\nFive.\n\nSix.\n\nThe war broke out on July 8, when the "
                 "military began bombarding targets in 2014.",
                 "2014-08-06") == "1900=2014-07-08..2014-08-06");
}

TEST_CASE("a running total as of a day has no date; a dated incident's toll has its day",
          "[dates]") {
  CHECK(dates_of("The total number of cases reached 3,009,611 on Wednesday.", "2020-07-09") ==
        "3009611=-");
  CHECK(dates_of("At least 246 new deaths were reported Thursday, bringing the total number "
                 "of deaths nationwide to at least 1,195.",
                 "2020-03-26") == "246=2020-03-26; 1195=-");
  CHECK(dates_of("The toll from Saturday's fire has reached 12.", "2021-03-15") ==
        "12=2021-03-13");
  // a total that passes a mark on a day
  CHECK(dates_of("The U.S. surpassed 3 million coronavirus infections on Wednesday.",
                 "2020-07-09") == "3000000=-");
  CHECK(dates_of("Police arrested the top four leaders on Wednesday.", "2020-07-09") ==
        "4=2020-07-08");
  // what has been counted as of a day, not a state on that day
  CHECK(dates_of("As of Wednesday, the state had more than 16,460 known cases and 539 known "
                 "deaths.",
                 "2020-05-28") == "16460=-; 539=-");
  CHECK(dates_of("More than 182,000 absentee ballots had been issued as of Friday.",
                 "2012-06-04") == "182000=-");
  CHECK(dates_of("As of Wednesday, 17 people were missing.", "2017-08-31") == "17=2017-08-30");
  // a possessive date opening a conjunct owns its own subject; an incident's day does not
  CHECK(dates_of("Employers added 134,000 jobs in September. July's gain was raised from "
                 "147,000 to 165,000 and August's from 201,000 to 270,000.",
                 "2018-10-05") ==
        "134000=2018-09-01..2018-09-30; 147000=2018-07-01..2018-07-31; "
        "165000=2018-07-01..2018-07-31; 201000=2018-08-01..2018-08-31; "
        "270000=2018-08-01..2018-08-31");
  CHECK(dates_of("Two people were killed on Thursday.\n\nForty-four people were arrested after "
                 "Wednesday's protests.",
                 "2016-09-23") == "2=2016-09-22; 44=2016-09-21");
  // "in total" sums one day's count
  CHECK(dates_of("Police estimated there were 100,000 people in total at the demonstration "
                 "Thursday.",
                 "2017-07-07") == "100000=2017-07-06");
}

TEST_CASE("breaking news with no day anywhere is told on the day it is published", "[dates]") {
  CHECK(dates_of("Four Americans Killed in Attack in Syria\n\nFour Americans were killed and "
                 "three wounded in a suicide bombing.",
                 "2019-01-16", true) == "4=2019-01-16; 4=2019-01-16; 3=2019-01-16");
  // not when the headline counts no event
  CHECK(dates_of("Four Americans in the race\n\nFour Americans were killed in a bombing.",
                 "2019-01-16", true) == "4=-; 4=-");
}

TEST_CASE("a headline about an incident tells the past in the present", "[dates]") {
  CHECK(dates_of("Plane with 71 aboard crashes near Moscow\n\nThe plane crashed on Sunday, "
                 "killing all 71 people on board.",
                 "2021-03-18", true) == "71=2021-03-14; 71=2021-03-14");
  // a headline without an incident counts a standing fact
  CHECK(dates_of("Combined population of 7 major cities\n\nThe plane crashed on Sunday, "
                 "killing all 71 people on board.",
                 "2021-03-18", true) == "7=-; 71=2021-03-14");
}

TEST_CASE("a headline's figure takes the period the headline names", "[dates]") {
  CHECK(dates_of("162,000 Jobs Added In July\n\nThe unemployment rate fell.", "2013-08-02",
                 true) == "162000=2013-07-01..2013-07-31");
}

TEST_CASE("a report on employment dates its jobs figures to its month", "[dates]") {
  // a bare number after a verb of hiring, and an adjective after its article
  CHECK(dates_of("Employers added a robust 263,000 jobs in April.\n\nManufacturing added 25,000, "
                 "and local governments added 2,000. The unemployment rate fell.",
                 "2019-05-03") == "263000=2019-04-01..2019-04-30; 25000=2019-04-01..2019-04-30; "
                                  "2000=2019-04-01..2019-04-30");
  // a comparison with a forecast is no forecast
  CHECK(dates_of("ADP showed a larger than expected gain of 215,000 jobs last month.",
                 "2013-01-03") == "215000=2012-12-01..2012-12-31");
  CHECK(dates_of("The economy added 162,000 jobs in July.\n\nRetailers shed 11,000 jobs, while "
                 "construction added 5,000.",
                 "2013-08-02") ==
        "162000=2013-07-01..2013-07-31; 11000=2013-07-01..2013-07-31; "
        "5000=2013-07-01..2013-07-31");
}

TEST_CASE("a period counted back dates the figure next before it and those after", "[dates]") {
  CHECK(dates_of("Nonfarm payrolls increased by 20,000 after a 311,000 gain the prior month.",
                 "2019-03-08") == "20000=2019-03-08; 311000=2019-01-01..2019-01-31");
  CHECK(dates_of("Jobless claims for the prior week were revised up by 8,000 to 2,438,000.",
                 "2020-05-28") ==
        "8000=2020-05-11..2020-05-17; 2438000=2020-05-11..2020-05-17");
  // and a later clause only when it leads the sentence
  CHECK(dates_of("The previous week, lawyers had identified five detained babies who needed "
                 "care.",
                 "2019-06-30") == "5=2019-06-10..2019-06-16");
  CHECK(dates_of("It rose from 63.4 percent the previous month, with 177,000 workers joining.",
                 "2013-07-05") == "177000=-");
}

TEST_CASE("with no recent day, an event takes the incident the article dates", "[dates]") {
  CHECK(dates_of("Survivors released a video.\n\nIt shows the shootings on November 5, 2009.\n\n"
                 "Thirteen people were killed and another 32 wounded.",
                 "2012-10-23") == "13=2009-11-05; 32=2009-11-05");
}

TEST_CASE("a date leading the sentence beats the incident its clause names", "[dates]") {
  CHECK(dates_of("Two women were killed in a dormitory shooting on Monday.\n\nLast October, two "
                 "people were killed in an off-campus shooting.",
                 "2020-02-04") == "2=2020-02-03; 2=2019-10-01..2019-10-31");
}

TEST_CASE("jobless claims with no date of their own are the week before the report", "[dates]") {
  // published on a Thursday: the claims week is the Monday to Sunday before
  CHECK(dates_of("Weekly Jobless Claims Fall to 2.1 Million\n\nThe court heard two claims.",
                 "2020-05-28", true) == "2100000=2020-05-18..2020-05-24; 2=-");
  CHECK(dates_of("Jobless claims rose to 1.5 million in the week ending June 6.", "2020-06-11") ==
        "1500000=2020-05-31..2020-06-06");
}

TEST_CASE("a poll's sample takes the days of the poll's fieldwork", "[dates]") {
  // the fieldwork before the sample, in another passage; the sentence after the sample's
  CHECK(dates_of("The poll was conducted from Oct. 28 through Oct. 29.\n\nPollsters "
                 "interviewed 924 Americans, and the poll has a margin of error of 4 points. "
                 "Of those, 822 were registered voters. The city has 300 police officers.",
                 "2018-11-01") == "924=2018-10-28..2018-10-29; 822=2018-10-28..2018-10-29; 300=-");
  // in the same sentence, two days of fieldwork; after the sample, the article's poll
  CHECK(dates_of("The survey of 1,000 likely voters has a margin of error of 3 points.\n\nThe "
                 "poll was conducted on Nov. 7 and Nov. 8.",
                 "2012-11-29") == "1000=2012-11-07..2012-11-08");
  // a determiner before the poll noun makes it the article's own, whatever stands before it
  CHECK(dates_of("The survey of 600 voters has a margin of error of 4 points.\n\nThe figures came "
                 "a week after their poll was conducted May 1-3.",
                 "2019-06-05") == "600=2019-05-01..2019-05-03");
  // the fieldwork far below the lead, in a passage without figures
  CHECK(dates_of("The survey of 1,000 likely voters has a margin of error of 3 points.\n\nOne."
                 "\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nThe poll was "
                 "conducted on Nov. 7 and Nov. 8.",
                 "2012-11-29") == "1000=2012-11-07..2012-11-08");
  // not a later poll of its own
  CHECK(dates_of("The survey of 600 voters was conducted by phone.\n\nA Quinnipiac poll of "
                 "Ohio conducted in early May found the same.",
                 "2019-06-05") == "600=-");
}
