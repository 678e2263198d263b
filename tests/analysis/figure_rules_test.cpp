// Figures: the rules added for general news English beyond the seeds (ranges, elided objects
// of thing events, shares, vote tallies, model names, list headings, comparisons, partitives,
// implied people, gapped conjuncts). Each row: text, the figures as "value qualifier head
// event" joined by "; ". Verbs of change: figure_changes_test.cpp; events: figure_events_test.cpp.
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/figure_strings.hpp"

using tally::testing::article_figures;
using tally::testing::figures_of;

TEST_CASE("ranges are one figure: up to the high end; hedged ('more than 30 or 40'), the low end",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Between 40 and 50 miners were trapped", "50 up_to miner -"},
      {"anywhere between 1 million and 3 million jobs", "3000000 up_to job -"},
      {"Economists expected the U.S. to add anywhere between 1 million and 3 million jobs",
       "3000000 up_to job hire modal"},
      {"The quake killed between 40 and 50 people", "50 up_to people kill"},
      {"More than 30 or 40 villagers were killed in the raid", "30 more_than villager kill"},
      // hedged as a whole ("about", "as many as"): up to the high end
      {"About 16 to 23 members of the public were hurt", "23 up_to member wound"},
      {"As many as 15 or 20 seats could flip", "20 up_to seat -"},
      // bare, the range is read as up to its high end, as between ... and
      {"two or three guards were wounded", "3 up_to guard wound"},
      {"He fired seven or eight shots", "8 up_to shot -"},
      // "N to M" is a range too, but not a change or an age
      {"600 to 800 fighters are present", "800 up_to fighter -"},
      {"He fired three to four rounds", "4 up_to round -"},
      {"between 10 to 15 million jobs could disappear", "15000000 up_to job cut modal"},
      {"Claims were revised by 8,000 to 2,438,000", "8000 exact claim -; 2438000 exact claim -"},
      {"The toll rose from 10 to 15 people",
       "10 exact death kill cumulative; 15 exact people -"},
      // a toll that is a range
      {"The death toll is between 100 and 200.", "200 up_to death kill"},
      {"The number of deaths, based on current projections, is between 100,000 and 200,000.",
       "200000 up_to death kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a range keeps its bounds", "[figures]") {
  const auto figures = tally::figures_in_text("between 12 and 20 sailors are missing");
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].low == 12);
  CHECK(figures[0].high == 20);
  // a bare low end takes the high end's scale
  const auto scaled = tally::figures_in_text("about 30 to 40 million people live there");
  REQUIRE(scaled.size() == 1);
  CHECK(scaled[0].low == 30000000);
  CHECK(scaled[0].value == 40000000);
  const auto mixed = tally::figures_in_text("between 300 and 1 million people live there");
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].low == 300);
}

TEST_CASE("an elided object of a thing event is the thing counted before it", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The storm destroyed 300 barns and damaged another 1,200",
       "300 exact barn destroy; 1200 exact barn damage"},
      {"Nine seats were up for grabs, and the party won six of them",
       "9 exact seat -; 6 exact seat win"},
      {"The firm cut the final 800 jobs on Monday", "800 exact job cut"},
      {"The council closed 14 libraries", "14 exact library close"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("in a report on employment, a bare number with a participle of jobs", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Payrolls grew. Economists expect 150,000 jobs were added in December, about the same as "
       "the 146,000 added in November.",
       "150000 exact job hire modal; 146000 exact job hire"},
      {"The unemployment rate fell. Builders hired more, with 18,000 added in construction.",
       "18000 exact job hire"},
      // not a small number, not outside a report on employment, not before an object
      {"The unemployment rate fell, with 30 added in construction.", ""},
      {"The team sold 400 tickets, with 200 added last week.", "400 exact ticket sell"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a bare part before 'of' or 'out of' counts what its whole counts", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Sanders won 61 of 62 counties.", "61 exact county win; 62 exact county -"},
      {"The model got 25 of the last 27 elections right.",
       "25 exact election -; 27 exact election -"},
      // a bare whole: the figure of its number before; the rest of what was counted last
      {"Police found 13 bodies. Ten of the 13 were found in Paradise, and the remaining three "
       "in Concow.",
       "13 exact body -; 10 exact body -; 3 exact body -"},
      // a proportion is no part; jobs are cut, jurors are not; a bare whole never counted
      {"Nine of 10 Democrats back the plan.", "10 exact democrat -"},
      {"Prosecutors eliminated 41 of 42 black jurors.", "41 exact juror -; 42 exact juror -"},
      {"He cited seven nations. Two of three were appointed by Carter.", "7 exact nation -"},
      // "out of" a whole; out of a base of five people or fewer, a rate (not with "of" alone).
      // "opposed by" is no event here: the rule's output, where the gold of its article has a
      // vote
      {"It was opposed by 81 out of 535 members of Congress.",
       "81 exact member -; 535 exact member -"},
      {"Four out of five Americans agree.", "5 exact american -"},
      {"He won 3 out of 5 races.", "3 exact race win; 5 exact race -"},
      // the clause's verb befell the part, not its whole; the whole keeps an event of its own
      // phrase
      {"Two of three sailors aboard were hurt.", "2 exact sailor wound; 3 exact sailor -"},
      {"Nine of the 12 miners were killed.", "9 exact miner kill; 12 exact miner -"},
      {"Two of three sailors died.", "2 exact sailor kill; 3 exact sailor -"},
      {"Two of the five soldiers who died were Turkish.",
       "2 exact soldier kill; 5 exact soldier kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a bare subject counts what its predicate names", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Of those, 822 were registered voters.", "822 exact voter -"},
      {"Two of them are appellate judges.", "2 exact judge -"},
      {"Of the 34 who went, 18 are Republicans and 16 are Democrats.",
       "18 exact republican -; 16 exact democrat -"},
      // not a progressive, not a determiner, not an adjective of an event, not mid-clause
      {"About 30 million are collecting benefits.", ""},
      {"Two were the victims of a robbery.", ""},
      {"Three were dead and two were injured.", "3 exact people kill; 2 exact people wound"},
      {"He said 12 are members.", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a bare subject counts what was counted before it", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // in the sentence before, or before it in its own (past a hedge, "another", a conjunction)
      {"Some 800,000 employees have been affected. An estimated 420,000 are working without "
       "pay. Another 380,000 are at home on furlough.",
       "800000 about employee -; 420000 about employee -; 380000 exact employee -"},
      {"He said 8,000 fighters are in Libya, about 7,000 are in Nigeria and 500 remain in Mali.",
       "8000 exact fighter -; 7000 about fighter -; 500 exact fighter -"},
      // the whole an opening "Of" names, not the last thing counted
      {"Of the 2,800 employees at the four plants, 1,350 have accepted transfers.",
       "2800 exact employee -; 4 exact plant -; 1350 exact employee -"},
      // deaths carry their event
      {"Two deaths were reported in Alabama, 10 were reported in Mississippi.",
       "2 exact death kill; 10 exact death kill"},
      // not the end of a range, not mid-clause, not with nothing counted before
      {"Nearly 40 workers between the ages of 25 and 54 are unemployed.", "40 nearly worker -"},
      {"There were 30 seats. He said 12 are held by women.", "30 exact seat -"},
      {"About 30 million are collecting benefits.", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a name with a bare number takes its share of what was counted before", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"There were 40 seats at stake -- Leeds with 12, followed by York with 9.",
       "40 exact seat -; 12 exact seat -; 9 exact seat -"},
      {"The party won 30 seats, with Smith with 4 and Jones with 2.",
       "30 exact seat win; 4 exact seat -; 2 exact seat -"},
      // nothing counted before it: no figure
      {"Leeds with 12 was the favourite.", ""},
      // a noun after the number counts itself
      {"There were 40 seats, Leeds with 12 councillors.", "40 exact seat -; 12 exact councillor -"},
      // not a name before "with"
      {"There were 40 seats, many with 12.", "40 exact seat -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("the quote of a share names who has it", "[figures]") {
  const auto figs = tally::figures_in_text("There were 162 delegates at stake -- Ohio with 101.");
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].quote == "Ohio with 101");
}

TEST_CASE("a vote tally is the votes for and the votes against", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The council voted 9-4 to close the pool.", "9 exact vote vote; 4 exact vote vote"},
      {"The bill passed 230-198 on Friday.", "230 exact vote vote; 198 exact vote vote"},
      {"It was approved in a 5-4 vote.", "5 exact vote vote; 4 exact vote vote"},
      {"The motion was approved 12-0.", "12 exact vote vote"},
      {"The bottom-line outcome was 7-2.", "7 exact vote vote; 2 exact vote vote"},
      {"The panel said in a 2-1 opinion that it was lawful.",
       "2 exact vote vote; 1 exact vote vote"},
      {"The Senate approved the measure Thursday 85-8.", "85 exact vote vote; 8 exact vote vote"},
      {"The board voted to repeal Policy 604-1 on Monday.", ""},
      // a chamber before the tally is where the bill passed, not a name; "passing", "cleared"
      {"It passed the House on Friday after passing the Senate 96-0 on Wednesday.",
       "96 exact vote vote"},
      {"The measure cleared the Senate 66-32.", "66 exact vote vote; 32 exact vote vote"},
      {"Republicans control the Senate 53-47.", ""},
      {"It was renewed on lopsided votes: 98-0 in the Senate and 390-33 in the House.",
       "98 exact vote vote; 390 exact vote vote; 33 exact vote vote"},
      // "votes of", and the next tally of a pair read as votes
      {"The Senate approved the changes by votes of 78-16 and 86-9.",
       "78 exact vote vote; 16 exact vote vote; 86 exact vote vote; 9 exact vote vote"},
      {"Polls found him ahead by margins of 53-32 and 49-32.", ""},
      {"The scores were 3-1 and 2-0.", ""},
      // a score or a record is not a vote
      {"The Jazz won 113-97 on Tuesday.", ""},
      {"The Lakers won 98-90 in the final.", ""},
      {"They finished the season 2-14.", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("digits before a capitalised singular name a model or a station", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The airline grounded the 380 Turbo after the crash", ""},
      {"Viewers of 7 News saw the fire", ""},
      {"the trains ran at 90 m.p.h. before 40 passengers were hurt", "40 exact passenger wound"},
      {"He ran for 112 yards", ""},
      {"She drank 2 ounces of whiskey", ""},
      // a gallery's furniture is no figure; photos taken are
      {"Hide Caption 1 of 24 Photos: New Year's celebrations", ""},
      {"Slideshow (8 Images)", ""},
      {"He took 24 photos of the crash", "24 exact photo -"},
      {"12 Marines were wounded", "12 exact marine wound"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("an elided noun is carried from a people figure of this or the last paragraph",
          "[figures]") {
  auto [article, expected] = GENERATE(table<std::string, std::string>({
      {"Three Turkish soldiers were killed.\n\nAt least 50 have now been killed.",
       "3 exact soldier kill; 50 at_least soldier kill"},
      // two paragraphs with numbers on, the governors are not the ones arrested
      {"Two governors face a recall.\n\nThe vote is on 5 June.\n\nThe count took 9 hours.\n\n"
       "Hundreds have been arrested.",
       "2 exact governor -; 100 vague people arrest"},
      // "others" with nothing befalling them: more of this paragraph's last count, else people
      {"The bill gave out 55,000 visas.\n\nIt was sponsored by Schumer and 31 others.",
       "55000 exact visa -; 31 exact people -"},
      {"Officials counted eight students in the hall. But four others were released.",
       "8 exact student -; 4 exact student -"},
  }));
  CAPTURE(article);
  CHECK(article_figures(article) == expected);
}

TEST_CASE("list items count what their heading names", "[figures]") {
  auto [article, expected] = GENERATE(table<std::string, std::string>({
      // the heading names the counted thing and its event
      {"Officials gave the numbers of refugees registered in each country:\n\n"
       "Poland — 12,400\n\nRomania — 3,100",
       "12400 exact refugee - cumulative; 3100 exact refugee - cumulative"},
      {"The agency listed the numbers of migrants detained at the border:\n\n"
       "— Texas: 5,200\n\nFor Minors:\n\n— Arizona: 900",
       "5200 exact migrant arrest cumulative; 900 exact minor arrest cumulative"},
      // a heading that names nothing: the items count what the article counted last
      {"The county has had 40 cases of flu.\n\nThe latest figures by town:\n\n— Ashford: 12\n\n"
       "— Brook Green: 1",
       "40 exact case infect; 12 exact case infect cumulative; 1 exact case infect cumulative"},
      // ... counted last before its first bare item, after an item that names its own
      {"The state has 900 residents.\n\nThe latest figures by county:\n\n— Ash: 6 deaths and "
       "40 cases of flu. Elm has had 10 cases.\n\n— Oak: 12",
       "900 exact resident -; 6 exact death kill cumulative; 40 exact case infect; "
       "10 exact case infect; 12 exact case infect cumulative"},
      // no heading, no list
      {"Score at half time\n\nRovers: 2", ""},
  }));
  CAPTURE(article);
  CHECK(article_figures(article) == expected);
}

TEST_CASE("a bare number set against a count counts the same thing", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The mayor won 41 seats, compared to 17 for her rival.",
       "41 exact seat win; 17 exact seat win"},
      {"The union recruited 900 members in May, up from 640 in April.",
       "900 exact member -; 640 exact member -"},
      {"The airline cut 1,200 jobs, down from the initially reported 1,500.",
       "1200 exact job cut; 1500 exact job cut"},
      {"Labour won 30 councillors to the Greens' 12 in the final count.",
       "30 exact councillor win; 12 exact councillor win"},
      // a noun after the number counts itself; no count before it, no figure
      {"The team signed 4 players, compared with 6 coaches.", "4 exact player -; 6 exact coach -"},
      {"Compared with 12, it was a quiet year.", ""},
      // "to" alone is not a comparison
      {"The vote went 30 seats to 12 in the end.", "30 exact seat -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("partitives with a possessive or a total, collective modifiers, appositives",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the possessive is the determiner of the partitive's base
      {"Four of the county's 30 schools are new.", "4 exact school -; 30 exact school -"},
      // "of the total" is not what is counted
      {"The region reported 900 measles cases. Adults were 640 of the total.", "900 exact case infect"},
      // "police", "staff", "crew" before a people noun modify it
      {"One police officer died", "1 exact officer kill"},
      {"Two soldiers and one police officer were wounded",
       "2 exact soldier wound; 1 exact officer wound"},
      {"Two staff members were hurt", "2 exact member wound"},
      {"A police officer was hurt", "1 exact officer wound"},
      {"Five police were killed", "5 exact police kill"},
      // an appositive after the count is skipped, and names "others"
      {"Two men were killed. Three others, all children, were in serious condition.",
       "2 exact man kill; 3 exact child wound"},
      {"Two guards, both veterans, died", "2 exact guard kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a cardinal above one counts a plural, else the noun is elided or it is a modifier",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Of the voters polled, 10 saying they were undecided", ""},
      {"The economy added 136,000 vs 130,000 previously reported", ""},
      {"It was a 391,000 gain over the year", ""},
      {"a three ring circus", ""},
      {"Six aircraft were destroyed on the ground", "6 exact aircraft destroy"},
      {"Forty sheep died in the flood", "40 exact sheep kill"},
      {"Two men were arrested", "2 exact man arrest"},
      {"the two sides met", "2 exact side -"},
      // a verb in -s ends the noun phrase: "suggests", "continues" are no count's noun
      {"A poll of more than 1,000 respondents suggests a tie", "1000 more_than respondent -"},
      {"The attack that killed four Americans continues to haunt him", "4 exact american kill"},
      {"The list of eight countries is similar to the list of six suggests", "8 exact country -"},
      {"Dozens of soldiers were wounded and 12 died", "12 vague soldier wound; 12 exact soldier kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("people implied by the context, votes of a tally, counts of a charge", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The plane with 71 aboard crashed", "71 exact people -"},
      {"all eight on board were killed", "8 exact people kill"},
      {"It is a working-class city of 19,000.", "19000 exact people -"},
      {"Lagos, a capital of 12.6 million, flooded.", "12600000 exact people -"},
      {"a town of about 4,000 residents", "4000 about resident -"},
      {"a population of about 75,000", "75000 about people -"},
      {"The town (population 3,733) flooded.", "3733 exact people -"},
      {"In Xenia — population 364 — the mood is calm.", "364 exact people -"},
      {"About 1 percent of the population 12 and older used heroin", ""},
      {"By a vote of 245-182, the House passed the bill", "245 exact vote vote; 182 exact vote vote"},
      // a conviction is a sentence (tests/analysis/devset/README.md), a plea or a charge not
      {"He was convicted on eight counts of material support", "8 exact count sentence"},
      {"He was found guilty of two charges", "2 exact charge sentence"},
      {"He pleaded guilty to eight charges", "8 exact charge charge"},
      {"He was indicted on eight counts of fraud", "8 exact count charge"},
      // charges in a trial, an impeachment, an indictment, by prosecutors or on arrest are
      // charges too, but not a battery's
      {"Prosecutors brought two charges", "2 exact charge charge"},
      {"He was arrested on three charges", "3 exact charge charge"},
      {"The trial on two charges began", "2 exact charge charge"},
      {"The vote on two charges of impeachment began", "2 exact charge charge"},
      {"The Senate will vote on the two articles of impeachment", "2 exact article charge"},
      {"The two articles of the treaty say so", "2 exact article -"},
      {"He was acquitted of two articles of impeachment", "2 exact article -"},
      {"He was acquitted of three charges", "3 exact charge -"},
      {"The indictment alleges 12 counts against him", "12 exact count charge"},
      {"The battery holds 300 charges", "300 exact charge -"},
      // the classes of crime charged: felonies and misdemeanors, not crimes in general
      {"Police charged her with six election fraud felonies", "6 exact felony charge"},
      {"He faces two misdemeanors", "2 exact misdemeanor charge"},
      {"He was convicted of three felonies", "3 exact felony sentence"},
      {"He committed 12 felonies in a decade", "12 exact felony -"},
      {"Agree to pleas for two lesser misdemeanors rather than a serious misdemeanor",
       "2 exact misdemeanor -"},
      {"Police charged him after 12 crimes in a decade", "12 exact crime -"},
      {"missiles hit two US military bases", "2 exact base -"},
      {"the governor activated 41,500 National Guardsmen", "41500 exact guardsman -"},
      // a possessive modifies the noun after it; a possessive name after "of" is a determiner
      {"More than a dozen women's health care providers sued",
       "12 more_than provider -"},
      {"34 other sheriff\u2019s office employees quit", "34 exact employee -"},
      // a company's abbreviation and its stop stay inside the phrase
      {"60,000 Alabama Power Co. customers had no power", "60000 exact customer -"},
      // a suspended hyphen and its conjunction stay inside the phrase
      {"The city saw 761 drug- and alcohol-related intoxication deaths",
       "761 exact death kill"},
      {"It hired 200 full- or part-time workers", "200 exact worker hire"},
      // "death" opening a compound names no death; a place's name ending in "s" is no plural
      {"The court tossed out two Texas death sentences", "2 exact sentence -"},
      {"Three death row inmates were freed", "3 exact inmate -"},
      {"He received hundreds of death threats", "100 vague threat -"},
      {"Two deaths were reported in Kansas", "2 exact death kill"},
      {"He won 20 of Iowa's 30 delegates", "20 exact delegate win; 30 exact delegate -"},
      {"Two of J&J's subsidiaries were named in the suit", "2 exact subsidiary -"},
      {"Three of Johnson & Johnson's plants closed", "3 exact plant close"},
      {"He won 20 of Iowa\u2019s 30 delegates", "20 exact delegate win; 30 exact delegate -"},
      {"Two of Trump's aides quit", "2 exact aide -"},
      {"He won 12 of North Carolina's 13 districts",
       "12 exact district win; 13 exact district -"},
      {"Two of the Affordable Care Act's main provisions failed", "2 exact provision -"},
      {"He has two groups he's leading", "2 exact group -"},
      // a name with "and" or a capitalised plural inside it modifies the counted noun
      {"Ten U.S. Immigration and Customs Enforcement agents arrived",
       "10 exact agent -"},
      {"Two Health and Human Services employees spoke", "2 exact employee -"},
      {"four Metro Optics Eyewear locations", "4 exact location -"},
      // paired adjectives joined by "and" modify it too
      {"citing four current and former American officials", "4 exact official -"},
      {"There were just 13 confirmed or suspected covid-19 deaths", "13 exact death kill"},
      {"There were just 13 confirmed or suspected COVID-19 deaths", "13 exact death kill"},
      {"The study found 758 praised or promoted Fox News", ""},
      {"That included 29,086 caught by the Border Patrol", "29086 exact people arrest"},
      {"Six former and current officials spoke", "6 exact official -"},
      {"five past and present Republican senators", "5 exact senator -"},
      {"Two Democrats and three Republicans voted no",
       "2 exact democrat vote; 3 exact republican vote"},
      {"Two Democrats Pelosi and Schumer met", "2 exact democrat -"},
      {"162,000 Jobs Added In July", "162000 exact job hire"},
      {"The attack cost the life of a US soldier", "1 exact soldier kill"},
      // an adjective of an event before any plural noun: the noun counted, the event its own
      {"the three dissenting judges", "3 exact judge vote"},
      {"the four dissenting conservatives", "4 exact conservative vote"},
      {"There were two dissenting votes", "2 exact vote vote"},
      {"The blast left 12 dead bodies", "12 exact body kill"},
      {"A man killed an army reservist", "1 exact reservist kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("gapped conjuncts, parts 'of them' and 'others' count what the figure before counts",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a change in jobs told by any verb of rise or fall, after the subject's aside
      {"Employers added 223,000 jobs. Temporary-help jobs, a harbinger for future hiring, "
       "rebounded 15,200",
       "223000 exact job hire; 15200 exact job hire"},
      {"Employers added 223,000 jobs. Retail jobs tumbled 6,000 in May",
       "223000 exact job hire; 6000 exact job cut"},
      {"Employers added 223,000 jobs in May and 27,000 in April",
       "223000 exact job hire; 27000 exact job hire"},
      {"Police arrested 30 people on Friday and 12 on Saturday",
       "30 exact people arrest; 12 exact people arrest"},
      // a parenthetical between a subject with its place phrase and the verb; "as have"
      {"Three members of Congress, including two House lawmakers, have tested positive.",
       "3 exact member infect; 2 exact lawmaker infect"},
      {"Four inmates are dead and 215 have tested positive, as have 191 correctional officers "
       "and 34 other employees.",
       "4 exact inmate kill; 215 exact inmate infect; 191 exact officer infect; "
       "34 exact employee infect"},
      // a breakdown by place after a comma
      {"The quake left at least 38 people dead, 11 in Accumoli and 17 in the province of Rieti",
       "38 at_least people kill; 11 exact people kill; 17 exact people kill"},
      // or by origin, "from" a place, after a comma or "and"
      {"Universities count 9,728 students from Nigeria, 204 from Liberia and 95 from Guinea",
       "9728 exact student -; 204 exact student -; 95 exact student -"},
      {"The bill drew 94 votes from the GOP and 111 from Democrats",
       "94 exact vote vote; 111 exact vote vote"},
      // or by name, "for" someone, and the next of a ranking "followed by"
      {"Trump leads with 743 delegates, followed by 231 for Cruz, 110 for Rubio and 25 for "
       "Kasich",
       "743 exact delegate win; 231 exact delegate win; 110 exact delegate win; "
       "25 exact delegate win"},
      {"Trump has won 110 delegates, versus five for Kasich and three for Cruz",
       "110 exact delegate win; 5 exact delegate win; 3 exact delegate win"},
      // "rather than" and "instead of" set a count against the one just given
      {"May payrolls were revised down to show them rising 11,000 rather than the previously "
       "reported 38,000",
       "11000 exact job hire; 38000 exact job hire"},
      {"The forms are available in 14 languages, instead of two",
       "14 exact language -; 2 exact language -"},
      {"California reported 900 deaths, followed by 300 in Texas",
       "900 exact death kill; 300 exact death kill"},
      {"The index rose to 240 from 210", ""},
      {"Police say one suspect is dead, two at large", "1 exact suspect kill"},
      {"He has two children, ages 10 and 15.", "2 exact child -"},
      {"as many as 195 children on Jan. 20 and 21", "195 up_to child -"},
      {"Police said 500 people were injured, 41 of them in Barcelona",
       "500 exact people wound; 41 exact people wound"},
      // a part whose outcome an adverb names: "fatally" is dead, "critically" wounded
      {"Police said 64 people were shot, 11 fatally.",
       "64 exact people wound; 11 exact people kill"},
      {"In 1972, 26 civilians were shot, 14 of them fatally, by soldiers.",
       "26 exact civilian wound; 14 exact civilian kill"},
      {"At least 17 people were injured, two critically.",
       "17 at_least people wound; 2 exact people wound"},
      {"Five people were hurt, two seriously enough to need surgery.", "5 exact people wound"},
      {"More than half a million of those displaced since December are children, tens of "
       "thousands of whom are sleeping rough",
       "500000 more_than child displace cumulative; 10000 vague child -"},
      {"Nine people were killed and 45 others had been found",
       "9 exact people kill; 45 exact people -"},
      {"The quake killed at least 247 people, injuring hundreds of others.",
       "247 at_least people kill; 100 vague people wound"},
      {"Millions of others are doing the same.", "1000000 vague people -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("cases are infections only in an article about illness", "[figures]") {
  CHECK(article_figures("The court accepted two cases on Tuesday.") == "2 exact case -");
  CHECK(article_figures("Measles spreads in Arizona\n\nThere are now 40 cases in the state.") ==
        "40 exact case infect");
  CHECK(article_figures("There are now 40 new cases in the state.") == "40 exact case -");
  // cases of the law are none, even where an illness is the subject
  CHECK(article_figures("Measles spreads in Arizona\n\nA backlog of immigration cases reached "
                        "687,000 in March.") == "687000 exact case - cumulative");
  CHECK(article_figures("Measles spreads in Arizona\n\nJudges heard more than 100 legal cases.") ==
        "100 more_than case -");
  CHECK(article_figures("Measles spreads in Arizona\n\nThe state had 40 new cases.") ==
        "40 exact case infect");
}
