// Which words cue a reporting frame (attribution_cues.hpp): verbs of saying, finding, belief,
// forecasting, setting a toll and claiming lives, told apart from the same words used otherwise.

#include "common/analysis/attribution_cues.hpp"

#include "common/analysis/attribution_source.hpp"
#include "common/analysis/attribution_words.hpp"
#include "common/analysis/figure_parts.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/word_set.hpp"
#include "common/core/strings.hpp"

namespace tally::attribution_parts {
namespace {

bool is_personal_pronoun(std::string_view w) {
  return figure_parts::is_subject_pronoun(w) || w == "i";
}

}  // namespace

bool is_pronoun(std::string_view w) { return is_personal_pronoun(w) || w == "who" || w == "which"; }

// "is", "are", "was", "were": a finite form of "be", before a passive.
bool is_finite_be(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were";
}

// Whether the speech verb at `k` that is also a noun ("claims", "report") is the noun: a
// determiner or possessive opens its phrase. Before an -s form it stands right before it
// ("Contrary to Spell's claims, “...”", not "A UN report estimates that ..."); before the base
// form up to two words may come between, when they end in no "s" (no plural subject):
// "in its Friday report that ...", "Kentucky's own internal estimate that ...", "the Mueller
// report “exceeds 300 pages”" (but "Organisers estimate that ...").
bool noun_after_determiner(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  const bool base_form = !tokens[k].lower.ends_with("s");
  for (std::size_t j = k; j > s.first && j + (base_form ? 3 : 1) > k; --j) {
    const Token& t = tokens[j - 1];
    const auto& p = t.lower;
    if (is_possessive_determiner(p) || p == "a" || p == "an" || ends_possessive(p) ||
        (base_form && p == "the")) {
      return true;
    }
    if (t.shape != TokenShape::kWord || p.ends_with("s")) {
      return false;
    }
  }
  return false;
}

// Where the words before the verb at `k` end, past adverbs ("and later said", "which also
// showed"; not an auxiliary: "who has said", "who were told" report for no one named).
std::size_t before_adverbs(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  while (k > s.first + 1 && attribution_words::is_subject_adverb(tokens[k - 1].lower) &&
         !is_finite_auxiliary(tokens[k - 1].lower)) {
    --k;
  }
  return k;
}

// What a verb of saying reports opens at token `n`: "that", "there", a quote, a colon or a
// comma, a subject pronoun, or a clause ("said three people were killed").
bool opens_report(const std::vector<Token>& tokens, const Sentence& s, std::size_t n) {
  const Token& t = tokens[n];
  return t.lower == "that" || t.lower == "there" || is_quote(t) || is_punct(t, ':') ||
         is_punct(t, ',') || is_personal_pronoun(t.lower) ||
         clause_follows(tokens, s, n);
}

bool relative_report(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  static const WordSet kClauseSpeech =
      lexicon_word_list(data::lexicon_reporting(), "clause_speech");
  if (k + 2 >= s.last || !kClauseSpeech.contains(tokens[k].lower)) {
    return false;
  }
  const Token& t = tokens[k + 1];
  if (t.shape == TokenShape::kNumber || number_word_value(t.lower) > 0) {
    return true;
  }
  return t.shape == TokenShape::kWord && !attribution_words::is_subject_stop(t.lower) &&
         !attribution_words::is_time_adverb(t.lower) && !month_token(t) &&
         t.lower != "nothing" && t.lower != "goodbye" && t.lower != "so" && t.lower != "yes" &&
         t.lower != "no" && t.lower != "little" && t.lower != "much";
}

std::pair<std::size_t, std::size_t> claim_holder(const std::vector<Token>& tokens,
                                                 const Sentence& s, std::size_t k) {
  static const WordSet kClaimNoun = lexicon_word_list(data::lexicon_reporting(), "claim_noun");
  const std::pair<std::size_t, std::size_t> none{k, k};
  if (tokens[k].lower != "that" || k < s.first + 2 || k + 1 >= s.last) {
    return none;
  }
  // a clause follows, with a subject of its own
  const Token& next = tokens[k + 1];
  if (!(next.shape == TokenShape::kNumber || number_word_value(next.lower) > 0 ||
        next.capitalized || figure_parts::is_determiner_word(next.lower) ||
        figure_parts::is_subject_pronoun(next.lower))) {
    return none;
  }
  // "Romney's claim that", "the group's repeated claim that"
  std::size_t n = k - 1;
  if (!kClaimNoun.contains(tokens[n].lower)) {
    // "a warning from the World Health Organization that"
    for (std::size_t b = k - 1; b > s.first + 1 && b + 9 > k; --b) {
      const auto& w = tokens[b].lower;
      if ((w == "from" || w == "by") && kClaimNoun.contains(tokens[b - 1].lower)) {
        // (a noun phrase, no verb: not "estimates by Wall Street analysts found that")
        const auto src = source_after(tokens, s, b + 1);
        for (std::size_t j = src.first; j < src.second; ++j) {
          if (!tokens[j].capitalized && (attribution_words::is_speech_verb(tokens[j].lower) ||
                                         attribution_words::is_finding_verb(tokens[j].lower))) {
            return none;
          }
        }
        return src.second == k && src.first < src.second ? src : none;
      }
      if (tokens[b].shape == TokenShape::kPunct) {
        break;
      }
    }
    return none;
  }
  if (n > s.first + 1 && !tokens[n - 1].capitalized && tokens[n - 1].shape == TokenShape::kWord &&
      !ends_possessive(tokens[n - 1].lower)) {
    --n;  // an adjective between: "Romney's repeated claim"
  }
  if (!ends_possessive(tokens[n - 1].lower)) {
    return none;
  }
  std::size_t b = n - 1;
  while (b > s.first && n - b < 6 && tokens[b - 1].capitalized) {
    --b;
  }
  return {b, n};
}

namespace {

// The verb at `k` stands inside what a saying before it in the sentence reports: "He said the
// FBI later determined that ...", "said he believed that 10 people ..." (not after a clause of
// its own, "Pelosi told CNBC after the report showed ...", nor a saying in a relative clause).
// For a `belief`, any verb of saying ("testified that he believed"); else "said", "says",
// "told" and "tells".
bool within_saying(const std::vector<Token>& tokens, const Sentence& s, std::size_t k,
                   bool belief) {
  for (std::size_t b = k; b > s.first && b + 16 > k; --b) {
    const auto& w = tokens[b - 1].lower;
    if (attribution_words::is_clause_opener(w)) {
      return false;
    }
    // (a saying inside a relative clause of the subject is not the frame: "The agency, which
    // said in March it would review the case, determined that ...")
    if ((w == "said" || w == "says" || w == "told" || w == "tells" ||
         (belief && attribution_words::is_speech_verb(w) && !attribution_words::is_noun_too(w) &&
          !attribution_words::is_event_with_object(w))) &&
        !(b >= s.first + 2 && (tokens[b - 2].lower == "which" || tokens[b - 2].lower == "who"))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool belief_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  if (!attribution_words::is_belief_verb(tokens[k].lower) || k == s.first ||
      k + 1 >= s.last) {
    return false;
  }
  static const WordSet kNoBelief = lexicon_word_list(data::lexicon_reporting(), "no_belief");
  static const WordSet kComplement =
      lexicon_word_list(data::lexicon_reporting(), "belief_complement");
  const std::size_t at = before_adverbs(tokens, s, k);
  // not the writer's or the reader's ("I", "we", "you": inside a quote, its speaker's), nor an
  // infinitive ("believed to be")
  if (tokens[k + 1].lower == "to" || kNoBelief.contains(tokens[at - 1].lower)) {
    return false;
  }
  // nor a passive, a belief denied or only possible, from the word before the adverbs on
  // ("are believed dead", "Police never believed", "can't believe", "may not believe")
  for (std::size_t j = at - 1; j < k; ++j) {
    const auto& w = tokens[j].lower;
    if (figure_parts::is_passive_auxiliary(w) || figure_parts::is_negation_word(w) ||
        w.ends_with("n't") || w.ends_with("n’t") || w == "cannot" ||
        figure_parts::is_modal_word(w)) {
      return false;
    }
  }
  // nor a reduced passive: "Twelve people believed dead were found", "two men believed killed"
  const Token& next = tokens[k + 1];
  if (tokens[k].lower == "believed" &&
      (kComplement.contains(next.lower) ||
       (is_word(next) && !next.capitalized && next.lower.size() > 4 &&
        next.lower.ends_with("ed")))) {
    return false;
  }
  // nor a question: "Do officials believe ...?"
  for (std::size_t j = s.last; j > k + 1 && j + 3 > s.last; --j) {
    if (is_punct(tokens[j - 1], '?')) {
      return false;
    }
  }
  // "what authorities believe was ...", "a state that Trump's team believed was his": the
  // subject opens a free or a relative clause, whose gap the belief is about (after "that" it
  // may open a clause reported, "testified that investigators believed": the saying's)
  for (std::size_t b = at; b > s.first && b + 4 > at; --b) {
    const auto& w = tokens[b - 1].lower;
    if (w == "what" || w == "that" || w == "which") {
      return false;
    }
    if (!is_word(tokens[b - 1])) {
      break;
    }
  }
  // (what follows is what they hold true, not whom or what they trust: "believe in", "believe
  // him"; a saying that closes the sentence reports the belief: find_attributions drops it)
  const auto& w = next.lower;
  return !within_saying(tokens, s, k, true) && w != "in" && w != "him" && w != "her" &&
         w != "them" && w != "me" && w != "us" && w != "you";
}

std::size_t belief_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  // (a "that" before a subject opens what a verb inside the belief reports: "believe the man
  // knew that 12 people died"; a relative "that" goes on with its verb, "the teams that
  // attacked", or with a plain noun, "the man that police arrested")
  const auto subject_at = [&](std::size_t n) {
    if (n >= s.last) {
      return false;
    }
    const Token& t = tokens[n];
    return t.shape == TokenShape::kNumber || number_word_value(t.lower) > 0 || t.capitalized ||
           figure_parts::is_determiner_word(t.lower) || figure_parts::is_subject_pronoun(t.lower);
  };
  for (std::size_t j = k + 2; j < s.last; ++j) {
    const auto& w = tokens[j].lower;
    if (w == "who" || w == "which" || w == "whom" || (w == "that" && !subject_at(j + 1))) {
      return j;
    }
  }
  return s.last;
}

// "the department found they added 69,000 jobs", "the study showed that ...": a finding
// reported, when a clause follows; not "police found three bodies"
bool finding_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  if (!attribution_words::is_finding_verb(tokens[k].lower) || k + 1 >= s.last) {
    return false;
  }
  // (a base form after a determiner is a noun, "the reality TV show that ...", unless documents
  // head the phrase: "statistics from the Geneva-based agency show")
  if (!tokens[k].lower.ends_with("s") && !tokens[k].lower.ends_with("d") &&
      noun_after_determiner(tokens, s, k)) {
    bool documents = false;
    for (std::size_t b = k;
         !documents && b > s.first && b + 8 > k && !is_clause_break(tokens[b - 1]); --b) {
      documents = attribution_words::is_document_noun(tokens[b - 1].lower);
    }
    if (!documents) {
      return false;
    }
  }
  // in a relative clause of a document: "The jobs report Friday, which showed the economy
  // added 69,000 jobs" (else as any finding: "The agency, which found that ...")
  if (const std::size_t at = before_adverbs(tokens, s, k);
      at >= s.first + 3 && tokens[at - 1].lower == "which" && is_punct(tokens[at - 2], ',')) {
    const auto subject = subject_before(tokens, s, at - 2);
    if (subject.first < subject.second &&
        attribution_words::is_document_noun(tokens[subject.second - 1].lower)) {
      return true;
    }
  }
  // a finding inside a saying is the sayer's report
  if (within_saying(tokens, s, k, false)) {
    return false;
  }
  const auto& next = tokens[k + 1].lower;
  if (next == "that" || is_personal_pronoun(next) ||
      next == "there") {
    return true;
  }
  // a document showing a number: "the Real Clear Politics map shows 204 House seats", "Data
  // from Johns Hopkins University showed 3,009,611 cases" (its noun before the verb or before
  // the body it is from or by)
  const auto document_subject = [&] {
    for (std::size_t b = k; b > s.first && b + 9 > k; --b) {
      if (is_clause_break(tokens[b - 1])) {
        return false;
      }
      if (attribution_words::is_document_noun(tokens[b - 1].lower)) {
        return b == k || tokens[b].lower == "from" || tokens[b].lower == "by";
      }
    }
    return false;
  };
  if ((tokens[k + 1].shape == TokenShape::kNumber || number_word_value(next) > 0) &&
      document_subject()) {
    return true;
  }
  // a document's finding told as a clause: "a survey by payroll processor ADP showed private
  // employers boosted their hiring"
  if (tokens[k + 1].shape == TokenShape::kWord) {
    for (std::size_t b = k; b > s.first && b + 7 > k; --b) {
      if (is_clause_break(tokens[b - 1])) {
        break;
      }
      // (not "two polls showed": the documents counted are no source)
      // (nor "the group said its research showed": the saying gives the source)
      if (attribution_words::is_document_noun(tokens[b - 1].lower)) {
        if (b >= s.first + 2 && is_possessive_determiner(tokens[b - 2].lower)) {
          return false;
        }
        return b < s.first + 2 || (tokens[b - 2].shape != TokenShape::kNumber &&
                                   number_word_value(tokens[b - 2].lower) <= 0);
      }
    }
  }
  // a closing frame after a comma: "..., a Labor Department report showed Friday.", "...,
  // data showed."
  std::size_t j = k + 1;
  if (j < s.last && tokens[j].lower == "on") {
    ++j;
  }
  if (j < s.last && attribution_words::is_time_adverb(tokens[j].lower)) {
    ++j;
  }
  if (j < s.last && !is_punct(tokens[j], '.')) {
    return false;
  }
  for (std::size_t b = k; b > s.first && b + 8 > k; --b) {
    if (is_punct(tokens[b - 1], ',')) {
      return true;
    }
  }
  return false;
}

// "put the death toll at 40", "revised the toll in Wuhan ... to 3,869", "raised the official
// count": a finite verb setting a toll, count or tally just after it.
bool toll_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  if (!attribution_words::is_toll_verb(tokens[k].lower) || k == s.first) {
    return false;
  }
  // a passive's subject is what was set: "Job gains for October were revised down by a total
  // 9,000"
  const auto& before = tokens[k - 1].lower;
  if (is_finite_be(before) || before == "been" || before == "be") {
    return false;
  }
  for (std::size_t j = k + 1; j < s.last && j < k + 5; ++j) {
    if (is_toll_noun(tokens[j].lower)) {
      return true;
    }
    if (tokens[j].shape != TokenShape::kWord) {
      return false;
    }
  }
  return false;
}

// The verb at `k` ("claimed", "claims") takes a number of lives for its object: "claimed more
// than 30 lives", "has claimed the lives of 12 people" (not "claims total savings of 474
// lives", a saying). Only a number and its hedge may stand between.
bool claims_lives(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  static const WordSet kBetween = lexicon_word_list(data::lexicon_reporting(), "lives_hedge");
  for (std::size_t j = k + 1; j < s.last && j < k + 6; ++j) {
    if (tokens[j].lower == "lives" || tokens[j].lower == "life") {
      return j > k + 1;
    }
    if (tokens[j].shape != TokenShape::kNumber && number_word_value(tokens[j].lower) < 0 &&
        !kBetween.contains(tokens[j].lower)) {
      return false;
    }
  }
  return false;
}

// "Economists had expected 230,000 jobs", "organizers expected around 10,000": a verb of
// forecast whose object is a number (not "is expected to hire 1,500", "the expected 200").
bool forecast_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  if (!is_forecast_word(tokens[k].lower) || k == s.first || k + 1 >= s.last ||
      tokens[k - 1].lower == "the" || tokens[k - 1].lower == "an" || tokens[k - 1].lower == "a" ||
      is_finite_be(tokens[k - 1].lower)) {
    return false;
  }
  // hedges and "a gain of" may stand between the verb and its number, and what is forecast,
  // told as a change ("had forecast nonfarm payrolls increasing 205,000")
  static const WordSet kBetween = lexicon_word_list(data::lexicon_changes(), "forecast_hedge");
  static const WordSet kForecastObject =
      lexicon_word_list(data::lexicon_changes(), "forecast_object");
  // (not after a word that is a saying too, "estimates", "predicted": "CDC estimates that 115
  // Americans die daily"; reporting.tsv's speech list gates this)
  const bool saying = attribution_words::is_speech_verb(tokens[k].lower);
  std::size_t objects = 0;  // words of the forecast object read so far
  for (std::size_t j = k + 1; j < s.last && j < k + 5 + objects; ++j) {
    if (tokens[j].shape == TokenShape::kNumber || number_word_value(tokens[j].lower) > 0) {
      // (not "expected the 44-day strike of 40,000 workers to affect": an adjective)
      return objects == 0 || tokens[j].lower.find_first_of("abcdefghijklmnopqrstuvwxyz") ==
                                 std::string::npos;
    }
    if (kBetween.contains(tokens[j].lower)) {
      continue;
    }
    if (saying || !kForecastObject.contains(tokens[j].lower) || ++objects > 4) {
      return false;
    }
  }
  return false;
}

// ", noting that ...", ", adding that ...", ", telling Fox News: ...": a participle of saying
// (reporting.tsv saying_participle) after a comma, before "that", a quote, a colon or a clause
// within its first words (not "adding to the toll", "telling details").
bool participle_of_saying(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  const auto& w = tokens[k].lower;
  if (!attribution_words::is_saying_participle(w) || k == s.first ||
      !is_punct(tokens[k - 1], ',')) {
    return false;
  }
  const std::size_t reach = w == "telling" ? 5 : 1;  // "telling Fox News:"
  for (std::size_t j = k + 1; j < s.last && j <= k + reach; ++j) {
    if (tokens[j].lower == "that" || is_quote(tokens[j]) || is_punct(tokens[j], ':') ||
        clause_follows(tokens, s, j)) {
      return true;
    }
    if (is_punct(tokens[j], ',') || is_punct(tokens[j], '.')) {
      return false;
    }
  }
  return false;
}

std::size_t progressive_of_saying(const std::vector<Token>& tokens, const Sentence& s,
                                  std::size_t k) {
  const auto& w = tokens[k].lower;
  if (!attribution_words::is_progressive_saying(w)) {
    return k;
  }
  std::size_t v = k;
  while (v > s.first + 1 && attribution_words::is_subject_adverb(tokens[v - 1].lower) &&
         !is_finite_be(tokens[v - 1].lower)) {
    --v;  // "is now saying", "are also reporting"
  }
  if (v == s.first || (!is_finite_be(tokens[v - 1].lower) && tokens[v - 1].lower != "been")) {
    return k;
  }
  --v;
  if (tokens[v].lower == "been" && v > s.first &&
      (tokens[v - 1].lower == "has" || tokens[v - 1].lower == "have" ||
       tokens[v - 1].lower == "had")) {
    --v;
  }
  const std::size_t reach = w == "telling" ? 5 : 1;  // "is telling donors that"
  for (std::size_t j = k + 1; j < s.last && j <= k + reach; ++j) {
    if (tokens[j].lower == "that" || is_quote(tokens[j]) || is_punct(tokens[j], ':') ||
        clause_follows(tokens, s, j)) {
      return v;
    }
    if (tokens[j].shape == TokenShape::kPunct) {
      return k;
    }
  }
  return k;
}

}  // namespace tally::attribution_parts
