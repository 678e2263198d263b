// The incidents an article dates ("Saturday's earthquake", "the explosion on Friday", "an
// attack late Tuesday"): a figure whose sentence names the incident happened on its day, even
// when the article is published days later and its main date is a later one.

#include <string>
#include <vector>

#include "common/analysis/figure_dates.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_dates {
namespace {

// Words that may stand between an incident and its date in one phrase: "the earthquake that
// struck Nepal on Saturday", "Saturday's magnitude-7.8 quake".
constexpr std::size_t kReachBefore = 8;
constexpr std::size_t kReachAfter = 4;

// A word inside the noun phrase of "Saturday's deadly attack": not a determiner or a verb.
bool phrase_word(const Token& t) {
  const auto& w = t.lower;
  if (w == "'s" || w == "\xE2\x80\x99s") {
    return true;
  }
  return t.shape == TokenShape::kWord && w != "the" && w != "a" && w != "an" && w != "and" &&
         w != "or" && !w.ends_with("ed") && w != "said" && w != "says";
}

// Words between an incident and its date that place it: prepositions, relative pronouns,
// verbs of happening, names of places.
bool placing_word(const Token& t) {
  static const WordSet kWords = {
      "on",       "in",      "at",       "near",    "the",    "a",        "an",
      "of",       "that",    "which",    "early",   "late",   "struck",   "hit",
      "rocked",   "happened", "occurred", "erupted", "began",  "took",     "place",
      "broke",    "out",     "went",     "off",     "exploded", "northern", "southern",
      "eastern",  "western", "central"};
  return t.capitalized || t.shape == TokenShape::kNumber || kWords.contains(t.lower);
}

}  // namespace

bool is_incident_word(std::string_view lower) { return !incident_name(lower).empty(); }

std::vector<IncidentDate> incident_dates(const std::vector<PassageWork>& work) {
  std::vector<IncidentDate> out;
  const auto known = [&](std::string_view noun) {
    for (const auto& i : out) {
      if (i.noun == noun) {
        return true;
      }
    }
    return false;
  };
  for (std::size_t p = 0; p < work.size() && p < kIncidentLeadPassages; ++p) {
    const auto& w = work[p];
    const auto& tokens = w.tt.tokens;
    for (std::size_t d = 0; d < w.dates.size(); ++d) {
      const auto& m = w.dates[d];
      // a day: "this year's attacks" or "in May" names no one incident
      if (w.speech_date[d] || tokens.empty() || !m.span.is_day()) {
        continue;
      }
      const std::size_t first = token_at(w.tt, m.begin);
      const std::size_t last = token_at(w.tt, m.end);
      const Sentence& s = w.tt.sentences[sentence_of(w.tt, first)];
      std::string_view noun;
      // after the date, in the same noun phrase: "Saturday's earthquake", "the April 25
      // quake", "Friday's deadly attack"; not "Wednesday condemned the attack"
      for (std::size_t k = last; noun.empty() && k < s.last && k < last + kReachAfter; ++k) {
        if (is_clause_break(tokens[k]) || !phrase_word(tokens[k])) {
          break;
        }
        noun = incident_name(tokens[k].lower);
      }
      // before it, through the words that place an incident: "the explosion on Friday", "an
      // earthquake that struck Nepal on Saturday"; not "the attack was condemned on Wednesday"
      for (std::size_t k = first; noun.empty() && k > s.first && k + kReachBefore > first; --k) {
        const Token& t = tokens[k - 1];
        noun = incident_name(t.lower);
        if (noun.empty() && (is_clause_break(t) || !placing_word(t))) {
          break;
        }
      }
      if (!noun.empty() && !known(noun)) {
        out.push_back({noun, m.span});
      }
    }
  }
  return out;
}

std::optional<DateSpan> incident_date(const std::vector<IncidentDate>& incidents,
                                      const TokenizedText& tt, std::size_t first,
                                      std::size_t last) {
  if (incidents.empty()) {
    return std::nullopt;
  }
  for (std::size_t k = first; k < last; ++k) {
    if (is_generic_incident(tt.tokens[k].lower)) {
      return incidents.front().span;
    }
    const auto noun = incident_name(tt.tokens[k].lower);
    if (noun.empty()) {
      continue;
    }
    for (const auto& i : incidents) {
      if (i.noun == noun) {
        return i.span;
      }
    }
  }
  return std::nullopt;
}

}  // namespace tally::figure_dates
