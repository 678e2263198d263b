// The counted phrase of a figure: its words and head noun when it names no event, modifiers
// joined before the head, people nouns and names that are their own plural; and the numbers
// that count nothing (common/analysis/figures.hpp). Each row: text, the figures as "value
// qualifier head event" joined by "; " ("-" for no head or no event).
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/figure_strings.hpp"

using tally::testing::figures_of;

TEST_CASE("plain counts have no event", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Turkey has 12 observation posts in the region", "12 exact post -"},
      {"Turkey hosts some 3.6 million Syrians", "3600000 about syrian -"},
      {"15,000 Turkish soldiers were now in northwest Syria", "15000 exact soldier -"},
      {"He scored 30 points in the game", ""},
      {"She scored 30 goals this season", "30 exact goal -"},
      {"the 3.6 million Syrian refugees already camped inside", "3600000 exact refugee -"},
      {"Thousands of Turkish soldiers are deployed", "1000 vague soldier -"},
      {"He met 12 U.S.-born workers", "12 exact worker -"},
        // plurals of three letters the lexicon knows
      {"The site listed at least 182 new job ads", "182 at_least ad -"},
      {"Two Labour MPs submitted a motion", "2 exact mp -"},
      // -o nouns and -s nouns that add -es; -oe and -se nouns that add -s
      {"At least 13 tornadoes touched down", "13 at_least tornado -"},
      {"Nine heroes were honored", "9 exact hero -"},
      {"The two coronaviruses are related", "2 exact coronavirus -"},
      {"Three buses left the depot", "3 exact bus -"},
      {"She has three campuses", "3 exact campus -"},
      {"He bought two shoes", "2 exact shoe -"},
      {"They own five houses", "5 exact house -"},
      {"Four knives were found", "4 exact knife -"},
      // Greek plurals in -ses keep their -sis
      {"Over 80,000 diagnoses were missed", "80000 more_than diagnosis -"},
      {"Luther posted 95 theses", "95 exact thesis -"},
      // wounds counted are a plain count; the verb "wounds" is the event
      {"He had three gunshot wounds", "3 exact wound -"},
      {"The blast wounds 3 people", "3 exact people wound"},
      // a collective noun for people counts them (and carries no event: the MIT Police row is
      // here for its head); before a people noun or a plural within two words, it is a
      // modifier (in lower case, but for a people noun)
      {"More than 80 faculty signed the letter", "80 more_than faculty -"},
      {"They filed 200 clergy abuse lawsuits", "200 exact lawsuit -"},
      {"They filed 200 police misconduct lawsuits", "200 exact lawsuit -"},
      {"About 300 police officers were deployed", "300 about officer -"},
      {"Three Police Officers Dead", "3 exact officer kill"},
      {"2,224 MIT Police get calls", "2224 exact police -"},
      // a people noun with a verb of expectation after a plural of things opens a clause
      {"It beat the 140,000 widgets economists expected", "140000 exact widget -"},
      {"Some 600 civil rights activists gathered", "600 about activist attend"},
      {"The 300 Texas prisoners expected a ruling", "300 exact prisoner -"},
      {"It beat the 180,000 jobs analysts had forecast", "180000 exact job -"},
      {"The 300 women doctors needed a raise", "300 exact doctor -"},
      {"It lacks the 20 arms shipments needed", "20 exact shipment -"},
      // two lower-case modifiers joined before a plural head (not after one, and not a plural
      // before "and": that is a head of its own)
      {"The rebels hold 1,000 government and military personnel",
       "1000 exact personnel -"},
      {"Some 40 state and local officials met", "40 about official -"},
      {"It sent 50 attack aircraft and supporting troops", "50 exact aircraft -"},
      {"He shot at least one guard and battling security forces", "1 at_least guard wound"},
      {"Police met 30 men and women", "30 exact man -"},
      // a name that is its own plural, and a legal status before a capitalised people plural
      {"Kabul must release 5,000 imprisoned Taliban", "5000 exact taliban -"},
      {"Iran holds two jailed Americans", "2 exact american -"},
      {"Two kidnapped Americans were freed", "2 exact american kidnap"},
      // a partitive of a name's possessive with a title's stop
      {"Six of Rep. Paul Gosar's siblings appeared in an ad", "6 exact sibling -"},
      {"Two of Martin Luther King Jr.'s children spoke", "2 exact child -"},
      // a number restated in digits, as legal writing does
      {"He fired ten (10) rounds into the apartment", "10 exact round -"},
}));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("numbers that are not counts make no figures", "[figures]") {
  auto [text] = GENERATE(table<std::string>({
      {"since it first intervened in Syria in 2016"},
      {"under a 2018 deal with Russia"},
      {"Smoke billows over the town, Feb. 27, 2020."},
      {"the nine-year-old war's worst emergency"},
      {"a 23-year-old man said"},
      {"It sits on the strategic M5 highway"},
      {"prices rose 40% in a year"},
      {"a $3 million fine"},
      {"the meeting at 10:30"},
      {"They won 3-1 at home"},
      {"as one option to ensure security"},
      {"one of the final chapters"},
      {"Russia's state-owned Rossiya 24 television"},
      {"The drive took 5 mins"},
      // a table's cells: a number right after another
      {"Approve Disapprove % % U.S. hospitals 88 10 2 Your employer 82 14 4 Government health "
       "agencies 80 17 2 Congress 59 37 4"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text).empty());
}

TEST_CASE("counted units are measures, not counts", "[figures]") {
  auto [text] = GENERATE(table<std::string>({
      {"hundreds of miles away"}, {"40 times as many"}, {"hundreds of billions of dollars"}}));
  CAPTURE(text);
  CHECK(figures_of(text).empty());
}
