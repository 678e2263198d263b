// Figures: the rules added for general news English beyond the seeds (ranges, elided objects
// of thing events, job changes, lives, model names, list headings, new event words). Each
// row: text, the figures as "value qualifier head event" joined by "; ".
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "common/analysis/figures.hpp"
#include "common/analysis/tokens.hpp"
#include "tests/support/paragraphs.hpp"

namespace {

std::string figures_of(const std::string& text) {
  std::string out;
  for (const auto& f : tally::figures_in_text(text)) {
    out += out.empty() ? "" : "; ";
    out += tally::describe_figure(f);
  }
  return out;
}

// The figures of consecutive passages of one article (paragraphs split on "\n\n").
std::string article_figures(const std::string& article) {
  tally::FigureMemory memory;  // it keeps views of the passages, which live in `article`
  std::string out;
  for (const auto passage : tally::testing::paragraphs(article)) {
    const auto tt = tally::tokenize(passage);
    for (const auto& f : tally::extract_figures(passage, tt, memory).figures) {
      out += out.empty() ? "" : "; ";
      out += tally::describe_figure(f.figure);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("ranges are one figure: 'or' at its low end, 'between' up to its high end",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Between 40 and 50 miners were trapped", "50 up_to miner -"},
      {"anywhere between 1 million and 3 million jobs", "3000000 up_to job -"},
      {"Economists expected the U.S. to add anywhere between 1 million and 3 million jobs",
       "3000000 up_to job hire modal"},
      {"The quake killed between 40 and 50 people", "50 up_to people kill"},
      {"More than 30 or 40 villagers were killed in the raid", "30 more_than villager kill"},
      {"two or three guards were wounded", "2 exact guard wound"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a range keeps its bounds", "[figures]") {
  const auto figures = tally::figures_in_text("between 12 and 20 sailors are missing");
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].low == 12);
  CHECK(figures[0].high == 20);
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
      {"It was renewed on lopsided votes: 98-0 in the Senate and 390-33 in the House.",
       "98 exact vote vote; 390 exact vote vote; 33 exact vote vote"},
      // a score or a record is not a vote
      {"The Jazz won 113-97 on Tuesday.", ""},
      {"The Lakers won 98-90 in the final.", ""},
      {"They finished the season 2-14.", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("changes in jobs and payrolls are hires and cuts", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Payrolls rose by a stronger-than-forecast 210,000 in March", "210000 exact job hire"},
      {"Construction jobs grew 12,000 last month", "12000 exact job hire"},
      {"factory employment fell by 8,000", "8000 exact job cut"},
      {"Retail sales rose 4,000 units", "4000 exact unit -"},
      {"The economy added only 74,000 jobs in December", "74000 exact job hire"},
      {"Economists expected an addition of 193,000 jobs", "193000 exact job hire modal"},
      {"The recession wiped out 8.7 million jobs", "8700000 exact job cut"},
      {"a net loss of 20,000 jobs", "20000 exact job cut"},
      {"the cuts of 20,000 jobs", "20000 exact job cut"},
      {"About 190,000 jobs were added in July", "190000 about job hire"},
      {"U.S. hiring falls 33,000 after hurricanes", "33000 exact job cut"},
      {"US economy adds paltry 38,000 jobs in May", "38000 exact job hire"},
      {"Only 38,000 jobs added", "38000 exact job hire"},
      {"a growth of 103,000 jobs", "103000 exact job hire"},
      {"The economy added just 38,000 jobs, 122,000 fewer than expected",
       "38000 exact job hire; 122000 exact job hire"},
      {"Weekly jobless claims hit 6.6 million", "6600000 exact claim -"},
      {"Continuing claims numbered 21.05 million", "21050000 exact claim -"},
      {"Jobless Claims Fall to 1.5 Million", "1500000 exact claim -"},
      {"Claims hit a record 6.87 million in late March", "6870000 exact claim -"},
      {"New claims came in at 1.43 million", "1430000 exact claim -"},
      {"Initial claims for state unemployment benefits fell to 1,542,000",
       "1542000 exact claim -"},
      {"Moms between the ages of 24 and 39 answered", ""},
      {"Employers added nearly 2.4 million workers to their payrolls",
       "2400000 nearly worker hire"},
      {"The plant shed 500 employees", "500 exact employee cut"},
      {"Unemployment claims stood at 3 million", "3000000 exact claim -"},
      {"Auto sales rose to 1.5 million", "1500000 exact sale -"},
      {"Overdoses involving synthetic opioids jumped to 19,410", ""},
      {"Manufacturing rose by 42,000 positions", "42000 exact position hire"},
      {"January's job gains were upwardly revised to 273,000, from the 225,000 previously "
       "reported.",
       "273000 exact job hire; 225000 exact job hire"},
      {"December's payroll additions were revised by 37,000 to 184,000.",
       "37000 exact job hire; 184000 exact job hire"},
      {"The previous week's upwardly revised 2.438 million was down.", ""},
      {"Government employees increased by 45,000 in February", "45000 exact employee hire"},
      {"The agency added 56,500 payrolls", "56500 exact job hire"},
      {"It posted a net 15,000 payroll gains", "15000 exact job hire"},
      {"Some 7,000 temporary workers were added", "7000 about worker hire"},
      {"The virus destroyed 20.5 million jobs", "20500000 exact job cut"},
      // in a report on employment, bare jobs are jobs added, unless kept or open
      {"The unemployment rate fell. Employers reported only 271,000 jobs.",
       "271000 exact job hire"},
      {"The unemployment rate fell. The firm will keep 1,000 jobs.", "1000 exact job -"},
      {"The firm reported 271,000 jobs.", "271000 exact job -"},
      // a gain or loss after the number, in a report on employment: jobs added or cut
      {"The unemployment rate fell. Employers added 312,000 jobs after an upwardly revised "
       "176,000 gain the prior month.",
       "312000 exact job hire; 176000 exact job hire"},
      {"Shares posted a 391,000 gain.", ""},
      {"Hiring by health-care companies boosted payrolls by 227,000.", "227000 exact job hire"},
      {"Hiring slowed, with payrolls increasing 185,000 last month.", "185000 exact job hire"},
      // a bare number after a gain or loss, in a report on employment; a level is no event
      {"The unemployment rate fell, after a gain of 217,000 in May.", "217000 exact job hire"},
      {"The unemployment rate fell. Jobs Gain Of 217,000 Reported", "217000 exact job hire"},
      {"Shares fell, after a gain of 217,000 in May.", ""},
      // what costs jobs cuts them, past an indirect object
      {"The move will cost the Nutmeg State 3,000 jobs.", "3000 exact job cut modal"},
      {"The closure cost the state 3,000 jobs.", "3000 exact job cut"},
      {"The unemployment rate fell. It put the payroll number at nearly 138.5 million jobs.",
       "138500000 nearly job -"},
      // a verb of change right before the toll's number
      {"As the death toll climbs above 100,000, officials worry.",
       "100000 more_than death kill cumulative"},
      // a headline's present tense: the capital of "Rise" does not make the number a name
      {"U.S. Payrolls Rise 312,000, Wages Accelerate", "312000 exact job hire"},
      // in a report on employment: new jobs are jobs added, a revision of payrolls is no
      // loss, a fall right after jobs counts jobs
      {"The unemployment rate fell. New jobs in October totaled 152,000.",
       "152000 exact job hire"},
      {"The unemployment rate fell. Payrolls in November were revised down by 10,000 to 256,000.",
       "10000 exact job hire; 256000 exact job hire"},
      {"The unemployment rate fell. Retail added 41,200 jobs, reversing the decline of 14,100.",
       "41200 exact job hire; 14100 exact job cut"},
      {"The unemployment rate fell. Jobless claims saw a drop of 200,000.", ""},
      // every number a verb of change reaches counts its subject
      {"Continuing claims for unemployment benefits during the week ending May 30 fell 339,000 "
       "to 20,929,000.",
       "339000 exact claim -; 20929000 exact claim -"},
      {"Last week's claims were revised up slightly to 1.897 million from 1.877 million.",
       "1897000 exact claim -; 1877000 exact claim -"},
      {"For the week ending June 25, new claims came in at 1.43 million, down from 1.48 million "
       "the previous week.",
       "1430000 exact claim -; 1480000 exact claim -"},
      {"Home sales fell 12,000 to 410,000 in May.", "12000 exact sale -; 410000 exact sale -"},
      {"The number of workers who lost their jobs climbed by 588,000 to a total of 2.8 million.",
       "588000 exact worker cut; 2800000 exact worker cut cumulative"},
      {"The number of people stopped at the border dropped to 104,000 in June.",
       "104000 exact people -"},
      {"The vote went 30 seats to 12 in the end.", "30 exact seat -"},
      // an event noun as the subject gives its event; a percentage is a complement of the verb
      {"Deaths rose by 50% to 3,869 from 2,579.",
       "3869 exact death kill cumulative; 2579 exact death kill"},
      // the toll far back, past a long modifier
      {"The number of people caught illegally crossing into the U.S. or turned away at the "
       "Mexican border dropped to 104,000 in June, compared to 144,000 a month earlier.",
       "104000 exact people -; 144000 exact people -"},
      // past an appositive and a week ended on a day; "totaled" after "the number of"
      {"Continuing claims, those made after an initial application, fell for the week ended "
       "May 16 to just over 21 million, down from nearly 25 million.",
       "21000000 more_than claim -; 25000000 nearly claim -"},
      {"The number of new jobless claims, which economists deem a better gauge, totaled "
       "1,914,958 in the week ending May 23.",
       "1914958 exact claim -"},
      // a period revised: the count of what came before
      {"New claims fell to 2.123 million. The prior week was revised up by 8,000 to 2,438,000.",
       "2123000 exact claim -; 8000 exact claim -; 2438000 exact claim -"},
      {"It sold 900 cars. The stock was revised up by 8,000 to 2,438,000.",
       "900 exact car sell"},
      // a forecast's number, then what it counts
      {"Economists had been expecting around 2.1 million for weekly claims.",
       "2100000 about claim - modal"},
      {"Amazon is expected to hire 1,500 for distribution facilities.", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("lives counted are deaths unless saved", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The epidemic claimed the lives of 2,300 people", "2300 exact people kill"},
      {"the war cost 90,000 lives", "90000 exact life kill"},
      {"the vaccine saved 5,000 lives", "5000 exact life -"},
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

TEST_CASE("new event words of news English", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"About 2,000 fans attended the match", "2000 about fan attend"},
      {"The dinner was attended by two dozen lawmakers", "24 exact lawmaker attend"},
      {"He already had collected 21 delegates", "21 exact delegate win"},
      {"Democrats lost 63 seats, and they flipped only six seats",
       "63 exact seat lose; 6 exact seat win"},
      {"He sees off a pair of donors", "2 exact donor -"},
      {"FBI Arrests 3 Brooklyn Men Planning To Join ISIS", "3 exact man arrest"},
      {"Navy Rescues 40 Migrants Off Libya", "40 exact migrant rescue"},
      {"Gunmen captured three journalists", "3 exact journalist kidnap"},
      {"The Secret Service intercepted two suspicious packages", "2 exact package -"},
      {"The bill could cost 286,000 jobs", "286000 exact job cut modal"},
      {"About 400 caravan participants have been sent back", "400 about participant deport"},
      {"Over a dozen members of the Ravens and Jaguars knelt", "12 more_than member protest"},
      {"He was paid 35,000 reais", ""},
      {"They found two soldiers who had died earlier", "2 exact soldier kill"},
      {"Two Mi24 helicopters were taken down", "2 exact helicopter destroy"},
      {"Rebels took control of nine checkpoints", "9 exact checkpoint capture"},
      {"Two officers succumbed to their wounds", "2 exact officer kill"},
      {"The court's 5-4 majority held", ""},
      {"Rebels captured 12 soldiers", "12 exact soldier capture"},
      {"He needs 60 votes in the Senate", "60 exact vote -"},
      {"We lost two great men today", "2 exact man kill"},
      {"The agency lost track of nearly 1,500 more immigrant children",
       "1500 nearly child missing"},
      {"Iron Dome intercepted two rockets", "2 exact rocket destroy"},
      {"The army completed the destruction of 32 tunnels", "32 exact tunnel destroy"},
      {"They ranked the 20 greatest American movies", "20 exact movie -"},
      {"He faces trial for 239 protesters' deaths", "239 exact protester kill"},
      {"Militants are holding at least three other Americans hostage",
       "3 at_least american kidnap"},
      {"More than 6,000 people filed past the casket", "6000 more_than people attend"},
      {"The suit accuses eight members of the family", "8 exact member charge"},
      {"Trump accuses two protesters of lying", "2 exact protester protest"},
      {"The bill passed the House by a vote of 316 to 90", "316 exact vote vote; 90 exact vote vote"},
      {"It was approved 97 to 0 by the Senate", "97 exact vote vote"},
      {"It was passed by the Senate on Thursday by 80-17", "80 exact vote vote; 17 exact vote vote"},
      {"Prices rose from 5 to 10", ""},
      {"Seven members of the 2nd Marine Expeditionary Force were killed",
       "7 exact member kill"},
      {"More than 500 roads and bridges are closed", "500 more_than road close"},
      {"They want to save the two hostages", "2 exact hostage kidnap"},
      {"The offensive began, driving out more than 200,000 Kurds",
       "200000 more_than kurd displace"},
      {"About 1,000 people are staying in shelters", "1000 about people displace"},
      {"A reported 2,000 people joined the demonstration", "2000 exact people protest"},
      {"A reported 2,000 people joined the company", "2000 exact people -"},
      {"The team lost 3 players to injury", "3 exact player -"},
      {"Some 66,000 spectators were inside", "66000 about spectator attend"},
      {"The bill got 60 votes in the Senate", "60 exact vote vote"},
      {"He bought a pair.", ""},
      {"It was a big pair of shoes.", ""},
      {"They named a diverse trio of respected legal figures", "3 exact figure -"},
      {"Staff at six detention centers have contracted the virus", "6 exact center -"},
      {"At least 848 Blacks in the state have contracted the disease",
       "848 at_least black infect"},
      {"More than 182,000 absentee ballots had been issued", "182000 more_than ballot -"},
      {"CNN reviewed a half-dozen recent primaries", "6 about primary -"},
      {"Florida reported nearly forty-thousand new cases", "40000 nearly case -"},
      {"Cruz completed a sweep of Colorado's 34 delegates", "34 exact delegate win"},
      {"California, with 172 delegates, votes later", "172 exact delegate -"},
      // delegates a candidate has or gets are won; a threshold or a state's share is not
      {"Trump leads with 664 delegates, and Sanders has 573 delegates.",
       "664 exact delegate win; 573 exact delegate win"},
      {"He is scooping up 90 delegates.", "90 exact delegate win"},
      {"It takes 2,383 total delegates to win.", "2383 exact delegate - cumulative"},
      {"Securing the GOP nomination requires 1,237 delegates.", "1237 exact delegate -"},
      {"Three citizens and the gunman were killed", "3 exact citizen kill"},
      {"Nine people are now in custody", "9 exact people arrest"},
      {"The regime slaughtered some 8,000 men", "8000 about man kill"},
      {"Manufacturers dropped 2,000 workers", "2000 exact worker cut"},
      {"The government filled 40,000 positions", "40000 exact position hire"},
      {"a survey of some 2,100 young people ages 16 to 29", "2100 about people -"},
      {"The toll has topped 4,000, including 26 in Italy.",
       "4000 more_than death kill cumulative; 26 exact death kill"},
      {"Three rebels were arrested. The state has the worst toll, with almost 2,000 killed.",
       "3 exact rebel arrest; 2000 nearly people kill"},
      {"some 300 residents gathered outside city hall", "300 about resident attend"},
      {"more than 5,000 people took part in the march", "5000 more_than people protest"},
      {"About 900 campers were forced off the mountain", "900 about camper evacuate"},
      {"four nurses have contracted the virus", "4 exact nurse infect"},
      {"six firefighters were treated for smoke inhalation", "6 exact firefighter wound"},
      {"the mills employ 3,000 workers", "3000 exact worker employ"},
      {"Two more defendants were found guilty", "2 exact defendant sentence"},
      {"The hotel has a dozen suites", "12 about suite -"},
      {"The airline lost orders for 14 jets", "14 exact jet lose"},
      {"The concert drew more than 8,000 fans", "8000 more_than fan attend"},
      {"About 3,000 pilgrims visit the shrine each spring", "3000 about pilgrim attend"},
      {"The judge's ruling on Friday to jail four bankers", "4 exact banker sentence"},
      {"The council voted to close three libraries", "3 exact library close"},
      {"The council plans to close three libraries", "3 exact library close modal"},
      {"Police arrested a total of 45 fans", "45 exact fan arrest cumulative"},
      {"The arrests in the north included 12 students", "12 exact student arrest"},
      {"17 barns were \"completely destroyed\" by the storm", "17 exact barn destroy"},
      {"a video showing the beheading of two journalists", "2 exact journalist kill"},
      {"militants beheading a dozen soldiers", "12 about soldier kill"},
      {"There were 4,084 lynchings in those years", "4084 exact lynching kill"},
      {"At least 29 people were taken to the hospital", "29 at_least people wound"},
      {"They staged a protest of about 500 people", "500 about people protest"},
      {"a crowd of more than 200 people filled the hall", "200 more_than people attend"},
      {"crowds of 600,000 people marched", "600000 exact people protest"},
      {"The protest was peaceful, police said. About 40 people took part.",
       "40 about people protest"},
      {"two separate protests in the city", "2 exact protest -"},
      {"Hundreds protest the new law", "100 vague people protest"},
      {"the anti-government protest of 500 people", "500 exact people protest"},
      {"the arrest of 12 students", "12 exact student arrest"},
      {"Three civilians were gunned down", "3 exact civilian kill"},
      {"Two parishioners drew their weapons", "2 exact parishioner -"},
      {"four suicide bombers blew themselves up", "4 exact bomber kill"},
      {"3 British men on trial over bomb plot", "3 exact man charge"},
      {"Police used tear gas 87 times", "87 exact time -"},
      {"There were five times as many cases", ""},
      {"Nearly three quarters of voters agreed", ""},
      {"The economy grew for three quarters", ""},
      {"FOX 35 Investigation Reveals", ""},
      {"There are 3.6 gun deaths per 100,000 people.", ""},
      {"Thousands of people have lost jobs in the sector.", "1000 vague people cut"},
      {"He made a 911 call reporting apparent break-ins", ""},
      {"911 dispatchers received 40 calls", "40 exact call -"},
      {"Nearly 800 homes and other buildings were destroyed", "800 nearly home destroy"},
      {"More than 200,000 people evacuated their homes", "200000 more_than people evacuate"},
      {"The US surpassed 3 million coronavirus infections", "3000000 more_than infection infect"},
      {"Florida reported 266,119 \"confirmed cases\" of the virus",
       "266119 exact case infect"},
      {"The clip was viewed 1.3 million times https://t.co/x", "1300000 exact time -"},
      {"The court ruled 7-2 on Monday", "7 exact vote vote; 2 exact vote vote"},
      {"In a 5-4 decision, the court sided with the baker", "5 exact vote vote; 4 exact vote vote"},
      {"The Senate approved the measure Thursday 85-8", "85 exact vote vote; 8 exact vote vote"},
      {"The final tally was 36-3", "36 exact vote vote; 3 exact vote vote"},
      {"He recalled the massacre of nine church members", "9 exact member kill"},
      {"Only 14 of these most powerful storms made landfall", "14 exact storm -"},
      {"Clinton has won 1,243 delegates. Clinton has 1,712, to Sanders' 1,004.",
       "1243 exact delegate win; 1712 exact delegate -; 1004 exact delegate -"},
      {"The Atlantic saw 14 powerful storms. The Pacific had only three.",
       "14 exact storm -; 3 exact storm -"},
      // what a named place receives: the thing counted before the places
      {"More than 1,000 children were released in each of 10 states, with Texas receiving "
       "4,280. Vermont received just three.",
       "1000 more_than child -; 10 exact state -; 4280 exact child -; 3 exact child -"},
      {"He received 20.", ""},
      {"The state reported 2,000 new virus cases. By Tuesday it had nearly 50,000.",
       "2000 exact case infect; 50000 nearly case infect"},
      {"More than 200 Republicans who voted for the bill canceled their town halls",
       "200 more_than republican -"},
      {"Some 241,000 residents who fled the island returned", "241000 about resident displace"},
      {"Seven with critical injuries were flown out", "7 exact people wound"},
      {"The rally could draw as many as 100,000 supporters", "100000 up_to supporter attend modal"},
      {"Cohen pleaded guilty last month to eight charges", "8 exact charge charge"},
      {"He was shot three times in the back", "3 exact time -"},
      // one of a group that a singular verb's event befell; the group did not all suffer it
      {"One of the three judges dissented", "1 exact judge vote; 3 exact judge -"},
      {"One of their men was killed", "1 exact man kill"},
      {"One of the civilians killed in the strike was a child", ""},
      {"One of the reasons is cost", ""},
      // the times one is deported, arrested, sentenced or wins are those events
      {"He had been deported to Mexico five times", "5 exact time deport"},
      {"He was sentenced to federal custody four times", "4 exact time sentence"},
      {"She won the last three times she ran there", "3 exact time win"},
      {"The odds come from simulating the win 20,000 times", "20000 exact time -"},
      {"The law would release 2,837 convicted sex offenders", "2837 exact offender -"},
      {"Two wounded soldiers were flown out", "2 exact soldier wound"},
      {"Three dead civilians were found", "3 exact civilian kill"},
      {"Nine other people, four civilians and five police officers, were taken to local "
       "hospitals",
       "9 exact people wound; 4 exact civilian wound; 5 exact officer wound"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a word for the count set equal to a bare number counts what came before", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Officials said 40 people were killed. The BBC says the number is 48.",
       "40 exact people kill; 48 exact people kill"},
      {"The storm killed 900 people. The ministry put the number at 1,085.",
       "900 exact people kill; 1085 exact people kill"},
      {"Democrats flipped three offices, bringing their total to 54.",
       "3 exact office -; 54 exact office - cumulative"},
      {"Sixteen hospitals closed in 2017. Last year, that number reached 47.",
       "16 exact hospital close; 47 exact hospital close"},
      // a verb, an adjective, and a count that names its own noun
      {"About 40 people came. Count to 10, Donald.", "40 about people -"},
      {"It holds 84,000 inmates. The total population is about 54 million.",
       "84000 exact inmate -"},
      {"He won 20 delegates. The number of voters is 400.",
       "20 exact delegate win; 400 exact voter -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("a number reached by a plural event noun is a running total of it", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Measles cases topped 500 this spring", "500 more_than case infect cumulative"},
      {"Flood deaths rose to 31", "31 exact death kill cumulative"},
      {"Deaths stood at 40", "40 exact death kill cumulative"},
      {"Border arrests climbed by 9 percent to 4,120", "4120 exact arrest arrest cumulative"},
      {"Civilian deaths have passed 200", "200 more_than civilian kill cumulative"},
      // not a total: a plain count after "to", the noun of an "of" phrase
      {"Arrests went to the courts", ""},
      {"Cases of fraud reached 40", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("the subject of an active event verb did it, not suffered it", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Three gunmen killed 8 villagers", "3 exact gunman -; 8 exact villager kill"},
      {"A police officer fatally shot Michael Brown", ""},
      {"Three soldiers were killed Monday", "3 exact soldier kill"},
      {"Turkey Claims More Than 50 Syrian Forces Killed After Airstrike",
       "50 more_than force kill"},
      {"A sniper wounded two guards", "2 exact guard wound"},
      {"Four soldiers killed at a checkpoint", "4 exact soldier kill"},
      {"Five protesters were arrested", "5 exact protester arrest"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
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
      // an event noun as the subject gives its event; a percentage is a complement of the verb
      {"Deaths rose by 50% to 3,869 from 2,579.",
       "3869 exact death kill cumulative; 2579 exact death kill"},
      // the toll far back, past a long modifier
      {"The number of people caught illegally crossing into the U.S. or turned away at the "
       "Mexican border dropped to 104,000 in June, compared to 144,000 a month earlier.",
       "104000 exact people -; 144000 exact people -"},
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
      {"a town of about 4,000 residents", "4000 about resident -"},
      {"a population of about 75,000", "75000 about population -"},
      {"By a vote of 245-182, the House passed the bill", "245 exact vote vote; 182 exact vote vote"},
      // a conviction is a sentence (tests/analysis/devset/README.md), a plea or a charge not
      {"He was convicted on eight counts of material support", "8 exact count sentence"},
      {"He was found guilty of two charges", "2 exact charge sentence"},
      {"He pleaded guilty to eight charges", "8 exact charge charge"},
      {"He was indicted on eight counts of fraud", "8 exact count charge"},
      {"missiles hit two US military bases", "2 exact base -"},
      {"the governor activated 41,500 National Guardsmen", "41500 exact guardsman -"},
      // a possessive modifies the noun after it; a possessive name after "of" is a determiner
      {"More than a dozen women's health care providers sued",
       "12 more_than provider -"},
      {"34 other sheriff\u2019s office employees quit", "34 exact employee -"},
      {"He won 20 of Iowa's 30 delegates", "20 exact delegate win; 30 exact delegate -"},
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
      {"Police say one suspect is dead, two at large", "1 exact suspect kill"},
      {"He has two children, ages 10 and 15.", "2 exact child -"},
      {"as many as 195 children on Jan. 20 and 21", "195 up_to child -"},
      {"Police said 500 people were injured, 41 of them in Barcelona",
       "500 exact people wound; 41 exact people wound"},
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
}
