// Where the source phrase of a figure lies (common/analysis/attribution_span.cpp): passive
// frames and their agents, subjects of reporting verbs, participles of saying, speakers a
// figure counts, anaphors for organisations, inverted subjects and listeners. Each row: a
// passage (or passages separated by "\n\n"), the attributions of its figures in order joined
// by "; " ("-" for none).
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/attributions.hpp"

using tally::testing::attributions_of;

TEST_CASE("sources in passive frames, and subjects that are not speakers", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"At least 14 hikers were rescued, according to figures released by the park service.",
       "the park service"},
      // a day between the verb and its agent, or ending the phrase, is no source
      {"At least 14 hikers were rescued, according to data released Thursday by the park "
       "service.",
       "the park service"},
      {"At least 14 hikers were rescued, according to figures released Thursday.", "-"},
      {"At least four others were released by Tuesday night.", "-"},
      // a document released by an agency: the agency
      {"July saw 71,999 apprehensions, according to the August Southwest Border Migration "
       "Report released by CBP officials.",
       "CBP officials"},
      // a saying after an article is an adjective: "an estimated", "a reported"
      {"An estimated 5,000 people fled.", "-"},
      // the medium between the subject and its verb
      {"The Pentagon in a statement said Iran launched more than a dozen missiles.",
       "Pentagon"},
      // a web page's link text before "MORE said" gives no subject
      {"Trump Donald John TrumpBiden leads in poll MORE said 12 people were killed.", "-"},
      {"In all, 230 homes were destroyed, in tallies reported by county officials.",
       "county officials"},
      {"A car bombing killed 12 people near the market and was claimed by no group, the "
       "interior ministry said.",
       "the interior ministry"},
      {"The storm killed nine people, it said.", "-"},
      {"Ohio police said 5 people were hurt.", "Ohio police"},
      {"Four deaths were linked to the outbreak, United States officials said.",
       "United States officials"},
      // a tally kept, a database maintained, cases tracked by someone: theirs
      {"More than 45,000 people have died, according to a tally kept by Johns Hopkins "
       "University.",
       "Johns Hopkins University"},
      {"Police have shot and killed 957 people this year, according to a database maintained "
       "by the Washington Post.",
       "Washington Post"},
      // the verb after the agent ends it
      {"A whip list maintained by The Hill indicates there are six GOP lawmakers leaning no.",
       "Hill"},
      // ... but not a noun of saying: "a Reuters report"
      {"Nine people died, according to a Reuters report.", "a Reuters report"},
      // documents obtained by a newspaper are not the newspaper's
      {"According to documents obtained by the Times, 14 people died.", "-"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("subjects of reporting verbs: appositives, modifiers, coordination", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // after a name, an appositive may be a bare title, an age or a place
      {"Maria Lopez, county health director, said 12 people were killed.", "Maria Lopez"},
      {"Juan Perez, 45, told reporters that three people were killed.", "Juan Perez"},
      {"Ana Ruiz, of Tucson, said she counted two dead horses.", "Ana Ruiz"},
      // after any speaker, a participle phrase or a relative clause
      {"A U.S. official, speaking on condition of anonymity, said 12 troops were moved.",
       "A U.S. official"},
      {"The officer, who asked not to be named, said 12 people were hurt.", "The officer"},
      {"The health ministry, which runs the hospitals, said 12 people died.",
       "The health ministry"},
      // a name between commas after a description names the speaker
      {"The lawyer, John Dowd, said 30 people died.", "John Dowd"},
      {"The Ukrainian interior minister, Arsen Avakov, said 30 people died.", "Arsen Avakov"},
      {"The store's attorney, J. Michael Slocum, said 30 people died.", "J. Michael Slocum"},
      // a name before "of the" body it speaks for; a body's name over "of the"
      {"Six people were hurt, Jon Rouse of the Greater Manchester Health and Social Care "
       "Partnership said.",
       "Jon Rouse"},
      {"Six people were hurt, Police Chief Art Acevedo of the Houston Police Department said.",
       "Police Chief Art Acevedo"},
      {"Six people were hurt, the U.S. Department of the Treasury said.",
       "U.S. Department of the Treasury"},
      {"Six people were hurt, one of the officers said.", "-"},
      // one word between the commas: an organisation the gazetteer knows
      {"The U.N. children's fund, UNICEF, estimates that 30 children died.", "UNICEF"},
      // a place between commas after a place (a capitalised word, never a description) is
      // part of the subject, no speaker
      {"Police in Albuquerque, New Mexico, said 30 people died.", "Police in Albuquerque"},
      // an aside of adverbs or of the medium between commas, and an adverb of report
      {"The governor, however, said 12 people were killed.", "The governor"},
      {"The ministry, in a statement, said 12 people were killed.", "The ministry"},
      {"The mayor, meanwhile, told reporters 12 people were killed.", "The mayor"},
      {"The sheriff allegedly told deputies that 12 people were killed.", "The sheriff"},
      // nor a name after a description of where: the speakers before it
      {"Officials in the county seat, Red Bluff, said 30 people died.",
       "Officials in the county seat"},
      // a party label in brackets and a home state after a name
      {"Sen. Harry Reid (D) of Nevada said 30 people died.", "Harry Reid"},
      {"Rep. Dave Camp (R) of Michigan, said 30 people died.", "Dave Camp"},
      {"Sen. Kirsten Gillibrand (D) of New York argued that 30 people died.",
       "Kirsten Gillibrand"},
      // "told" takes a listener, never an inverted subject
      {"\"Six patients died,\" Dr. Kim Lee, head of the clinic, told CNN.", "Kim Lee"},
      // an incident word that modifies the speaker does not end the subject
      {"Nine homes burned, county fire officials said.", "county fire officials"},
      {"Two hikers died, fire spokeswoman Ana Diaz said.", "Ana Diaz"},
      // a speaker noun with where it is, and speakers coordinated
      {"Police in Dayton reported four people wounded.", "Police in Dayton"},
      {"Five people were killed, officials in Ohio said.", "officials in Ohio"},
      {"Eleven people died, officials and local media said.", "officials and local media"},
      {"Two men were shot dead, the Detroit Free Press and other local media reported.",
       "Detroit Free Press and other local media"},
      // a day between the subject and its verb, and a document's participle before it
      {"Facebook on Tuesday said inauthentic groups created roughly 30 events.", "Facebook"},
      // and a month, a year or a week
      {"The Congressional Budget Office in July said the law would add 900,000 jobs.",
       "Congressional Budget Office"},
      {"The Congressional Budget Office in March 2019 calculated that the law would add 900,000 "
       "jobs.",
       "Congressional Budget Office"},
      {"The Congressional Budget Office earlier this month said the law would add 900,000 jobs.",
       "Congressional Budget Office"},
      {"An investigation by The Associated Press last month revealed that five electors had "
       "doubts.",
       "Associated Press"},
      {"A Siena College poll released Tuesday showed Trump trailing in six battleground "
       "states.",
       "A Siena College poll"},
      // but past a day, a name inside a phrase is no subject; one after a word that starts a
      // clause is
      {"Two soldiers killed in Idlib on Thursday raised the toll to 60.", "-; -"},
      {"Three were hurt, and police on Tuesday said 12 were arrested.", "-; police"},
      // a document, not the matter it is of; a document that names an event too
      {"The indictment says 12 Russians stole the data.", "The indictment"},
      {"A Reuters analysis of the data found that 827 companies saved jobs.",
       "A Reuters analysis"},
      {"Official government reports of the riot claimed that one infant died.",
       "Official government reports"},
      // an ampersand inside a name
      {"Pacific Gas & Electric said 23,000 customers lost power.", "Pacific Gas & Electric"},
      {"Power was cut to 91,000 homes, according to Pacific Gas & Electric.",
       "Pacific Gas & Electric"},
      // what a speaker knows or is close to is part of the source, before or after the verb
      {"A person familiar with the matter said two people died.",
       "A person familiar with the matter"},
      {"Two people died, a person familiar with the matter said.",
       "a person familiar with the matter"},
      {"Two people died, said a person familiar with the matter.",
       "a person familiar with the matter"},
      {"Officials close to the talks said 3 people were hurt.", "Officials close to the talks"},
      {"Sources close to the investigation of the attack told CNN that 5 were killed.",
       "Sources close to the investigation of the attack"},
      {"Thirty troops died, a source familiar with that assessment tells U.S. News.",
       "a source familiar with that assessment"},
      // (and its count counts the speakers: not the report before it goes on)
      {"Mnuchin said the idea was in the bill. But he did not raise it at the lunch, two people "
       "briefed on the lunch said.",
       "-"},
      // a time between the subject and its verb is no body it speaks for
      {"Officials at the time said 3 people died.", "Officials"},
      {"Police in the meantime said 3 people died.", "Police"},
      // a description that names no person, body or document is not a source
      {"The vote came after Acme faced weeks of protests over its plan announced in May for "
       "four plants.",
       "-"},
      // a second verb of the clause's subject reports what follows it; not one with an object
      {"Police arrived quickly and said three people were killed.", "Police"},
      {"The FBI identified the gunman and said he killed four Marines.",
       "Federal Bureau of Investigation (FBI)"},
      {"Police arrived quickly and later said three people were killed.", "Police"},
      {"Police arrived quickly and on Friday said three people were killed.", "Police"},
      {"The Bosnia war lasted three years and claimed at least 100,000 lives.", "-"},
      // a relative clause set off by a comma reports for the phrase it describes, up to its
      // next comma, before what it reports
      {"The jobs report Friday, which showed the U.S. economy added just 69,000 jobs in May, "
       "was weak.",
       "The jobs report"},
      {"The jobs report on Friday, which showed the economy added 69,000 jobs, was weak.",
       "The jobs report"},
      {"The agency, which found that 12 people died, closed the site.", "The agency"},
      {"Police, who also said 12 people were hurt, arrested two men.", "Police; -"},
      {"The agency, which this week said it found nine flaws, closed the site.", "The agency"},
      {"Police, who on Tuesday said 12 people were hurt, arrested two men.", "Police; -"},
      {"Police, who were told 12 people were hurt, arrested two men.", "-; -"},
      {"Police, who said 12 people were hurt, arrested two men.", "Police; -"},
      {"Police, who said 12 people were hurt, arrested two men, saying 30 people were missing.",
       "Police; -; Police"},
      {"The Nuclear Nonproliferation Treaty, or NPT, which says that its 190 signatories have a "
       "right.",
       "NPT"},
      {"The attacks on Paris, which claimed at least 130 lives, shocked France.", "-"},
      // a verb of saying whose object is what is said reports a clause with no auxiliary; not
      // one whose object is a thing done, nor an object that is no clause
      {"That is in contrast to the jobs report last week, which said employers added just "
       "69,000 jobs in May.",
       "the jobs report"},
      {"He cited the IPCC, which said 50 countries face floods.", "IPCC"},
      {"Kennedy, who wrote the opinion with two colleagues, will side with them.", "-"},
      {"The rebels, who said goodbye to 40 fighters, left.", "-"},
      // the holder of a claim whose "that" clause reports, to a dash; not a relative clause
      {"The figures underscored a warning from the World Health Organization that the virus "
       "could kill more than 300,000 people in Africa.",
       "World Health Organization"},
      {"He cited an estimate by the Congressional Budget Office that 22 million people would "
       "lose coverage.",
       "Congressional Budget Office"},
      {"He mocked Romney's claim that he will create 3 million new jobs.", "Romney"},
      {"He mocked the Romney campaign's repeated claim that 3 million jobs would come.",
       "Romney campaign"},
      {"Three independent estimates by Wall Street analysts found that five million people "
       "will qualify.",
       "-; Wall Street analysts"},
      {"The jury heard Sciorra's allegations that Weinstein attacked her -- and the allegations "
       "by two other women.",
       "-"},
      {"He rejected Smith's claim that was made by 30 senators.", "-"},
      {"March's initially reported loss of 701,000 jobs was revised.", "-"},
      {"Let's say 100 masks were sent.", "-"},
      // "its report": the organisation's named before it in the sentence, else last as a source
      {"CURE is a charity that operates hospitals in 29 countries, according to its website.",
       "CURE"},
      {"The Washington Times said 10 people died.\n\nIts editorial says 17,000 people were "
       "murdered.",
       "Washington Times; Washington Times"},
      // a quantifier alone names no one
      {"Others said 3 million people voted illegally.", "-"},
      {"Some officials said 3 million people voted illegally.", "Some officials"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("a participle of saying after a comma reports for its clause's subject",
          "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Clyburn criticized the rules, saying 100,000 letters arrived.", "Clyburn"},
      {"For its part, Japan has criticized Trump, saying the deal involving a dozen nations "
       "failed.",
       "Japan"},
      {"Clyburn criticized the rules, noting that 100,000 letters arrived.", "Clyburn"},
      // the subject that opens a clause, not one inside it
      {"Asked about it, Rogers suggested Obama missed briefings, telling Fox News: \"Clapper "
       "oversees 16 agencies.\"",
       "Rogers"},
      {"Maj. Gen. William Gayler defended the strike on the group, noting that two members "
       "of the al Qaeda-linked group were killed.",
       "William Gayler"},
      {"Republicans have consistently attacked the bill, saying it means amnesty for 11 "
       "million immigrants.",
       "Republican Party"},
      // ... but a name that ends so is whole
      {"Mark Kelly criticized the rules, saying 100 letters arrived.", "Mark Kelly"},
      // the sentence's report goes on
      {"The business was suspended before David Lidington told members about the situation, "
       "saying 2 officers had been stabbed.",
       "David Lidington"},
      {"Three people died, police said, noting that 12 were hurt.", "police; police"},
      // ... but not past a clause of its own with its subject
      {"Two people died, police said, and the army shelled the town, saying 20 militants were "
       "killed.",
       "police; the army"},
      {"Officials blamed the deaths on gunmen, according to Sky News, adding that six people "
       "were wounded.",
       "Sky News"},
      // a subject that names no speaker gives no frame
      {"The crowd chanted slogans, saying 300 people were arrested, officials said.",
       "officials"},
      // no speaker: the report of the sentence before goes on
      {"At least 480,000 people overstayed their visas, members of Congress said. But agents "
       "arrested fewer than 2,000, saying the others are not targets.",
       "members of Congress; members of Congress"},
      // no participle of saying
      {"Police arrested 20 people, adding to 300 protesters held last week.", "-; -"},
      {"Police arrested 20 people, telling details of 300 arrests.", "-; -"},
      // nor a speaker the article cannot name
      {"The union opposed the plan, and we agreed, saying 20 jobs were lost.", "The union"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("a figure that counts the speakers is not reported by them", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The talks have stalled, two sources told Reuters.", "-"},
      {"The talks stalled, according to two administration officials.", "-"},
      // a frame before theirs does not report them either ...
      {"The mayor said details would follow, but two officials said the plan was dead.",
       "-"},
      // ... but a frame after theirs does
      {"Six sources said the deal was off, according to the Washington Post.",
       "Washington Post"},
      // an aside between a subject and its verb is the writer's
      {"Inslee, who plans to pardon thousands of people convicted of possession, said the law "
       "works.",
       "-"},
      {"NTV, one of Russia's main three TV channels, said 12 people died.", "-; NTV"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("the company, the automaker: the organisation last named as a source",
          "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Acme Corp said on Monday it had cut 200 jobs.\n\nThe company said 50 workers were "
       "moved.",
       "Acme Corp; Acme Corp"},
      // a source named with no figure of its own, in a passage that announces or reports
      {"Acme Corp announced new contracts on Monday.\n\nThe company says 200 workers were "
       "hired.",
       "Acme Corp"},
      {"Acme Corp said on Monday it had cut 200 jobs.\n\nThe No. 2 U.S. retailer also said it "
       "had closed 12 stores.",
       "Acme Corp; Acme Corp"},
      // a modifier that names another body is not an anaphor, nor is a capitalised name
      {"Acme Corp said 200 jobs would go.\n\nThe defense ministry said five tanks were lost.",
       "Acme Corp; The defense ministry"},
      {"The United Nations said 30 people died.\n\nThe Observatory said 40 people died.",
       "United Nations; Observatory"},
      // a news outlet, with modifiers ("the state news outlet"), and "the paper"
      {"Tass said 100 bodies were found.\n\nThe state news outlet adds that the passengers "
       "included 138 women.",
       "Tass; Tass"},
      {"The Times of Israel said two rockets were fired.\n\nThe paper said 12 people were hurt.",
       "Times of Israel; Times of Israel"},
      // a broadcaster: "the station"
      {"WLS-TV reported that 20 volunteers came.\n\nAbout 100 people marched, the station "
       "reported.",
       "WLS-TV; WLS-TV"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("inverted subjects, listeners and publications", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // "said X" after the closing quote of what was said
      {"\"Nine people died,\" said county coroner Ann Lee.", "Ann Lee"},
      // the listener of "told" is not the source
      {"Omar Haddad, a nurse, told Reuters that 14 patients died.", "Omar Haddad"},
      // a report in a publication: the publication
      {"Two people were killed in Reno, according to a report in the Reno Gazette.",
       "Reno Gazette"},
      {"Six homes burned, according to a county tally.", "a county tally"},
      // a verb ends the source after "by"
      {"Three reports released by the Labor Department have been weak.", "Labor Department"},
      // a title-case headline's closing frame
      {"Four Americans Killed in Attack in Syria, Official Says", "Official"},
      {"Twelve Dead in Crash, Local Police Say", "Local Police"},
      // a finding verb closing the sentence after a comma
      {"Payrolls rose by 312,000 in December, a Labor Department report showed Friday.",
       "a Labor Department report"},
      {"Payrolls rose by 312,000, data showed.", "data"},
      // the subject of a verb that sets a toll gives it; a document showing a number gives it
      {"Chinese authorities revised the death toll in Wuhan up by 50%, to 3,869.",
       "Chinese authorities"},
      {"Officials put the death toll at 40.", "Officials"},
      {"He put 20 people in jail.", "-"},
      {"Job gains for October were revised down by a total 9,000.", "-"},
      // ", saying": the subject of the past verb before the comma, or of its clause
      {"Police responded Friday, saying two people died.", "Police"},
      {"The army shelled the town, saying 20 militants were killed.", "The army"},
      {"The map shows 204 House seats tilting Democratic.", "The map"},
      // a document's finding told as a clause; not the documents counted
      {"A survey by payroll processor ADP showed employers added 215,000 jobs.",
       "payroll processor ADP"},
      {"A Gallup poll in Ohio found two of every three Americans support it.",
       "A Gallup poll in Ohio"},
      {"A Gallup poll in October found two of every three Americans support it.",
       "A Gallup poll"},
      // ... and the name after its article: the speaker or document with whom it is from
      {"Claims fell to 1,542,000, data from the Department of Labor showed Thursday.",
       "Labor Department"},
      {"Two people died, a spokesman for the State Department said.",
       "a spokesman for the State Department"},
      {"Two people died, officials at the Pentagon said.", "officials at the Pentagon"},
      // ... or a noun after "the", where the head before the preposition speaks
      {"Two people died, officials at the scene said.", "officials at the scene"},
      {"Two people died, doctors at the hospital said.", "doctors at the hospital"},
      // what a document shows is told by whoever released it; nothing but a document shows
      {"On Wednesday, ADP released a report showing payrolls rose by 135,000 in September.",
       "ADP"},
      {"The House Oversight Committee published data on Wednesday showing that the stockpile "
       "sent over 7,000 ventilators.",
       "House Oversight Committee"},
      {"Traders parsed data showing a loss of 20 million jobs.", "-"},
      {"IS claimed the attacks, and released a video showing eight men.", "-"},
      {"He pointed to a screen at his office in San Mateo, Calif., showing that Trump won 20 "
       "states.",
       "-"},
      // ... or after a word of quantity
      {"Officials in both countries say 500 million Chinese watched a game.",
       "Officials in both countries"},
      {"Two people died, police in several states said.", "police in several states"},
      {"Thirty jobs went, the figures in the memo said.", "the figures in the memo"},
      {"Thirty jobs went, the figures for the county said.", "the figures for the county"},
      {"Thirty jobs went, the plans in the city said.", "-"},
      {"In New Hampshire, two polls showed Mr. Sanders on the rise.", "-"},
      // the base form after plural documents; a noun after a determiner unless documents head
      // the phrase
      {"Official figures show 45,000 illegal immigrants are in Israel.", "Official figures"},
      {"The reports conclude that 3,100 homes were damaged.", "The reports"},
      {"He starred in the reality TV show that drew 12 million viewers.", "-"},
      {"Statistics from the Geneva-based agency show that 1,590 people died.",
       "Statistics from the Geneva-based agency"},
      // a finding of no one named leaves the source to the frame around it
      {"According to Amnesty, those pictures show that 3,100 homes were damaged.",
       "Amnesty International"},
      {"Amnesty released them. Those pictures show that 3,100 homes were damaged.", "-"},
      // a relative period and the participle of release after the maker's name are no source
      {"Figures from the Illinois Department of Public Health released last week show that 848 "
       "people were infected.",
       "Illinois Department of Public Health"},
      // who made the document gives it; a participle or a hanging preposition ends the maker
      {"According to research by NPR, there were 11,000 tracers working in the U.S.", "NPR"},
      {"Research from Williams Institute states that there are 581,300 same-sex couples.",
       "Williams Institute"},
      {"According to an analysis by American Action Forum reviewing the year, 27 rules were "
       "withdrawn.",
       "American Action Forum"},
      {"It admits 600,000 more foreigners, according to an analysis from the Migration Policy "
       "Institute of 2012 data.",
       "Migration Policy Institute"},
      // "said its research showed": the saying gives the source
      {"The advocacy group Child Watch said its research showed 40 states cut funding.",
       "Child Watch"},
      // the subject of a forecast gives it, for its own sentence only; not a passive
      {"Economists surveyed by Dow Jones had been expecting around 2.1 million for weekly "
       "claims. The prior week was revised up by 8,000.",
       "Economists; -"},
      {"Organizers expected around 10,000 demonstrators.", "Organizers"},
      {"Amazon is expected to hire 1,500 workers.", "-"},
      // ... also when the forecast is told as a change: "forecast payrolls rising 164,000"
      {"Economists polled by Reuters had forecast payrolls rising 164,000 in May.", "Economists"},
      {"Economists had forecast a payroll decline of 100,000.", "Economists"},
      {"Economists expected the 44-day strike of 40,000 workers to affect the figures.", "-"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}
