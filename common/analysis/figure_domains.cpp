// What counts mean in the domains of news beyond the event words: courts (counts convicted of,
// filings that accuse), elections (delegates won, seats lost, votes needed, lawmakers and judges
// siding in a vote), crowds at protests, hostages, people lost, people shot "to death", cases of
// the law.

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/gazetteer.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_set.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"
#include "common/core/strings.hpp"

#include <string>

namespace tally::figure_parts {
namespace {

// "need", "needs", "needed", "requires", "required": what a threshold is said with
bool is_need_word(std::string_view w) { return w.starts_with("need") || w.starts_with("requir"); }

// "68 of the Senate's 100 members", "five of the other six justices": the candidate at `start`
// is the known whole a number before "of" is part of (up to three words between, one of them a
// determiner or a possessive: "the", "Senate's"). Not "one of 12 Republican senators to join
// Democrats", where the whole is what is told.
bool whole_of_part(const std::vector<Token>& tokens, const Sentence& s, std::size_t start) {
  bool determined = false;
  for (std::size_t k = start; k > s.first + 1 && k + 4 > start; --k) {
    const auto& w = tokens[k - 1].lower;
    if (w == "of") {
      const Token& before = tokens[k - 2];
      return determined &&
             (before.shape == TokenShape::kNumber || number_word_value(before.lower) > 0);
    }
    determined = determined || is_determiner_word(w);
  }
  return false;
}

// A sentence with a word of a vote or a voting body ("committee", "bill", "voted").
bool in_vote_sentence(const std::vector<Token>& tokens, const Sentence& s) {
  static const WordSet kContext = lexicon_word_list(data::lexicon_domains(), "vote_context");
  // "the Senate's 100 members"
  return sentence_has(tokens, s, [](std::string_view w) {
    return kContext.contains(without_possessive(w));
  });
}

}  // namespace

bool law_cases(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  static const WordSet kLaw = lexicon_word_list(data::lexicon_domains(), "law_case");
  const std::size_t first = c.event.last > c.event.first ? std::min(c.start, c.event.first)
                                                         : c.start;
  const std::size_t last = std::max(c.np_end, c.event.last);
  for (std::size_t k = std::max(first, s.first + 1); k < last; ++k) {
    if ((tokens[k].lower == "cases" || tokens[k].lower == "case") &&
        kLaw.contains(tokens[k - 1].lower)) {
      return true;
    }
  }
  return false;
}

bool cause_at(const std::vector<Token>& tokens, const Sentence& s, std::size_t k, Cause list) {
  static const WordSet kDeath = lexicon_word_list(data::lexicon_domains(), "death_cause");
  static const WordSet kIllness = lexicon_word_list(data::lexicon_domains(), "illness");
  while (k + 1 < s.last && is_determiner_word(tokens[k].lower)) {
    ++k;
  }
  return k < s.last && (list == Cause::kDeath ? kDeath : kIllness).contains(tokens[k].lower);
}

// A head that may name people: one of the people lexicon, or a noun of an agent or a
// demonym by its ending ("commentators", "tracers", "specialists", "Iowans", "locals"), not a
// noun of an act ("impeachment").
bool may_name_people(std::string_view head) {
  if (has_people_head(head)) {
    return true;
  }
  static constexpr std::string_view kEndings[] = {"er", "or", "ist", "an", "ant", "ent", "ee",
                                                  "ive", "crat", "al"};
  for (const auto e : kEndings) {
    if (head.ends_with(e) && !head.ends_with("ment")) {
      return true;
    }
  }
  return false;
}

void
kidnap_if_civilian(Candidate& c) {
  static const WordSet kCivilians = lexicon_word_list(data::lexicon_domains(), "civilian");
  if (c.event.event == "capture" && kCivilians.contains(c.np.head)) {
    c.event.event = known_event("kidnap");
  }
}

void
kill_if_to_death(const std::vector<Token>& tokens, const Sentence& s, Candidate& c) {
  const std::size_t e = c.np_end;
  if (c.event.event == "wound" && c.event.last <= c.start && e + 1 < s.last &&
      tokens[e].lower == "to" && tokens[e + 1].lower == "death") {
    c.event.event = known_event("kill");
  }
}

void
read_domain_event(const std::vector<Token>& tokens, const Sentence& s, Candidate& c) {
  kidnap_if_civilian(c);
  // what is intercepted is destroyed when it is a weapon: "intercepted two rockets", not
  // "intercepted two suspicious packages"
  if (c.event.event == "destroy" && c.event.last > c.event.first &&
      tokens[c.event.first].lower.starts_with("intercept") && c.np.head != "rocket" &&
      c.np.head != "missile" && c.np.head != "drone" && c.np.head != "projectile" &&
      c.np.head != "shell" && c.np.head != "mortar") {
    c.event = EventFound{};
  }
  // "The suit accuses eight members of the family": a legal filing accusing people charges
  // them (not "Trump accuses a protester")
  if (c.event.event.empty() && has_people_head(c.np.head) && c.start > s.first &&
      (tokens[c.start - 1].lower == "accuses" || tokens[c.start - 1].lower == "accused")) {
    for (std::size_t k = s.first; k + 1 < c.start; ++k) {
      const auto& w = tokens[k].lower;
      if (w == "suit" || w == "lawsuit" || w == "complaint" || w == "indictment" ||
          w == "prosecutors" || w == "filing") {
        c.event.event = known_event("charge");
        c.event.first = c.start - 1;
        c.event.last = c.start;
        break;
      }
    }
  }
  // a relative clause of work says whom they work for when nothing befell them: "the nearly
  // 70,000 people who work for the State Department" (skip_relative_clause leaves it, so that
  // what befell them is read: "workers who work at the plant were laid off")
  if (c.event.event.empty() && has_people_head(c.np.head) && c.np_end + 1 < s.last &&
      (tokens[c.np_end].lower == "who" || tokens[c.np_end].lower == "that")) {
    std::size_t v = c.np_end + 1;
    while (v + 1 < s.last && (tokens[v].lower == "still" || tokens[v].lower == "now" ||
                              tokens[v].lower == "currently")) {
      ++v;
    }
    const auto ev = match_event(tokens, v, s.last);
    if (ev.length > 0 && ev.event == "employ") {
      c.event.event = known_event("employ");
      c.event.first = c.np_end;
      c.event.last = v + ev.length;
    }
  }
  // "holding three other Americans hostage": people held are kidnapped
  if (c.event.event.empty() && has_people_head(c.np.head) && c.np_end < s.last &&
      tokens[c.np_end].lower == "hostage") {
    c.event.event = known_event("kidnap");
    c.event.first = c.np_end;
    c.event.last = c.np_end + 1;
  }
  // lawmakers and judges siding in a vote vote: "Twenty-six moderate Democrats joined
  // Republicans", "one of 12 Republican senators to join Democrats", "Only 13 Republicans
  // supported the move", "its four liberals dissenting", "74 Republicans had originally
  // opposed"; members only in a sentence of a vote ("21 members of the committee sided
  // with"); not "Five judges agreed to hear the case"
  static const WordSet kVoters = lexicon_word_list(data::lexicon_domains(), "voter");
  static const WordSet kMembers = lexicon_word_list(data::lexicon_domains(), "member_voter");
  static const WordSet kSiding = lexicon_word_list(data::lexicon_domains(), "siding");
  static const WordSet kBetween = lexicon_word_list(data::lexicon_domains(), "siding_between");
  // (the sentence scans last: this runs for every candidate)
  const auto voter = [&] {
    return kVoters.contains(c.np.head) ||
           (kMembers.contains(c.np.head) && in_vote_sentence(tokens, s));
  };
  if (c.event.event.empty() && voter() && !whole_of_part(tokens, s, c.start)) {
    std::size_t k = c.np_end;
    while (k < s.last && k < c.np_end + 3 &&
           (kBetween.contains(tokens[k].lower) || is_ly_word(tokens[k].lower) ||
            is_punct(tokens[k], ','))) {
      ++k;
    }
    const bool agreed_to = k + 1 < s.last && tokens[k].lower.starts_with("agree") &&
                           tokens[k + 1].lower == "to";
    if (k < s.last && kSiding.contains(tokens[k].lower) && !agreed_to) {
      c.event.event = known_event("vote");
      c.event.first = c.np_end;
      c.event.last = k + 1;
    }
  }
  // ballots cast are votes: "3.7 million ballots already mailed in", "ballots were cast" (not
  // "182,000 absentee ballots had been issued")
  if (c.event.event.empty() && c.np.head == "ballot") {
    std::size_t k = c.np_end;
    while (k < s.last && k < c.np_end + 3 &&
           (tokens[k].lower == "were" || tokens[k].lower == "have" || tokens[k].lower == "had" ||
            tokens[k].lower == "been" || tokens[k].lower == "already")) {
      ++k;
    }
    if (k < s.last) {
      const auto& v = tokens[k].lower;
      if (v == "cast" || v == "mailed" || v == "returned" || v == "submitted") {
        c.event.event = known_event("vote");
        c.event.first = c.np_end;
        c.event.last = k + 1;
      }
    }
  }
  // votes needed are no votes cast: "she would need to find 218 votes", "he needs 60 votes in
  // the Senate", "short of the 70 votes they were hoping to secure", "the 60 votes needed to
  // break a filibuster", "Sixty votes would be needed"
  // (and a state's electoral votes: "Texas has 38 electoral votes")
  if (c.event.event == "vote" && c.np.head == "vote") {
    static const WordSet kNeed = lexicon_word_list(data::lexicon_domains(), "vote_need");
    static const WordSet kHolder = lexicon_word_list(data::lexicon_domains(), "vote_holder");
    for (std::size_t k = c.start; k > s.first && k + 5 > c.start; --k) {
      const auto& w = tokens[k - 1].lower;
      if (is_need_word(w) || kNeed.contains(w)) {
        c.event = EventFound{};
        break;
      }
    }
    // ("Florida, with 29 electoral votes", "states with 180 electoral votes", but "won with 289
    // electoral votes", "finished with 332 electoral votes")
    const auto held_with = [&] {
      const std::size_t w = c.start - 1;
      return tokens[w].lower == "with" &&
             (w == s.first || !is_word(tokens[w - 1]) ||
              is_place_noun(singular_noun(tokens[w - 1].lower)));
    };
    const bool electoral = c.np.counted.find("electoral") != std::string::npos;
    if (c.start > s.first && electoral &&
        (kHolder.contains(tokens[c.start - 1].lower) || held_with())) {
      c.event = EventFound{};
    }
    // a state's own: "the battle for New Hampshire's four electoral votes" holds none, unless
    // they are won: "winning Michigan's 16 electoral votes" (the verb before the state's name)
    if (electoral && c.start > s.first + 1) {
      // (the name's end: a curly apostrophe stands apart, "Michigan", "’", "s")
      std::size_t end = c.start;
      if (tokens[c.start - 1].lower == "s" && is_quote(tokens[c.start - 2])) {
        end = c.start - 2;
      } else if (!ends_possessive(tokens[c.start - 1].lower)) {
        end = s.first;
      }
      std::size_t name = end;
      while (name > s.first && tokens[name - 1].capitalized && is_word(tokens[name - 1])) {
        --name;
      }
      if (name < end) {
        const auto won = event_before(tokens, s.first, name);
        c.event = won.event == "win" && won.last == name ? won : EventFound{};
      }
    }
    std::size_t k = c.np_end;
    while (k < s.last && k < c.np_end + 3 &&
           (is_passive_auxiliary(tokens[k].lower) || is_modal_word(tokens[k].lower) ||
            is_ly_word(tokens[k].lower))) {
      ++k;
    }
    if (k < s.last && is_need_word(tokens[k].lower)) {
      c.event = EventFound{};
    }
  }
  // a crowd in a sentence about a protest protests: "a reported 2,000 people joined the
  // demonstration", "rallies involving up to 300 people"
  if (c.event.event.empty() && (c.np.head == "people" || c.np.head == "supporter" ||
                                c.np.head == "resident" || c.np.head == "student")) {
    const auto protest_word = [](std::string_view w) {
      return w.starts_with("protest") || w.starts_with("demonstrat") || w == "rally" ||
             w == "rallies" || w == "march" || w == "marched" || w == "marching";
    };
    if (sentence_has(tokens, s, protest_word)) {
      c.event.event = known_event("protest");
    }
  }
  // people lost are people killed: "We lost two great men today", "the unit lost 30 soldiers",
  // "South Korea lost a total of 85 souls to COVID-19"
  if (c.event.event.empty() && (has_people_head(c.np.head) || c.np.head == "soul") &&
      c.start > s.first) {
    std::size_t k = c.start;
    while (k > s.first + 1 && (tokens[k - 1].lower == "another" || tokens[k - 1].lower == "all" ||
                               tokens[k - 1].lower == "only" || tokens[k - 1].lower == "some")) {
      --k;
    }
    k = before_a_total_of(tokens, s.first, k);
    const auto& w = tokens[k - 1].lower;
    // not "lost three players to injury", "lost two aides to the campaign"; but a cause of
    // death: "lost 900 people to the virus"
    const auto lost_to = [&] {
      return c.np_end < s.last && tokens[c.np_end].lower == "to" &&
             !cause_at(tokens, s, c.np_end + 1, Cause::kDeath);
    };
    if ((w == "lost" || w == "lose" || w == "loses" || w == "losing") && !lost_to()) {
      // (customers lost are a loss: "lost 126,000 U.S. customers"; lawmakers lost in a vote
      // are votes, and elsewhere no death: "Boehner lost 21 Republicans on the bill")
      static const WordSet kPatrons = lexicon_word_list(data::lexicon_domains(), "patron");
      const bool voters = kVoters.contains(c.np.head);
      const std::string_view event = kPatrons.contains(c.np.head) ? "lose"
                                     : !voters                    ? "kill"
                                     : in_vote_sentence(tokens, s) ? "vote"
                                                                  : "";
      if (!event.empty()) {
        c.event.event = known_event(event);
        c.event.first = k - 1;
        c.event.last = c.start;
        c.event.mood = mood_before(tokens, s.first, k - 1);
      }
    }
  }
  // delegates a candidate needs are a threshold, not a win: "2,383 total delegates to win",
  // "the 1,237 delegates needed", "51 delegates at stake", "requires 1,237 delegates"
  const bool delegates = c.np.head == "delegate" || c.np.head == "superdelegate";
  if (delegates && c.start > s.first) {
    const auto& w = tokens[c.start - 1].lower;
    if (is_need_word(w) || w == "takes" || w == "take" || w == "reach" || w == "reaching" ||
        w == "reaches") {
      c.event = EventFound{};
      return;
    }
  }
  // (the part of a partitive was won: "won nine of 12 delegates at stake")
  const bool part = c.number.last + 1 < s.last &&
                    (tokens[c.number.last].lower == "of" ||
                     (tokens[c.number.last].lower == "out" &&
                      tokens[c.number.last + 1].lower == "of"));
  if (delegates && c.np_end < s.last && !part) {
    const auto& next = tokens[c.np_end].lower;
    const std::string_view then =
        c.np_end + 1 < s.last ? std::string_view(tokens[c.np_end + 1].lower) : "";
    // "the 1,237 delegates he needs", "the nearly 500 delegates he still needs", "the 1,237
    // delegates he'll need", "the 1,991 delegates that she needs"
    bool needs = false;
    std::size_t k = c.np_end;
    if (next == "that" || next == "which") {
      ++k;
    }
    const std::string_view subject = k < s.last ? std::string_view(tokens[k].lower) : "";
    // a subject pronoun, alone or with a contraction: "he", "he'll" (the tokenizer splits off
    // a curly apostrophe)
    if (is_subject_pronoun(subject.substr(0, subject.find('\'')))) {
      for (std::size_t j = k + 1; j < s.last && j < k + 4 && !needs; ++j) {
        const auto& v = tokens[j].lower;
        if (tokens[j].shape != TokenShape::kWord) {
          break;
        }
        needs = is_need_word(v);
      }
    }
    if (next == "needed" || next == "required" || next == "available" || next == "remaining" ||
        (next == "at" && then == "stake") || (next == "up" && then == "for") ||
        (next == "to" && (then == "win" || then == "clinch" || then == "secure")) || needs) {
      c.event = EventFound{};
      return;
    }
  }
  // delegates a candidate has are won: "Sanders has 573 delegates", "third with 143 delegates"
  // (not what a state or a contest holds: "California, with 172 delegates", "the primary, with
  // 51 delegates")
  if (c.event.event.empty() && delegates && c.start > s.first) {
    const auto& w = tokens[c.start - 1].lower;
    bool holder = w == "has" || w == "had" || w == "have" || w == "gets" || w == "got" ||
                  w == "getting";
    if (w == "with" && c.start > s.first + 1) {
      const Token& before = tokens[c.start - 2];  // a one-word name: "Iowa with 30"
      holder = before.shape == TokenShape::kWord && !is_place_noun(before.lower) &&
               !before.lower.starts_with("primar") && !before.lower.starts_with("caucus") &&
               before.lower != "contest" && before.lower != "contests" && !is_known_place(before);
    }
    if (holder) {
      c.event.event = known_event("win");
      c.event.first = c.start - 1;
      c.event.last = c.start;
    }
  }
  // delegates and seats gathered are won, seats given up lost: "collected 21 delegates", "a
  // sweep of Colorado's 34 delegates", "picked up 12 seats", "flipped six seats", "lost 63 seats";
  // delegates seized or nabbed are won, not captured or arrested ("seizing 32 of the 40
  // delegates", "nabbed 12 delegates"): a gathering verb's own event gives way
  static const WordSet kGather = lexicon_word_list(data::lexicon_domains(), "gather");
  static const WordSet kGiveUp = lexicon_word_list(data::lexicon_domains(), "give_up");
  if ((c.np.head == "delegate" || c.np.head == "seat" || c.np.head == "district") &&
      (c.event.event.empty() ||
       (c.event.first < tokens.size() && kGather.contains(tokens[c.event.first].lower)))) {
    for (std::size_t k = c.start; k > s.first && k + 5 > c.start; --k) {
      const Token& t = tokens[k - 1];
      const bool lost = kGiveUp.contains(t.lower) && c.np.head == "seat";
      // "a net gain of six seats" is a change, often a target, not seats won
      const bool gain_noun = t.lower.starts_with("gain") && tokens[k].lower == "of";
      // seats or delegates a party needs to gather are a threshold: "Democrats need to flip
      // 23 seats", "they needed to capture a net of four seats"
      const bool needed = k >= s.first + 3 && tokens[k - 2].lower == "to" &&
                          tokens[k - 3].lower.starts_with("need");
      const bool gather = kGather.contains(t.lower);
      if (gather && needed) {
        c.event = EventFound{};
        break;
      }
      if ((gather && !gain_noun) || lost) {
        c.event.event = known_event(lost ? "lose" : "win");
        c.event.first = k - 1;
        c.event.last = c.start;
        c.event.mood = mood_before(tokens, s.first, k - 1);
        break;
      }
      // the object follows its verb, not a place: "Growth picked up in 10 districts"
      if (t.shape != TokenShape::kWord || t.lower == "in" || t.lower == "across" ||
          t.lower == "among" || t.lower == "within") {
        break;
      }
    }
  }
  // who took part in an attack did it, attended nothing: "only one gunman took part in the
  // attack", "participated in the dawn raids" (a strike is a walkout people do attend, and a
  // clash may be a contest: "participated in the kickoff clash among Hillary Clinton, ...")
  if (c.event.event == "attend" && c.event.last + 1 < s.last &&
      tokens[c.event.last].lower == "in") {
    for (std::size_t k = c.event.last + 1; k < s.last && k < c.event.last + 4; ++k) {
      const auto& w = tokens[k].lower;
      if (!incident_name(w).empty()) {
        if (w != "strike" && w != "strikes" && w != "clash" && w != "clashes") {
          c.event = EventFound{};
        }
        break;
      }
      if (tokens[k].shape != TokenShape::kWord) {
        break;
      }
    }
  }
  // a crowd at a protest protests: "crowds of 600,000 people marched", "40 people took part"
  // in a paragraph about a protest; a crowd at a rally may be a campaign's audience
  if (c.event.event == "attend") {
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const auto& w = tokens[k].lower;
      if (w.starts_with("protest") || w.starts_with("demonstrat") || w.starts_with("march")) {
        c.event.event = "protest";
        break;
      }
    }
  }
  // "eight counts of material support", "pleaded guilty to eight charges", "charged her with
  // six election fraud felonies": criminal counts, charges and felonies are charges
  static const WordSet kChargeNouns = lexicon_word_list(data::lexicon_domains(), "charge_noun");
  // (and articles of impeachment: "vote on the two articles of impeachment")
  const bool impeachment_articles = c.np.head == "article" && c.np.last + 1 < s.last &&
                                    tokens[c.np.last].lower == "of" &&
                                    tokens[c.np.last + 1].lower == "impeachment";
  if (c.event.event.empty() && (kChargeNouns.contains(c.np.head) || impeachment_articles)) {
    static const WordSet kLegal = lexicon_word_list(data::lexicon_domains(), "legal_context");
    bool legal = c.np.head == "count" && c.np.last < s.last && tokens[c.np.last].lower == "of";
    // (a class of crime is no context for another: "pleas for two lesser misdemeanors rather
    // than ... a single more serious misdemeanor" is advice, no charge)
    const bool crime_class = c.np.head != "count" && c.np.head != "charge";
    for (std::size_t k = s.first; k < s.last && !legal; ++k) {
      const auto& w = tokens[k].lower;
      legal = kLegal.contains(w) && !(crime_class && kChargeNouns.contains(w));
    }
    if (legal) {
      c.event.event = known_event("charge");
    }
    // counts a court convicted of are sentences: "convicted of eight criminal counts", "found
    // guilty of two charges"
    for (std::size_t k = c.start; legal && k > s.first + 1 && k + 3 > c.start; --k) {
      const auto& w = tokens[k - 1].lower;
      if (w == "convicted" || (w == "guilty" && tokens[k - 2].lower == "found")) {
        c.event.event = known_event("sentence");
        break;
      }
      // counts someone was acquitted of are neither brought nor sentenced now: "acquitted of
      // two articles of impeachment"
      if (w == "acquitted") {
        c.event = EventFound{};
        break;
      }
    }
  }
  // only people are employed: not "employed three dozen bikes", "employ two NYPD tactics",
  // "one instance worked for" ("three shifts of workers" are people)
  if (c.event.event == "employ" && !c.np.head.empty() && !may_name_people(c.np.head)) {
    const bool of_people = c.np_end + 1 < s.last && tokens[c.np_end].lower == "of" &&
                           may_name_people(tokens[c.np_end + 1].lower);
    if (!of_people) {
      c.event = EventFound{};
    }
  }
}

bool is_known_place(const Token& t) {
  if (t.shape != TokenShape::kWord || !t.capitalized) {
    return false;
  }
  const auto place = gazetteer::lookup(ascii_capitalized(t.lower));
  return place && place->kind == gazetteer::NameKind::kPlace;
}

}  // namespace tally::figure_parts
