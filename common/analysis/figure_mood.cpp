// The mood of an event verb: factual, negated ("were not injured"), modal (a plan or a forecast:
// "will cut", "could top") or hypothetical (a condition or a threat: "if 30 die",
// "threatened to kill"). Used by figure_event_scan.cpp and figure_candidates.cpp.

#include "common/analysis/figure_parts.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

const WordSet& auxiliaries() {
  static const WordSet kWords = {
      "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "reportedly",
      "also", "now", "later", "all", "both", "allegedly", "already", "seriously", "critically",
      "badly", "fatally", "slightly", "lightly", "mostly", "officially", "still", "each",
      "just", "then", "apparently", "initially", "subsequently", "eventually", "reported",
      "believed", "thought", "said", "known", "confirmed", "presumed", "estimated", "since",
      "so", "far", "either", "mortally", "severely", "ultimately", "successfully", "temporarily",
      "get", "gets", "got", "gotten", "getting",  // the passive of "four Americans get killed"
      "remain", "remains", "remained",            // "a 72-year-old man remained missing"
      "became", "become", "becomes",              // "four people became infected"
      "did", "does", "do"};                       // "89 officers did die"
  return kWords;
}

// Words of plans, forecasts and possibility: "will cut 500 jobs", "could top 100,000". News
// reports these figures (they are kept, flagged modal and undated).
const WordSet& modals() {
  static const WordSet kWords = {
      "could", "may", "might", "would", "should", "will", "can", "must", "shall", "to",
      "'ll", "could've", "would've", "plans", "planned", "planning", "aims", "expected",
      "projected", "forecast", "likely"};
  return kWords;
}

// Words of conditions, threats and attempts: "threatened to kill 30", "if 30 people die",
// "attempted murder of a police officer". No figure.
const WordSet& hypotheticals() {
  static const WordSet kWords = {
      "if", "unless", "threatened", "threatens", "threaten", "vowed", "vows", "wants",
      "risk", "risks", "fear", "fears", "feared", "attempted", "attempting"};
  return kWords;
}

const WordSet& decision_words() {
  static const WordSet kWords = {
      "decision", "decided", "decides", "voted", "votes", "ordered", "orders", "agreed",
      "ruling", "ruled", "verdict"};
  return kWords;
}

const WordSet& negations() {
  static const WordSet kWords = {
      "not", "never", "n't", "didn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
      "isn't", "aren't", "no", "denied", "denies", "deny", "without", "nobody", "none"};
  return kWords;
}

}  // namespace

bool is_auxiliary_word(std::string_view w) { return auxiliaries().contains(w); }
bool is_passive_auxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been" ||
         w == "being" || w == "get" || w == "got";
}
bool is_modal_word(std::string_view w) { return modals().contains(w); }
bool is_hypothetical_word(std::string_view w) { return hypotheticals().contains(w); }
bool is_negation_word(std::string_view w) { return negations().contains(w); }
bool is_compelling_word(std::string_view w) {
  return w == "ordered" || w == "forced" || w == "told";
}

Mood mood_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b) {
  // a coordinated verb shares the mood of the first: "plans to close five plants and cut
  // 15,000 jobs", "could destroy homes and kill hundreds"
  if (b > first + 1 && (tokens[b - 1].lower == "and" || tokens[b - 1].lower == "or")) {
    for (std::size_t k = b - 1; k > first && k + 10 > b; --k) {
      const Token& t = tokens[k - 1];
      // a new clause starts: "to track him after he shot and wounded a boy", "to carry out
      // the attack that killed three and wounded more than 180"
      if (t.shape != TokenShape::kWord || t.lower == "after" || t.lower == "before" ||
          t.lower == "when" || t.lower == "because" || t.lower == "while" || t.lower == "he" ||
          t.lower == "she" || t.lower == "they" || t.lower == "who" || t.lower == "which" ||
          t.lower == "that" || t.lower == "where") {
        break;
      }
      if (t.lower == "to" || is_modal_word(t.lower) || is_hypothetical_word(t.lower)) {
        return mood_before(tokens, first, k);
      }
    }
  }
  for (std::size_t n = 1; n <= 3 && b >= first + n; ++n) {
    const auto& w = tokens[b - n].lower;
    if (is_negation_word(w)) {
      return Mood::kNegated;
    }
    // a decision taken is an event, not a plan: "the court's decision to jail nine",
    // "the board voted to close two plants"
    if (w == "to") {
      for (std::size_t k = b - n; k > first && k + 4 > b - n; --k) {
        if (decision_words().contains(tokens[k - 1].lower)) {
          return Mood::kFactual;
        }
        // a means used has the mood of "used": "the explosive he used to kill 22" is a fact,
        // "could have been used to kill thousands" is not
        if (tokens[k - 1].lower == "used") {
          return mood_before(tokens, first, k - 1);
        }
        if (tokens[k - 1].shape != TokenShape::kWord) {
          break;
        }
      }
    }
    if (is_hypothetical_word(w)) {
      return Mood::kHypothetical;
    }
    // "threatened to kill 30": the verb that governs the infinitive
    if (w == "to" && b >= first + n + 1 && is_hypothetical_word(tokens[b - n - 1].lower)) {
      return Mood::kHypothetical;
    }
    // a comparison with a forecast is a fact: "a larger than expected gain of 215,000 jobs",
    // "rose 3,000, as expected"
    if (is_modal_word(w)) {
      if (b > first + n &&
          (tokens[b - n - 1].lower == "than" || tokens[b - n - 1].lower == "as")) {
        break;
      }
      return Mood::kModal;
    }
    if (tokens[b - n].shape != TokenShape::kWord || !is_auxiliary_word(w)) {
      if (w != "did" && w != "does" && w != "do" && w != "have" && w != "has" && w != "had") {
        break;
      }
    }
  }
  return Mood::kFactual;
}

bool negated_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b) {
  if (b >= first + 2 && tokens[b - 2].lower == "none" && tokens[b - 1].lower == "of") {
    return true;
  }
  if (b >= first + 3 && tokens[b - 3].lower == "none" && tokens[b - 2].lower == "of") {
    return true;
  }
  if (b >= first + 1 && tokens[b - 1].lower == "no") {
    return true;  // "no one was killed"
  }
  return b >= first + 2 && tokens[b - 2].lower == "not" &&
         (tokens[b - 1].lower == "a" || tokens[b - 1].lower == "one");
}

bool in_condition(const std::vector<Token>& tokens, const Sentence& s, std::size_t b) {
  for (std::size_t k = b; k > s.first; --k) {
    const Token& t = tokens[k - 1];
    if (is_clause_break(t)) {
      return false;
    }
    // a relative clause in the past tells a fact, whatever the condition around it: "if they
    // mess with this agreement that got 88 votes"
    if ((t.lower == "that" || t.lower == "which") && k < b &&
        (tokens[k].lower.ends_with("ed") || tokens[k].lower == "got" || tokens[k].lower == "won" ||
         tokens[k].lower == "had" || tokens[k].lower == "was" || tokens[k].lower == "were")) {
      return false;
    }
    if (t.lower == "if" || t.lower == "unless") {
      return true;
    }
  }
  return false;
}

}  // namespace tally::figure_parts
