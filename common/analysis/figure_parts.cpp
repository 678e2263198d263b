// Counted noun phrases: what a number counts ("29 Turkish soldiers", "of the 12 posts"), its
// head noun and the event a noun implies. Event verbs around them: figure_event_scan.cpp.

#include "common/analysis/figure_parts.hpp"

#include "common/analysis/entity_tokens.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

// The nouns that "death" modifies in a compound: "death sentences", "death row", "death
// penalty", "death threats", "death certificates", "death squads", "death warrants".
bool is_death_compound(std::string_view w) {
  static const WordSet kWords = {"sentence", "sentences", "row",         "penalty",
                                 "threat",   "threats",   "certificate", "certificates",
                                 "squad",    "squads",    "warrant",     "warrants"};
  return kWords.contains(w);
}

bool looks_plural(const Token& t) {
  if (!people_singular(t.lower).empty()) {
    return singular_noun(t.lower) != t.lower || is_collective_people_noun(t.lower);
  }
  const auto& w = t.lower;
  // "guardsmen", "firemen": plurals of -man (not "specimen", "regimen", "abdomen")
  if (w.ends_with("men") && singular_noun(w) != w) {
    return true;
  }
  // three letters only when the lexicon knows the plural ("ads"), not "gas", "bus", "its"
  return (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u') ||
         (w.size() == 3 && singular_noun(w) != w);
}

// Nouns whose plural is the singular or not formed with -s: "six aircraft", "40 sheep".
const WordSet& invariant_plurals() {
  static const WordSet kWords = {
      "aircraft", "spacecraft", "watercraft", "hovercraft", "fish", "deer", "sheep", "cattle",
      "livestock", "poultry", "swine", "bison", "moose", "salmon", "trout", "shrimp",
      "offspring", "species", "series", "headquarters", "data", "media", "criteria",
      "phenomena", "bacteria", "alumni", "feet", "teeth", "geese", "mice", "oxen", "dice",
      "youth", "militia", "infantry", "cavalry", "artillery"};
  return kWords;
}
}  // namespace

bool plural_head(const Token& t) {
  // looks_plural knows the people nouns ("men", "children", "police") and -s and -men plurals
  if (looks_plural(t) || invariant_plurals().contains(t.lower)) {
    return true;
  }
  // a demonym that is its own plural: "1,000 French", "300 Chinese"
  return t.capitalized && is_own_plural_demonym(t.lower);
}

namespace {

// The token after the possessive word at n ("Iowa's", "sheriff ’ s" as three tokens), or 0 when
// tokens[n] is no possessive.
std::size_t possessive_end(std::string_view text, const std::vector<Token>& tokens, std::size_t n,
                           std::size_t end) {
  const auto& w = tokens[n].lower;
  if (ends_possessive(w)) {
    return n + 1;
  }
  const bool split = n + 2 < end && tokens[n + 1].shape == TokenShape::kPunct &&
                     !tokens[n + 1].space_before && tokens[n + 2].lower == "s" &&
                     !tokens[n + 2].space_before &&
                     (text.substr(tokens[n + 1].begin, 1) == "'" ||
                      text.substr(tokens[n + 1].begin, 3) == "\u2019");
  return split ? n + 3 : 0;
}

// A verb of shots from token k, past adverbs: "was fired", "is then fired", "rang out", "hit
// the officer", "struck a car".
bool shot_verb_follows(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  const auto adverb = [&](std::size_t j) {
    const auto& w = tokens[j].lower;
    return w == "then" || w == "also" || w == "just" || w == "reportedly" || w == "apparently";
  };
  while (k < end && adverb(k)) {
    ++k;
  }
  if (k < end && (tokens[k].lower == "was" || tokens[k].lower == "is")) {
    ++k;
    while (k < end && adverb(k)) {
      ++k;
    }
    return k < end && (tokens[k].lower == "fired" || tokens[k].lower == "heard" ||
                       tokens[k].lower == "discharged");
  }
  return k < end && (tokens[k].lower == "rang" || tokens[k].lower == "hit" ||
                     tokens[k].lower == "struck" || tokens[k].lower == "missed" ||
                     tokens[k].lower == "pierced");
}

// The collective noun for people at j is a modifier, of a people noun or of a plural within
// two words: "one police officer", "a staff member", "200 staff cuts", "200 clergy abuse
// lawsuits" (in lower case but for a people noun: "Three Police Officers Dead", not "MIT
// Police get calls"). Not "people", the head of the phrase whatever follows it.
bool modifies_as_collective(const std::vector<Token>& tokens, std::size_t j, std::size_t end) {
  const Token& t = tokens[j];
  if (!is_collective_people_noun(t.lower) || t.lower == "people") {
    return false;
  }
  const auto content = [&](std::size_t k) {
    return k < end && is_word(tokens[k]) && !is_np_stop(tokens[k].lower);
  };
  const auto lower_word = [&](std::size_t k) {
    return content(k) && !tokens[k].capitalized && !t.capitalized;
  };
  const auto modified = [&](std::size_t k) {
    return (content(k) && !people_singular(tokens[k].lower).empty()) ||
           (lower_word(k) && looks_plural(tokens[k]));
  };
  return modified(j + 1) || (lower_word(j + 1) && modified(j + 2));
}

// Tokens from k read a verb of expectation or need that a people noun after a count of things
// takes as the subject of a clause of its own: "the 140,000 jobs economists expected", "the
// 60 votes senators need", "the 180,000 jobs analysts had forecast". Not a verb of what befell
// them: "600 civil rights activists marched".
bool expecting_verb_at(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  static const WordSet kVerbs = {"expected",  "forecast", "forecasted", "predicted",
                                 "projected", "anticipated", "estimated", "need",
                                 "needs",     "needed",   "want",       "wanted"};
  if (k < end && (tokens[k].lower == "had" || tokens[k].lower == "have")) {
    ++k;
  }
  return k < end && kVerbs.contains(tokens[k].lower);
}

// The words at k, k + 2 are modifiers joined by "and" or "or" at k + 1, before a plural head
// right after them or one word later: "government and military personnel", "state and local
// officials".
bool modifiers_joined(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  const auto modifier = [&](std::size_t n) {
    return n < end && is_word(tokens[n]) && !tokens[n].capitalized && !plural_head(tokens[n]) &&
           !is_np_stop(tokens[n].lower) && number_word_value(tokens[n].lower) < 0 &&
           match_event(tokens, n, end).length == 0;
  };
  if (k + 3 >= end || (tokens[k + 1].lower != "and" && tokens[k + 1].lower != "or") ||
      !modifier(k) || !modifier(k + 2)) {
    return false;
  }
  for (std::size_t n = k + 3; n < end && n < k + 5; ++n) {
    if (!is_word(tokens[n]) || tokens[n].capitalized || is_np_stop(tokens[n].lower) ||
        match_event(tokens, n, end).length > 0) {
      return false;
    }
    if (plural_head(tokens[n])) {
      return true;
    }
  }
  return false;
}

// A number just before `k`, in words above one: "25", "two", "2 million"; not a name's ("SB
// 27").
bool plural_number_before(const std::vector<Token>& tokens, std::size_t k) {
  const Token& n = tokens[k - 1];
  if (k >= 2 && tokens[k - 2].capitalized && is_word(tokens[k - 2])) {
    return false;
  }
  if (n.shape == TokenShape::kNumber) {
    return true;
  }
  const auto value = number_word_value(n.lower);
  return value > 1 || (value > 0 && k >= 2 && tokens[k - 2].shape == TokenShape::kNumber);
}

}  // namespace

NounPhrase read_noun_phrase(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t i, std::size_t end) {
  NounPhrase np;
  np.first = np.last = i;
  // "... 50' Syrian Forces": a closing quote glued to the number; '266,119 "confirmed
  // cases"': an opening quote before the counted words
  if (i < end && is_quote(tokens[i]) &&
      (!tokens[i].space_before || (i + 1 < end && !tokens[i + 1].space_before))) {
    ++i;
  }
  // partitive and vague "of": "of our soldiers", "of the 12 posts", "of villages", "of whom"
  if (i + 1 < end && tokens[i].lower == "out" && tokens[i + 1].lower == "of") {
    ++i;  // "five out of the six last contests"
  }
  if (i < end && tokens[i].lower == "of") {
    const std::size_t after = i + 1;
    if (after >= end) {
      return np;
    }
    const auto& w = tokens[after].lower;
    // "1,180 of the total", "41 of them": the whole is named elsewhere
    const bool total = (w == "the" || w == "a") && after + 1 < end &&
                       (tokens[after + 1].lower == "total" || tokens[after + 1].lower == "tally");
    // "14 of these most powerful storms": a demonstrative before a noun phrase is a determiner
    std::size_t noun_at = after + 1;  // past "most", "more": "these most powerful storms"
    while (noun_at < end && (tokens[noun_at].lower == "most" || tokens[noun_at].lower == "more")) {
      ++noun_at;
    }
    const bool demonstrative_np = (w == "these" || w == "those") && noun_at < end &&
                                  is_word(tokens[noun_at]) && !is_np_stop(tokens[noun_at].lower) &&
                                  match_event(tokens, noun_at, end).length == 0;
    if ((w == "whom" || w == "them" || w == "us" || w == "which" || w == "those" ||
         w == "these" || total) && !demonstrative_np) {
      np.first = np.last = after + 1;
      return np;  // elided: the caller carries the counted noun
    }
    i = after;
    // "of Iowa's 30 delegates", "of North Carolina’s 13 districts", "of the Affordable Care
    // Act's": a possessive name is a determiner
    std::size_t owner_end = 0;
    for (std::size_t n = after + (w == "the" ? 1 : 0); n < end && n < after + 6; ++n) {
      // "of J&J's subsidiaries", "of Johnson & Johnson's": an ampersand inside a name
      if (n + 1 < end && is_name_ampersand(tokens, n)) {
        continue;
      }
      // "of Rep. Paul Gosar's siblings": a title's stop inside the name (or before its
      // possessive: "of Martin Luther King Jr.'s children")
      if (n > after && is_punct(tokens[n], '.') && !tokens[n].space_before &&
          tokens[n - 1].capitalized && is_word(tokens[n - 1]) && tokens[n - 1].lower.size() <= 4) {
        owner_end = possessive_end(text, tokens, n, end);
        if (owner_end > 0) {
          break;
        }
        continue;
      }
      owner_end = possessive_end(text, tokens, n, end);
      if (owner_end > 0 || !tokens[n].capitalized || tokens[n].shape != TokenShape::kWord) {
        break;
      }
    }
    const bool possessive_of = owner_end > 0 && owner_end < end &&
                               (tokens[owner_end].shape == TokenShape::kNumber ||
                                is_word(tokens[owner_end]));
    if (w == "our" || w == "the" || w == "their" || w == "its" || w == "his" || w == "her" ||
        w == "my" || w == "your" || demonstrative_np || possessive_of) {
      i = demonstrative_np ? noun_at : (possessive_of ? owner_end : i + 1);
      // "of the state's 29 delegates", "of the company's plants": a possessive determiner
      if (i + 1 < end && tokens[i].shape == TokenShape::kWord && tokens[i].lower.ends_with("'s") &&
          w == "the") {
        ++i;
      }
      // "of the six last contests": the base of the partitive is not the counted noun
      if (i < end &&
          (tokens[i].shape == TokenShape::kNumber || number_word_value(tokens[i].lower) > 0)) {
        ++i;
      }
      while (i < end && (tokens[i].lower == "last" || tokens[i].lower == "first" ||
                         tokens[i].lower == "past" || tokens[i].lower == "next")) {
        ++i;
      }
    }
  }
  np.first = i;
  std::size_t j = i;
  std::size_t event_start = end;
  EventRole event_role = EventRole::kVerb;
  bool plural_seen = false;
  std::size_t adjective_at = i;  // where an adjective standing for people may be
  std::size_t suspended = 0;     // the tokens of a suspended hyphen passed over
  while (j < end && j - i < 6 + suspended) {
    const Token& t = tokens[j];
    // a suspended hyphen and its conjunction: "761 drug- and alcohol-related intoxication
    // deaths", "200 full- or part-time jobs"
    if (j > i && is_punct(t, '-') && !t.space_before && is_word(tokens[j - 1]) && j + 2 < end &&
        (tokens[j + 1].lower == "and" || tokens[j + 1].lower == "or") &&
        is_word(tokens[j + 2]) && tokens[j + 2].lower.find('-') != std::string::npos) {
      j += 2;
      suspended += 2;
      continue;
    }
    if (!is_word(t)) {
      // "60,000 Alabama Power Co. customers": the stop after any organisation cue of
      // organisations.tsv ("Co.", "Corp.", "Inc.", but also "Bank.", "Army.")
      if (j > i && is_punct(t, '.') && !t.space_before && tokens[j - 1].capitalized &&
          entity_words::is_organisation_cue(span_text(text, tokens, j - 1, j))) {
        ++j;
        continue;
      }
      break;
    }
    if (plural_seen && !(looks_plural(t) && !t.capitalized && !is_np_stop(t.lower))) {
      break;
    }
    // a people noun after a plural of things, with a verb of expectation after it, opens a
    // clause of its own: "the 140,000 jobs economists expected", "the 60 votes senators need"
    if (plural_seen && !tokens[j - 1].capitalized && !people_singular(t.lower).empty() &&
        people_singular(tokens[j - 1].lower).empty() && expecting_verb_at(tokens, j + 1, end)) {
      break;
    }
    // a possessive inside the phrase modifies the noun after it: "women's health care
    // providers", "sheriff’s office employees", "November’s payroll gains"
    if (const std::size_t after = possessive_end(text, tokens, j, end);
        after > 0 && after < end && is_word(tokens[after]) && !is_np_stop(tokens[after].lower) &&
        match_event(tokens, after, end).length == 0 && number_word_value(tokens[after].lower) < 0) {
      j = after;
      continue;
    }
    // "2,837 convicted sex offenders", "nine jailed asylum-seekers": a legal status before a
    // noun describes the people; it is not what happened to them here ("two wounded soldiers"
    // were wounded; a capitalised people plural too: "two jailed Americans", "5,000 imprisoned
    // Taliban")
    if (j == i && j + 1 < end && t.lower.ends_with("ed") && is_word(tokens[j + 1]) &&
        !is_np_stop(tokens[j + 1].lower) &&
        (!tokens[j + 1].capitalized ||
         (plural_head(tokens[j + 1]) && !people_singular(tokens[j + 1].lower).empty())) &&
        match_event(tokens, j + 1, end).length == 0) {
      const auto ev = match_event(tokens, j, end);
      if (ev.length == 1 && (ev.event == "sentence" || ev.event == "charge")) {
        ++j;
        continue;
      }
    }
    // "three gunshot wounds", "two stab wounds": after a number "wounds" is the noun counted,
    // not the verb
    if (t.lower == "wounds") {
      plural_seen = true;
      ++j;
      continue;
    }
    // "25 shoots", "14 jails and counties", "100 kills": a verb's "-s" right after a number
    // above one agrees with no plural subject, so it is the plural noun counted (not after a
    // name's number: "the loophole SB 27 closes")
    if (j == i && j > 0 && plural_number_before(tokens, j) && !t.capitalized &&
        t.lower.size() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss")) {
      const auto ev = match_event(tokens, j, end);
      if (ev.length == 1 && ev.role == EventRole::kVerb) {
        plural_seen = true;
        ++j;
        continue;
      }
    }
    // "One shot was fired", "a single shot rang out": "shot" before a verb of shots is the
    // noun counted, not what befell people
    if (j == i && t.lower == "shot" && shot_verb_follows(tokens, j + 1, end)) {
      np.first = j;
      np.last = j + 1;
      np.counted = std::string(span_text(text, tokens, j, j + 1));
      np.head = "shot";
      return np;
    }
    // "two critically injured troops", "three seriously wounded civilians": an adverb of
    // degree before the adjective
    if (j == i && !t.capitalized && is_ly_word(t.lower) && j + 1 < end &&
        (tokens[j + 1].lower == "wounded" || tokens[j + 1].lower == "injured")) {
      adjective_at = ++j;
      continue;
    }
    // "two death sentences", "three death row inmates", "death penalty cases": "death" as the
    // first part of a compound noun names no death
    if (t.lower == "death" && j + 1 < end && is_death_compound(tokens[j + 1].lower)) {
      ++j;
      continue;
    }
    if (const auto ev = match_event(tokens, j, end); ev.length > 0) {
      // "civilian deaths", "new cases": the event noun ends the phrase; "39 injured": an
      // adjective standing for people, only first
      const bool noun = ev.role == EventRole::kNoun;
      // ("nearly 300 murdered Christians", "two kidnapped girls", "11 slain worshippers": a
      // past participle right before the plural people it befell)
      const bool participle = ev.role == EventRole::kVerb && ev.length == 1 &&
                              (t.lower.ends_with("ed") || t.lower == "slain") && j + 1 < end &&
                              plural_head(tokens[j + 1]) &&
                              !people_singular(tokens[j + 1].lower).empty();
      const bool people_adjective = j == adjective_at && (ev.role == EventRole::kAdjective ||
                                                          t.lower == "wounded" ||
                                                          t.lower == "injured" || participle);
      // "two wounded soldiers", "three dead civilians": the adjective before a people noun
      std::size_t after = j + (t.lower == "wounded" || t.lower == "injured" ? 1 : ev.length);
      // past a capitalised adjective or two: "two wounded Turkish soldiers"
      std::size_t n = after;
      while (people_adjective && n < end && n < after + 3 && tokens[n].capitalized &&
             is_word(tokens[n]) && !plural_head(tokens[n])) {
        ++n;
      }
      if (n > after && n < end && n < after + 3 && !tokens[n].capitalized &&
          plural_head(tokens[n])) {
        after = n;
      }
      // ("four dissenting conservatives", "two dissenting votes": before any plural noun
      // that names no other event)
      const bool modifies = people_adjective && after < end && is_word(tokens[after]) &&
                            plural_head(tokens[after]) && !is_np_stop(tokens[after].lower) &&
                            (match_event(tokens, after, end).length == 0 ||
                             match_event(tokens, after, end).event == ev.event ||
                             !people_singular(tokens[after].lower).empty());
      if (modifies) {
        const auto person = people_singular(tokens[after].lower);
        np.event = ev.event;
        np.first = i;
        np.last = after + 1;
        np.counted = std::string(span_text(text, tokens, np.first, np.last));
        np.head = person.empty() ? singular_noun(tokens[after].lower) : std::string(person);
        return np;
      }
      if (noun || people_adjective) {
        np.event = ev.event;
        event_start = j;
        event_role = ev.role;
        j += noun ? ev.length : (t.lower == "wounded" || t.lower == "injured" ? 1 : ev.length);
      }
      break;
    }
    // "2,100 young people ages 16 to 29": an age range after the noun is not part of it
    if (j > i && (t.lower == "ages" || t.lower == "aged")) {
      break;
    }
    // "US" in capitals is the country ("two US military bases"), not the pronoun
    const bool country_us = t.lower == "us" && text.substr(t.begin, 2) == "US";
    // "Ten Immigration and Customs Enforcement agents": "and" inside a name
    const bool name_and = t.lower == "and" && j > i && tokens[j - 1].capitalized &&
                          j + 1 < end && tokens[j + 1].capitalized && is_word(tokens[j + 1]) &&
                          number_word_value(tokens[j + 1].lower) < 0;
    if (name_and) {
      ++j;
      continue;
    }
    // "four current and former officials", "past and present members": paired adjectives
    if (j + 2 < end && tokens[j + 1].lower == "and" &&
        ((t.lower == "current" && tokens[j + 2].lower == "former") ||
         (t.lower == "former" && tokens[j + 2].lower == "current") ||
         (t.lower == "past" && tokens[j + 2].lower == "present"))) {
      j += 3;
      continue;
    }
    // "1,000 government and military personnel", "local and foreign troops": two lower-case
    // modifiers joined before a plural head (not a plural before "and": "30 men and women";
    // nor words that name an event or a number)
    // (after more than one: "at least one guard and battling security forces")
    const bool after_one = i > 0 && (tokens[i - 1].lower == "one" || tokens[i - 1].lower == "1");
    if (!plural_seen && j < i + 2 && !after_one && modifiers_joined(tokens, j, end)) {
      j += 3;
      continue;
    }
    // "13 confirmed or suspected covid-19 deaths", "suspected and confirmed cases": two
    // participles of status, neither an event, joined before the head (a name after them
    // is an object: "758 praised or promoted Fox News"; an acronym is not: "COVID-19 cases")
    const auto status = [&](std::size_t n) {
      return n < end && is_word(tokens[n]) && !tokens[n].capitalized &&
             tokens[n].lower.ends_with("ed") && match_event(tokens, n, end).length == 0;
    };
    if (!plural_seen && j + 3 < end &&
        (tokens[j + 1].lower == "or" || tokens[j + 1].lower == "and") && status(j) &&
        status(j + 2) && is_word(tokens[j + 3]) &&
        (!tokens[j + 3].capitalized ||
         entity_tokens::is_acronym(span_text(text, tokens, j + 3, j + 4)))) {
      j += 3;
      continue;
    }
    if ((is_np_stop(t.lower) && !country_us) || unit_kind(t.lower) == UnitKind::kMonth) {
      break;
    }
    if (number_word_value(t.lower) > 0 && j == i) {
      break;
    }
    // "one victim remained in critical condition": a past tense after a people noun, before
    // punctuation or a stop word, is its verb (not "registered voters", "the long-term
    // unemployed")
    if (j > i && !t.capitalized && t.lower.ends_with("ed") &&
        !people_singular(tokens[j - 1].lower).empty() &&
        (j + 1 >= end || !is_word(tokens[j + 1]) || is_np_stop(tokens[j + 1].lower))) {
      break;
    }
    const bool collective_modifier = modifies_as_collective(tokens, j, end);
    // "Customs Enforcement agents": a capitalised plural inside a name is not the head
    // (more of the name, then a lower-case plural: not a headline's "Jobs Added In July")
    bool inside_name = false;
    for (std::size_t k = j + 1; t.capitalized && k < end && k < j + 5; ++k) {
      if (!is_word(tokens[k]) || (is_np_stop(tokens[k].lower) && tokens[k].lower != "and")) {
        break;
      }
      if (!tokens[k].capitalized && tokens[k].lower != "and") {
        inside_name = k > j + 1 && looks_plural(tokens[k]);
        break;
      }
    }
    // (a place's name is no plural: "two Texas prison sentences")
    plural_seen = plural_seen || (looks_plural(t) && !collective_modifier && !inside_name &&
                                  !is_known_place(t));
    ++j;
  }
  np.last = j;
  if (np.last == np.first) {
    return np;
  }
  // "42 linked to ...", "975 based on ...", "two critically": a lone participle or adverb
  // after a count is a verb or an adverb, not the counted noun
  if (np.last == np.first + 1 && np.event.empty()) {
    const auto& w = tokens[np.first].lower;
    const bool participle_or_adverb =
        w.size() > 4 && (w.ends_with("ed") || w.ends_with("ly")) && people_singular(w).empty();
    if (participle_or_adverb) {
      np.last = np.first;
      return np;
    }
  }
  // a possessive or a contraction with no noun after it is no part of the phrase: "two
  // groups he's", "Seventeen times it's"
  while (np.last > np.first && ends_possessive(tokens[np.last - 1].lower)) {
    --np.last;
  }
  if (np.last == np.first) {
    return np;
  }
  np.counted = std::string(span_text(text, tokens, np.first, np.last));
  np.head = singular_noun(tokens[np.last - 1].lower);
  if (event_role == EventRole::kNoun && (np.event == "kill" || np.event == "wound")) {
    // "400 civilian deaths": the people are the modifier; "two deaths", "11 fatalities": the
    // event noun itself is what is counted
    const auto p = event_start > np.first ? people_singular(tokens[event_start - 1].lower)
                                          : std::string_view{};
    if (!p.empty()) {
      np.head = std::string(p);
    }
  } else if (event_start == adjective_at && event_role != EventRole::kNoun) {
    // "six wounded", "43 Dead", "left 150 missing": headline ellipsis of people. The adjective
    // is the noun only as a subject: "39 injured were being treated".
    const auto& next = np.last < end ? tokens[np.last].lower : std::string{};
    const bool subject = next == "were" || next == "are" || next == "was" || next == "is" ||
                         next == "have" || next == "had" || next == "has";
    // "59 in custody have tested positive": a phrase of place is no noun, and as a subject it
    // leaves the event to the verb
    const bool place_phrase = tokens[event_start].lower == "in";
    if (!subject || place_phrase) {
      np.head = "people";
      np.ellipsis = !place_phrase;
      if (subject) {
        np.event = {};
      }
    }
  }
  return np;
}

}  // namespace tally::figure_parts
