#pragma once
// Internal to the figure extractor: a number under reading (a Candidate) and the passes that
// fill it in. Not for use outside common/analysis.
//
//   figure_candidates.cpp  the numbers of a sentence read into candidates (ranges, qualifier,
//                          counted phrase, names), in text order
//   figure_indefinites.cpp indefinite singulars that count one ("a man was shot")
//   figure_votes.cpp       vote tallies ("voted 68-32", "by a vote of 316 to 90")
//   figure_events.cpp      what happened to the counted thing: event words, lives, cases
//   figure_jobs.cpp        jobs added and cut
//   figure_domains.cpp     courts, elections, crowds, hostages
//   figure_harm.cpp        people hit, taken to hospital or treated: wounded
//   figure_totals.cpp      tolls, running totals, verbs of change
//   figure_lists.cpp       lists: headings and their items, counts joined by "and" sharing an event
//   figure_relations.cpp   bare numbers read against the figures before them
//   figure_estimates.cpp   bare numbers that estimate or change the running count
//   figure_elision.cpp     elided counted nouns carried from the figures before or the article
//   figures.cpp            candidates assembled into figures

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "common/analysis/figure.hpp"
#include "common/analysis/figure_parts.hpp"
#include "common/analysis/figures.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/tokens.hpp"

namespace tally::figure_parts {

struct Candidate {
  NumberMatch number;
  std::size_t start = 0;      // first token of qualifier + number
  std::size_t np_end = 0;     // token after the counted phrase (or the number when elided)
  NounPhrase np;
  EventFound event;
  Qualifier qualifier = Qualifier::kExact;
  bool including = false;     // "including three children": inherits the event before it
  bool alongside = false;     // "killed along with two gunmen": shares the event before it
  bool listed = false;        // in a list of counts ("five tanks, two trucks and one howitzer")
  bool toll = false;          // "the death toll was revised to 33"
  bool revision = false;
  bool cumulative = false;
  bool negated = false;
  bool object_elided = false; // "killing 22": the object of an event verb, nothing counted
  bool others = false;        // "wounded 70 others": stands for what was counted nearby
  bool list_item = false;     // "— Japan: 86": counts what the list heading names
  double low = 0;             // the low end of a range ("60 or 70 people", "between 5 and 10")
  double high = 0;            // "60 or 70 people": the high end of a range
};

// --- figure_candidates.cpp ---

// The candidates of sentence `s`, in text order, with their events (lists share theirs).
// Numbers that are not counts go to `rejections`.
std::vector<Candidate> sentence_candidates(std::string_view text, const std::vector<Token>& tokens,
                                           const Sentence& s, FigureMemory& memory,
                                           std::vector<Rejection>& rejections);

// The passive event right before "along with", "together with" or "as well as", which open
// the count at `start`: "He was killed along with five others" (none when there is none).
EventFound passive_before_alongside(const std::vector<Token>& tokens, const Sentence& s,
                                    std::size_t start);

// --- figure_indefinites.cpp ---

// Indefinite singulars of sentence `s` that count one ("a man was shot", "another U.S. drone
// was shot down"), outside the phrases of `taken`, appended to `out`.
void find_indefinites(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                      const std::vector<Candidate>& taken, std::vector<Candidate>& out);

// --- figure_votes.cpp ---

// "The Senate voted 68-32", "a 5-4 ruling": the tally in the one token of `m`, one candidate
// per side appended to `out`. True when read.
bool read_vote_tally(const std::vector<Token>& tokens, const Sentence& s, const NumberMatch& m,
                     std::vector<Candidate>& out);

// "by a vote of 316 to 90", "approved 97 to 0": a tally from `m` and the number `m2` after
// "to". True when read.
bool read_vote_to(const std::vector<Token>& tokens, const Sentence& s, const NumberMatch& m,
                  const NumberMatch& m2, std::vector<Candidate>& out);

// --- figure_jobs.cpp ---

// Jobs and staff ("job", "worker", "employee", "position"): what is hired and cut.
bool is_staff_head(std::string_view head);
// The event of staff `head` told by the participle or verb `v` after it: "jobs added",
// "jobs were created" (hire); "jobs lost", "jobs will vanish" (cut). Empty when none.
std::string_view staff_participle_event(std::string_view v, std::string_view head);

// Jobs added or cut for candidate `c` (read_event calls it): job verbs and nouns, changes in
// payrolls, staff taken on or let go, and bare jobs in a report on employment.
// "a 391,000 gain" in a report on employment: that many jobs added (or cut, for a loss).
void read_job_change_noun(const std::vector<Token>& tokens, const NumberMatch& m,
                          FigureMemory& memory, Candidate& c);
void read_job_event(const std::vector<Token>& tokens, const Sentence& s, FigureMemory& memory,
                    Candidate& c);

// --- figure_domains.cpp ---

// The events a domain gives counts (read_event calls it): counts convicted of, filings that
// accuse, people held hostage or lost, crowds at protests, votes needed, lawmakers and judges
// siding in a vote, delegates won, seats lost.
void read_domain_event(const std::vector<Token>& tokens, const Sentence& s, Candidate& c);

// A civilian captured is kidnapped, a soldier captured taken prisoner: "a 26-year-old American
// woman captured last year" (read_domain_event and the indefinite singulars call it).
void kidnap_if_civilian(Candidate& c);
// The word at token k, past determiners, is on a list of lexicons/domains.tsv: a cause of
// death of death_cause ("to the virus", "to violence": read_domain_event's people lost to a
// cause) or an illness of illness ("for malaria", "for the flu": wound_if_harmed's people
// treated for one, who are sick, not hurt).
enum class Cause { kDeath, kIllness };
bool cause_at(const std::vector<Token>& tokens, const Sentence& s, std::size_t k, Cause list);
// A verb of wounding before the number whose object ends "to death" kills: "shot a policewoman
// to death", "stabbed two people to death" (read_event and the indefinite singulars call it;
// "shot three men dead" is read by the adjective "dead").
void kill_if_to_death(const std::vector<Token>& tokens, const Sentence& s, Candidate& c);

// --- figure_harm.cpp ---

// People with no event yet who were hit or struck by something that hurts, taken to hospital
// or treated are wounded: "five people were hit by cars", "sent at least 22 people to
// hospitals" (read_event and the indefinite singulars call it). In an article on an `illness`,
// only those treated "for" something that is not a disease.
void wound_if_harmed(const std::vector<Token>& tokens, const Sentence& s, bool illness,
                     Candidate& c);
// The name of an illness or of its spread in `text` ("virus", "Ebola", "flu", "epidemic"):
// narrower than mentions_disease, which also takes "patients" and "hospitalized".
bool names_illness(std::string_view text);

// --- figure_events.cpp ---

// Events that happen to people, so that an elided count can be a count of people.
bool people_event(std::string_view event);

// The event type named `name` in static storage ("" when unknown).
std::string_view known_event(std::string_view name);

// "people" or a people noun of lexicons/people.tsv.
bool has_people_head(std::string_view head);

// The event of candidate `c` (its counted phrase read): the phrase's own event word, an event
// verb after or before it, job changes, lives lost.
void read_event(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                FigureMemory& memory, Candidate& c);

// Cumulative cues in the clause around tokens [a, b), or in a leading clause of the sentence.
bool cumulative_clause(const std::vector<Token>& tokens, const Sentence& s, std::size_t a,
                       std::size_t b);

// "raising the number of Turkish troops killed in Syria this month to 21", "the death toll
// was revised to 33", "death toll stood at 12": fills the candidate's counted phrase and event.
// `floor` is the first token the toll words may start at.
void read_toll(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
               std::size_t floor, Candidate& c);
// "cases topped 1 million", "deaths rose to 40", "apprehensions jumped by 28 percent to
// 280,272": a number reached by a plural event noun is a running total of that noun.
void read_event_total(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                      Candidate& c);

// A word that may stand between a verb of change and the number it reaches ("by", "to a total
// of", "in June", "slightly", another number).
bool change_complement(const Token& t);

// The verb of change whose complement starts at tokens[start] ("fell 339,000 to", "came in
// at"): its index, if any.
std::optional<std::size_t> change_verb_before(const std::vector<Token>& tokens,
                                              const Sentence& s, std::size_t start);

// --- figure_estimates.cpp ---

// "an earlier estimate of 148,000", "forecasts for 180,000": a bare number
// that estimates or forecasts the count.
bool estimates_count(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);
// "That was revised down to 268,000": a bare number a revision gives the count told last.
bool revised_to(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);
// "a decrease of 323,000 from the previous week": a bare number of change in the count.
bool change_of_count(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);
// "61 of 62 counties", "25 of the last 27 elections", "Ten of the 13", "81 out of 535 members":
// a bare part before "of" or "out of" and the number of its whole; the index in `cands` of the
// whole's candidate. None for a proportion ("nine of 10 Democrats", "four out of five
// Americans").
std::optional<std::size_t> partitive_whole(const std::vector<Token>& tokens, const Sentence& s,
                                           const Candidate& c,
                                           const std::vector<Candidate>& cands);
// The whole of any part, headed or bare ("Nine of the 12 miners", read as nine miners);
// partitive_whole is this for a bare part only.
std::optional<std::size_t> partitive_whole_of(const std::vector<Token>& tokens, const Sentence& s,
                                              const Candidate& c,
                                              const std::vector<Candidate>& cands);
// "the remaining three", "the other 14": a bare rest of what the article counted last.
bool remaining_bare(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// --- figure_relations.cpp ---

// "by 588,000 to a total of 2.8 million", "to 1.897 million from 1.877 million": a bare number
// further along the chain of a verb of change counts what the number before it counted.
bool chained_after_previous(const std::vector<Token>& tokens, const Sentence& s,
                            const Candidate& c, const FigureSpan& previous);

// "162 delegates at stake -- Washington with 101": a name, "with" and a bare number share out
// what the sentence counted before.
bool shares_out_by_name(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// "compared to 20 for Clinton", "up from the previously reported 213,000": a bare number set
// against a count just given counts the same thing, with the same event.
bool compared_with_previous(const std::vector<Token>& tokens, const Sentence& s,
                            const Candidate& c);

// "added 223,000 jobs in May and 27,000 in April": a bare number after "and"/"or"/"but" whose
// verb and noun are those of `previous`, with no number in between.
bool gapped_after_previous(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c,
                           const FigureSpan& previous);

// "122,000 fewer than expected": a bare number compared by "fewer/more than".
bool compared_after(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// "Clinton has 1,712", "had only three": a bare number held by someone.
bool held_bare(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// "An estimated 420,000 are working", "and 7,000 are in Nigeria": a bare number that opens its
// clause as the subject of a finite verb.
bool bare_subject(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// Cases of the law, not of an illness, even in an article on one: "a backlog of immigration
// cases reached 687,000", "3,000 pending asylum cases" (a word of the law before "cases" in
// the figure's span; figure_domains.cpp).
bool law_cases(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// "the number is 48", "put the number at 1,085", "bringing their total to 54": a bare number
// that a word for the count equals or reaches.
bool restates_total(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);
// "jumped to 19,410 in 2016 from 9,580 in 2015": for a bare number after "from" or "to", the
// figure of this sentence (already out, or a candidate still to come) whose number follows the
// other of the two, with what it counts.
std::optional<Figure> change_partner(const std::vector<Token>& tokens, const Sentence& s,
                                     const Candidate& c, const std::vector<Candidate>& cands,
                                     const std::vector<FigureSpan>& out,
                                     std::size_t sentence_base);

// "That figure includes more than 7,000 unaccompanied children", "The total included 12
// women": a part of the count just given, which shares its event.
bool part_of_total(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// "The prior week was revised up by 8,000 to 2,438,000": a bare number a verb of change
// reaches from a period.
bool period_changes(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// A head that names places ("state", "country", "city"): what a place holds is something else.
bool is_place_noun(std::string_view head);

// A capitalised word the gazetteer knows as a place, read in title case: "Florida", "Iowa"
// (figure_domains.cpp).
bool is_known_place(const Token& t);

// "41 of them", "three of whom": a part of something counted before.
bool of_pronoun(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// ", 1,000 of which": a part of the thing counted before, in a relative clause after a comma.
bool of_which(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c);

// Words of illness in `text` ("virus", "outbreak", "measles"): only then are bare "cases"
// infections rather than court cases.
bool mentions_disease(std::string_view text);

// Words of employment reports in `text` ("payrolls", "unemployment rate", "BLS"): only then are
// bare jobs jobs added.
bool mentions_employment(std::string_view text);

// Whether the article so far mentions what `mentions` looks for, reading only the passages of
// `memory` that `context` has not read yet.
bool article_mentions(FigureMemory& memory, FigureMemory::Context& context,
                      bool (*mentions)(std::string_view));

// --- figure_elision.cpp ---

// What a candidate is read against when its counted noun is elided: its sentence and
// candidates, the passage's figures so far (from `sentence_base` on, this sentence's), the
// article's memory.
struct ElisionScope {
  std::string_view text;
  const std::vector<Token>& tokens;
  const Sentence& s;
  const std::vector<Candidate>& cands;
  const std::vector<FigureSpan>& figures;
  std::size_t sentence_base;
  const FigureMemory& memory;
};

// A revision ("the toll was revised to 33"): the article's last figure with the same event,
// which `f` revises; what it counts, when `f` counts nothing and it is in this passage.
void carry_revised(const FigureMemory& memory, const std::vector<FigureSpan>& figures,
                   FigureSpan& f);

// Fills in what `f` counts when its candidate names nothing: a conjunct or comparison ("and
// 27,000 in April"), a whole ("61 of 62 counties"), the people of the sentence or of this or
// the last paragraph read ("killing 22"), "others" (this sentence's or paragraph's last count,
// else people), a share ("Washington with 101"), a holder ("Clinton has 1,712"), a running
// count or a change partner. `named_share` tells whether the quote must take in the name.
// False when nothing counted is found (the number is no figure).
bool carry_elided(const ElisionScope& scope, Candidate& c, FigureSpan& f, bool& named_share);

// "215 have tested positive, as have 191 correctional officers": candidate `ci` shares the event
// of the one before it (and so do those joined to it by "and").
void share_as_have_event(const std::vector<Token>& tokens, const Sentence& s,
                         std::vector<Candidate>& cands, std::size_t ci);

// --- figure_lists.cpp ---

// Marks `c` as an item of a list under a heading ("— Japan: 86") when it is one, and gives it
// what the heading counts.
void read_list_item(const std::vector<Token>& tokens, const Sentence& s, FigureMemory& memory,
                    Candidate& c);

// A passage ending in ':' opens a list: remembers what its items count.
void read_list_heading(std::string_view text, const TokenizedText& tt, FigureMemory& memory);

// Lists share their event: "five tanks, two armoured trucks and one howitzer were destroyed",
// also over a part after "including" ("161 Palestinians, including 71 civilians, and five
// Israelis"); not an item's own event noun with an item of another noun ("69 deaths and 12
// recoveries"). `cands` in text order.
void share_list_events(const std::vector<Token>& tokens, std::vector<Candidate>& cands);

}  // namespace tally::figure_parts
