// Elided counted nouns: a bare number ("and 27,000 in April", "Ten of the 13", "killing 22",
// "Clinton has 1,712") counts what a figure before it, a whole after it or the article counts.

#include <algorithm>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

void copy_counted(FigureSpan& f, const Figure& from) {
  f.figure.counted = from.counted;
  f.figure.head = from.head;
}

bool unheaded(const FigureSpan& f) { return f.figure.counted.empty() && f.figure.head.empty(); }

bool bare(const FigureSpan& f) { return f.figure.head.empty() && f.figure.event.empty(); }

// "compared with N"; a gapped conjunct: "added 223,000 jobs in May and 27,000 in April"
void carry_from_conjunct(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& figures = scope.figures;
  if (!unheaded(f) || !f.figure.event.empty() || figures.size() <= scope.sentence_base) {
    return;
  }
  if (!compared_with_previous(scope.tokens, scope.s, c) &&
      !compared_after(scope.tokens, scope.s, c) &&
      !gapped_after_previous(scope.tokens, scope.s, c, figures.back()) &&
      !chained_after_previous(scope.tokens, scope.s, c, figures.back())) {
    return;
  }
  const auto& prev = figures.back().figure;
  copy_counted(f, prev);
  f.figure.event = prev.event;
  f.carried_from = static_cast<int>(figures.size() - 1);
  f.elided = true;
}

// An event word at token `at` or at the next (any one token between, mostly an adverb): the
// part's own predicate after its whole's event, "Two of 14 people injured later died".
bool predicate_after(const std::vector<Token>& tokens, const Sentence& s, std::size_t at) {
  for (std::size_t k = at; k < s.last && k < at + 2; ++k) {
    if (match_event(tokens, k, s.last).length > 0) {
      return true;
    }
  }
  return false;
}

// "61 of 62 counties", "Ten of the 13": a bare part counts what its whole counts (a bare
// whole: the figure of its number before; "the remaining three": what the article counted last)
void carry_from_whole(const ElisionScope& scope, Candidate& c, FigureSpan& f) {
  if (!unheaded(f)) {
    return;
  }
  const auto& cands = scope.cands;
  const auto whole = partitive_whole(scope.tokens, scope.s, c, cands);
  if (whole && !cands[*whole].np.head.empty()) {
    f.figure.counted = cands[*whole].np.counted;
    f.figure.head = cands[*whole].np.head;
    f.elided = true;
    c.np_end = std::max(c.np_end, cands[*whole].np_end);  // "61 of 62 counties"
    // what befell the whole befell its part: "five of 161 people arrested"
    const auto& befell = cands[*whole].event;
    if (f.figure.event.empty() && !befell.event.empty() && befell.mood == Mood::kFactual &&
        !predicate_after(scope.tokens, scope.s, befell.last)) {
      f.figure.event = std::string(befell.event);
    }
    // jobs are added and cut; "eliminated 41 of 42 jurors" is no cut
    if ((f.figure.event == "hire" || f.figure.event == "cut") && !is_staff_head(f.figure.head)) {
      f.figure.event.clear();
    }
  } else if (whole) {
    // "13 bodies were found. Ten of the 13 ...": the whole counted before in the passage
    for (std::size_t x = scope.figures.size(); x-- > 0;) {
      const auto& prev = scope.figures[x].figure;
      if (prev.value == cands[*whole].number.value && !prev.head.empty()) {
        copy_counted(f, prev);
        f.elided = true;
        f.carried_from = static_cast<int>(x);
        break;
      }
    }
  } else if (remaining_bare(scope.tokens, scope.s, c) && !scope.memory.last_head.empty()) {
    f.figure.counted = scope.memory.last_counted;
    f.figure.head = scope.memory.last_head;
    f.elided = true;
  }
}

// "Of those, 822 were registered voters", "Two of them are appellate judges": a bare subject
// whose predicate names what it counts
void carry_from_predicate(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& tokens = scope.tokens;
  const auto& s = scope.s;
  if (!unheaded(f) || !f.figure.event.empty()) {
    return;
  }
  // the subject opens its clause: "Of those, 822", "and 22", "Two of them"
  if (c.start > s.first) {
    const auto& before = tokens[c.start - 1];
    if (before.shape != TokenShape::kPunct && before.lower != "and" && before.lower != "but" &&
        before.lower != "while") {
      return;
    }
  }
  std::size_t k = c.number.last;
  if (of_pronoun(tokens, s, c) && tokens[k + 1].lower != "whom") {
    k += 2;  // "Two of them were ..."
  }
  if (k + 1 >= s.last || (tokens[k].lower != "are" && tokens[k].lower != "were")) {
    return;
  }
  std::size_t at = k + 1;
  if (tokens[at].lower == "all" || tokens[at].lower == "also") {
    ++at;
  }
  // not a progressive: "30 million are collecting benefits"
  if (at >= s.last || is_np_stop(tokens[at].lower) || is_determiner_word(tokens[at].lower) ||
      tokens[at].lower.ends_with("ing")) {
    return;
  }
  const auto np = read_noun_phrase(scope.text, tokens, at, s.last);
  if (np.head.empty() || !np.event.empty() || np.first != at || !plural_head(tokens[np.last - 1])) {
    return;
  }
  f.figure.counted = np.counted;
  f.figure.head = np.head;
  f.elided = true;
}

// Whether the figure `x` stands in an aside that closes before `f`: after an opening dash or
// parenthesis of its sentence, with the closing one between them ("Two people - including a
// government official and a member of a village council - were killed and four wounded": the
// four are people, not members).
bool in_closed_aside(const ElisionScope& scope, const FigureSpan& x, const FigureSpan& f) {
  const auto& tokens = scope.tokens;
  std::size_t dashes = 0;
  int parens = 0;
  for (std::size_t k = scope.s.first; k < x.number_first; ++k) {
    dashes += is_aside_dash(tokens, k) ? 1U : 0U;
    parens += is_punct(tokens[k], '(') ? 1 : is_punct(tokens[k], ')') ? -1 : 0;
  }
  for (std::size_t k = x.number_last; k < f.number_first && k < tokens.size(); ++k) {
    if ((dashes % 2 == 1 && is_aside_dash(tokens, k)) ||
        (parens > 0 && is_punct(tokens[k], ')'))) {
      return true;
    }
  }
  return false;
}

// The last figure of this sentence with a head (that `wanted` accepts, when given), not one in
// an aside closed before `f`.
void carry_last_in_sentence(const ElisionScope& scope, FigureSpan& f,
                            bool (*wanted)(std::string_view head)) {
  for (std::size_t x = scope.figures.size(); x-- > scope.sentence_base;) {
    const auto& head = scope.figures[x].figure.head;
    if (!head.empty() && (wanted == nullptr || wanted(head)) &&
        !in_closed_aside(scope, scope.figures[x], f)) {
      copy_counted(f, scope.figures[x].figure);
      f.carried_from = static_cast<int>(x);
      return;
    }
  }
}

// What the figure before this sentence in the passage counted, when there is one.
void carry_last_before_sentence(const ElisionScope& scope, FigureSpan& f) {
  if (scope.sentence_base > 0) {
    copy_counted(f, scope.figures[scope.sentence_base - 1].figure);
    f.carried_from = static_cast<int>(scope.sentence_base - 1);
  }
}

// An elided count carried from one person, man, woman, boy or girl counts people: "One person
// was killed and eight others injured", "left a woman dead and seven others injured", "One man
// was killed and eight were injured" (not "a student killed and three others", who may be
// students too, nor "Two men were arrested and two others fled")
void anyone_else(const ElisionScope& scope, FigureSpan& f) {
  const auto& h = f.figure.head;
  const bool one = f.carried_from >= 0 &&
                   scope.figures[static_cast<std::size_t>(f.carried_from)].figure.value == 1;
  if (one && (h == "person" || h == "man" || h == "woman" || h == "boy" || h == "girl")) {
    f.figure.head = "people";
    f.figure.counted = "people";
  }
}

// A number with an event and nothing counted: the people it befalls.
void carry_people(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& figures = scope.figures;
  const auto& tokens = scope.tokens;
  // the whole some were among: "10 children among at least 84 killed" counts people
  bool among = false;
  for (std::size_t k = c.start; k > scope.s.first && k + 4 > c.start; --k) {
    among = among || tokens[k - 1].lower == "among";
  }
  // "the toll has topped 4,000 — including 26 in the U.S.": a part of the figure before
  if (c.including && !among && !f.figure.event.empty() && figures.size() > scope.sentence_base &&
      figures.back().figure.event == f.figure.event) {
    copy_counted(f, figures.back().figure);
    f.carried_from = static_cast<int>(figures.size() - 1);
  }
  // elided: the last people noun of this sentence, else of this or the last paragraph read
  if (!f.figure.event.empty() && f.figure.head.empty() && !among) {
    carry_last_in_sentence(scope, f, has_people_head);
    anyone_else(scope, f);  // "One person was killed and eight others injured"
    // others killed or hurt beside those counted are people: "killing two crew members and
    // injuring at least 116 others" (passengers too)
    if (c.others && (f.figure.event == "kill" || f.figure.event == "wound")) {
      f.figure.head = "people";
      f.figure.counted = "people";
    }
  }
  // an object or "others" stands for people of this sentence, else people in general; a subject
  // ("At least 50 have been killed") for the people the article counts ("with almost 2,000
  // killed" too: an absolute phrase, not the article's subject), when they were counted in this
  // paragraph or the last one read for figures (one with a number or an event word):
  // "Hundreds were arrested" three such paragraphs after "two governors" counts people
  const bool sentence_only = c.object_elided || c.others ||
                             (c.start > scope.s.first && tokens[c.start - 1].lower == "with");
  // ("Two of them contracted Ebola" too; a headline's "Two shot and killed", with no auxiliary,
  // counts people in general)
  const auto after = c.np_end < scope.s.last ? std::string_view(tokens[c.np_end].lower) : "";
  const bool auxiliary_after = after == "have" || after == "has" || after == "had" ||
                               after == "were" || after == "was" || after == "are" ||
                               after == "is" || after == "remain" || after == "remained";
  const auto& memory = scope.memory;
  if (f.figure.head.empty() && !memory.last_people_head.empty() && !f.figure.event.empty() &&
      memory.passages.size() <= memory.last_people_passage + 1 &&
      !sentence_only && (auxiliary_after || of_pronoun(tokens, scope.s, c))) {
    f.figure.counted = memory.last_people_counted;
    f.figure.head = memory.last_people_head;
  }
}

// An adjective standing for people in a gapped clause or an aside, after people counted with
// an event: their people ("four Americans were killed and three wounded", "four officers were
// shot — two critically injured —"); people after one person ("One man was killed and three
// wounded").
void carry_to_ellipsis(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& tokens = scope.tokens;
  const auto& figures = scope.figures;
  if (!c.np.ellipsis || c.others || c.start <= scope.s.first ||
      figures.size() <= scope.sentence_base) {
    return;
  }
  // (right after their clause, the counted people first: not "killing 12 people, with dozens
  // wounded", nor a headline's "1 Dead, 20 Injured")
  // (the last figure not in an aside closed before it)
  std::size_t at = figures.size() - 1;
  while (at > scope.sentence_base && in_closed_aside(scope, figures[at], f)) {
    --at;
  }
  const auto& last = figures[at];
  const bool gapped = last.last + 1 == c.start && last.first == last.number_first &&
                      (tokens[c.start - 1].lower == "and" || is_aside_dash(tokens, c.start - 1));
  const auto& prev = last.figure;
  if (gapped && !prev.event.empty() && has_people_head(prev.head)) {
    copy_counted(f, prev);
    f.carried_from = static_cast<int>(at);
    anyone_else(scope, f);
  }
}

// A head that is its own event: cases are infections, deaths are deaths.
bool head_is_its_event(std::string_view head) { return head == "case" || head == "death"; }

// ", 10 of which were children", ", 1,867 of which were in New York City": the clause after
// "of which" only places or names the part (a copula, then no participle).
bool names_the_part(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  const std::size_t verb = c.number.last + 2;
  if (verb + 1 >= s.last) {
    return false;
  }
  const auto& be = tokens[verb].lower;
  const auto& next = tokens[verb + 1].lower;
  return (be == "were" || be == "are" || be == "was") && !next.ends_with("ed") &&
         !next.ends_with("ing");
}

// The holder of a held bare number (held_bare) is a person: a name that is no place, or "he",
// "she" ("Cruz has 560", "He currently has 661"; not "Florida has 99").
bool held_by_candidate(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  // back over the verb and its adverbs: "currently has", "still had only"
  std::size_t k = c.start;
  while (k > s.first && (is_ly_word(tokens[k - 1].lower) || tokens[k - 1].lower == "has" ||
                         tokens[k - 1].lower == "had" || tokens[k - 1].lower == "have" ||
                         tokens[k - 1].lower == "still" || tokens[k - 1].lower == "now" ||
                         tokens[k - 1].lower == "only" || tokens[k - 1].lower == "just")) {
    --k;
  }
  if (k == s.first || k == c.start) {
    return false;
  }
  const Token& holder = tokens[k - 1];
  return holder.lower == "he" || holder.lower == "she" ||
         (holder.shape == TokenShape::kWord && holder.capitalized && !is_known_place(holder));
}

// "Clinton has 1,712", "the Atlantic had only three": a bare number held by someone counts what
// the paragraph counted last
void carry_held(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& figures = scope.figures;
  if (!bare(f) || figures.empty() || !held_bare(scope.tokens, scope.s, c)) {
    return;
  }
  // what the places hold, not the places: "released in each of 10 states, with Texas receiving
  // 4,280"
  std::size_t from = figures.size() - 1;
  while (from > 0 && is_place_noun(figures[from].figure.head)) {
    --from;
  }
  const auto& prev = figures[from].figure;
  copy_counted(f, prev);
  f.carried_from = static_cast<int>(from);
  if (head_is_its_event(prev.head)) {
    f.figure.event = prev.event;
  }
  // delegates a candidate holds were won, as "Sanders has 573 delegates" (figure_domains.cpp):
  // "Cruz has 560", "He currently has 661"; not what a state holds ("Florida, the biggest
  // state voting on Tuesday, has 99")
  if ((prev.head == "delegate" || prev.head == "superdelegate") &&
      held_by_candidate(scope.tokens, scope.s, c)) {
    f.figure.event = "win";
  }
}

// A bare number set against the running count: its restatement, a part of a figure, the other
// end of a change.
void carry_running_count(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& tokens = scope.tokens;
  const auto& s = scope.s;
  const auto& memory = scope.memory;
  const auto& figures = scope.figures;
  // "The BBC says the number is 48": the count of what the article counted last
  if (bare(f) && !memory.last_head.empty() &&
      (restates_total(tokens, s, c) || period_changes(tokens, s, c) ||
       estimates_count(tokens, s, c) || change_of_count(tokens, s, c) ||
       revised_to(tokens, s, c))) {
    f.figure.counted = memory.last_counted;
    f.figure.head = memory.last_head;
    f.figure.event = memory.last_event;
  }
  // "41 of them": a part of the figure before it in the sentence, with its event; "of whom"
  // opens a clause with its own predicate ("tens of thousands of whom are sleeping rough"), so
  // only what is counted carries. "about 3,300 confirmed cases, more than 1,000 of which were
  // reported in the past week": a part of the thing counted before, whose event carries where
  // it is the thing itself or where the clause only places or names the part ("left 141 people
  // dead, 132 of which were children"; not "46 inmates will be transferred, 10 of which will go
  // to federal facilities")
  const bool which = of_which(tokens, s, c);
  if (bare(f) && figures.size() > scope.sentence_base && (which || of_pronoun(tokens, s, c))) {
    const auto& prev = figures.back().figure;
    copy_counted(f, prev);
    const bool carries = which ? head_is_its_event(prev.head) || names_the_part(tokens, s, c)
                               : tokens[c.number.last + 1].lower != "whom";
    if (carries) {
      f.figure.event = prev.event;
    }
    f.carried_from = static_cast<int>(figures.size() - 1);
  }
  // "jumped to 19,410 in 2016 from 9,580 in 2015", "from 64 ... to nearly 3,000": the other end
  // of a change counts what its partner counts
  if (bare(f) && !c.others) {
    const auto partner = change_partner(tokens, s, c, scope.cands, figures, scope.sentence_base);
    if (partner) {
      copy_counted(f, *partner);
      f.figure.event = partner->event;
    }
  }
}

// "64 people were shot, 11 fatally", "40 people were shot, 16 of them fatally": a part of the
// wounded or dead counted just before, set off by a comma, whose outcome an adverb names, and
// nothing after it: dead for "fatally" or "mortally", wounded for "critically", "seriously" or
// "gravely".
void carry_outcome(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  const auto& tokens = scope.tokens;
  const auto& s = scope.s;
  const auto& figures = scope.figures;
  if (figures.size() <= scope.sentence_base || c.start <= s.first ||
      !is_punct(tokens[c.start - 1], ',')) {
    return;
  }
  const auto& prev = figures.back().figure;
  if (prev.event != "wound" && prev.event != "kill") {
    return;
  }
  std::size_t k = c.number.last;
  if (of_pronoun(tokens, s, c)) {
    k += 2;
  }
  if (k >= s.last || (k + 1 < s.last && !is_punct(tokens[k + 1], ',') &&
                      !is_punct(tokens[k + 1], '.') && tokens[k + 1].lower != "and")) {
    return;
  }
  const auto& adverb = tokens[k].lower;
  const bool dead = adverb == "fatally" || adverb == "mortally";
  if (!dead && adverb != "critically" && adverb != "seriously" && adverb != "gravely") {
    return;
  }
  if (bare(f)) {
    copy_counted(f, prev);
    f.carried_from = static_cast<int>(figures.size() - 1);
  }
  f.figure.event = dead ? "kill" : "wound";
}

// "some 800,000 employees have been affected. An estimated 420,000 are working without pay":
// a bare subject counts what was counted last in its sentence, else in the passage before it.
void carry_subject(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  if (!bare(f) || c.others || !bare_subject(scope.tokens, scope.s, c)) {
    return;
  }
  // the whole an opening "Of" names: "Of the 2,800 hourly employees affected by the plans to
  // end production at the four U.S. plants, 1,350 have accepted transfers"
  const auto& tokens = scope.tokens;
  if (scope.figures.size() > scope.sentence_base && tokens[scope.s.first].lower == "of") {
    const auto& whole = scope.figures[scope.sentence_base];
    if (whole.first <= scope.s.first + 2 && !whole.figure.head.empty()) {
      copy_counted(f, whole.figure);
      f.carried_from = static_cast<int>(scope.sentence_base);
    }
  }
  if (bare(f)) {
    carry_last_in_sentence(scope, f, nullptr);
  }
  if (bare(f)) {
    carry_last_before_sentence(scope, f);
  }
  if (f.carried_from >= 0) {
    const auto& from = scope.figures[static_cast<std::size_t>(f.carried_from)].figure;
    if (head_is_its_event(from.head)) {
      f.figure.event = from.event;  // "500 deaths were reported. 200 were in New York"
    }
  }
}

// A number with nothing counted in its own words; false when nothing counted can be found.
bool carry_unheaded(const ElisionScope& scope, const Candidate& c, FigureSpan& f,
                    bool& named_share) {
  if (!f.figure.event.empty() && !people_event(f.figure.event)) {
    // the object of a thing event, elided: the thing counted before it in the sentence
    // ("destroyed 70,000 houses and damaged an additional 530,000", "won nine of them")
    carry_last_in_sentence(scope, f, nullptr);
    if (f.figure.head.empty()) {
      return false;
    }
  }
  carry_people(scope, c, f);
  // "162 delegates at stake -- Washington with 101": the name quoted with its share
  named_share = bare(f) && shares_out_by_name(scope.tokens, scope.s, c);
  if (named_share) {
    carry_last_in_sentence(scope, f, nullptr);
  }
  carry_held(scope, c, f);
  carry_running_count(scope, c, f);
  carry_outcome(scope, c, f);
  carry_subject(scope, c, f);
  if (bare(f) && !c.others) {
    return false;
  }
  // "2,400 inmates were moved and 1,200 others approved": others with nothing befalling them
  // are more of what was counted last in the sentence, else in the paragraph ("Of the eight
  // students taken to hospitals, several were critical. But four others were released"); else
  // people ("sponsored by Schumer and 31 others")
  if (bare(f)) {
    carry_last_in_sentence(scope, f, nullptr);
    anyone_else(scope, f);  // "left a woman dead and seven others"
  }
  if (bare(f)) {
    carry_last_before_sentence(scope, f);
  }
  if (f.figure.head.empty()) {
    f.figure.head = "people";  // "killing 22", "45 others had been found"
  }
  f.elided = true;
  return true;
}

// "an audience of more than 3,000", "a crowd of 200 to 300": a bare number after a noun of
// people gathered counts people.
void crowd_of(const ElisionScope& scope, const Candidate& c, FigureSpan& f) {
  // (not "turnout": "a turnout of 35 to 40 percent")
  static const WordSet kCrowds = {"crowd",  "crowds",  "audience",  "audiences",
                                  "throng", "throngs", "gathering", "congregation"};
  const auto& tokens = scope.tokens;
  if (unheaded(f) && c.start >= scope.s.first + 2 && tokens[c.start - 1].lower == "of" &&
      kCrowds.contains(tokens[c.start - 2].lower)) {
    f.figure.counted = "people";
    f.figure.head = "people";
  }
}

}  // namespace

void carry_revised(const FigureMemory& memory, const std::vector<FigureSpan>& figures,
                   FigureSpan& f) {
  const int article_index = memory.figures_before + static_cast<int>(figures.size());
  for (int x = article_index - 1; x >= 0; --x) {
    if (memory.events_heads[static_cast<std::size_t>(x)].first != f.figure.event) {
      continue;
    }
    f.figure.revises = x;
    if (f.figure.counted.empty() && x >= memory.figures_before) {
      const auto here = static_cast<std::size_t>(x - memory.figures_before);
      copy_counted(f, figures[here].figure);
      f.elided = true;
      f.carried_from = static_cast<int>(here);
    }
    return;
  }
}

bool carry_elided(const ElisionScope& scope, Candidate& c, FigureSpan& f, bool& named_share) {
  named_share = false;
  crowd_of(scope, c, f);
  carry_from_conjunct(scope, c, f);
  carry_from_whole(scope, c, f);
  carry_from_predicate(scope, c, f);
  carry_to_ellipsis(scope, c, f);
  return !unheaded(f) || carry_unheaded(scope, c, f, named_share);
}

void share_as_have_event(const std::vector<Token>& tokens, const Sentence& s,
                         std::vector<Candidate>& cands, std::size_t ci) {
  Candidate& c = cands[ci];
  if (!c.event.event.empty() || ci == 0 || c.start < s.first + 2 ||
      tokens[c.start - 2].lower != "as") {
    return;
  }
  const auto& verb = tokens[c.start - 1].lower;
  if (verb != "have" && verb != "has" && verb != "had" && verb != "did" && verb != "were" &&
      verb != "was") {
    return;
  }
  c.event = cands[ci - 1].event;
  c.event.first = c.start - 2;  // the quote holds "as have", not the verb before
  c.event.last = c.start;
  for (std::size_t cj = ci + 1; cj < cands.size() && cands[cj].event.event.empty(); ++cj) {
    if (cands[cj].start > c.np_end && tokens[cands[cj].start - 1].lower == "and") {
      cands[cj].event = c.event;  // "... and 34 other employees"
      cands[cj].event.first = cands[cj].event.last = cands[cj].start;
    }
  }
}

}  // namespace tally::figure_parts
