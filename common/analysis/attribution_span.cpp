// Where the source phrase of a reporting frame lies: the subject before a speech verb ("Rahmi
// Dogan, the governor, said"), or the phrase after "according to", "citing" or "by".

#include "common/analysis/attribution_source.hpp"

#include <algorithm>
#include <cctype>

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/date_words.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/gazetteer.hpp"
#include "common/analysis/numbers.hpp"

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

namespace {

// "July", "Sept": a month's name, as the text capitalised it
bool month_token(const Token& t) { return t.capitalized && date_words::is_month_name(t.lower); }

// "a person familiar with the matter", "a source close to the survivors", "two people briefed
// on the session": at `p` a word of what the noun before it knows, a preposition and what it
// knows, up to punctuation, an auxiliary or a relative word, before `limit`; the token after the
// phrase, or `p` when none stands there
std::size_t knowing_phrase_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t p,
                               std::size_t limit) {
  if (p <= s.first || p + 2 >= limit || !attribution_words::is_knowing_word(tokens[p].lower) ||
      !attribution_words::is_knower_noun(tokens[p - 1].lower)) {
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
  if (last.lower == "week" || last.lower == "month" || last.lower == "year" ||
      last.lower == "weekend") {
    const auto& which = tokens[b - 2].lower;
    return which == "last" || which == "this" || which == "next" ? b - 2 : b;
  }
  const bool year = last.shape == TokenShape::kNumber && last.lower.size() == 4 &&
                    (last.lower.starts_with("19") || last.lower.starts_with("20"));
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
// [k, e) a name of two to four capitalised words (initials "J." too) that names no place, after
// a description ending in a lower-case word. The name is the subject then.
bool named_appositive(const std::vector<Token>& tokens, const Sentence& s, std::size_t k,
                      std::size_t e) {
  if (k < s.first + 2 || e - k < 2 || e - k > 6 || tokens[k - 2].capitalized ||
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
    std::string word = tokens[i].lower;
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    name += (name.empty() ? "" : " ") + word;
    ++words;
  }
  if (words < 2 || words > 4) {
    return false;
  }
  const auto entry = gazetteer::lookup(name);
  return !entry || entry->kind != gazetteer::NameKind::kPlace;
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
  if (p <= s.first || p + 1 >= b || (w != "in" && w != "for" && w != "from" && w != "at")) {
    return false;
  }
  const bool article = tokens[p + 1].lower == "the";
  const std::size_t name = article ? p + 2 : p + 1;
  return name < b && (tokens[name].capitalized || (article && is_word(tokens[name]))) &&
         (is_speaker_noun(tokens[p - 1].lower) ||
          attribution_words::is_document_noun(tokens[p - 1].lower));
}

}  // namespace

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
  std::size_t day = b;
  while (day > s.first + 1 && attribution_words::is_time_adverb(tokens[day - 1].lower)) {
    --day;
  }
  if (day < b) {
    if (day > s.first + 1 && tokens[day - 1].lower == "on") {
      --day;
    }
    // and a document's participle before it: "An Ipsos poll released Tuesday found"
    if (day > s.first + 1 && attribution_words::is_passive_source(tokens[day - 1].lower)) {
      --day;
    }
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
      b = k - 1;
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
  while (a > s.first && b - a < 9) {
    const Token& t = tokens[a - 1];
    const bool rank_part = (t.shape == TokenShape::kNumber && ranking(tokens, s.first, a - 1)) ||
                           (a < b && ranking(tokens, s.first, a) &&
                            tokens[a].shape == TokenShape::kNumber);
    // "Dr. Kim Lee": the dot of a title abbreviation
    const bool title_dot = is_punct(t, '.') && a - 1 > s.first &&
                           is_source_title(tokens[a - 2].lower) && tokens[a - 2].capitalized;
    // "PG&E", "Procter & Gamble"
    const bool ampersand = a < b && a - 1 > s.first && is_name_ampersand(tokens, a - 1);
    if ((t.shape == TokenShape::kPunct || t.shape == TokenShape::kNumber) && !rank_part &&
        !title_dot && !ampersand) {
      break;
    }
    const bool connector = (t.lower == "of" || t.lower == "for" || t.lower == "and") &&
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
  // past a day, the subject opens its clause: not "soldiers killed in Idlib on Thursday raised
  // the toll", "reporters flying into Las Vegas on Tuesday said"
  if (past_day && a > s.first && tokens[a - 1].shape == TokenShape::kWord &&
      !tokens[a - 1].capitalized && tokens[a - 1].lower != "that" &&
      !attribution_words::starts_own_clause(tokens[a - 1].lower)) {
    return {v, v};
  }
  return {a, knowing_end > 0 ? knowing_end : b};
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
  // the label ends with a speaker or a title ("Police", "Health minister", "CDC Chief"), or is
  // a lone document that finds things ("Report", "Study"; not "Analysis", a kind of article),
  // or names a poll ("Fox News Poll")
  const auto& last = tokens[c - 1].lower;
  std::string title = last;  // ("Sheriff", "Governor": titles are looked up capitalised)
  title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  const bool speaker = is_speaker_noun(last) || entity_words::is_lower_title(last) ||
                       entity_words::is_title(title) ||
                       attribution_words::is_poll_noun(last) ||
                       (c == a + 1 && attribution_words::is_label_document(last));
  return speaker ? std::pair{a, c} : std::pair{a, a};
}

}  // namespace tally::attribution_parts
