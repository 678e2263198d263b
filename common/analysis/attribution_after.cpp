// Where the source phrase of a reporting frame lies after its cue: the phrase after "according
// to", "citing", "by" or an inverted "said" ("said a person familiar with the matter"), what a
// speaker knows, and a headline's label ("Police: 2 dead").

#include <algorithm>

#include "common/analysis/attribution_source.hpp"
#include "common/analysis/attribution_words.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/core/strings.hpp"

namespace tally::attribution_parts {

using attribution_words::is_speaker_noun;
using attribution_words::is_subject_stop;

bool knows_at(const std::vector<Token>& tokens, std::size_t first, std::size_t k) {
  return k > first && attribution_words::is_knowing_word(tokens[k].lower) &&
         attribution_words::is_knower_noun(tokens[k - 1].lower);
}

std::size_t knowing_phrase_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t p,
                               std::size_t limit) {
  if (p + 2 >= limit || !knows_at(tokens, s.first, p)) {
    return p;
  }
  const auto& prep = tokens[p + 1].lower;
  if (prep != "with" && prep != "to" && prep != "on" && prep != "about") {
    return p;
  }
  std::size_t j = p + 2;
  while (j < limit && j < p + 9 && is_word(tokens[j]) && !is_finite_auxiliary(tokens[j].lower) &&
         tokens[j].lower != "who" && tokens[j].lower != "which" &&
         (tokens[j].lower != "that" || j == p + 2)) {  // ("familiar with that assessment")
    ++j;
  }
  return j > p + 2 ? j : p;
}

namespace {

// Titles written abbreviated with a period: "Gov.", "Lt.", "Sen.", "Dr.".
bool is_abbreviated_title(std::string_view w) {
  return w == "gov" || w == "lt" || w == "sen" || w == "rep" || w == "gen" || w == "col" ||
         w == "sgt" || w == "capt" || w == "maj" || w == "adm" || w == "dr" || w == "mr" ||
         w == "mrs" || w == "ms" || w == "prof" || w == "pres" || w == "supt" || w == "det" ||
         w == "insp" || w == "cmdr" || w == "atty";
}

}  // namespace

std::pair<std::size_t, std::size_t> source_after(const std::vector<Token>& tokens,
                                                 const Sentence& s, std::size_t a) {
  std::size_t b = a;
  // the period of a title before a name: "said Lt. Gov. Dan Patrick"
  const auto title_period = [&](std::size_t k) {
    return is_punct(tokens[k], '.') && k > a && k + 1 < s.last && tokens[k + 1].capitalized &&
           is_abbreviated_title(tokens[k - 1].lower);
  };
  // a verb ends the source: "snapshots released by the Labor Department have been weak"
  const auto verb = [&](std::size_t k) { return is_finite_auxiliary(tokens[k].lower); };
  // a participle after a name ends it: "an analysis by American Action Forum reviewing the
  // president's first six months", "a document from WHO published Saturday", "an internal
  // document from the VA obtained by CNN"
  // (a past participle only where a verb's complement follows it, not a noun it describes:
  // "Google Play's published metrics", "Iranian state-funded Press TV")
  const auto verb_follows = [&](std::size_t k) {
    if (k + 1 >= s.last) {
      return true;
    }
    const auto& t = tokens[k + 1];
    return t.shape == TokenShape::kPunct || t.shape == TokenShape::kNumber || t.lower == "by" ||
           t.lower == "on" || t.lower == "in" || t.lower == "last" || t.lower == "this" ||
           (!t.capitalized && t.lower.ends_with("ly")) ||
           attribution_words::is_time_adverb(t.lower) ||
           month_token(t);
  };
  const auto participle = [&](std::size_t k) {
    const auto& w = tokens[k].lower;
    return k > a && !tokens[k].capitalized && tokens[k - 1].capitalized &&
           ((w.ends_with("ing") && w.size() > 5) ||
            (w.ends_with("ed") && w.size() > 4 && verb_follows(k)));
  };
  // the agent's verb ends the document: "the Migration Report released by CBP"
  const auto released_by = [&](std::size_t k) {
    return k > a && k + 1 < s.last && attribution_words::is_passive_source(tokens[k].lower) &&
           tokens[k + 1].lower == "by";
  };
  // "Pacific Gas & Electric"
  const auto ampersand = [&](std::size_t k) {
    return k > a && k + 1 < s.last && is_name_ampersand(tokens, k);
  };
  // a verb of saying after a name ends it: "a whip list maintained by The Hill indicates there
  // are ..." (not a noun: "a Reuters report")
  const auto says = [&](std::size_t k) {
    const auto& w = tokens[k].lower;
    return k > a && !tokens[k].capitalized && tokens[k - 1].capitalized &&
           (attribution_words::is_speech_verb(w) || attribution_words::is_finding_verb(w)) &&
           !attribution_words::is_noun_too(w);
  };
  while (b < s.last && b - a < 10 &&
         (tokens[b].shape != TokenShape::kPunct || title_period(b) || ampersand(b)) &&
         !participle(b) && !released_by(b) && !says(b) &&
         tokens[b].shape != TokenShape::kNumber && !(b > a && verb(b)) &&
         !(b > a && is_subject_stop(tokens[b].lower) &&
           !((tokens[b].lower == "of" || tokens[b].lower == "for" || tokens[b].lower == "and") &&
             b + 1 < s.last && tokens[b + 1].capitalized))) {
    ++b;
  }
  // "said a person familiar with the matter"
  if (b > a + 1 && b < s.last) {
    b = std::max(b, knowing_phrase_end(tokens, s, b - 1, s.last));
  }
  return {a, b};
}

std::pair<std::size_t, std::size_t> label_speaker(const std::vector<Token>& tokens,
                                                  const Sentence& s) {
  constexpr std::size_t kMaxWords = 4;
  std::size_t a = s.first;
  // AP's live pages: "The Latest: Police: 2 dead, 7 wounded"
  if (a + 2 < s.last && tokens[a].lower == "the" && tokens[a + 1].lower == "latest" &&
      is_punct(tokens[a + 2], ':')) {
    a += 3;
  }
  std::size_t c = a;
  while (c < s.last && c < a + kMaxWords && tokens[c].shape == TokenShape::kWord &&
         (c > a || tokens[c].capitalized)) {
    ++c;
  }
  if (c == a || c + 1 >= s.last || !is_punct(tokens[c], ':')) {
    return {a, a};
  }
  // (a phrase about someone is a topic: "Romney As Governor:", "Mayor of tornado-ravaged town")
  for (std::size_t k = a; k < c; ++k) {
    if (is_subject_stop(tokens[k].lower)) {
      return {a, a};
    }
  }
  // the label ends with a speaker or a title ("Police", "Health minister", "CDC Chief",
  // "Germanwings CEO"), or is a lone document that finds things ("Report", "Study"; not
  // "Analysis", a kind of article), or names a poll ("Fox News Poll")
  const auto& last = tokens[c - 1].lower;
  // ("Sheriff", "Governor": titles are looked up capitalised)
  const std::string title = ascii_capitalized(last);
  const bool speaker = is_speaker_noun(last) || entity_words::is_lower_title(last) ||
                       entity_words::is_title(title) || attribution_words::is_source_title(last) ||
                       attribution_words::is_poll_noun(last) ||
                       (c == a + 1 && attribution_words::is_label_document(last));
  return speaker ? std::pair{a, c} : std::pair{a, a};
}

}  // namespace tally::attribution_parts
