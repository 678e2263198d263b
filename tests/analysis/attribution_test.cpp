// Who gives each figure (common/analysis/attribution.hpp). Each row: a passage (or passages
// separated by "\n\n"), the attributions of its figures in order joined by "; " ("-" for none).
#include <catch2/catch.hpp>
#include <string>

#include "common/analysis/analyse.hpp"
#include "tests/support/paragraphs.hpp"
#include "common/analysis/attribution.hpp"
#include "common/analysis/figures.hpp"
#include "common/analysis/tokens.hpp"

namespace {

// Through the whole analysis (analyse_article), as the indexer reads an article.
std::string attributions_of(const std::string& article) {
  tally::Passages passages;
  for (const auto paragraph : tally::testing::paragraphs(article)) {
    tally::Passage p;
    p.index = static_cast<int>(passages.size());
    p.text = std::string(paragraph);
    passages.push_back(std::move(p));
  }
  std::string out;
  for (const auto& f : tally::analyse_article(passages, std::nullopt).figures) {
    out += out.empty() ? "" : "; ";
    out += f.attribution.empty() ? "-" : f.attribution;
  }
  return out;
}

}  // namespace

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
      {"Earlier this month, 13 soldiers were killed, prompting Erdogan to say he would strike.",
       "-"},
      {"Police said two men were arrested, officials said.", "Police"},
      // a frame set off by commas inside a clause covers what goes on after it, but not a
      // clause of its own
      {"The virus, officials said, has killed 40 people.", "officials"},
      {"From the bakery, police said, the suspect drove home and stabbed two people.",
       "police"},
      {"Three people died, police said, and the governor sent 200 troops.", "police; -"},
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
      // a comma after the verb opens the report when the frame opens the sentence or a quote
      // follows; "..., he said, and ..." still closes it
      {"The ministry said, 646,000 people were displaced.", "The ministry"},
      {"As Michelle Moons reported, California has over 646,000 new registrations.",
       "Michelle Moons"},
      {"Michelle Moons said, \u201cThere are over 646,000 registrations.\u201d",
       "Michelle Moons"},
      {"Two people died, the ministry said, and 646,000 people were displaced.",
       "the ministry; -"},
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
      {"Nancy Pelosi told CNBC after the government report showed the economy lost 701,000 "
       "jobs.",
       "the government report"},
      // (an inner finding after a possessive leaves the source to the outer saying)
      {"ADP said Wednesday that its own survey indicated 20.2 million jobs were lost.", "ADP"},
      {"The witnesses all told police that 30 men fired.", "The witnesses"},
      // a release is a document: the company that issued it, else the release
      {"Intel opened its portfolio of over 72,000 patents, according to a press release.",
       "a press release"},
      {"Intel opened its portfolio of over 72,000 patents, according to a news release from the "
       "company.",
       "the company"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("pronouns and titles resolve to the last named speaker", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Rahmi Dogan, the governor, said 29 troops were killed. He said 39 injured were being "
       "treated.",
       "Rahmi Dogan; Rahmi Dogan"},
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
      // a topic, a kind of article, a phrase about someone: no speaker
      {"Bronx fire: Twelve die in New York apartment block blaze", "-"},
      {"Jobs report: Employers added 148,000 jobs in December", "-"},
      {"Analysis: Five reasons the president fumbled the debate", "-"},
      {"Romney As Governor: Confrontation, One Big Deal and 800 Vetoes", "-; -"},
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
      // a place between commas after a place (a capitalised word, never a description) is
      // part of the subject, no speaker
      {"Police in Albuquerque, New Mexico, said 30 people died.", "Police in Albuquerque"},
      // nor a name after a description of where
      {"Officials in the county seat, Red Bluff, said 30 people died.", "-"},
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
      {"A Siena College poll released Tuesday showed Trump trailing in six battleground "
       "states.",
       "A Siena College poll"},
      // but past a day, a name inside a phrase is no subject; one after a word that starts a
      // clause is
      {"Two soldiers killed in Idlib on Thursday raised the toll to 60.", "-; -"},
      {"Three were hurt, and police on Tuesday said 12 were arrested.", "-; police"},
      // a document, not the matter it is of
      {"A Reuters analysis of the data found that 827 companies saved jobs.",
       "A Reuters analysis"},
      {"Official government reports of the riot claimed that one infant died.",
       "Official government reports"},
      // an ampersand inside a name
      {"Pacific Gas & Electric said 23,000 customers lost power.", "Pacific Gas & Electric"},
      {"Power was cut to 91,000 homes, according to Pacific Gas & Electric.",
       "Pacific Gas & Electric"},
      // a description that names no person, body or document is not a source
      {"The vote came after Acme faced weeks of protests over its plan announced in May for "
       "four plants.",
       "-"},
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
      // the sentence's report goes on
      {"The business was suspended before David Lidington told members about the situation, "
       "saying 2 officers had been stabbed.",
       "David Lidington"},
      {"Police said the attacks were racially motivated, noting that the two who died were "
       "Hispanic.",
       "Police"},
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
      {"The attack killed 20 people, adding to the toll of 300.", "-; -"},
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
      {"A Gallup poll in October found two of every three Americans support it.",
       "A Gallup poll in October"},
      {"In New Hampshire, two polls showed Mr. Sanders on the rise.", "-"},
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

TEST_CASE("a list item's paragraph takes the source of the list's heading", "[attribution]") {
  tally::Passages passages;
  for (const char* text : {"The latest figures reported by health authorities:",
                           "- Ruritania: 40 deaths. In addition, its capital has had 12 cases."}) {
    tally::Passage p;
    p.index = static_cast<int>(passages.size());
    p.text = text;
    passages.push_back(p);
  }
  std::string out;
  for (const auto& f : tally::analyse_article(passages, std::nullopt).figures) {
    out += out.empty() ? "" : "; ";
    out += f.attribution.empty() ? "-" : f.attribution;
  }
  CHECK(out == "health authorities; health authorities");
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
  }));
  tally::Passages passages(1);
  passages[0].text = text;
  std::string out;
  for (const auto& f : tally::analyse_article(passages, std::nullopt).figures) {
    out += out.empty() ? "" : "; ";
    out += f.attribution.empty() ? "-" : f.attribution;
  }
  CAPTURE(text);
  CHECK(out == expected);
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
      // not a sample: a poll's count of something else
      {"The CNN poll was taken as 40 people were arrested.", "-"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}
