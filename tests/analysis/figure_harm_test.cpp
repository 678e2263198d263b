// Harm to people and things as figures: people hit, taken to hospital or treated are wounded
// (patients where the article is on an illness); a thing destroyed or damaged as the object of
// its verb counts one. Each row: text, the figures as "value qualifier head event" joined by
// "; ".
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/figure_strings.hpp"

using tally::testing::figures_of;

TEST_CASE("people hit, taken to hospital or treated are wounded", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Five people were hit by cars", "5 exact people wound"},
      // what appears or seems to have befallen them is reported, as "believed to"
      {"At least one guard appears to have been injured", "1 at_least guard wound"},
      {"Two guards seemed to be hurt", "2 exact guard wound"},
      // hospitalized: wounded, but patients in an article on an illness, unless the sentence
      // tells of harm of another kind
      {"Seven officers were hospitalized after the clash", "7 exact officer wound"},
      {"The virus spread fast. More than 2,100 people were hospitalized.",
       "2100 more_than people -"},
      {"The virus spread fast. The study followed 96,000 hospitalized patients.",
       "96000 exact patient -"},
      {"The virus spread. Police said 40 people were arrested and seven officers were "
       "hospitalized.",
       "40 exact people arrest; 7 exact officer wound"},
      {"One officer was struck by a rock", "1 exact officer wound"},
      {"Five officers hit during a shootout", "5 exact officer wound"},
      {"One officer was struck in the leg", "1 exact officer wound"},
      {"Eight people were rushed to area hospitals", "8 exact people wound"},
      {"Medics sent at least 22 people to hospitals", "22 at_least people wound"},
      {"Doctors were treating two people for gunshot wounds", "2 exact people wound"},
      {"A woman was struck by a car", "1 exact woman wound"},
      // then killed: "and" and a death of the same people, before any comma
      {"Five people were struck by a car and killed", "5 exact people kill"},
      {"Two men were hit by a truck on Main Street and later died", "2 exact man kill"},
      {"Two men were hit by a truck and their friend died", "2 exact man wound"},
      {"Two men were hit by a truck and deaths followed", "2 exact man wound"},
      {"Three officers were struck by gunfire, and one of them died", "3 exact officer wound"},
      {"Doctors treated 12 people for gunfire wounds", "12 exact people wound"},
      {"It treated 26 people and took 14 of them to the hospital",
       "26 exact people wound; 14 exact people wound"},
      {"Medics rushed 14 to the hospital", "14 exact people wound"},
      {"One officer was hit with a brick", "1 exact officer wound"},
      {"Five people had been rushed to hospitals", "5 exact people wound"},
      {"Five people were quickly rushed to hospitals", "5 exact people wound"},
      {"Two people were taken to a nearby hospital", "2 exact people wound"},
      // an event of their own stays, and things hit are not wounded
      {"Two hostages were taken to a hospital", "2 exact hostage kidnap"},
      {"Two cars were hit by rocks", "2 exact car -"},
      // what hits them must hurt; a disease treated is no wound
      {"About 2,000 workers were hit by layoffs", "2000 about worker -"},
      {"Five men were hit with charges", "5 exact man -"},
      {"Doctors treated 40 patients for malaria", "40 exact patient -"},
      {"Doctors treated 40 people for the flu", "40 exact people -"},
      // taken somewhere else than a hospital
      {"Police took two men to the station", "2 exact man -"},
      {"Two men were taken to jail, hospital officials said", "2 exact man -"},
      // treated with something, to something, like something
      {"Doctors treated 200 people with the drug", "200 exact people -"},
      {"The mayor treated 50 guests to dinner", "50 exact guest -"},
      {"The hotel treated 300 guests like royalty", "300 exact guest -"},
      // with no "for": not a habit, patients, one person, or in an article naming an illness
      {"The clinic treats 8,000 veterans a year", "8000 exact veteran -"},
      {"It has successfully treated two other patients", "2 exact patient -"},
      {"The hospital was treating a woman", ""},
      {"Amid the coronavirus, a doctor treated two people", "2 exact people -"},
      // "admitted" carries the sick as often as the hurt
      {"Eight people were admitted to the hospital", "8 exact people -"},
      // the owner of what was struck was not
      {"The convoy of two officers was struck by a rocket", "2 exact officer -"},
      {"The wedding party of a fighter was struck by missiles", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a thing destroyed or damaged as the object of its verb counts one", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Iran shot down an unmanned American drone", "1 exact drone destroy"},
      {"Separatists downed a Malaysia Airlines jetliner last month", "1 exact jetliner destroy"},
      {"The blast damaged a Foreign Ministry building and a bank branch",
       "1 exact building damage; 1 exact branch damage"},
      // not a place captured (the seeds' gold counts no "retook a strategic northwestern town")
      {"Rebels have seized an airport in southern Yemen", ""},
      {"Fighters recaptured a strategic northwestern town", ""},
      // done, in the past, to a thing: not a wish, a maybe, an order, a noun, a present
      // participle, a quantity or a name; a word before a count leaves the thing to the count;
      // the phrase stops at a month and at an event word
      {"They vowed to destroy an agency", ""},
      {"Troops may have destroyed a bridge", ""},
      {"Rebels destroyed a bridge March 3", "1 exact bridge destroy"},
      {"The blast destroyed a car killing two people",
       "1 exact car destroy; 2 exact people kill"},
      {"Police intercepted an order", ""},
      {"The destruction of a reactor", ""},
      {"The army was destroying a bridge", ""},
      {"The storm destroyed a bunch of trees", ""},
      {"The fire destroyed a further 20 homes", "20 exact home destroy"},
      {"Rioters damaged a Toyota", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}
