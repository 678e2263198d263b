// Where the source phrase of a reporting frame lies before its verb: the subject ("Rahmi Dogan,
// the governor, said"), past what may stand between them; the phrase after the cue is
// attribution_after.cpp's.

#include "common/analysis/attribution_source.hpp"

#include <algorithm>

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/date_words.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/figure_parts.hpp"
#include "common/analysis/gazetteer.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/word_set.hpp"
#include "common/core/strings.hpp"

namespace tally::attribution_parts {
namespace {

using attribution_words::is_source_title;
using attribution_words::is_speaker_noun;
using attribution_words::is_subject_adverb;
using attribution_words::is_subject_stop;

}  // namespace

bool is_finite_auxiliary(std::string_view w) {
  return w == "have" || w == "has" || w == "had" || w == "is" || w == "are" || w == "was" ||
         w == "were" || w == "will" || w == "would" || w == "could" || w == "can" || w == "may" ||
         w == "might" || w == "should" || w == "did" || w == "does";
}

bool clause_follows(const std::vector<Token>& tokens, const Sentence& s, std::size_t n) {
  // a pronoun subject and its verb: "has projected they could lead to 750,000 fewer jobs"
  // (or the existential "there": "A police spokesman estimates there are 30,000 firearms")
  if (n + 1 < s.last &&
      (figure_parts::is_subject_pronoun(tokens[n].lower) || tokens[n].lower == "there") &&
      is_finite_auxiliary(tokens[n + 1].lower)) {
    return true;
  }
  if (n >= s.last || (tokens[n].shape != TokenShape::kNumber &&
                      number_word_value(tokens[n].lower) <= 0 &&
                      !attribution_words::is_clause_start(tokens[n].lower))) {
    return false;  // no noun phrase of a count opens there: "claims last week were"
  }
  for (std::size_t j = n + 1; j < s.last && j < n + 9; ++j) {
    const Token& t = tokens[j];
    if (is_finite_auxiliary(t.lower)) {
      return true;
    }
    // (a preposition, conjunction or relative word ends the phrase; "than", "about", "over"
    // and "under" do not: "more than 527 people")
    const bool stop = (is_subject_stop(t.lower) && t.lower != "than" && t.lower != "about" &&
                       t.lower != "over" && t.lower != "under") ||
                      t.lower == "for" || t.lower == "or";
    if (stop || t.shape == TokenShape::kPunct) {
      return false;
    }
  }
  return false;
}

bool month_token(const Token& t) { return t.capitalized && date_words::is_month_name(t.lower); }

namespace {

// Where a phrase of time that ends at `b` starts, between a subject and its verb: "The
// Congressional Budget Office in July said", "in March 2019", "in 2019", "last week", "earlier
// this month" ("earlier" is a subject adverb the caller skips); b when none ends there.
std::size_t time_phrase_start(const std::vector<Token>& tokens, const Sentence& s, std::size_t b) {
  if (b < s.first + 3) {
    return b;
  }
  const auto& last = tokens[b - 1];
  // "officials at the time said", "police in the meantime said"
  if ((last.lower == "time" || last.lower == "meantime") && tokens[b - 2].lower == "the" &&
      (tokens[b - 3].lower == "at" || tokens[b - 3].lower == "in")) {
    return b - 3;
  }
  if (is_period_noun(last.lower)) {
    const auto& which = tokens[b - 2].lower;
    return which == "last" || which == "this" || which == "next" ? b - 2 : b;
  }
  const bool year = looks_like_year(last);
  std::size_t k = b;
  if (month_token(last)) {
    k = b - 1;
  } else if (last.shape == TokenShape::kNumber && month_token(tokens[b - 2])) {
    k = b - 2;  // "in March 2019", "on March 5"
  } else if (year) {
    k = b - 1;
  }
  if (k == b || k < s.first + 2 || (tokens[k - 1].lower != "in" && tokens[k - 1].lower != "on")) {
    return b;
  }
  return k - 1;
}

// "John McCain (R) of Arizona argued", "Dave Camp (R) of Michigan, said": a short bracket (a
// party label, up to five tokens) and "of" or "from" a capitalised place after a capitalised
// word. Returns where the bracket opens, so that the name is the subject, or b when no such
// phrase ends at b.
std::size_t before_party_label(const std::vector<Token>& tokens, const Sentence& s,
                               std::size_t b) {
  std::size_t k = b;
  if (k > s.first && is_punct(tokens[k - 1], ',')) {
    --k;
  }
  std::size_t p = k;
  while (p > s.first && k - p < 3 && tokens[p - 1].capitalized &&
         tokens[p - 1].shape == TokenShape::kWord) {
    --p;
  }
  if (p == k || p < s.first + 4 || (tokens[p - 1].lower != "of" && tokens[p - 1].lower != "from") ||
      !is_punct(tokens[p - 2], ')')) {
    return b;
  }
  std::size_t o = p - 2;
  while (o > s.first && p - 2 - o < 6 && !is_punct(tokens[o], '(')) {
    --o;
  }
  if (!is_punct(tokens[o], '(') || o == s.first || !tokens[o - 1].capitalized) {
    return b;
  }
  return o;
}

// "The lawyer, John Dowd, said", "Her chief of staff, Marc Short, told": between the commas
// [k, e) a name of two to four capitalised words (initials "J." too) that names no place, or
// one word that names an organisation ("UNICEF"), after a description ending in a lower-case
// word. The name is the subject then.
bool named_appositive(const std::vector<Token>& tokens, const Sentence& s, std::size_t k,
                      std::size_t e) {
  if (k < s.first + 2 || e - k < 1 || e - k > 6 || tokens[k - 2].capitalized ||
      tokens[k - 2].shape != TokenShape::kWord || is_subject_stop(tokens[k - 2].lower)) {
    return false;
  }
  // a description of where may be followed by the place's name: "Officials in the county seat,
  // Red Bluff, said"
  for (std::size_t d = k - 1; d > s.first && d + 6 > k; --d) {
    const auto& w = tokens[d - 1].lower;
    if (w == "in" || w == "at" || w == "near" || w == "outside") {
      return false;
    }
  }
  std::string name;
  std::size_t words = 0;
  for (std::size_t i = k; i < e; ++i) {
    const bool initial_dot = is_punct(tokens[i], '.') && i > k && tokens[i - 1].lower.size() == 1;
    if (initial_dot) {
      name += '.';
      continue;
    }
    if (!tokens[i].capitalized || tokens[i].shape != TokenShape::kWord) {
      return false;
    }
    // the gazetteer is read in title case: "South Africa"
    name += (name.empty() ? "" : " ") + ascii_capitalized(tokens[i].lower);
    ++words;
  }
  // one word names an organisation the gazetteer knows, as written or in capitals: "The
  // U.N.'s children's fund, UNICEF, estimates"
  if (words == 1) {
    auto one = gazetteer::lookup(name);
    if (!one) {
      one = gazetteer::lookup(ascii_upper(name));
    }
    return one && one->kind == gazetteer::NameKind::kOrganisation;
  }
  if (words > 4) {
    return false;
  }
  const auto entry = gazetteer::lookup(name);
  return !entry || entry->kind != gazetteer::NameKind::kPlace;
}

// The dot at i of a title's abbreviation ("Dr. Kim Lee") or of an initial ("U.S.", "J."),
// after a capitalised word of the sentence that starts at `first`.
bool title_dot(const std::vector<Token>& tokens, std::size_t first, std::size_t i) {
  return is_punct(tokens[i], '.') && i > first && is_source_title(tokens[i - 1].lower) &&
         tokens[i - 1].capitalized;
}
bool initial_dot(const std::vector<Token>& tokens, std::size_t first, std::size_t i) {
  return is_punct(tokens[i], '.') && i > first && tokens[i - 1].lower.size() == 1 &&
         tokens[i - 1].capitalized;
}

// A subject walked back to a = "the" after "of", "at" or "from": where a name of capitalised
// words before that preposition starts. A person's name (a given name or a title in it, and no
// organisation's word before the preposition) is the speaker and `person` is set: "Jon Rouse
// of the Greater Manchester Health Partnership said", "Dr. John Smith at the Red Cross said",
// "Police Chief Art Acevedo of the Houston Police Department said". Else a name of two words,
// or one after "the", goes on over "of the": "the U.S. Department of the Treasury said" (not
// "One of the president's advisers"). `a` when neither.
std::size_t name_before_body(const std::vector<Token>& tokens, const Sentence& s, std::size_t a,
                             bool& person) {
  if (a < s.first + 3 || tokens[a].lower != "the" ||
      (tokens[a - 1].lower != "of" && tokens[a - 1].lower != "at" &&
       tokens[a - 1].lower != "from") ||
      !tokens[a - 2].capitalized || !is_word(tokens[a - 2]) ||
      is_subject_stop(tokens[a - 2].lower)) {
    return a;
  }
  constexpr std::size_t kNameWords = 5;
  std::size_t n = a - 2;
  std::size_t words = 1;
  while (n > s.first && words < kNameWords) {
    const Token& t = tokens[n - 1];
    if (!(t.capitalized && is_word(t)) && !title_dot(tokens, s.first, n - 1) &&
        !initial_dot(tokens, s.first, n - 1)) {
      break;
    }
    words += is_word(t) ? 1U : 0U;
    --n;
  }
  if (!attribution_words::is_organisation_word(tokens[a - 2].lower)) {
    for (std::size_t g = n; g + 2 < a; ++g) {
      if (tokens[g].capitalized && (gazetteer::is_given_name(ascii_capitalized(tokens[g].lower)) ||
                                    is_source_title(tokens[g].lower))) {
        person = true;
        return n;
      }
    }
  }
  const bool the_before = n > s.first && tokens[n - 1].lower == "the";
  if (tokens[a - 1].lower == "of" && (the_before || words >= 2)) {
    return the_before ? n - 1 : n;
  }
  return a;
}

// Where "in a statement", "in an interview" or "in a tweet" that ends at b opens, between a
// subject and its verb; b when no such phrase ends there.
std::size_t before_medium(const std::vector<Token>& tokens, const Sentence& s, std::size_t b) {
  if (b < s.first + 4) {
    return b;
  }
  if (!attribution_words::is_medium_noun(tokens[b - 1].lower)) {
    return b;
  }
  std::size_t k = b - 1;
  while (k > s.first && b - k < 4 && tokens[k - 1].lower != "in") {
    --k;
  }
  return k > s.first + 1 && tokens[k - 1].lower == "in" ? k - 1 : b;
}

// "officials in Japan", "Police in Omaha", "A Gallup poll in Ohio", "a spokesman for the State
// Department", "data from the Labor Department", "officials at the scene": at `p` a
// preposition between a speaker or a document and the name (or a noun after "the"), before b,
// of where it is or whom it speaks for
bool names_body(const std::vector<Token>& tokens, const Sentence& s, std::size_t p,
                std::size_t b) {
  const auto& w = tokens[p].lower;
  if (p <= s.first || p + 1 >= b || !is_body_preposition(w)) {
    return false;
  }
  // (or a word of quantity: "officials in both countries", "police in several states")
  static const WordSet kDeterminers = {"the", "both", "several", "many", "all", "other"};
  const bool article = kDeterminers.contains(tokens[p + 1].lower);
  const std::size_t name = article ? p + 2 : p + 1;
  return name < b && (tokens[name].capitalized || (article && is_word(tokens[name]))) &&
         (is_speaker_noun(tokens[p - 1].lower) ||
          attribution_words::is_document_noun(tokens[p - 1].lower));
}

// Where a day that ends at `k` starts, with its "on": "on Tuesday", "Tuesday night"; k when
// none ends there.
std::size_t day_start(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  std::size_t day = k;
  while (day > s.first + 1 && attribution_words::is_time_adverb(tokens[day - 1].lower)) {
    --day;
  }
  return day < k && day > s.first + 1 && tokens[day - 1].lower == "on" ? day - 1 : day;
}

}  // namespace

std::size_t before_time(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  const std::size_t day = day_start(tokens, s, k);
  return day < k ? day : time_phrase_start(tokens, s, k);
}

bool ranking(const std::vector<Token>& tokens, std::size_t first, std::size_t k) {
  return k >= first + 2 && is_punct(tokens[k - 1], '.') && tokens[k - 2].lower == "no";
}

std::pair<std::size_t, std::size_t> subject_before(const std::vector<Token>& tokens,
                                                   const Sentence& s, std::size_t v) {
  const auto skip_adverbs = [&](std::size_t k) {
    // (never a capitalised word, which may be a name: "FEMA Administrator Brock Long said")
    while (k > s.first && is_subject_adverb(tokens[k - 1].lower) && !tokens[k - 1].capitalized) {
      --k;
    }
    return k;
  };
  std::size_t b = skip_adverbs(v);
  // "Facebook on Tuesday said", "Police Tuesday night said": a day between the subject and
  // its verb
  std::size_t day = day_start(tokens, s, b);
  // and a document's participle before it: "An Ipsos poll released Tuesday found"
  if (day < b && day > s.first + 1 &&
      attribution_words::is_passive_source(tokens[day - 1].lower)) {
    --day;
  }
  const bool past_day = day < b && is_word(tokens[day - 1]);
  if (past_day) {
    b = skip_adverbs(day);
  } else if (const auto when = time_phrase_start(tokens, s, b); when < b) {
    b = skip_adverbs(when);
  }
  // "The Pentagon in a statement said": the medium between the subject and its verb
  b = before_medium(tokens, s, b);
  // "The governor, however, said", "The ministry, in a statement, said": an aside of adverbs
  // or of the medium between commas
  if (b >= s.first + 3 && is_punct(tokens[b - 1], ',')) {
    std::size_t k = skip_adverbs(b - 1);
    if (k == b - 1) {
      k = before_medium(tokens, s, b - 1);
    }
    if (k < b - 1 && k >= s.first + 2 && is_punct(tokens[k - 1], ',') &&
        is_word(tokens[k - 2])) {
      b = skip_adverbs(k - 1);
    }
  }
  // "... Jimmy Carter recovering from brain surgery MORE said": a web page's link text (its
  // "MORE" marker) stands between the name and the verb; no subject can be read
  if (b > s.first && tokens[b - 1].lower == "more" && tokens[b - 1].capitalized &&
      b >= s.first + 2 && tokens[b - 2].shape == TokenShape::kWord) {
    return {v, v};
  }
  b = before_party_label(tokens, s, b);
  // "the Turkish Anadolu Agency (AA) reported": skip the bracket
  if (b > s.first && is_punct(tokens[b - 1], ')')) {
    std::size_t k = b - 1;
    while (k > s.first && !is_punct(tokens[k], '(')) {
      --k;
    }
    b = k;
  }
  // "Rahmi Dogan, the governor of ..., said": the name before the appositive
  if (b > s.first && is_punct(tokens[b - 1], ',')) {
    std::size_t k = b - 1;
    while (k > s.first && !is_punct(tokens[k - 1], ',') && b - k < 20) {
      --k;
    }
    if (k <= s.first + 1 || !is_punct(tokens[k - 1], ',')) {
      return {v, v};
    }
    if (named_appositive(tokens, s, k, b - 1)) {
      return {k, b - 1};
    }
    // after a name the appositive may be any phrase: a bare title ("Wahid Majroh, health
    // ministry spokesperson,"), an age ("Hanif, 31,"), a place ("Aaron Helton, of Duncan,")
    const bool after_name =
        tokens[k - 2].capitalized && tokens[k - 2].shape == TokenShape::kWord;
    // and after any speaker, a participle phrase or a relative clause: "A U.S. official,
    // speaking on condition of anonymity, said", "the official, who asked not to be named,"
    const bool aside = tokens[k].lower == "who" || tokens[k].lower == "which" ||
                       (tokens[k].lower.size() > 4 && tokens[k].lower.ends_with("ing") &&
                        tokens[k].lower != "citing" && tokens[k].lower != "according");
    if (tokens[k].lower == "the" || tokens[k].lower == "a" || tokens[k].lower == "an" ||
        ends_possessive(tokens[k].lower) || tokens[k].capitalized || after_name || aside) {
      // "Dianne Feinstein (D) of California, one of ..., conceded"
      b = before_party_label(tokens, s, k - 1);
    } else {
      return {v, v};
    }
  }
  // "a person familiar with the matter said": the phrase of what the speaker knows, walked
  // back from its noun
  std::size_t knowing_end = 0;
  for (std::size_t p = b; p > s.first + 1 && p + 10 > b; --p) {
    if (knowing_phrase_end(tokens, s, p - 1, b) == b) {
      knowing_end = b;
      b = p - 1;
      break;
    }
  }
  // "the Detroit Free Press and other local media": a name coordinated with speakers
  const bool head_is_speaker = b > s.first && is_speaker_noun(tokens[b - 1].lower);
  std::size_t a = b;
  while (a > s.first && b - a < 12) {
    const Token& t = tokens[a - 1];
    const bool rank_part = (t.shape == TokenShape::kNumber && ranking(tokens, s.first, a - 1)) ||
                           (a < b && ranking(tokens, s.first, a) &&
                            tokens[a].shape == TokenShape::kNumber);
    // "Dr. Kim Lee": the dot of a title abbreviation
    const bool title_part = title_dot(tokens, s.first, a - 1);
    // "PG&E", "Procter & Gamble"
    const bool ampersand = a < b && a - 1 > s.first && is_name_ampersand(tokens, a - 1);
    if ((t.shape == TokenShape::kPunct || t.shape == TokenShape::kNumber) && !rank_part &&
        !title_part && !ampersand) {
      break;
    }
    // (and "on" after a body's word: "the Center on Budget and Policy Priorities", "the Senate
    // Committee on Homeland Security")
    const bool body_on = t.lower == "on" && a - 1 > s.first &&
                         attribution_words::is_organisation_word(tokens[a - 2].lower);
    const bool connector = (t.lower == "of" || t.lower == "for" || t.lower == "and" || body_on) &&
                           a < b && tokens[a].capitalized && a - 1 > s.first &&
                           tokens[a - 2].capitalized;
    // "officials in Japan", "Police in Omaha": a speaker noun and where it is; "officials
    // and state media": speakers coordinated
    // "A Gallup poll in Ohio found": a document and where it was made
    const bool modifier = names_body(tokens, s, a - 1, b);
    const bool coordinated =
        t.lower == "and" && a < b && a - 1 > s.first &&
        (is_speaker_noun(tokens[a - 2].lower) || (tokens[a - 2].capitalized && head_is_speaker));
    if (is_subject_stop(t.lower) && !connector && !modifier && !coordinated) {
      break;
    }
    --a;
    // (the article of a name that a speaker or document is from goes on to the speaker:
    // "officials at the Pentagon")
    const bool body_article = t.lower == "the" && a > s.first && names_body(tokens, s, a - 1, b);
    if ((t.lower == "the" || t.lower == "a" || t.lower == "an") && !body_article) {
      break;
    }
  }
  // "Jon Rouse of the Greater Manchester Health Partnership said": the person before the body
  // "the U.S. Department of the Treasury said": the whole name
  bool person = false;
  const std::size_t name = a < b ? name_before_body(tokens, s, a, person) : a;
  if (person) {
    return {name, a - 1};
  }
  a = name;
  // "A Reuters analysis of the data found": the document whose matter the phrase is ("A
  // Reuters analysis")
  if (a >= s.first + 2 && tokens[a - 1].lower == "of" &&
      attribution_words::is_document_noun(tokens[a - 2].lower)) {
    b = a - 1;
    a -= 2;
    while (a > s.first && b - a < 12 && is_word(tokens[a - 1]) &&
           !is_subject_stop(tokens[a - 1].lower)) {
      --a;
      if (tokens[a].lower == "the" || tokens[a].lower == "a" || tokens[a].lower == "an") {
        break;
      }
    }
  }
  // "a memo obtained by The Times indicated": the document with who got hold of it, not the
  // latter alone ("documents obtained by Fox News")
  if (a >= s.first + 3 && tokens[a - 1].lower == "by" &&
      attribution_words::is_obtained_by(tokens[a - 2].lower)) {
    const auto doc = subject_before(tokens, s, a - 2);
    if (doc.first < doc.second &&
        attribution_words::is_document_noun(tokens[doc.second - 1].lower)) {
      return {doc.first, knowing_end > 0 ? knowing_end : b};
    }
  }
  // past a day, the subject opens its clause: not "soldiers killed in Idlib on Thursday raised
  // the toll", "reporters flying into Las Vegas on Tuesday said"
  if (past_day && a > s.first && tokens[a - 1].shape == TokenShape::kWord &&
      !tokens[a - 1].capitalized && tokens[a - 1].lower != "that" &&
      !attribution_words::starts_own_clause(tokens[a - 1].lower)) {
    return {v, v};
  }
  return {a, knowing_end > 0 ? knowing_end : b};
}

std::pair<std::size_t, std::size_t> shown_by(const std::vector<Token>& tokens, const Sentence& s,
                                             std::pair<std::size_t, std::size_t> doc) {
  if (doc.first == doc.second) {
    return doc;
  }
  // the verb of release before the document, or inside the phrase read as its subject ("The
  // committee published data"), the last one before the document's noun
  if (doc.first > s.first + 1 &&
      attribution_words::is_passive_source(tokens[doc.first - 1].lower)) {
    return subject_before(tokens, s, doc.first - 1);
  }
  for (std::size_t j = doc.second - 1; j-- > doc.first;) {
    const Token& t = tokens[j];
    if (t.shape == TokenShape::kWord && !t.capitalized &&
        attribution_words::is_passive_source(t.lower)) {
      return subject_before(tokens, s, j);
    }
  }
  return {doc.second, doc.second};
}

std::pair<std::size_t, std::size_t> participle_subject(const std::vector<Token>& tokens,
                                                       const Sentence& s, std::size_t end) {
  const auto past_verb = [&](std::size_t j) {
    const Token& t = tokens[j];
    const auto& p = tokens[j - 1].lower;
    return is_word(t) && !t.capitalized &&
           (t.lower.ends_with("ed") || t.lower == "said" || t.lower == "told") && p != "to" &&
           p != "a" && p != "an" && p != "the";
  };
  std::pair<std::size_t, std::size_t> found{end, end};
  for (std::size_t j = s.first + 1; j < end; ++j) {
    if (!past_verb(j)) {
      continue;
    }
    auto src = subject_before(tokens, s, j);
    // without an auxiliary or adverb before the verb: "Republicans have consistently
    // attacked", "Republican senators generally expressed"
    while (src.second > src.first + 1 && (is_finite_auxiliary(tokens[src.second - 1].lower) ||
                                          (tokens[src.second - 1].lower.ends_with("ly") &&
                                           !tokens[src.second - 1].capitalized))) {
      --src.second;
    }
    bool verb_inside = false;
    for (std::size_t k = std::max(src.first, s.first + 1); k < src.second; ++k) {
      verb_inside = verb_inside || past_verb(k);
    }
    if (src.first == src.second || verb_inside) {
      continue;
    }
    // the subject opens the sentence or a clause: not "Obama" in "Rogers suggested Obama
    // missed key briefings"
    // (past capitalised words and their dots: "Maj. Gen. William Gayler")
    std::size_t a = src.first;
    while (a > s.first && (tokens[a - 1].capitalized || is_punct(tokens[a - 1], '.'))) {
      --a;
    }
    const bool opens = a == s.first || is_punct(tokens[a - 1], ',') || is_quote(tokens[a - 1]) ||
                       tokens[a - 1].lower == "and" || tokens[a - 1].lower == "but";
    // nor a speaker the article cannot name ("The union opposed the plan, and we agreed,
    // saying ...": the union)
    const auto& w = tokens[src.first].lower;
    if (opens && !(src.second == src.first + 1 && (w == "we" || w == "i" || w == "you"))) {
      found = src;
    }
  }
  return found;
}

}  // namespace tally::attribution_parts
