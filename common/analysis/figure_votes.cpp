// Vote tallies: "The Senate voted 68-32", "by a vote of 316 to 90", "on lopsided votes: 98-0 in
// the Senate and 390-33 in the House" give one figure for each side.

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/date_words.hpp"
#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/word_set.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace tally::figure_parts {
namespace {

// One side of a vote tally: `value` votes, the event words at [ev_first, ev_last).
Candidate
vote_side(const std::vector<Token>& tokens,
          const Sentence& s,
          const NumberMatch& m,
          double value,
          std::size_t ev_first,
          std::size_t ev_last) {
  Candidate c;
  c.number = m;
  c.number.kind = NumberKind::kCount;
  c.number.value = value;
  c.start = m.first;
  c.np.first = c.np.last = m.last;
  c.np.counted = "votes";
  c.np.head = "vote";
  c.np_end = m.last;
  c.event.event = known_event("vote");
  c.event.first = ev_first;
  c.event.last = ev_last;
  c.negated = negated_before(tokens, s.first, c.start);
  return c;
}

bool
is_vote_verb(std::string_view w) {
  static const WordSet kVerbs = {
      "voted",     "voting",   "passed", "passes",   "passing", "approved", "rejected",
      "confirmed", "defeated", "ruled",  "ruling",   "sided",   "cleared",  "clears",
      "backed"};
  return kVerbs.contains(w);
}

// "by a vote of 245-182", "by a margin of 316 to 90", "by votes of 78-16": the tally after
// "vote of", "margin of", whose other side is `second`. A margin is no vote tally when it is a
// ratio ("by a margin of 2 to 1", "10-to-1") or the shares of a poll ("The poll found the
// challengers leading by a margin of 46 to 41").
bool
vote_of_before(const std::vector<Token>& tokens, const Sentence& s, const NumberMatch& m,
               double second) {
  if (m.first < s.first + 2 || tokens[m.first - 1].lower != "of") {
    return false;
  }
  const auto& w = tokens[m.first - 2].lower;
  if (w != "margin") {
    return w == "vote" || w == "votes";
  }
  return second != 1 && !sentence_has(tokens, s, [](std::string_view v) {
           return attribution_words::is_poll_noun(v) || v == "respondents" || v == "surveyed" ||
                  v == "polled";
         });
}

// Which words vote_word_before looks for: a vote verb, or also the noun "vote".
enum class VoteWord { kVerb, kVerbOrNoun };

// The vote verb (or noun, as `wanted` says) among the `count` words before token `from`, not
// across punctuation: its index, or nullopt.
std::optional<std::size_t>
vote_word_before(const std::vector<Token>& tokens,
                 const Sentence& s,
                 std::size_t from,
                 std::size_t count,
                 VoteWord wanted) {
  const bool noun = wanted == VoteWord::kVerbOrNoun;
  for (std::size_t k = from; k > s.first && k + count > from; --k) {
    const auto& w = tokens[k - 1].lower;
    if (tokens[k - 1].shape != TokenShape::kWord) {
      break;
    }
    if ((noun && w == "vote") || is_vote_verb(w)) {
      return k - 1;
    }
  }
  return std::nullopt;
}

}  // namespace

// "by a vote of 316 to 90", "approved 97 to 0": a tally written with "to", read from its first
// number `m` and the number `m2` after "to". True when read.
bool
read_vote_to(const std::vector<Token>& tokens,
             const Sentence& s,
             const NumberMatch& m,
             const NumberMatch& m2,
             std::vector<Candidate>& out) {
  if (m.last != m.first + 1 || m2.first != m.last + 1 || m2.last != m2.first + 1 ||
      tokens[m.last].lower != "to" || tokens[m.first].shape != TokenShape::kNumber ||
      tokens[m2.first].shape != TokenShape::kNumber || m2.value < 0) {
    return false;
  }
  const bool vote_of = vote_of_before(tokens, s, m, m2.value);
  std::size_t verb_at = m.first;
  for (std::size_t k = m.first; !vote_of && k > s.first && k + 4 > m.first; --k) {
    if (is_vote_verb(tokens[k - 1].lower)) {
      verb_at = k - 1;
      break;
    }
  }
  if (!vote_of && verb_at == m.first) {
    return false;
  }
  const std::size_t ev_first = vote_of ? m.first - 2 : verb_at;
  out.push_back(vote_side(tokens, s, m, m.value, ev_first, m.first));
  if (m2.value > 0) {
    out.push_back(vote_side(tokens, s, m2, m2.value, ev_first, m.first));
  }
  return true;
}

// "The Senate voted 68-32", "passed 68-32", "a 68-32 vote": a vote tally, one figure for the
// votes for and one for the votes against (a zero side is no figure). True when read.
bool
read_vote_tally(const std::vector<Token>& tokens,
                const Sentence& s,
                const NumberMatch& m,
                std::vector<Candidate>& out) {
  if (tokens[m.first].shape != TokenShape::kNumber || m.last != m.first + 1 ||
      tokens[m.first].lower.find('-') == std::string::npos) {
    return false;
  }
  const std::string t = dashed_tally(tokens[m.first].lower);  // "5-to-4" as "5-4"
  const auto dash = t.find('-');
  if (dash == std::string::npos || t.find_first_not_of("0123456789,-") != std::string::npos ||
      t.find('-', dash + 1) != std::string::npos || dash == 0 || dash + 1 == t.size()) {
    return false;
  }
  // the verb right before, or a few words before ("approved the measure Thursday 85-8"); after
  // "by", anywhere in the clause ("passed by the Senate on Thursday by 80-17")
  const bool by = m.first > s.first && tokens[m.first - 1].lower == "by";
  // Set off by a comma after the clause of the vote: "The House passed that bill Friday,
  // 216-192", "passed in a contested vote, 231-192", "The vote was on party lines, 223-189".
  const bool comma = m.first > s.first + 1 && is_punct(tokens[m.first - 1], ',');
  const std::optional<std::size_t> verb =
      comma ? vote_word_before(tokens, s, m.first - 1, 8, VoteWord::kVerbOrNoun)
            : vote_word_before(tokens, s, m.first, by ? 10 : 5, VoteWord::kVerb);
  bool verb_before = verb.has_value();
  const std::size_t verb_at = verb.value_or(m.first);
  // "passed 68-32", "a 68-32 vote", "by a vote of 245-182"
  const bool vote_after =
      m.last < s.last && (tokens[m.last].lower == "vote" || tokens[m.last].lower == "ruling" ||
                          tokens[m.last].lower == "decision" || tokens[m.last].lower == "opinion" ||
                          tokens[m.last].lower == "verdict");
  const bool vote_of = vote_of_before(tokens, s, m, parse_digits(t.substr(dash + 1)).value);
  // "The final tally was 36-3", "the vote was 5-4"
  const bool tally_was =
      m.first >= s.first + 2 && tokens[m.first - 1].lower == "was" &&
      (tokens[m.first - 2].lower == "tally" || tokens[m.first - 2].lower == "vote" ||
       tokens[m.first - 2].lower == "outcome" || tokens[m.first - 2].lower == "split" ||
       tokens[m.first - 2].lower == "count");
  // "on lopsided votes: 98-0 in the Senate and 390-33 in the House": a chamber after it, or
  // the votes named just before
  static const WordSet kChambers = {
      "senate", "house", "chamber", "assembly", "legislature", "committee", "parliament"};
  const auto chamber = [](std::string_view w) { return kChambers.contains(w); };
  const bool chamber_after = m.last + 2 < s.last && tokens[m.last].lower == "in" &&
                             tokens[m.last + 1].lower == "the" && chamber(tokens[m.last + 2].lower);
  bool votes_before = false;
  for (std::size_t k = m.first; k > s.first && k + 10 > m.first && !votes_before; --k) {
    votes_before = tokens[k - 1].lower == "votes" && k < m.first && is_punct(tokens[k], ':');
  }
  // the next tally of a pair read as votes: "by votes of 78-16 and 86-9"
  const bool after_tally =
      m.first >= s.first + 2 && tokens[m.first - 1].lower == "and" &&
      std::any_of(out.begin(), out.end(), [&](const Candidate& c) {
        return c.number.last + 1 == m.first && c.np.head == "vote" && c.event.event == "vote";
      });
  verb_before = verb_before || vote_of || tally_was;
  // "voted to repeal Policy 604-1": after a capitalised word the tally is part of a name
  // (a possessive is a determiner: "Thursday's 58-40 vote", "the Senate's 51-49 vote"; a
  // chamber is where it passed: "passed the Senate 96-0")
  if (m.first > s.first && tokens[m.first - 1].capitalized && !chamber(tokens[m.first - 1].lower) &&
      !ends_possessive(tokens[m.first - 1].lower) &&
      tokens[m.first - 1].shape == TokenShape::kWord && m.first - 1 > s.first &&
      unit_kind(tokens[m.first - 1].lower) != UnitKind::kMonth &&
      !date_words::is_full_weekday_name(tokens[m.first - 1].lower)) {
    return false;
  }
  if (!verb_before && !vote_after && !chamber_after && !votes_before && !after_tally) {
    return false;
  }
  const std::string_view digits = t;
  for (const auto side : {digits.substr(0, dash), digits.substr(dash + 1)}) {
    const double value = parse_digits(side).value;
    if (value <= 0) {
      continue;
    }
    const bool own_word = verb_before || vote_after;  // else the tally alone is the quote
    std::size_t ev_first = vote_of || tally_was ? m.first - 2 : (verb_before ? verb_at : m.last);
    std::size_t ev_last = verb_before ? m.first : m.last + (own_word ? 1 : 0);
    if (!own_word) {
      ev_first = m.first;
      ev_last = m.last;
    }
    out.push_back(vote_side(tokens, s, m, value, ev_first, ev_last));
  }
  return true;
}

}  // namespace tally::figure_parts
