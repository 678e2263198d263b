// Figures: qualifiers, events, negation and modality, elision, totals and revisions
// (common/analysis/figures.hpp; the counted phrase itself: figure_phrases_test.cpp). Each row:
// text, the figures as "value qualifier head event" joined by "; " ("-" for no head or no
// event).
#include <catch2/catch.hpp>
#include <string>

#include "common/analysis/figures.hpp"
#include "common/analysis/lexicon.hpp"
#include "tests/support/figure_strings.hpp"

using tally::testing::figures_of;

TEST_CASE("qualifiers", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"At least 22 Turkish soldiers were killed on Thursday", "22 at_least soldier kill"},
      {"more than 60 fighters were killed", "60 more_than fighter kill"},
      {"over 300 people died", "300 more_than people kill"},
      {"about 950,000 people were displaced", "950000 about people displace"},
      {"some 3.6 million Syrians", "3600000 about syrian -"},
      {"around 3.6 million people", "3600000 about people -"},
      {"roughly 200 homes were destroyed", "200 about home destroy"},
      {"an estimated 5,000 people fled", "5000 about people displace"},
      {"nearly one million civilians have fled", "1000000 nearly civilian displace"},
      {"almost 950,000 civilians have been displaced", "950000 nearly civilian displace"},
      {"close to 400 people were arrested", "400 nearly people arrest"},
      {"up to 70 people were killed", "70 up_to people kill"},
      {"as many as 40 people were injured", "40 up_to people wound"},
      {"fewer than 10 people were hurt", "10 less_than people wound"},
      {"less than 20 soldiers were wounded", "20 less_than soldier wound"},
      {"no fewer than 15 people were killed", "15 at_least people kill"},
      {"no more than 20 people were hurt", "20 up_to people wound"},
      {"the 30 or so Republican protesters", "30 about protester protest"},
      {"Two or more people were arrested", "2 at_least people arrest"},
      {"50+ Killed, 400+ Wounded in Las Vegas Shooting",
       "50 more_than people kill; 400 more_than people wound"},
      // "-plus" joined to the digits; a scale word after it; a qualifier before it wins
      {"The militia has carried out 30-plus rocket attacks", "30 more_than attack -"},
      {"There were 40-plus thousand new cases", "40000 more_than case -"},
      {"They need about 70-plus votes", "70 about vote -"},
      {"the more than 20 villages captured Thursday", "20 more_than village capture"},
      {"'More Than 50' Syrian Forces Killed", "50 more_than force kill"},
      {"dozens of Turkish troops were killed", "12 vague troop kill"},
      // "over" as the preposition of the word before it
      {"He was charged over 239 protesters' deaths", "239 exact protester kill"},
      // "over" as a verb's particle
      {"Apple handed over 55,000 emails", "55000 exact email -"},
      {"Police turned over seven prisoners", "7 exact prisoner -"},
      {"The attack killed over 100 people", "100 more_than people kill"},
      // "about" as the preposition of a verb of talk or thought; "up" as a verb's particle
      {"When you think about 4,600 people dying", "4600 exact people kill"},
      {"He heard about nine gunshots", "9 about gunshot -"},
      // "about" after a noun of talk, or after "reports" read as a noun (not a verb of saying)
      {"He dodged questions about two aides.", "2 exact aide -"},
      {"It sent negative reports about 800 borrowers.", "800 exact borrower -"},
      {"The Times reports about 250 workers were laid off.", "250 about worker cut"},
      {"The agency also reports about 250 workers were laid off.", "250 about worker cut"},
      {"They adjusted their estimate up to 5,740 deaths", "5740 exact death kill"},
      {"The storm killed up to 12 people", "12 up_to people kill"},
      // not a verb that takes the count as its object, nor a thought that counts
      {"Police shot and killed up to 12 protesters", "12 up_to protester kill"},
      {"Police shot up to 12 protesters", "12 up_to protester wound"},
      {"Police arrested over 100 protesters", "100 more_than protester arrest"},
      {"The Pentagon sent up to 3,000 troops", "3000 up_to troop -"},
      {"Police thought about 20 people were inside", "20 about people -"},
      {"The death toll has moved up to 30", "30 exact death kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("events before and after the counted noun", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"An airstrike killed 29 Turkish soldiers in northeast Syria", "29 exact soldier kill"},
      {"29 troops were killed and others were wounded", "29 exact troop kill"},
      {"Thirty-three of our soldiers were martyred", "33 exact soldier kill"},
      {"more than 400 civilian deaths since December", "400 more_than civilian kill cumulative"},
      {"left hundreds of civilians dead", "100 vague civilian kill"},
      {"33 Turkish soldiers killed in air raid", "33 exact soldier kill"},
      {"after capturing more than 20 villages Thursday", "20 more_than village capture"},
      {"fighters shot down two helicopter gunships", "2 exact gunship destroy"},
      {"left three more Turkish soldiers dead", "3 exact soldier kill"},
      {"has displaced about 950,000 people", "950000 about people displace"},
      // suicides are deaths, as homicides are
      {"The Army reported a record 324 suicides last year", "324 exact suicide kill"},
      {"They mourned the suicide of a Marine in his barracks", "1 exact marine kill"},
      // a count coordinated with a name shares the event (not after a name with a determiner:
      // "the Senate and 23 seats")
      {"the deaths of Ambassador Chris Stevens and three other Americans",
       "3 exact american kill"},
      // (an initial's or a title's stop inside the name)
      {"killed U.S. Ambassador J. Christopher Stevens and three other Americans",
       "3 exact american kill"},
      {"the shooting of Louisiana Rep. Steve Scalise and three others", "3 exact people wound"},
      {"They need to take control of the Senate and 23 seats", "23 exact seat -"},
      // so does a short object phrase opened by a determiner right after the event verb (not
      // one with a count of its own, a list; nor a count followed by an auxiliary or a verb of
      // saying, the subject of a clause of its own). "24 others" takes the head of the phrase
      // before it, member: the rule's output, where the gold of its article says people
      {"The gunman opened fire, killing his sister and eight other people.",
       "8 exact people kill"},
      {"Police detained a member of parliament and at least 24 others.",
       "1 exact member arrest; 24 at_least member arrest"},
      {"They won the backing of four governors and 20 mayors.",
       "4 exact governor -; 20 exact mayor -"},
      {"Police arrested the suspect and 12 people said they saw it.",
       "12 exact people -"},
      // a group's members; an aside between spaced hyphens; its last item takes the verb
      {"A family of six - two great-grandparents and four children - drowned",
       "6 exact people kill; 2 exact great-grandparent kill; 4 exact child kill"},
      {"Its crew of 23 was evacuated", "23 exact people evacuate"},
      {"The credit for a family of four is $3,000.", ""},
      // not the object of a preposition before a new subject: "in two states, and ..."
      {"Voters are registered in two states, and 900 voters are dead",
       "2 exact state -; 900 exact voter kill"},
      // a count joined by "but also", "as well as" shares the event
      {"The raid killed two militants but also eight civilians",
       "2 exact militant kill; 8 exact civilian kill"},
      {"The strikes killed 161 Palestinians as well as five Israelis",
       "161 exact palestinian kill; 5 exact israeli kill"},
      // and over a part counted after "including", closed off by the comma before "and"
      {"The strikes killed 161 Palestinians, including 71 civilians, and five Israelis",
       "161 exact palestinian kill; 71 exact civilian kill; 5 exact israeli kill"},
      // but an item's own event noun is its alone: not shared with another item's noun
      {"The virus caused 8,683 recoveries and 38 deaths",
       "8683 exact recovery -; 38 exact death kill"},
      {"Officials reported 4,300 shootings and 750 murders",
       "4300 exact shooting -; 750 exact murder kill"},
      {"five tanks, two armoured personnel carriers, two armoured trucks and one howitzer were "
       "also destroyed",
       "5 exact tank destroy; 2 exact carrier destroy; 2 exact truck destroy; 1 exact howitzer "
       "destroy"},
      {"Seven civilians, including three children, were killed",
       "7 exact civilian kill; 3 exact child kill"},
      // an aside on what they mostly are
      {"At least 82 people, primarily protesters, were killed", "82 at_least people kill"},
      {"Almost 60 Israelis, the vast majority soldiers, have been killed",
       "60 nearly israeli kill"},
      // a reporting frame between the counted and its verb
      {"At least 40 people, police said, were killed", "40 at_least people kill"},
      {"Three officers, the department said, were injured in the blast",
       "3 exact officer wound"},
      {"42 Turkish security personnel have been killed", "42 exact personnel kill"},
      {"20 people were feared dead", "20 exact people kill"},
      {"12 people are missing", "12 exact people missing"},
      // items with their own modifiers share the list's event
      {"Two service members, one civilian employee of the Defense Department and one "
       "contractor for the department were killed",
       "2 exact member kill; 1 exact employee kill; 1 exact contractor kill"},
      {"One contractor for the department was killed", "1 exact contractor kill"},
      // the passive with "get"
      {"four Americans get killed", "4 exact american kill"},
      // and with "become"
      {"36 employees became infected", "36 exact employee infect"},
      // a crowd noun is its own event until something befalls it
      {"More than a million revelers welcomed the new year", "1000000 more_than reveler attend"},
      {"Two revelers were killed", "2 exact reveler kill"},
      {"a 72-year-old man remained missing", "1 exact man missing"},
      {"89 police officers did die in the line of duty", "89 exact officer kill"},
      // "the shooting of": shot, so wounded unless the shooting was fatal
      {"the overnight shooting of five police officers in Dallas", "5 exact officer wound"},
      {"the fatal shooting of a black man", "1 exact man kill"},
      // an aside between dashes
      {"two men \u2014 a father and his son \u2014 died in the fire", "2 exact man kill"},
      // "US" in capitals is the country, not the pronoun
      {"a rocket attack killed a US civilian contractor", "1 exact contractor kill"},
      // a count joined by "along with", "together with", "as well as" shares the event of the
      // count before it, after its verb or in an aside before the verb
      {"20 people were killed along with two gunmen", "20 exact people kill; 2 exact gunman kill"},
      {"Two soldiers, along with three civilians, were killed",
       "2 exact soldier kill; 3 exact civilian kill"},
      {"Police arrested 12 men, together with four women",
       "12 exact man arrest; 4 exact woman arrest"},
      {"They indicted 32 people as well as three companies",
       "32 exact people charge; 3 exact company charge"},
      {"32 people were indicted and they sued three companies",
       "32 exact people charge; 3 exact company -"},
      // (with no count before it, the passive right before the connector)
      {"He was killed along with five other members of the group", "5 exact member kill"},
      {"She was honored along with five other teachers", "5 exact teacher -"},
      {"He was killed in a blast in Kandahar in December along with five other members",
       "5 exact member kill"},
      {"He was arrested in Paris, and along with three others he fled", "3 exact people -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("figures across news domains", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"A man was shot and killed on Main Street", "1 exact man kill"},
      {"a teenager was wounded in the attack", "1 exact teenager wound"},
      {"another black 18-year-old was fatally shot", "1 exact 18-year-old kill"},
      {"a 23-year-old man was killed", "1 exact man kill"},
      {"he was a 23-year-old student", ""},
      // "a third" with no noun after a group counted before it: one more of them, with its own
      // event; not a fraction, nor one with no event
      {"Two gunmen were killed and a third was wounded",
       "2 exact gunman kill; 1 exact gunman wound"},
      {"Two suspects were arrested and a fourth was detained", "2 exact suspect arrest"},
      {"A third of the 90 workers were laid off", "90 exact worker cut"},
      {"Two schools were closed and a third was disinfected", "2 exact school close"},
      {"Two men were arrested and a third was released", "2 exact man arrest"},
      {"another U.S. drone was shot down over Yemen", "1 exact drone destroy"},
      {"a church was destroyed in the fire", "1 exact church destroy"},
      // a people word that modifies a thing; a thing that went missing; a participle that
      // describes the person
      {"A fighter jet was damaged in the raid", "1 exact jet damage"},
      {"A fighter jet went missing over Syria", "1 exact jet missing"},
      {"A little boy named Simon went missing", ""},
      {"A wounded person inside was arrested", "1 exact person arrest"},
      {"an apparent murder-suicide was close to the school", ""},
      {"a bill was passed", ""},
      {"An American woman was killed in the blast", "1 exact woman kill"},
      {"A senior official was killed on Monday", "1 exact official kill"},
      // the death whose "of" the person follows counts them before what is said after them;
      // other events of nouns do not
      {"The death of a black man in police custody sparked protests", "1 exact man kill"},
      {"The killing of a police officer who was shot outraged the city", "1 exact officer kill"},
      {"The death of a man sparked protests", "1 exact man kill"},
      {"The rescue of a captain who had been held hostage", "1 exact captain kidnap"},
      {"There was no death of a man", ""},
      {"He was treated for a minor injury", ""},
      // (the thing is counted: figure_events_test.cpp)
      {"Ukraine destroyed a Russian military jet", "1 exact jet destroy"},
      // a nationality before modifiers counts a person when a people noun closes the phrase
      {"An American special operations soldier was killed", "1 exact soldier kill"},
      {"Police detained a Pakistani asylum seeker", "1 exact seeker arrest"},
      {"Rebels destroyed a Russian military supply depot", "1 exact depot destroy"},
      // a thing after a nationality is still a thing that can be destroyed
      {"A British military jet was shot down", "1 exact jet destroy"},
      // a demonym marked own_plural in people.tsv is its own plural, and no noun for one person
      {"Some 1,000 French have traveled to fight in Syria", "1000 about french -"},
      {"About 300 Chinese were evacuated", "300 about chinese evacuate"},
      {"Police arrested a key Chinese Huawei executive", ""},
      // (only the marked demonyms: a capitalised "Coach" or "Witness" is one person)
      {"Police Arrested A Coach At The Game", "1 exact coach arrest"},
      {"She attended a volunteer training", ""},
      {"Another officer was wounded", "1 exact officer wound"},
      // an appositive describes someone named; a clause after a place counts
      {"It featured Austin Tice, a freelance reporter missing in Syria", ""},
      {"It named Marie Colvin, a correspondent who was killed in Syria", ""},
      {"In Chicago, a man was shot on Friday", "1 exact man wound"},
      // a verb of its own, or a setting that opens the sentence, makes a clause of it; an
      // appositive's participle or another subject's clause does not
      {"In Florida, a man died on Thursday", "1 exact man kill"},
      {"Police said that in Florida, a man died on Thursday", "1 exact man kill"},
      {"Also on Wednesday, a man convicted of murder was sentenced to life",
       "1 exact man sentence"},
      {"In Broward County, a man convicted of fraud was sentenced", "1 exact man sentence"},
      // who does it to "another" is no count of its event; "another" is
      {"On Tuesday, a gunman shot and killed another student", "1 exact student kill"},
      {"A 17-year-old boy gunned down another teenager", "1 exact teenager kill"},
      {"It shot Eric Harris, a man fleeing a crime scene", ""},
      {"It recalled the attack on Malala Yousafzai, a girl shot in the head by a gunman", ""},
      {"Matt Vierkant, a member of the platoon when he went missing, told CNN", ""},
      {"Now a Jazz teammate has tested positive.", "1 exact teammate infect"},
      {"Two other TSA officers and a traveler was wounded.",
       "2 exact officer wound; 1 exact traveler wound"},
      {"In Mississippi, a black man in custody was arrested", "1 exact man arrest"},
      {"Police shot him, killing a legally-armed 21-year-old African-American man",
       "1 exact man kill"},
      {"The gunfire ended, wounding an 18-year-old man and a 12-year-old girl",
       "1 exact man wound; 1 exact girl wound"},
      {"A Russian was killed in the blast", "1 exact russian kill"},
      {"A Utah Jazz player tested positive for the virus", "1 exact player infect"},
      {"a 23-year-old man was stabbed to death", "1 exact man kill"},
      {"Police arrested 12 people after the match", "12 exact people arrest"},
      {"The quake killed at least 2,000 people and injured 5,000",
       "2000 at_least people kill; 5000 exact people wound"},
      {"The party won 52 seats", "52 exact seat win"},
      {"She received 1.2 million votes", "1200000 exact vote vote"},
      {"The company will cut 3,000 jobs", "3000 exact job cut modal"},
      {"The company cut 3,000 jobs last year", "3000 exact job cut"},
      {"The health ministry reported 1,200 new cases", "1200 exact case infect"},
      {"Rescuers pulled 14 survivors from the rubble", "14 exact survivor -"},
      {"Police detained 30 protesters", "30 exact protester arrest"},
      {"Gunmen kidnapped 20 students", "20 exact student kidnap"},
      {"The court sentenced 12 men", "12 exact man sentence"},
      {"More than 500 workers were laid off", "500 more_than worker cut"},
      {"Authorities evacuated 10,000 residents", "10000 exact resident evacuate"},
      // lawmakers and judges siding in a vote vote
      {"Twenty-six moderate Democrats joined Republicans", "26 exact democrat vote"},
      {"one of 12 Republican senators to join Democrats", "12 exact senator vote"},
      {"Only 13 Republicans supported the move", "13 exact republican vote"},
      {"Thirteen Republicans met in the hall", "13 exact republican -"},
      // auxiliaries and -ly adverbs before the verb; "voting" and "agreed"; MPs too
      {"The 12 Republicans had both opposed it", "12 exact republican vote"},
      {"74 Republicans had originally opposed the change", "74 exact republican vote"},
      {"The bill passed with 62 Republicans voting against it", "62 exact republican vote"},
      {"Only five Labour MPs backed her deal", "5 exact mp vote"},
      {"Five justices agreed with the ruling", "5 exact justice vote"},
      // a relative clause names them; a known whole is not the part that sided
      {"Ten Republican senators who voted for it signed a brief", "10 exact senator -"},
      {"68 of the Senate's 100 members agreed", "68 exact member vote; 100 exact member -"},
      // members vote only in a sentence of a vote or a voting body (joining a protest is
      // protesting); agreeing to do is no vote
      {"About 50 union members joined the protest", "50 about member protest"},
      {"About 50 union members joined the strikers", "50 about member -"},
      {"In the Senate, 21 members sided with Democrats", "21 exact member vote"},
      {"Five judges agreed to hear the case", "5 exact judge -"},
      // ballots cast, mailed in or returned are votes; ballots issued are not
      {"More than 3.7 million ballots were already mailed in", "3700000 more_than ballot vote"},
      {"More than 182,000 absentee ballots had been issued", "182000 more_than ballot -"},
      // staff fired, dismissed or let go are jobs cut; not staff who fire shots
      {"900 employees fired under new VA leadership", "900 exact employee cut"},
      {"4,300 VA employees were let go.", "4300 exact employee cut"},
      {"Two workers were fired after the incident.", "2 exact worker cut"},
      {"Three employees fired shots at the car.", "3 exact employee -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("general rules of news English for events and heads", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a wounding verb whose object ends "to death" or "dead" kills (one person too)
      {"A gunman shot 11 worshipers to death", "11 exact worshiper kill"},
      {"Gunmen shot three men dead in the market", "3 exact man kill"},
      {"A gunman shot a policewoman to death", "1 exact policewoman kill"},
      {"He shot two people in the leg", "2 exact people wound"},
      // "fatally shot" kills; "shot" alone wounds; coordinated nouns share the event
      {"Three teenagers and a man were fatally stabbed at the fair",
       "3 exact teenager kill; 1 exact man kill"},
      {"Five people were shot outside a bar", "5 exact people wound"},
      {"He admitted fatally stabbing two guards", "2 exact guard kill"},
      {"a truck fatally struck three cyclists", "3 exact cyclist kill"},
      // ", including N": a part of the nearest figure before it that can hold it
      {"left 150 people wounded and 24 dead, including 67 victims in Chicago",
       "150 exact people wound; 24 exact people kill; 67 exact victim wound"},
      {"left 150 people wounded and 24 dead, including 20 children",
       "150 exact people wound; 24 exact people kill; 20 exact child kill"},
      {"Thousands have been killed, including more than 1,500 civilians",
       "1000 vague people kill; 1500 more_than civilian kill"},
      // after "including" a determiner may stand before the number; "among them", "among
      // whom were" open a part too; not a superlative's or "from among"'s whole
      {"Twenty people, including the three gunmen, were killed",
       "20 exact people kill; 3 exact gunman kill"},
      {"Five people were hurt, including the two deputies",
       "5 exact people wound; 2 exact deputy wound"},
      {"Eight people were injured, among them four police officers",
       "8 exact people wound; 4 exact officer wound"},
      {"Eight people died, among whom were two officers",
       "8 exact people kill; 2 exact officer kill"},
      {"12 people were arrested, the largest number among the eight cities",
       "12 exact people arrest; 8 exact city -"},
      // what befell the whole befell its part
      {"Only five of 161 people arrested had records",
       "5 exact people arrest; 161 exact people arrest"},
      {"He won nine of the 12 delegates at stake Saturday",
       "9 exact delegate win; 12 exact delegate -"},
      // not when the whole's event is modal; the part's own predicate is its event
      {"Two of 30 people expected to be arrested spoke",
       "2 exact people -; 30 exact people arrest modal"},
      {"Two of 14 people injured later died", "2 exact people kill; 14 exact people wound"},
      {"Three of the 14 people injured later died",
       "3 exact people kill; 14 exact people wound"},
      {"Five of the 161 people arrested were charged",
       "5 exact people charge; 161 exact people arrest"},
      {"Nine people were shot and two stabbed near the stadium",
       "9 exact people wound; 2 exact people wound"},
      {"Eight patients were in critical condition on Monday", "8 exact patient wound"},
      // headline ellipsis of people: the adjective is the noun only as a subject
      {"12 Dead After Bus Plunges Into Ravine", "12 exact people kill"},
      {"the blast left two dead and 40 people injured",
       "2 exact people kill; 40 exact people wound"},
      {"the storm left about 30 missing", "30 about people missing"},
      {"He said 39 injured were being treated in hospitals", "39 exact injured wound"},
      // an elided object or "others" is people of the sentence, else people; others killed or
      // wounded beside those counted are people (devset README: "wounded more than 70 others")
      {"The gunman opened fire, killing 14.", "14 exact people kill"},
      {"Four others died in a nearby town.", "4 exact people kill"},
      {"The bomb killed nine soldiers and wounded 30 others",
       "9 exact soldier kill; 30 exact people wound"},
      {"The bomb killed nine soldiers and 30 others were arrested",
       "9 exact soldier kill; 30 exact soldier arrest"},
      {"The Blues won seven.", ""},
      // a place phrase between the counted noun and the event
      {"all 40 people aboard the ferry were rescued", "40 exact people evacuate"},
      {"Some 30 firefighters rescued 12 people",
       "30 about firefighter -; 12 exact people evacuate"},
      {"three miners in the lower shaft were killed", "3 exact miner kill"},
      {"The crash killed all 12 people on board", "12 exact people kill"},
      // event nouns count themselves; tolls without a noun count deaths
      {"Four deaths were confirmed in the county", "4 exact death kill"},
      {"The province reported 30 more fatalities", "30 exact fatality kill"},
      {"Rescuers counted 25 casualties", "25 exact casualty -"},
      {"the toll from the landslide reached 70", "70 exact death kill cumulative"},
      // a total named by the event noun before it, a few words before the number
      {"Police put the arrest total at seven", "7 exact arrest arrest cumulative"},
      {"The country's case count rose to 500,399", "500399 exact case infect cumulative"},
      {"The case count rose to 40, the ratio rises to 156 per 100,000",
       "40 exact case infect cumulative"},
      {"The death count, at 12, was revised", ""},
      {"The case count rose sharply over the past week to 40", ""},
      {"the dead included 11 children", "11 exact child kill"},
      {"Those killed included 82 Iranians", "82 exact iranian kill"},
      {"Those arrested included 12 minors", "12 exact minor arrest"},
      {"The wounded include seven police officers", "7 exact officer wound"},
      {"the injured included two firefighters", "2 exact firefighter wound"},
      {"The men they wounded included two guards", "2 exact guard -"},
      {"The plane's victims included 57 Canadians", "57 exact canadian kill"},
      {"They met the victims of 12 scams", "12 exact scam -"},
      {"ordered the evacuation of 2,000 residents", "2000 exact resident evacuate"},
      // nouns that imply their event, unless a verb says otherwise
      {"About 300 demonstrators blocked the bridge", "300 about demonstrator protest"},
      {"Police detained 30 demonstrators", "30 exact demonstrator arrest"},
      {"Border agents apprehended 4,000 migrants", "4000 exact migrant arrest"},
      {"Rebels were kidnapping four aid workers", "4 exact worker kidnap"},
      // jobs are cut and added
      {"The factory shed 2,000 jobs in March", "2000 exact job cut"},
      {"The economy lost 40,000 jobs in May", "40000 exact job cut"},
      {"The firm added 800 jobs", "800 exact job hire"},
      {"The plant employed 3,000 people", "3000 exact people employ"},
      // neither a lone participle nor an adverb is the counted noun; shots are not workers
      {"15 linked to the outbreak", ""},
      {"Twelve shots were fired", "12 exact shot -"},
      // a number read as a name stays a name for the rest of the text
      {"The Airbus 320 landed safely. Later the 320 fleet and 320 Neo jets were grounded.", ""},
      {"The Airbus 320 landed safely. All 150 passengers were evacuated.",
       "150 exact passenger evacuate"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("negated and hypothetical events are not figures; plans and forecasts are modal",
          "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"no one was killed", ""},
      {"None of the 20 passengers were hurt", ""},
      {"He threatened to kill 50 hostages", ""},
      {"If 30 people die, the toll will rise", ""},
      {"Unless 40 workers are hired, the plant closes", ""},
      {"two soldiers were not injured", ""},
      {"two soldiers did not die", ""},
      {"The strike could kill hundreds of people", "100 vague people kill modal"},
      {"Such a war would kill millions of people", "1000000 vague people kill modal"},
      {"As many as 40 people may have died", "40 up_to people kill modal"},
      {"20 people could be killed", "20 exact people kill modal"},
      {"Economists had forecast 1.565 million claims", "1565000 exact claim - modal"},
      {"Analysts were expecting about 185,000 new jobs", "185000 about job hire modal"},
      {"The economy added 122,000 fewer jobs than expected", "122000 exact job hire"},
      {"The death toll could likely top 100,000", "100000 more_than death kill cumulative modal"},
      {"GM plans to close five plants and cut 15,000 jobs",
       "5 exact plant close modal; 15000 exact job cut modal"},
      // an event named by its noun, scheduled or planned, is still to come
      {"Two more federal executions are scheduled for July", "2 exact execution kill modal"},
      {"The court blocked at least six executions planned in Arkansas",
       "6 at_least execution kill modal"},
      {"Three more evacuations were set for Friday", "3 exact evacuation evacuate modal"},
      {"Two more executions were carried out", "2 exact execution kill"},
      {"Two deaths were due to poisoning", "2 exact death kill"},
      // an order or force obeyed is done: the evacuation of "were ordered to evacuate" happened;
      // an urging is no order, and without a passive auxiliary the order is not read through
      {"About 5,000 residents were ordered to evacuate", "5000 about resident evacuate"},
      {"Some 500,000 people were told to evacuate", "500000 about people evacuate"},
      {"Seven counties were ordered to shut", "7 exact county close"},
      {"Two gun stores were forced to close", "2 exact store close"},
      {"About 5,000 residents were urged to evacuate", "5000 about resident -"},
      {"About 5,000 residents ordered to evacuate", "5000 about resident -"},
      // a past relative clause inside a condition tells a fact
      {"If they mess with this agreement that got 88 votes in the Senate, they will pay",
       "88 exact vote vote"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("elided counted nouns are carried from the last people noun", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Three Turkish soldiers were killed. At least 50 have now been killed since February.",
       "3 exact soldier kill; 50 at_least soldier kill cumulative"},
      {"two Turkish soldiers were killed and another five were wounded",
       "2 exact soldier kill; 5 exact soldier wound"},
      {"almost 950,000 civilians have been displaced since early December, and more than 300 "
       "have been killed.",
       "950000 nearly civilian displace cumulative; 300 more_than civilian kill"},
      {"More than half a million of those displaced since December are children",
       "500000 more_than child displace cumulative"},
      {"One person was killed and eight others injured.",
       "1 exact person kill; 8 exact people wound"},
      // an adjective for people in a gapped clause or an aside: the people of the clause
      {"Four Americans were killed and three wounded.",
       "4 exact american kill; 3 exact american wound"},
      {"Four officers were shot — two critically injured — and a fifth died.",
       "4 exact officer wound; 2 exact officer wound; 1 exact officer kill"},
      {"One man was killed and three wounded.", "1 exact man kill; 3 exact people wound"},
      // (not the people of an aside closed before it)
      {"Two people - including an official and a member of a council - were killed and four "
       "wounded.",
       "2 exact people kill; 1 exact member kill; 4 exact people wound"},
      {"In one school (five girls killed); in another (five killed).",
       "5 exact girl kill; 5 exact people kill"},
      {"The blast killed five soldiers and left 12 wounded.",
       "5 exact soldier kill; 12 exact people wound"},
      {"Police said 1 suspect was dead, 20 injured.",
       "1 exact suspect kill; 20 exact people wound"},
      // others than one man or woman are people; others than men may be more men
      {"The shooting left a woman dead and seven others injured.",
       "1 exact woman kill; 7 exact people wound"},
      {"The attack left a woman dead and seven others.", "1 exact woman kill; 7 exact people -"},
      {"A man was killed and two others were wounded.", "1 exact man kill; 2 exact people wound"},
      {"Two men were arrested and two others were charged.",
       "2 exact man arrest; 2 exact man charge"},
      {"Three nurses were sent to Liberia. Two of them contracted Ebola.",
       "3 exact nurse -; 2 exact nurse infect"},
      // ", N of which": a part of what was counted before; its event carries for cases and
      // deaths, and where the clause only places or names the part
      {"The county has 3,300 coronavirus cases, 1,000 of which were reported this week",
       "3300 exact case infect; 1000 exact case infect"},
      {"The attack left 141 people dead, 132 of which were children",
       "141 exact people kill; 132 exact people kill"},
      {"Police arrested 46 people, 10 of which will go to federal prisons",
       "46 exact people arrest; 10 exact people -"},
      {"Police arrested 46 people, 10 of which were questioned",
       "46 exact people arrest; 10 exact people -"},
      // a headline's subject with no auxiliary counts people in general
      {"Two men were shot outside. Two shot and killed at Texas contest",
       "2 exact man wound; 2 exact people kill"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("running totals and revisions", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"raising the number of Turkish troops killed in Syria this month to 21.",
       "21 exact troop kill cumulative"},
      {"While he originally said that nine soldiers had been killed, minutes later the death "
       "toll was revised to 33.",
       "9 exact soldier kill; 33 exact soldier kill revises=0"},
      {"The death toll rose to 120 on Monday.", "120 exact death kill cumulative"},
      {"So far this year 3,000 people have died", "3000 exact people kill cumulative"},
      {"bringing the toll to 45", "45 exact death kill cumulative"},
      // past a focusing adverb; an infection toll counts infections
      {"The official death toll remains at just 64.", "64 exact death kill"},
      {"The death toll rose to a total of just 12.", "12 exact death kill cumulative"},
      {"India's infection toll stood at just three.", "3 exact infection infect"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}

TEST_CASE("malformed numbers are flagged with their best guess", "[figures]") {
  CHECK(figures_of("Some 950,0000 civilians have fled the offensive") ==
        "950000 about civilian displace malformed");
}

TEST_CASE("the event lexicon maps query words to events", "[figures]") {
  auto [word, event] = GENERATE(table<std::string, std::string>({
      {"deaths", "kill"},  {"killed", "kill"},     {"Death toll", "kill"},
      {"martyred", "kill"}, {"lost  their lives", "kill"}, {"injured", "wound"},
      {"fled", "displace"}, {"shot down", "destroy"}, {"detained", "arrest"},
      {"refugees", ""},     {"attack", ""},         {"cases", "infect"},
      {"rescued", "evacuate"},
  }));
  CAPTURE(word);
  CHECK(tally::event_for_word(word) == event);
}
