// Figures reached by verbs of change and counts restated: jobs and payrolls added or cut,
// jobless claims, running totals, "the number is 48". Each row: text, the figures as "value
// qualifier head event" joined by "; ".
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/figure_strings.hpp"

using tally::testing::figures_of;

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
      // new jobs are jobs added, unless a verb says otherwise
      {"The U.S. saw 130,000 new jobs in August", "130000 exact job hire"},
      {"The plant will bring 500 new jobs", "500 exact job hire"},
      {"Some 300 new jobs were lost", "300 about job cut"},
      // announced job cuts count cuts
      {"Employers announced 434,350 job cuts", "434350 exact cut cut"},
      {"Planned job cuts plunged to 32,556", "32556 exact cut cut"},
      {"the cuts of 20,000 jobs", "20000 exact job cut"},
      {"About 190,000 jobs were added in July", "190000 about job hire"},
      {"U.S. hiring falls 33,000 after hurricanes", "33000 exact job cut"},
      {"US economy adds paltry 38,000 jobs in May", "38000 exact job hire"},
      // a verb that is also a noun ("gains", "increase") is a verb before an article
      {"U.S. gains a robust 266,000 jobs", "266000 exact job hire"},
      {"U.S. Economy Added A Robust 292,000 Jobs In December", "292000 exact job hire"},
      {"Only 38,000 jobs added", "38000 exact job hire"},
      {"a growth of 103,000 jobs", "103000 exact job hire"},
      {"The economy added just 38,000 jobs, 122,000 fewer than expected",
       "38000 exact job hire; 122000 exact job hire"},
      {"Weekly jobless claims hit 6.6 million", "6600000 exact claim -"},
      {"Continuing claims numbered 21.05 million", "21050000 exact claim -"},
      {"Jobless Claims Fall to 1.5 Million", "1500000 exact claim -"},
      {"Claims hit a record 6.87 million in late March", "6870000 exact claim -"},
      {"New claims came in at 1.43 million", "1430000 exact claim -"},
      {"US unemployment claims fall to 326K", "326000 exact claim -"},
      {"They told us claims fell to 326,000", "326000 exact claim -"},
      {"Initial claims for state unemployment benefits fell to 1,542,000",
       "1542000 exact claim -"},
      {"Moms between the ages of 24 and 39 answered", ""},
      {"Employers added nearly 2.4 million workers to their payrolls",
       "2400000 nearly worker hire"},
      {"The plant shed 500 employees", "500 exact employee cut"},
      {"Unemployment claims stood at 3 million", "3000000 exact claim -"},
      {"Auto sales rose to 1.5 million", "1500000 exact sale -"},
      {"Overdoses involving synthetic opioids jumped to 19,410", ""},
      // the subject of a reported clause, after its verb or "that"
      {"The department said applications dropped 12,000", "12000 exact application -"},
      {"The agency reported that claims had dropped 8,000", "8000 exact claim -"},
      {"Data showed that jobless claims fell 5,000", "5000 exact claim -"},
      {"Claims for the previous week were revised upward to 6.8 million",
       "6800000 exact claim -"},
      {"Applications among teenagers fell to 300", "300 exact application -"},
      {"The median age of new young applicants in Florida has declined from 50 to 33", ""},
      {"The median age of applicants in Florida declined from 50 to 33", ""},
      {"Applications in Ohio fell to 300", "300 exact application -"},
      // a headline's present tense: "soar", "spike", "hits", "plunge"
      {"Jobless claims spike to 3.28 million", "3280000 exact claim -"},
      {"Claims soar to 6.6 million", "6600000 exact claim -"},
      {"Death toll hits 50", "50 exact death kill cumulative"},
      {"Coronavirus cases plunge to 300", "300 exact case infect"},
      {"Claims under the federal program also totaled 1.039 million", "1039000 exact claim -"},
      // a copula's bare number ends its clause; not an age, a list or a range
      {"Initial claims were 1,314,000 for the week ending July 4", "1314000 exact claim -"},
      {"Total coronavirus cases are over 1.7 million", "1700000 more_than case infect cumulative"},
      {"Claims were 1.3 million, the department said", "1300000 exact claim -"},
      {"The victims were 17, police said", ""},
      {"The victims' ages are 33, 37 and 39", ""},
      {"Their ranks are 30 to 40, enough to derail a vote", ""},
      {"The declines are three or four times smaller", ""},
      {"Those who are 30 or under may apply", ""},
      {"Visas for workers who are 18, officials said", ""},
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
      // a list's item after jobs takes the list's verb
      {"The unemployment rate rose. We lost 28,000 construction jobs, 8,000 education jobs.",
       "28000 exact job cut; 8000 exact job cut"},
      // a gain or loss after the number, in a report on employment: jobs added or cut
      {"The unemployment rate fell. Employers added 312,000 jobs after an upwardly revised "
       "176,000 gain the prior month.",
       "312000 exact job hire; 176000 exact job hire"},
      {"Shares posted a 391,000 gain.", ""},
      {"Hiring by health-care companies boosted payrolls by 227,000.", "227000 exact job hire"},
      {"The strike depressed employment growth by 34,000 jobs.", "34000 exact job cut"},
      {"It reduced information sector jobs by 34,000.", "34000 exact job cut"},
      {"We reduced the state government workforce by 13,000.", "13000 exact job cut"},
      {"The storm depressed sales by 3,000 units.", "3000 exact unit -"},
      {"Hiring slowed, with payrolls increasing 185,000 last month.", "185000 exact job hire"},
      // a bare number after a gain or loss, in a report on employment; a level is no event
      {"The unemployment rate fell, after a gain of 217,000 in May.", "217000 exact job hire"},
      {"The unemployment rate fell. Jobs Gain Of 217,000 Reported", "217000 exact job hire"},
      {"Shares fell, after a gain of 217,000 in May.", ""},
      {"The unemployment rate fell; economists predicted job growth of around 161,000.",
       "161000 about job hire modal"},
      {"The unemployment rate fell; population growth of 161,000 was seen.", ""},
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
      {"The unemployment rate fell. 5,000 jobs disappeared in March.", "5000 exact job cut"},
      // the number of jobs added or lost: hires and cuts
      {"The number of jobs added for March was revised upward from 88,000 to 138,000.",
       "88000 exact job hire; 138000 exact job hire"},
      {"The number of jobs lost rose to 20,000.", "20000 exact job cut cumulative"},
      // fewer jobs are jobs cut
      {"The cuts could lead to 750,000 fewer jobs this year.", "750000 exact job cut modal"},
      {"Employers have added 2.6 million people to their payrolls.",
       "2600000 exact people hire"},
      {"He estimated that 15 million jobs could disappear.", "15000000 exact job cut modal"},
      {"The unemployment rate fell. Economists had forecast a payroll decline of 100,000.",
       "100000 exact job cut modal"},
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
      // a limit set on what is counted: "cap on", "limit for", "ceiling of"
      {"Biden calls for increasing the annual cap on refugees from 18,000 to 125,000.",
       "18000 exact refugee -; 125000 exact refugee -"},
      // a verb of change makes "from ... to ..." two figures, the first a running total when
      // it raises one ("raising the toll from 10 to 15")
      {"Biden calls for raising the annual cap on refugees from 18,000 to 125,000.",
       "18000 exact refugee - cumulative; 125000 exact refugee -"},
      {"The company is cutting its staff from 500 to 300 workers.",
       "500 exact worker -; 300 exact worker -"},
      {"The limit on H-1B visas is 85,000.", "85000 exact visa -"},
      {"They set the ceiling for refugee admissions at 30,000.", "30000 exact admission -"},
      {"The cap grew to 40,000.", ""},
      // a number that stays where it was; the counted noun ends at the verb
      {"The number of long-term unemployed stayed essentially unchanged at 4.8 million.",
       "4800000 exact unemployed -"},
      {"Jobless claims remained steady at 1.5 million.", "1500000 exact claim -"},
      {"Gas rose 1 cent a gallon.", ""},
      // an event noun as the subject gives its event; a percentage is a complement of the verb
      {"Deaths rose by 50% to 3,869 from 2,579.",
       "3869 exact death kill cumulative; 2579 exact death kill"},
      // the toll far back, past a long modifier (people caught crossing are arrests)
      {"The number of people caught illegally crossing into the U.S. or turned away at the "
       "Mexican border dropped to 104,000 in June, compared to 144,000 a month earlier.",
       "104000 exact people arrest; 144000 exact people arrest"},
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

TEST_CASE("a bare number an estimate or a change gives counts what came before", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Private payrolls rose by 301,000, well above the median estimate of 185,000.",
       "301000 exact job hire; 185000 exact job hire"},
      {"The economy created 132,000 jobs, down from an earlier estimate of 148,000 in August.",
       "132000 exact job hire; 148000 exact job hire"},
      {"Germany took in 890,000 migrants, down from a previous estimate of 1.1 million.",
       "890000 exact migrant -; 1100000 exact migrant -"},
      {"Claims totaled 2.1 million. That was a decrease of 323,000 from the previous week.",
       "2100000 exact claim -; 323000 exact claim -"},
      // a number with its own noun, a percentage, nothing counted before, no point of change
      {"Officials gave an estimate of 100,000 to 240,000 fatalities.",
       "240000 up_to fatality kill"},
      {"He sold 900 cars, ahead of estimates for 3% growth.", "900 exact car sell"},
      {"The median estimate of 185,000 was too low.", ""},
      {"Claims totaled 2.1 million, an increase of 323,000.", "2100000 exact claim -"},
      // a revision whose subject refers back: a pronoun or a noun of count
      {"Employers added 200,000 jobs. That was revised down to 268,000 in May.",
       "200000 exact job hire; 268000 exact job hire"},
      {"Employers added 142,000 jobs. The number was being revised to 137,000.",
       "142000 exact job hire; 137000 exact job hire"},
      {"It sold 900 cars. The price was revised up to 12,000.", "900 exact car sell"},
      // raised or lowered, from one number to the other; payroll increases are jobs added
      {"Employers added 134,000 jobs. July's gain was raised from 147,000 to 165,000.",
       "134000 exact job hire; 147000 exact job hire; 165000 exact job hire"},
      {"Employers added 134,000 jobs. The gain was lowered to 2.31 million.",
       "134000 exact job hire; 2310000 exact job hire"},
      {"Payroll increases for July and August were revised by a total 87,000.",
       "87000 exact job hire cumulative"},
      {"It sold 900 cars. The price was raised from 11,000 to 12,000.", "900 exact car sell"},
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
      // a time, a place or "from" may follow the number; another word may not ("2 to 3 points")
      {"Employers added 211,000 jobs. That figure was revised to 174,000 Friday.",
       "211000 exact job hire; 174000 exact job hire"},
      {"Employers added 211,000 jobs. That number has now been revised upward, to 252,000.",
       "211000 exact job hire; 252000 exact job hire"},
      {"Colleges saw 43 disinvitations in 2016. The number plummeted to 18 last year.",
       "43 exact disinvitation -; 18 exact disinvitation -"},
      {"The feds had 44 planes. Today, the number is down to nine for the entire country.",
       "44 exact plane -; 9 exact plane -"},
      {"About 150 people had to wait. That number was down to 40 later in the day.",
       "150 about people -; 40 exact people -"},
      {"Some 41 states had laws. The number is 18 nationwide.", "41 about state -; 18 exact state -"},
      {"The city counted 3,100 births. The number was 3,223 that year.",
       "3100 exact birth -; 3223 exact birth -"},
      {"The city counted 3,100 births. The number was 3,223 that day.", "3100 exact birth -"},
      {"Pollsters found 40 shy voters. That number is at least 2 to 3 points.",
       "40 exact voter -"},
      // a verb, an adjective, and a count that names its own noun
      {"About 40 people came. Count to 10, Donald.", "40 about people -"},
      {"It holds 84,000 inmates. The total population is about 54 million.",
       "84000 exact inmate -"},
      {"He won 20 delegates. The number of voters is 400.",
       "20 exact delegate win; 400 exact voter -"},
      // a part the count includes shares its event
      {"Last month, 76,000 migrants were detained. That figure includes 7,000 children.",
       "76000 exact migrant arrest; 7000 exact child arrest"},
      {"He met 76,000 migrants. That figure includes 7,000 children.",
       "76000 exact migrant -; 7000 exact child -"},
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
      // the gerund of an absolute phrase: "with the death toll passing 100"
      {"It spread, with the death toll passing 100", "100 more_than death kill"},
      {"It spread, with deaths topping 58,000", "58000 more_than death kill cumulative"},
      {"It spread, with cases reaching 233", "233 exact case infect cumulative"},
      // not a total: a plain count after "to", the noun of an "of" phrase
      {"Arrests went to the courts", ""},
      {"Cases of fraud reached 40", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("the other end of a change counts what its partner counts", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Overdoses jumped to 19,410 in 2016 from 9,580 in 2015.",
       "19410 exact overdose -; 9580 exact overdose -"},
      {"He slashed the target from 110,000 refugees in 2017 to 45,000 in 2018.",
       "110000 exact refugee -; 45000 exact refugee -"},
      {"The death toll was raised on Tuesday from 64, a number widely doubted, to nearly 3,000.",
       "64 exact death kill; 3000 nearly death kill"},
      {"China revised the death toll up by 50%, to 3,869 from 2,579.",
       "3869 exact death kill; 2579 exact death kill"},
      // a range is one figure; a number with no partner stays out
      {"Estimates of those killed range from 500,000 to 1 million.", ""},
      {"The game went from 2 to 3.", ""},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}
