// Bare numbers that estimate, forecast or change the article's running count: "down from an
// earlier estimate of 148,000", "economists' forecasts for 180,000", "a decrease of 323,000
// from the previous week", "That was revised down to 268,000"; and bare parts of a counted
// whole: "61 of 62 counties", "the remaining three". Used by figure_elision.cpp, which gives
// them what the whole or the article counted last.

#include <optional>
#include <string_view>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

// The subject of "revised" at `v` refers to the count told before: a pronoun or a noun of count
// ("That was revised", "the job-creation number was being revised", "January's gains were
// upwardly revised"), not a new thing ("The stock was revised up").
bool revised_subject(const std::vector<Token>& tokens, const Sentence& s, std::size_t v) {
  static const WordSet kSubjects = {
      "that", "it", "this", "which", "estimate", "reading", "gain", "gains", "increase", "rise",
      "decline", "drop", "loss", "losses"};
  while (v > s.first &&
         (is_auxiliary_word(tokens[v - 1].lower) || is_ly_word(tokens[v - 1].lower))) {
    --v;
  }
  return v > s.first &&
         (is_count_word(tokens[v - 1].lower) || kSubjects.contains(tokens[v - 1].lower));
}

// Nothing after the bare number but the end of its clause or a phrase of time, place or
// comparison: "of 148,000, and", "for 180,000 in August", "of 350,000." (not "of 100,000
// fatalities", a number with its own noun, which never reaches here).
bool ends_bare(const std::vector<Token>& tokens, const Sentence& s, std::size_t after) {
  if (after >= s.last || tokens[after].shape != TokenShape::kWord) {
    return true;
  }
  const auto& w = tokens[after].lower;
  return w == "in" || w == "for" || w == "from" || w == "and" || w == "on" || w == "by" ||
         w == "last" || w == "this" || w == "a" || w == "but" || w == "vs" || w == "versus";
}

}  // namespace

bool estimates_count(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  if (c.np_end != c.number.last || c.number.value < 2 || !ends_bare(tokens, s, c.number.last)) {
    return false;
  }
  // "an estimate of", "forecasts for", "the consensus of", with adjectives and the estimator
  // before the noun ("the median estimate", "economists' forecasts")
  std::size_t k = c.start;
  while (k > s.first && (tokens[k - 1].lower == "a" || tokens[k - 1].lower == "an")) {
    --k;  // "estimates for a 164,000 rise" reads its own noun; "a forecast of a 0.5% decline"
  }
  if (k < s.first + 2 || (tokens[k - 1].lower != "of" && tokens[k - 1].lower != "for")) {
    return false;
  }
  return is_estimate_noun(tokens[k - 2].lower);
}

// "That was revised down to 268,000", "upwardly revised to 273,000", "revised up by 10,000 to
// 256,000": a bare number a revision gives, the count told last.
bool revised_to(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  const std::size_t after = c.number.last;
  if (c.np_end != after || c.number.value < 2 || c.start < s.first + 2 ||
      (tokens[c.start - 1].lower != "to" && tokens[c.start - 1].lower != "from")) {
    return false;
  }
  // (the start of the revision, before its end: "from 147,000 to 165,000")
  const bool from_to = tokens[c.start - 1].lower == "from" && after + 1 < s.last &&
                       tokens[after].lower == "to" &&
                       tokens[after + 1].shape == TokenShape::kNumber;
  if (!ends_bare(tokens, s, after) && !from_to) {
    return false;
  }
  // (also a revision told by its direction, and from where: "July's gain was raised from
  // 147,000 to 165,000", "was lowered to 2.31 million")
  static const WordSet kRevised = {"revised", "raised", "lowered", "upgraded", "downgraded"};
  for (std::size_t k = c.start - 1; k > s.first && k + 6 > c.start; --k) {
    const Token& t = tokens[k - 1];
    if (kRevised.contains(t.lower)) {
      return revised_subject(tokens, s, k - 1);
    }
    const bool direction = t.lower == "up" || t.lower == "down" || t.lower == "upward" ||
                           t.lower == "downward" || t.lower == "by" || t.lower == "from" ||
                           is_ly_word(t.lower);  // "slightly"
    if (!direction && t.shape != TokenShape::kNumber) {
      return false;
    }
  }
  return false;
}

// "a decrease of 323,000 from the previous week", "an increase of 2,000 over Monday": a noun of
// change and "of" before a bare number, with the point it changed from after it.
bool change_of_count(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  if (c.np_end != c.number.last || c.number.value < 2 || c.start < s.first + 2 ||
      tokens[c.start - 1].lower != "of") {
    return false;
  }
  const auto& noun = tokens[c.start - 2].lower;
  if (noun != "increase" && noun != "decrease" && noun != "rise" && noun != "drop" &&
      noun != "decline" && noun != "jump" && noun != "fall" && noun != "gain") {
    return false;
  }
  const std::size_t after = c.number.last;
  return after + 1 < s.last &&
         (tokens[after].lower == "from" || tokens[after].lower == "over" ||
          tokens[after].lower == "since") &&
         tokens[after + 1].shape == TokenShape::kWord;
}

std::optional<std::size_t> partitive_whole(const std::vector<Token>& tokens, const Sentence& s,
                                           const Candidate& c,
                                           const std::vector<Candidate>& cands) {
  if (!c.np.head.empty()) {
    return std::nullopt;
  }
  return partitive_whole_of(tokens, s, c, cands);
}

std::optional<std::size_t> partitive_whole_of(const std::vector<Token>& tokens, const Sentence& s,
                                              const Candidate& c,
                                              const std::vector<Candidate>& cands) {
  std::size_t k = c.number.last;
  const bool out_of = k + 2 < s.last && tokens[k].lower == "out" && tokens[k + 1].lower == "of";
  if (out_of) {
    ++k;  // "81 out of 535 members"
  }
  if (k + 1 >= s.last || tokens[k].lower != "of") {
    return std::nullopt;
  }
  ++k;
  const bool determined = tokens[k].lower == "the" || is_possessive_determiner(tokens[k].lower);
  if (determined) {
    ++k;
  }
  // "25 of the last 27 elections", "three of the past four races"
  if (k < s.last && (tokens[k].lower == "last" || tokens[k].lower == "past" ||
                     tokens[k].lower == "first" || tokens[k].lower == "next")) {
    ++k;
  }
  for (std::size_t i = 0; i < cands.size(); ++i) {
    if (cands[i].number.first == k && cands[i].start >= c.number.last) {
      // "nine of 10 Democrats", "four of 100 people", "four out of five Americans": a
      // proportion, not a part of a whole ("out of" a base of five people or fewer is a rate
      // too; not "81 out of 535 members", "won 3 out of 5 times", "two of three sailors")
      const double base = cands[i].number.value;
      const bool rate = base == 10 || base == 100 ||
                        (out_of && base <= 5 && has_people_head(cands[i].np.head));
      if (!determined && rate) {
        return std::nullopt;
      }
      return i;
    }
  }
  return std::nullopt;
}

bool remaining_bare(const std::vector<Token>& tokens, const Sentence& s, const Candidate& c) {
  if (c.np_end != c.number.last || c.start < s.first + 2 ||
      !ends_bare(tokens, s, c.number.last)) {
    return false;
  }
  const auto& adjective = tokens[c.start - 1].lower;
  return tokens[c.start - 2].lower == "the" && (adjective == "remaining" || adjective == "other");
}

}  // namespace tally::figure_parts
