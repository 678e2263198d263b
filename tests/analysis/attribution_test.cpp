// Who gives each figure (common/analysis/attribution.hpp): frames, pronouns and titles,
// quotations, reports that go on, acronyms and polls (attribution_subjects_test.cpp has where
// the source phrase lies). Each row: a passage (or passages separated by "\n\n"), the
// attributions of its figures in order joined by "; " ("-" for none).
#include <catch2/catch.hpp>
#include <string>

#include "common/analysis/attribution.hpp"
#include "common/analysis/tokens.hpp"
#include "tests/support/attributions.hpp"

using tally::testing::attributions_of;

TEST_CASE("attribution frames", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"An airstrike killed 29 Turkish soldiers in northeast Syria, a Turkish official said "
       "Friday.",
       "a Turkish official"},
      {"Rahmi Dogan, the governor of Turkey's Hatay province, said 29 troops were killed.",
       "Rahmi Dogan"},
      {"The Syrian Observatory for Human Rights said at least 34 Turkish soldiers were killed.",
       "Syrian Observatory for Human Rights"},
      {"Violence also left three more Turkish soldiers dead, according to Turkey's President "
       "Recep Tayyip Erdogan, raising the number of Turkish troops killed this month to 21.",
       "Recep Tayyip Erdogan; Recep Tayyip Erdogan"},
      {"According to the United Nations, almost 950,000 civilians have been displaced.",
       "United Nations"},
      {"\"Thirty-three of our soldiers were martyred,\" Mr Dogan was quoted as saying by the "
       "Anadolu news agency.",
       "Dogan"},
      {"In a statement, the defense ministry said five tanks were destroyed.",
       "the defense ministry"},
      {"An opposition military source told Reuters that 15,000 Turkish soldiers were in Syria.",
       "An opposition military source"},
      {"The Observatory also reported on the more than 20 villages captured Thursday.",
       "Observatory"},
      {"Three Turkish soldiers were killed earlier Thursday in Idlib.", "-"},
      // a speech verb's -ing form after "is", "are" or "been", before what it reports; not a
      // participle with an object
      {"CBS News is reporting that two women were killed.", "CBS"},
      {"Officials have been warning that 300 people were killed.", "Officials"},
      {"Police are now saying 12 people were killed.", "Police"},
      {"United Airlines is warning that it may furlough as many as 36,000 employees.",
       "United Airlines"},
      {"Three people were reporting symptoms.", "-"},
      {"Whether it was wrongly reporting that 15 people died, the paper erred.", "-"},
      {"Fox News has learned that 48 suspects were arrested.", "Fox News"},
      {"Earlier this month, 13 soldiers were killed, prompting Erdogan to say he would strike.",
       "-"},
      {"Police said two men were arrested, officials said.", "Police"},
      // a speaker after the verb told by what they are, or named in apposition after that
      {"Seven people were killed in the blast, said police.", "police"},
      {"Troops killed 18 militants, said a police officer.", "a police officer"},
      {"Troops killed 18 militants, said a tribal police officer, Ali Ahmed.", "Ali Ahmed"},
      // not a clause after the verb, nor a description naming no one over an outer frame
      {"A letter signed by 140 lawmakers, mostly Republicans, said the president had a duty.",
       "-"},
      {"The FBI revealed that it found 87 suspects, said the officials aware of the meeting.",
       "Federal Bureau of Investigation (FBI)"},
      // a frame set off by commas inside a clause covers what goes on after it, but not a
      // clause of its own
      {"The virus, officials said, has killed 40 people.", "officials"},
      {"From the bakery, police said, the suspect drove home and stabbed two people.",
       "police"},
      {"Three people died, police said, and the governor sent 200 troops.", "police; -"},
      // after an opening phrase of time, place or condition, a name or a number too goes on
      // the clause (not after a clause: "Two people died, police said, Smith ...")
      {"On Tuesday, police said, 12 people were killed.", "police"},
      {"In recent years, the government contends, Hasson has collected 15 firearms.",
       "the government"},
      {"Since 2009, the council says, Iran has sent 300 advisers.", "the council"},
      // a saying in a subordinate clause reports up to a dash, not past it
      {"The storm -- upgraded hours after forecasters said it had weakened -- was expected to "
       "hit two weather systems.",
       "-"},
      {"The storm -- upgraded hours after forecasters said it had hit two weather systems -- "
       "moved on.",
       "forecasters"},
      // and after a word that opens a clause
      {"The war in Syria, where, the United Nations estimated, 70,000 people have been killed, "
       "goes on.",
       "United Nations"},
      {"The army shelled the town, and, police said, 12 people were killed.", "police"},
      {"Two people died, police said, Smith counted 12 wounded.", "police; -"},
      {"Three people died, police said, after 200 troops arrived.", "police; -"},
      {"Two people were killed, said Taher al-Omar, an activist.", "Taher al-Omar"},
      // writers, notes and testimony give figures too; "took notes" says nothing
      {"The Guardian notes that nearly all of the seven previous truces have ended.",
       "Guardian"},
      {"Israel killed two militants in an airstrike, writes The Washington Post.",
       "Washington Post"},
      {"Two guards were shot, John Smith testified on Monday.", "John Smith"},
      {"As I took notes about the program, the prison was force-feeding 130 inmates.", "-"},
      // a passive of saying with no agent names no source
      {"Cases have been confirmed in a dozen countries.", "-"},
      {"Gorsuch was confirmed on a 54-45 vote.", "-; -"},
      // and leaves the saying around it the source: "that ... were confirmed"
      {"A military official told the Associated Press that three deaths were confirmed.",
       "A military official"},
      // hearsay: a passive "said to" or "reported to" names who is reported on
      {"Bowers is said to have wounded two police officers.", "-"},
      {"The gunman was reported to have killed three people.", "-"},
      // a comma after the verb opens the report when the frame opens the sentence or a quote
      // follows; "..., he said, and ..." still closes it, unless a clause that reports a count
      // is joined to the first by "and"
      {"The ministry said, 646,000 people were displaced.", "The ministry"},
      {"As Michelle Moons reported, California has over 646,000 new registrations.",
       "Michelle Moons"},
      {"Michelle Moons said, \u201cThere are over 646,000 registrations.\u201d",
       "Michelle Moons"},
      {"Two people died, the ministry said, and 646,000 people were displaced.",
       "the ministry; the ministry"},
      {"There were 17 arrests, El Pa\u00eds reported, and 62 people were injured.",
       "El Pa\u00eds; El Pa\u00eds"},
      {"Two people died, the ministry said, but 646 people were rescued.", "the ministry; -"},
      {"All told, those three programs can lend up to 300 companies.", "-; -"},
      // report and estimate: verbs before "that" or a quote, nouns after a determiner
      {"Ecologists estimate that about 8,000 koalas have died.", "Ecologists"},
      {"Organisers report that 15,000 people assembled for the event.", "Organisers"},
      {"About 9 percent of Americans report one of these behaviors; that is 22 million adults.",
       "-"},
      {"The Mueller report \u201cexceeds 300 pages\u201d in length, the Times said.", "Times"},
      {"The agency failed to consider Kentucky's own internal estimate that as many as 95,000 "
       "people could lose coverage.",
       "-"},
      {"Contrary to Spell's claims, \u201cHe does not have 1,800 people in that church,\u201d "
       "the spokesperson said.",
       "the spokesperson"},
      {"The Labor Department said in its Friday report that employers added 2.5 million jobs.",
       "Labor Department"},
      // verbs of arguing and warning report before "that", a quote or punctuation
      {"In a pending lawsuit, the ACLU argued that 13 people were denied due process.", "ACLU"},
      {"Health officials have warned that 300 more people may have been exposed.",
       "Health officials"},
      {"Health officials warned Tuesday that 300 more people may have been exposed.",
       "Health officials"},
      {"A UN report estimates that 5,000 people have fled.", "A UN report"},
      // and before a clause without "that", but not before an object
      {"Las Vegas police report more than 527 people were injured.", "Las Vegas police"},
      {"Ecologists estimate about 8,000 koalas have died.", "Ecologists"},
      {"Americans report one of these behaviors in 30 states.", "-"},
      // (a clause is opened by a count, and ends at a conjunction: no subject of "states")
      {"Eleven states this year have passed 30 laws.", "-; -"},
      {"Employers added 50,000 jobs last month while wages were flat.", "-"},
      // findings discovered or determined, and documents of audits and inquiries
      {"The Public Interest Legal Foundation discovered that 1,000 noncitizens registered.",
       "Public Interest Legal Foundation"},
      {"The audit revealed that 1,000 noncitizens registered to vote.", "The audit"},
      // a finding inside a saying is the sayer's; not one in a clause of its own
      {"Kim Lee said the FBI, working with local police, later determined that at least two "
       "men were involved.",
       "Kim Lee"},
      // a finding still to come is the forecaster's
      {"\"The BLS report will show job growth of 140,000,\" wrote economist Daniel Silver.",
       "Daniel Silver"},
      {"Nancy Pelosi told CNBC after the government report showed the economy lost 701,000 "
       "jobs.",
       "the government report"},
      // (an inner finding after a possessive leaves the source to the outer saying)
      {"ADP said Wednesday that its own survey indicated 20.2 million jobs were lost.", "ADP"},
      {"The witnesses all told police that 30 men fired.", "The witnesses"},
      // scientists by their field speak too (people.tsv)
      {"Some 480 million animals died, according to ecologists from the University of Sydney.",
       "ecologists"},
      {"Some 20,000 people have died, according to epidemiologists.", "epidemiologists"},
      // a release is a document: the company that issued it, else the release
      {"Intel opened its portfolio of over 72,000 patents, according to a press release.",
       "a press release"},
      {"Intel opened its portfolio of over 72,000 patents, according to a news release from the "
       "company.",
       "the company"},
      // court papers, letters and recordings are documents that give figures
      {"Three people were arrested on Tuesday, according to court documents.", "court documents"},
      {"Employers added 130,000 jobs, according to a monthly snapshot from the Labor Department.",
       "Labor Department"},
      {"The complaint says 12 workers were fired.", "The complaint"},
      {"Two people died of gunshot wounds, according to autopsies.", "autopsies"},
      {"Two officers struggled with him, according to surveillance footage.",
       "surveillance footage"},
      // a past participle after the named source ends it; not one that describes a noun
      {"There are now 70 candidate vaccines, according to a document from WHO published "
       "Saturday.",
       "World Health Organization (WHO)"},
      {"At least 19 veterans had died, according to an internal document from the VA obtained "
       "exclusively by CNN.",
       "VA"},
      // a document's subject, with who got hold of it; not a speaker's ("a man seen by ...")
      {"A memo obtained by The Times indicated there are 54 field offices.",
       "A memo obtained by The Times"},
      {"FBI memos reviewed by The Washington Times said 3 relatives fled.",
       "FBI memos reviewed by The Washington Times"},
      {"An official seen by reporters said 3 relatives fled.", "reporters"},
      // a document shows a number, its noun before the verb or before whom it is from or by;
      // a finding of no document is no report
      {"Data from Johns Hopkins University showed 3,009,611 cases.", "Johns Hopkins University"},
      {"A report by the Red Cross shows 40 deaths.", "Red Cross"},
      {"Rescuers from the Red Cross found 40 bodies.", "-"},
      {"Officers reading the report later found 40 guns.", "-"},
      // a subject's name may run over "on" after a body's word, and over 11 words
      {"A report by the Center on Budget and Policy Priorities found 700,000 Americans would "
       "lose benefits.",
       "Center on Budget and Policy Priorities"},
      {"The people on Capitol Hill said 70 Americans would lose benefits.", "Capitol Hill"},
      {"President Donald Trump, who has thrown more than 30 million Americans out of work, "
       "pulled back Wednesday on White House plans revealed a day earlier to wind down the task "
       "force.",
       "-"},
      {"Department of Homeland Security and Health and Human Services officials said 226,199 "
       "immigrants were deported.",
       "Department of Homeland Security and Health and Human Services officials"},
      // the existential "there" opens a clause, after which a noun-like verb is a saying
      {"A police spokesman estimates there are 30,000 firearms in the city.",
       "A police spokesman"},
      {"Two tankers were seized, according to Iranian state-funded Press TV.",
       "Iranian state-funded Press TV"},
      // a toll claimed is no saying, and the sentence goes on with no report before it; it
      // covers its clause only; inside a report it is the report's, but not in a relative
      // clause; a participle ("attacks claiming 780 lives") makes no frame, so a report after it
      // keeps it; "claimed" before a clause is still a saying
      {"Maria claimed more than 30 lives in the Caribbean.", "-"},
      {"Maria claimed 30 lives, and 5 people are missing, officials said.", "-; officials"},
      {"Officials said 1,900 Palestinians were killed. Rockets have also claimed 67 lives in "
       "Israel.",
       "Officials; -"},
      {"The UN estimates that the conflict claims as many as 5,000 lives per month, and there "
       "are 6.8 million Syrians in need.",
       "United Nations (UN); United Nations (UN)"},
      {"Trump said on Monday that mental health is behind the shooting that claimed at least 26 "
       "lives.",
       "-"},
      {"\"Militants staged 20 attacks claiming at least 780 lives,\" RIA Novosti reported.",
       "RIA Novosti; RIA Novosti"},
      {"Officials claimed the rule saves 474 lives.", "Officials"},
      // adverbs between a subject and its verb are not the source's
      {"The ACLU recently said 5 people were arrested.", "ACLU"},
      {"Officials have long said 5 people were arrested.", "Officials"},
      // titles of office before a name are not the name's, before or after the verb
      {"FEMA Administrator Brock Long said 30,000 people were in shelters.", "Brock Long"},
      {"Five people died, said County Coroner Jane Doe.", "Jane Doe"},
      {"Sheriff Alex Villanueva said 45 people were interviewed.", "Alex Villanueva"},
      // a verb of saying that may take an object says before a pronoun subject and its verb
      {"The Congressional Budget Office has projected they could lead to 750,000 fewer jobs.",
       "Congressional Budget Office"},
      // titles alone name an office, not a person
      {"Over 35,000 FBI employees have access, the Inspector General found.",
       "Inspector General"},
      // verbs of saying with a stance: stress, concede, boast, reiterate, recall, reveal
      {"Officials stressed that 40 people were arrested.", "Officials"},
      {"The group boasts more than 4 million members.", "The group"},
      {"The Guardian research reveals presidents held only 13 fundraisers.",
       "Guardian research"},
      {"Justice Ruth Bader Ginsburg reiterated that 1,100 federal laws deal with marriage.",
       "Ruth Bader Ginsburg"},
      // not a participle ("the holiday observed on July 13"); "admits" that lets in is guarded
      // in attribution_subjects_test.cpp ("It admits 600,000 more foreigners")
      {"Many were angered by the decision to cancel the Martyrs Day holiday observed on July 13 "
       "in remembrance of 22 people killed during protests in 1931.",
       "-"},
      // a place's party label and state before an appositive: the name is the source
      {"Sen. Dianne Feinstein (D) of California, a gun control advocate, conceded that 20 "
       "people were killed.",
       "Dianne Feinstein"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("an active belief reports for its subject, as a saying does", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Authorities believe he shot 129 people.", "Authorities"},
      {"American intelligence believes 35 Chinese troops died.", "American intelligence"},
      {"Federal investigators believe that approximately 100 Americans have traveled to Syria.",
       "Federal investigators"},
      // not a passive, a denial, a question, a possibility, the writer or the reader
      {"Twelve people are believed dead.", "-"},
      {"The spokesman is believed dead, and 12 people were hurt.", "-"},
      {"Officials are believed ready to say 30 people died.", "-"},
      {"The man is also believed to be in videos in which two hostages were beheaded.", "-"},
      {"Two bombers believed to have survived the attack killed 30 people.", "-; -"},
      {"Police don't believe 30 people died.", "-"},
      {"Police never believed 30 people died.", "-"},
      {"Police can't believe 30 people died.", "-"},
      {"\"We will respond,\" Altun said.\n\n\"We believe 30 soldiers died.\"", "Altun"},
      {"Do officials believe 30 people died?", "-"},
      {"Officials may believe 30 people died.", "-"},
      {"Twelve people believed dead were found in 3 houses.", "-; -"},
      {"Two men believed killed in the blast were found in 3 houses.", "-; -"},
      {"\"I believe 30 people died,\" Smith said.", "Smith"},
      {"You believe 30 people died.", "-"},
      // nor what a free or a relative clause leaves out
      {"A blast from what authorities believe was a bomb injured 29 people.", "-"},
      {"He won Ohio, a state that Trump's team believed was worth 18 votes.", "-"},
      // nor whom or what the believers trust
      {"Officials believe in the 12 rules.", "-"},
      // inside a saying or under one closing the sentence, the saying's
      {"Chertorivski said he believed that 10 people were trapped.", "Chertorivski"},
      {"Sandy testified investigators believed two officials left OMB.", "Sandy"},
      {"Officials believe Ebola has killed 13 people, Kabange said.", "Kabange"},
      {"Officials believe Ebola has killed 13 people, Kabange said in a statement on Friday.",
       "Kabange"},
      {"Authorities believe there are two bombers on the run, according to reports.",
       "reports"},
      {"The administration believes gas was used eight times, a Senate aide said.",
       "a Senate aide"},
      // (not an agent inside it)
      {"Officials believe 30 deaths counted in the figures released by the ministry were missed.",
       "Officials"},
      // a relative clause after it tells a fact of its own; a clause reported inside it does not
      {"Officials believe the girlfriend of the gunman who killed four people has fled.", "-"},
      {"Officials believe the three teams that attacked six sites were sent from Syria.",
       "Officials; -"},
      {"Authorities believe the man knew that 12 people died.", "Authorities"},
      // adverbs of manner between the believer and the verb
      {"Hoover police mistakenly believed that 2 men were armed.", "Hoover police"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("pronouns and titles resolve to the last named speaker", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Rahmi Dogan, the governor, said 29 troops were killed. He said 39 injured were being "
       "treated.",
       "Rahmi Dogan; Rahmi Dogan"},
      // a name with a particle joined to it ("al-Naass") is a person's, whom "he" stands for
      {"Issam al-Naass, a spokesman, said the attack was over. At least five people were "
       "wounded, he said.",
       "Issam al-Naass"},
      {"Hatay province Governor Rahmi Dogan told the media late on Thursday.\n\nWhile he "
       "originally said that nine soldiers had been killed, minutes later the death toll was "
       "revised to 33, the Turkish Anadolu Agency (AA) reported, citing the governor.",
       "Rahmi Dogan; Rahmi Dogan"},
      {"The Health Ministry gave no figure. It said 40 people were injured.",
       "-"},
      {"The Health Ministry said the clinic was full. It said 40 people were injured.",
       "Health Ministry"},
      // a list item before ", said NAME" is no appositive: the name after the verb speaks
      {"Ana Ruiz said raids were feared. The raids hit Atlanta, Chicago and nearby areas, said "
       "David Marin, a director. Five of 161 people arrested had records, he said.",
       "David Marin; David Marin"},
      // a name after the verb that starts the reported clause does not
      {"Rahmi Dogan, the Hatay governor, said Erdogan had ordered a response after 22 soldiers "
       "were killed.",
       "Rahmi Dogan"},
      {"John Gauger, the owner of a firm, said Cohen offered him $50,000 to rig two polls.",
       "John Gauger"},
      {"Tom Lee, a detective, said James Smith, 34, was arrested after 3 people were shot.",
       "Tom Lee"},
      {"Jane Doe, the mayor, said John Smith, the chief, had hired 40 officers.", "Jane Doe"},
      // a title of several words met again: "the attorney general", "the prime minister"
      {"Attorney General Eric Holder said three citizens were killed.\n\nThe attorney general "
       "said 12 people were killed.",
       "Eric Holder; Eric Holder"},
      {"Prime Minister Theresa May said it was over. The prime minister said 40 were hurt.",
       "Theresa May"},
      // whole words of the title, and not another office that ends so
      {"Minister of Health Fahrettin Koca said five were hurt. The minister said 12 died.",
       "Fahrettin Koca; Fahrettin Koca"},
      {"Committee Chairman Bob Smith said five were hurt. The man said 12 people died.",
       "Bob Smith; The man"},
      {"Vice President Mike Pence said five were hurt. The president said 12 people died.",
       "Mike Pence; The president"},
      // a titled person the article named without a saying, in the same paragraph or one
      // before; a titled speaker first
      {"President Donald Trump visited Ohio. We shipped 73 pallets, the president said.",
       "Donald Trump"},
      {"President Donald Trump spoke in Ohio.\n\nWe shipped 73 pallets, the president said.",
       "Donald Trump"},
      {"President Barack Obama said it was over. President George Bush sat nearby. The "
       "president said 12 people died.",
       "Barack Obama"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("a quotation spanning sentences takes the frame that closes it", "[attribution]") {
  CHECK(attributions_of("\"Twelve soldiers were killed. We will respond,\" Altun said.") ==
        "Altun");
  // a sentence in the middle of the quotation too
  CHECK(attributions_of("\"We saw it. Twelve soldiers were killed. We will respond,\" Altun "
                        "said.") == "Altun");
  // a quotation closed with no frame after it gives none
  CHECK(attributions_of("\"Twelve soldiers were killed.\" Altun said the army failed.") == "-");
}

TEST_CASE("a paragraph of quotation after one closed by its speaker goes on quoting them",
          "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"\"We will respond,\" Altun said.\n\n\"Twelve soldiers were killed.\"", "Altun"},
      // through several paragraphs of quotation
      {"\"We will respond,\" Altun said.\n\n\"It was a massacre.\"\n\n\"Twelve soldiers were "
       "killed.\"",
       "Altun"},
      // not after a paragraph that ends with no speaker, nor past a paragraph of narrative
      {"Altun spoke first.\n\n\"Twelve soldiers were killed.\"", "-"},
      {"\"We will respond,\" Altun said.\n\nThe army moved.\n\n\"Twelve soldiers were killed.\"",
       "-"},
      // a paragraph with its own frame keeps it
      {"\"We will respond,\" Altun said.\n\n\"Twelve soldiers were killed,\" Kaya said.", "Kaya"},
      // "Twenty-two states are ...": after a number, "states" is a noun, not a speech verb
      {"\"Twenty-two states are embarrassed.\"", "-"},
      // in the same paragraph, a quotation opened right after the sentence its speaker closed
      {"\"We will respond,\" Altun said. \"Twelve soldiers were killed. Two are missing.\"",
       "Altun; Altun"},
      // (not after a sentence that closed no quotation: whose words follow is not told)
      {"The army will respond, Altun said. \"Twelve soldiers were killed.\"", "-"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("the source of a list heading gives its items", "[attribution]") {
  // attribute_figures leaves list items to analyse_article; this checks the heading's frame
  tally::SpeakerMemory speakers;
  const std::string heading = "The latest counts provided by the health ministry:";
  const auto tt = tally::tokenize(heading);
  const auto frames = tally::find_attributions(heading, tt, {}, speakers);
  REQUIRE(frames.size() == 1);
  CHECK(frames[0].source == "the health ministry");
}

TEST_CASE("a headline's label names who says what follows it", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The Latest: Police: 2 dead, 7 wounded in N Carolina shooting", "Police; Police"},
      {"Health minister: 2 people have died of Ebola in Congo", "Health minister"},
      {"Report: 4 in 10 federal firearms licensees escape inspection", "Report"},
      {"Fox News Poll: Obama leads in three key swing states", "Fox News Poll"},
      {"Commissioner: 3 people killed in crash", "Commissioner"},
      {"Germanwings CEO: Crash victims from 15 countries", "Germanwings CEO"},
      // a topic, a kind of article, a phrase about someone: no speaker
      {"Bronx fire: Twelve die in New York apartment block blaze", "-"},
      {"Jobs report: Employers added 148,000 jobs in December", "-"},
      {"Analysis: Five reasons the president fumbled the debate", "-"},
      {"Romney As Governor: Confrontation, One Big Deal and 800 Vetoes", "-; -"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("a list item's paragraph takes the source of the list's heading", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // an item ("Name: N"), without a dash
      {"The latest figures reported by health authorities:\n\nRuritania: 40 deaths. In "
       "addition, its capital has had 12 cases.",
       "health authorities; health authorities"},
      // an item that counts two things
      {"The latest figures reported by health authorities:\n\nRuritania: 636 deaths and "
       "31,161 cases.",
       "health authorities; health authorities"},
      // a dashed paragraph of the list, whatever it holds; the list ends at the first
      // paragraph without a dash
      {"Commissioner Bob Paulson spoke.\n\nAccording to Paulson:\n\n-- He was not on the list "
       "of 90 Canadians that authorities watch.\n\n-- Two soldiers were run over.\n\nThe "
       "town has 40 schools.\n\n-- A later item with 30 schools.",
       "Bob Paulson; Bob Paulson; -; -"},
      // a heading without a source ends the list before it
      {"Police said:\n\n-- 40 people were hurt.\n\nThe latest figures:\n\n-- 12 people were "
       "hurt.",
       "Police; -"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("a sentence counting the same as the one before continues its report",
          "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Police said 12 people were arrested on Friday. Another 30 were arrested on Saturday.",
       "Police; Police"},
      // another count is not the same report
      {"Police said 12 people were arrested on Friday. The march drew 5,000 people.",
       "Police; -"},
      // unless a connective goes on with it
      {"Unemployment fell, the Bureau of Labor Statistics said. But employers added 162,000 "
       "jobs.",
       "Bureau of Labor Statistics"},
      {"Unemployment fell, the Bureau of Labor Statistics said. Employers added 162,000 jobs.",
       "-"},
      // "claims" after a lower-case word is a noun, not a saying
      {"Weekly jobless claims hit 6.6 million.", "-"},
      // a title abbreviated with a period before the name
      {"\"Two of the guards drew their weapons,\" said Texas Lt. Gov. Dan Patrick.", "Dan Patrick"},
      // "added" with an object is the event, not a saying; "the department" is the one named
      {"The Labor Department said employers added 50,000 jobs. The department found they "
       "added 69,000 more jobs.",
       "Labor Department; Labor Department"},
      // claiming responsibility gives no figure
      {"The group claimed responsibility for the attacks that killed 130 people.", "-"},
      // a sentence with a source of its own keeps it
      {"Police said 12 people were arrested. Organisers said 40 were arrested.",
       "Police; Organisers"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("an acronym written keeps its form beside the name it stands for", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The CDC said 20 people were infected.",
       "Centers for Disease Control and Prevention (CDC)"},
      {"The Centers for Disease Control and Prevention said 20 people were infected.",
       "Centers for Disease Control and Prevention"},
      {"Rahmi Dogan said 29 soldiers were killed.", "Rahmi Dogan"},
      // an acronym that spells a pronoun is the organisation, not a relative clause
      {"More than 120 workers have died, the WHO said.", "World Health Organization (WHO)"},
      {"The WHO said 20 people were infected.", "World Health Organization (WHO)"},
      // an acronym the article defines, spelled out as the definition reads
      {"The White House's Council of Economic Advisers (CEA) released a report.\n\n"
       "The stimulus saved 9 million jobs, the CEA reports.",
       "Council of Economic Advisers (CEA)"},
      {"U.S. Customs and Border Protection (CBP) issued figures.\n\n"
       "CBP said 40 people were arrested.",
       "Customs and Border Protection (CBP)"},
      {"Data from the Centers for Disease Control and Prevention (CDC) are in.\n\n"
       "CDC said 20 people were infected.",
       "Centers for Disease Control and Prevention (CDC)"},
      // not a name whose initials do not hold the letters, nor a dateline
      {"Pacific Gas Company (PGE) crews came.\n\nFour homes burned, PGE said.", "PGE"},
      {"Today Pacific Gas and Electric (PGE) crews came.\n\nFour homes burned, PGE said.",
       "Pacific Gas and Electric (PGE)"},
      {"Cuomo's Covid Task Force (CTF) met.\n\nFour homes burned, CTF said.",
       "Covid Task Force (CTF)"},
      {"WORCESTER (WBUR) -- The story.\n\nFour inmates died, WBUR said.", "WBUR"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("the sample of a poll comes from the poll named with it or last named",
          "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The Washington Post–ABC News poll of 808 adults was conducted in February.",
       "Washington Post–ABC News poll"},
      {"A fresh GWU poll underscored the point.\n\nThe poll of 1,000 likely voters, taken in "
       "August, showed it.",
       "GWU poll"},
      {"A Pew Research Center and USA Today survey of 1,501 adults showed it.",
       "Pew Research Center and USA Today survey"},
      // a new poll of its own, a preposition opening the sentence, a day's poll: no name
      {"The Gallup poll was wide.\n\nThey won a statewide poll of 11,000 students.", "-"},
      {"In surveys of 25 million people, it won.", "-"},
      {"Monday's poll of 900 voters showed it.", "-"},
      {"The Michigan poll of 600 voters showed it.", "-"},
      {"The Gallup poll was wide.\n\nThe Michigan poll of 600 voters showed it.", "-"},
      {"Survey of 1,000 voters finds a lead.", "-"},
      {"The Gallup poll was wide.\n\nSurvey of 1,000 voters finds a lead.", "Gallup poll"},
      // the sample the poll questioned, as the subject of its clause
      {"A Quinnipiac poll was out.\n\nThe survey polled 1,196 likely voters in Ohio.",
       "Quinnipiac poll"},
      {"The Reuters/Ipsos poll was wide. The poll included 1,133 likely voters.",
       "Reuters/Ipsos poll"},
      {"The Gallup poll was wide.\n\nThe survey polled 12 states.", "-"},
      // the sample of a poll its sentence says was conducted, and the list's items after it
      {"The NBC/Marist polls were taken from October 28-29, from 1,142 voters in Iowa, "
       "1,013 voters in Ohio and 1,065 voters in Wisconsin.",
       "NBC/Marist polls; NBC/Marist polls; NBC/Marist polls"},
      {"The Gallup survey was conducted online among some 2,000 adults.", "Gallup survey"},
      {"The Gallup survey was conducted as 2,000 adults marched.", "-"},
      // a describing word a headline capitalises names no pollster; a place's name does
      {"New Polls Show Obama Has Edge\n\nThe state polls were conducted among 1,177 voters.",
       "-"},
      {"The New York Times/CBS News poll of 1,170 voters was out.",
       "New York Times/CBS News poll"},
      // not a sample: a poll's count of something else
      {"The CNN poll was taken as 40 people were arrested.", "-"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("the outlet's own poll is no source beside the outlet", "[attribution]") {
  auto [outlet, text, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"CNN (Web News)", "The CNN/ORC poll of 1,014 adults was out.", "-"},
      {"New York Times - News", "The New York Times/CBS News poll of 1,170 voters was out.", "-"},
      {"The Week - News", "A CBS News poll of 2,112 residents was out.", "CBS News poll"},
      {"CNN (Web News)", "The Quinnipiac University poll of 1,664 voters was out.",
       "Quinnipiac University poll"},
      {"", "The CNN/ORC poll of 1,014 adults was out.", "CNN/ORC poll"},
  }));
  CAPTURE(outlet, text);
  CHECK(attributions_of(text, outlet) == expected);
}
