// Events of figures past what stands between a count and its verb: asides and appositives
// that name or describe the counted, agreement of the count with the verb, some of a whole
// (figure_event_subject.cpp). Each row: text, the figures as "value qualifier head event"
// joined by "; ". New event words: figure_events_test.cpp.
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/figure_strings.hpp"

using tally::testing::figures_of;

TEST_CASE("an event verb reaches its count past asides, appositives and agreement",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // two asides in a row before the verb; an age's commas are no aside of the count
      {"Seven others, all male, including a 9-year-old boy, were wounded",
       "7 exact people wound"},
      {"Two activists, Mykola Karpyuk and Stanislav Klykh, both arrested in 2014, appeared",
       "2 exact activist arrest"},
      {"Two activists, Mykola Karpyuk and Stanislav Klykh, both arrested in 2014",
       "2 exact activist arrest"},
      {"Nine other people, four civilians and five police officers, were taken to local "
       "hospitals",
       "9 exact people wound; 4 exact civilian wound; 5 exact officer wound"},
      // an adverb inside a past passive; a plural count does not agree with "was"
      {"Two civilians were unintentionally killed", "2 exact civilian kill"},
      // (a group agrees with "was"; a short manner adverb of the list; not a hedging one)
      {"Its crew of 23 was safely evacuated", "23 exact people evacuate"},
      {"Five people were nearly killed", "5 exact people -"},
      {"A player is formally charged", ""},
      {"The car of the two men was quickly seized", "2 exact man -"},
      {"Millions of cancellations was politically damaging", "1000000 vague cancellation -"},
      // some of those the event befell; a long aside of names between dashes; a group is one
      {"Two police officers were among the dead", "2 exact officer kill"},
      {"Three children were among the injured", "3 exact child wound"},
      {"Two soldiers were among those killed", "2 exact soldier kill"},
      {"Four children were among 12 people killed in the fire",
       "4 exact child kill; 12 exact people kill"},
      {"Two Americans were among the 29 wounded", "2 exact american wound; 29 exact people wound"},
      {"Two Americans were among 300 people at the rally",
       "2 exact american -; 300 exact people protest"},
      {"Five teams were among the finalists", "5 exact team -"},
      // with no verb, in a headline; the whole they were among counts people
      {"2 Americans, 10 children among at least 84 killed in Nice",
       "2 exact american kill; 10 exact child kill; 84 at_least people kill"},
      {"Two Americans among the dead were identified", "2 exact american kill"},
      {"Four Americans — Ambassador Christopher Stevens, information officer Sean Smith, and "
       "contractors Tyrone Woods and Glen Doherty — were killed",
       "4 exact american kill"},
      // an appositive of the names counted, between commas (a serial comma before "and" too);
      // not a clause ("Smith and Jones said") or a single name
      {"Two Japanese hostages, Kenji Goto and Haruna Yukawa, were beheaded",
       "2 exact hostage kill"},
      {"Four Americans, Chris Stevens, Sean Smith, Tyrone Woods and Glen Doherty, were killed",
       "4 exact american kill"},
      {"Two officers, Sgt. Ann Lee and Cpl. Joe Diaz, were injured", "2 exact officer wound"},
      {"Three Marines, Ann Lee, Joe Diaz, and Bo Kim, were wounded", "3 exact marine wound"},
      {"Two men, Smith and Jones laughed, were arrested", "2 exact man -"},
      // an appositive that names or describes them, opened by a participle of naming or
      // "whose", up to a comma before an auxiliary or an event verb (past an age or a town)
      {"A man, identified as Rayshard Brooks, was shot and killed", "1 exact man kill"},
      {"A police officer, later identified Friday as Xavier Jugele, was shot",
       "1 exact officer wound"},
      {"Two men, named by police as Ali Khan and Bo Kim, were arrested", "2 exact man arrest"},
      {"A woman, whose name was not released, died", "1 exact woman kill"},
      {"Two of the boys, whose brother, Zaire, died, were arrested", "2 exact boy arrest"},
      {"A man, identified as John Smith, 45, of Akron, was killed", "1 exact man kill"},
      {"Two men, identified as Khan and Kim, later died", "2 exact man kill"},
      {"Two men, identified as Khan and Kim, said they were arrested", "2 exact man -"},
      {"Two men, identified as Khan (left) and Kim, were arrested", "2 exact man -"},
      // (a saying between commas is passed over: figures_test.cpp)
      {"Two men, Smith and Jones said, were arrested", "2 exact man arrest"},
      {"Two men, John Smith, were arrested", "2 exact man -"},
      {"The group of 13 was missing for nine days", "13 exact people missing"},
      {"The crew of two gunboats was seized", "2 exact gunboat -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}
