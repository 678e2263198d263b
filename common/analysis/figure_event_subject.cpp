// What stands between a counted phrase and its verb chain: an aside (", including three
// children,", "(mostly civilians)", "— a father and son —"), a reporting frame set off by
// commas (", police said,"), a coordinated noun ("and other buildings"), a relative clause
// ("who had died earlier"), a place phrase ("on board"), a participle phrase ("walking his
// dog"), an adverb of place ("there").


#include "common/analysis/attribution_words.hpp"
#include "common/analysis/figure_parts.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {

bool is_subject_pronoun(std::string_view w) {
  return w == "they" || w == "he" || w == "she" || w == "it" || w == "we";
}

bool is_relative_pronoun(std::string_view w) {
  return w == "who" || w == "that" || w == "which";
}

namespace {

// A relative clause that says who they were, not what befell them: "three people who attended
// events at the club have tested positive", "two men who were inside the home were killed".
// "after", "when": a conjunction that opens a clause of time inside another.
bool is_time_conjunction(std::string_view w) {
  return w == "after" || w == "before" || w == "when" || w == "while" || w == "since" ||
         w == "until" || w == "once";
}

// From its verb at `v`, the auxiliary that opens the main predicate after it, within a few
// words and before any new subject, number or clause break; else `from`, unchanged.
std::size_t past_relative_clause(const std::vector<Token>& tokens, std::size_t v, std::size_t end,
                                 std::size_t from) {
  constexpr std::size_t kClauseWords = 12;
  // the clause's own verb first: not "one that may have shot", "who could be"; and no subject
  // of its own ("one that Trump has been charged with", "one who it was believed died")
  if (v >= end || !is_word(tokens[v]) || tokens[v].capitalized ||
      is_modal_word(tokens[v].lower) || is_auxiliary_word(tokens[v].lower) ||
      is_determiner_word(tokens[v].lower) || is_subject_pronoun(tokens[v].lower) ||
      tokens[v].lower == "i" || tokens[v].lower == "you") {
    return from;
  }
  for (std::size_t j = v + 1; j < end && j < v + kClauseWords; ++j) {
    if (!is_word(tokens[j])) {
      return from;  // punctuation or a number ends the clause's reach
    }
    const auto& w = tokens[j].lower;
    // (a time clause inside it has a subject of its own: "An ER doctor who continued to treat
    // patients after she recovered from Covid-19 has died"; its auxiliary is its own: "after
    // she had recovered")
    const bool time_clause = is_subject_pronoun(w) && is_time_conjunction(tokens[j - 1].lower);
    if (is_relative_pronoun(w) || (is_subject_pronoun(w) && !time_clause) || w == "and" ||
        w == "or" || w == "but" || number_word_value(w) > 0) {
      return from;
    }
    if ((w == "have" || w == "has" || w == "had" || w == "were" || w == "was" || w == "are") &&
        !is_subject_pronoun(tokens[j - 1].lower)) {
      return j;
    }
  }
  return from;
}

// From the object of a relative clause's verb at `o`, the auxiliary that opens the main
// predicate within a few words ("who killed two people was shot dead"), before any
// punctuation, conjunction or new clause; else `from`.
std::size_t predicate_after_object(const std::vector<Token>& tokens, std::size_t o,
                                   std::size_t end, std::size_t from) {
  constexpr std::size_t kObjectWords = 8;
  for (std::size_t j = o; j < end && j < o + kObjectWords; ++j) {
    const auto& w = tokens[j].lower;
    if (tokens[j].shape == TokenShape::kPunct || is_relative_pronoun(w) ||
        is_subject_pronoun(w) || w == "and" || w == "or" || w == "but") {
      return from;
    }
    if (w == "was" || w == "were" || w == "has" || w == "have" || w == "had") {
      return j;
    }
  }
  return from;
}

// An appositive that names those counted, from the comma at `k`: "two Japanese hostages,
// Kenji Goto and Haruna Yukawa, were beheaded", "four Americans, Chris Stevens, Sean Smith,
// Tyrone Woods and Glen Doherty, were killed". Capitalised words, commas and one "and",
// closed by a comma before a lower-case word; the position after that comma, else `k`.
std::size_t past_named_list(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  if (k + 1 >= end || !is_punct(tokens[k], ',') || !tokens[k + 1].capitalized) {
    return k;
  }
  bool saw_and = false;
  for (std::size_t j = k + 1; j + 1 < end && j < k + kAsideTokens; ++j) {
    const Token& t = tokens[j];
    if (is_punct(t, ',')) {
      if (saw_and && is_word(tokens[j + 1]) && !tokens[j + 1].capitalized) {
        return j + 1;
      }
      continue;
    }
    // "Sean Smith and Glen Doherty", or with a serial comma "Sean Smith, and Glen Doherty"
    if (t.lower == "and" && !saw_and &&
        (tokens[j - 1].capitalized ||
         (is_punct(tokens[j - 1], ',') && tokens[j - 2].capitalized))) {
      saw_and = true;
      continue;
    }
    if (!t.capitalized && !is_punct(t, '.')) {
      return k;
    }
  }
  return k;
}

// The word at k, after a comma, opens an aside on what those counted are: ", including three
// children,", ", all women,", ", mainly civilians,", ", the vast majority soldiers,", ", the
// majority of them children,", or more of them: ", along with three civilians,".
bool opens_aside(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  static const WordSet kOpeners = {
      "including", "among", "all", "both", "mostly", "most", "many", "mainly", "largely",
      "chiefly", "primarily", "predominantly", "half"};
  static const WordSet kMajority = {"majority", "vast", "bulk",
                                                                 "overwhelming"};
  const auto& w = tokens[k].lower;
  // ", along with three civilians,", ", together with", ", as well as": more of them
  return alongside_words(tokens, k, end) > 0 || kOpeners.contains(w) ||
         (w == "the" && k + 1 < end && kMajority.contains(tokens[k + 1].lower));
}

// Past a reporting frame set off by commas at k: "At least 40 people, police said, were
// killed" (the words before the verb its speaker, no punctuation among them). The frame is
// read again here, from the tokens alone; attribution.cpp's `parenthetical` reads the same
// frame for its source, and there a clause of its own after it ("and", "who") ends what the
// frame covers, while here the counted noun reaches past the frame whatever follows ("a man,
// Paulson said, who was arrested", "Two men, police said, and a woman were arrested").
std::size_t past_saying(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  constexpr std::size_t kMaxSpeakerWords = 5;
  if (k + 2 >= end || !is_punct(tokens[k], ',')) {
    return k;
  }
  for (std::size_t j = k + 2; j + 1 < end && j <= k + 1 + kMaxSpeakerWords; ++j) {
    if (!is_word(tokens[j - 1])) {
      return k;
    }
    if (!tokens[j].capitalized && attribution_words::is_speech_verb(tokens[j].lower) &&
        !attribution_words::is_noun_too(tokens[j].lower) && is_punct(tokens[j + 1], ',')) {
      return j + 2;
    }
  }
  return k;
}

// An appositive that names or describes those counted, from the comma at `k`: "a man,
// identified as Rayshard Brooks, was shot", "a police officer, identified Friday as Xavier
// Jugele, was shot", "a woman, whose name was not released, died". It opens with a participle
// of naming (after an adverb: "later identified") or "whose", and closes at the comma before
// the predicate: an auxiliary or an event verb, after an adverb or not ("later died"); the
// comma of an age or a hometown goes on ("identified as John Smith, 45, of Akron, was"). The
// position after that comma, else `k`.
std::size_t past_naming_aside(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  static const WordSet kNaming = {"identified", "named", "described", "known", "listed",
                                  "pictured", "whose"};
  static const WordSet kAdverbs = {"later", "since", "previously", "initially", "also",
                                   "publicly", "formally", "officially", "then"};
  if (k + 2 >= end || !is_punct(tokens[k], ',')) {
    return k;
  }
  std::size_t j = k + 1;
  if (kAdverbs.contains(tokens[j].lower)) {
    ++j;
  }
  if (!kNaming.contains(tokens[j].lower)) {
    return k;
  }
  // (a clause of "whose" has its own verb: not "Jalen, whose brother, Zaire, died", where the
  // brother died)
  const bool whose = tokens[j].lower == "whose";
  bool own_verb = false;
  const auto predicate = [&](std::size_t at) {
    if (at + 1 < end && kAdverbs.contains(tokens[at].lower)) {
      ++at;
    }
    const auto& w = tokens[at].lower;
    const auto ev = match_event(tokens, at, end);
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" ||
           w == "had" ||
           (ev.length > 0 && (ev.role == EventRole::kIntransitive || ev.role == EventRole::kVerb));
  };
  for (++j; j + 1 < end && j < k + kAsideTokens; ++j) {
    if (tokens[j].shape == TokenShape::kPunct && !is_punct(tokens[j], ',') &&
        !is_punct(tokens[j], '.') && !is_quote(tokens[j])) {
      return k;  // (a dash, a parenthesis or a stop: not this aside)
    }
    if (is_punct(tokens[j], ',') && predicate(j + 1) && (!whose || own_verb)) {
      return j + 1;
    }
    own_verb = own_verb || (!is_punct(tokens[j], ',') && predicate(j));
  }
  return k;
}

std::size_t skip_aside(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  // skip a parenthetical: ", including three children," "(mostly civilians)", an appositive
  // ", all women,", a reporting frame ", police said,"
  if (k + 1 < end && is_punct(tokens[k], ',') && opens_aside(tokens, k + 1, end)) {
    std::size_t j = k + 2;
    while (j < end && !is_punct(tokens[j], ',')) {
      ++j;
    }
    k = j < end ? j + 1 : j;
  } else if (k + 1 < end && is_punct(tokens[k], ',') &&
             (tokens[k + 1].shape == TokenShape::kNumber ||
              number_word_value(tokens[k + 1].lower) > 0)) {
    // an appositive that breaks the count down: "Nine other people, four civilians and five
    // police officers, were taken to hospitals"
    std::size_t j = k + 2;
    while (j < end && !is_punct(tokens[j], ',') && j < k + 12) {
      ++j;
    }
    if (j < end && is_punct(tokens[j], ',')) {
      k = j + 1;
    }
  } else if (const std::size_t said = past_saying(tokens, k, end); said != k) {
    k = said;
  } else if (const std::size_t named = past_named_list(tokens, k, end); named != k) {
    k = named;
  } else if (const std::size_t naming = past_naming_aside(tokens, k, end); naming != k) {
    k = naming;
  } else if (k < end && is_aside_dash(tokens, k)) {
    // an aside between dashes: "two men — a 63-year-old father and 29-year-old son — died",
    // "four Americans — Ambassador Christopher Stevens, ... and Glen Doherty — were killed",
    // "a family of six - two great-grandparents and four children - drowned"
    std::size_t j = k + 1;
    while (j < end && j < k + kAsideTokens && !is_aside_dash_like(tokens, j, tokens[k].lower)) {
      ++j;
    }
    if (j < end && j < k + kAsideTokens) {
      k = j + 1;
    }
  } else if (k < end && is_punct(tokens[k], '(')) {
    std::size_t j = k + 1;
    while (j < end && !is_punct(tokens[j], ')')) {
      ++j;
    }
    k = j < end ? j + 1 : j;
  }
  return k;
}

std::size_t skip_coordinated_noun(const std::vector<Token>& tokens, std::size_t k,
                                  std::size_t end) {
  // a coordinated noun: "800 homes and other buildings were destroyed"
  if (k + 1 < end && (tokens[k].lower == "and" || tokens[k].lower == "or")) {
    std::size_t j = k + 1;
    if (j < end && (tokens[j].lower == "other" || tokens[j].lower == "more")) {
      ++j;
    }
    // "three citizens and the gunman were killed": a determined singular joins them
    const bool determined = j < end && (tokens[j].lower == "the" || tokens[j].lower == "a" ||
                                        tokens[j].lower == "an" || tokens[j].lower == "his" ||
                                        tokens[j].lower == "her" || tokens[j].lower == "their");
    if (determined) {
      ++j;
    }
    const std::size_t noun_from = j;
    const auto noun_run = [&](std::size_t from) {
      while (j < end && j < from + 3 && is_word(tokens[j]) && !is_np_stop(tokens[j].lower) &&
             match_event(tokens, j, end).length == 0) {
        ++j;
      }
    };
    noun_run(noun_from);
    // and its "of" phrase: "Two Argentine citizens and an unspecified number of Mexicans were
    // among the dead"
    if (determined && j > noun_from && j + 1 < end && tokens[j].lower == "of") {
      const std::size_t of_at = j++;
      noun_run(of_at + 1);
      j = j > of_at + 1 ? j : of_at;
    }
    if (j > noun_from && j < end && (plural_head(tokens[j - 1]) || determined) &&
        (tokens[j].lower == "were" || tokens[j].lower == "have" || tokens[j].lower == "had" ||
         tokens[j].lower == "are" ||
         match_event(tokens, j, end).length > 0)) {
      k = j;
    }
  }
  return k;
}

std::size_t skip_relative_clause(const std::vector<Token>& tokens, std::size_t k,
                                 std::size_t end) {
  // a relative clause of what befell them: "241,000 residents who fled the island", "people
  // who died" (not "Republicans who voted for the bill have canceled ...")
  if (k + 1 < end && (tokens[k].lower == "who" || tokens[k].lower == "that")) {
    // through auxiliaries: "two soldiers who had died earlier"
    std::size_t v = k + 1;
    while (v + 1 < end && (tokens[v].lower == "had" || tokens[v].lower == "have" ||
                           tokens[v].lower == "has")) {
      ++v;
    }
    // and a passive: "the five soldiers who were killed", "those who have been arrested"
    // (a participle: not "states that had been missing")
    // (past only: "who is close", "that are close" say where they stand, not what befell them)
    // ("who became infected": a becoming is a passive too)
    const bool passive = v + 1 < end && (tokens[v].lower == "been" || tokens[v].lower == "were" ||
                                         tokens[v].lower == "was" || tokens[v].lower == "became");
    if (passive) {
      ++v;
    }
    // (an adjective after a copula too: "38 people who were dead upon arrival")
    const auto ev = match_event(tokens, v, end);
    const bool copula_adjective =
        passive && ev.role == EventRole::kAdjective && tokens[v - 1].lower != "been";
    if (ev.length > 0 && (!passive || ev.role == EventRole::kVerb || copula_adjective) &&
        ev.event != "vote" && ev.event != "attend" && ev.event != "win" &&
        ev.event != "protest" && ev.event != "employ" && ev.event != "hire") {
      // what befell them next, straight after the clause: "one protester who was shot died"
      const auto next = match_event(tokens, v + ev.length, end);
      k = next.length > 0 && next.role != EventRole::kNoun && next.event != ev.event
              ? v + ev.length
              : k + 1;
      // what they did to others says who they were: "a gunman who killed two people was shot
      // dead"
      if (!passive && ev.role == EventRole::kVerb && takes_object(tokens, v + ev.length, end)) {
        k = predicate_after_object(tokens, v + ev.length, end, k);
      }
      // an intransitive's object ("who contracted the disease") tells what befell them, unless
      // the main predicate after it names what befell them since: "Two U.N. staffers who
      // contracted the disease have died"
      if (!passive && ev.role == EventRole::kIntransitive &&
          takes_object(tokens, v + ev.length, end)) {
        const std::size_t main = predicate_after_object(tokens, v + ev.length, end, k);
        if (main != k && !event_after(tokens, main, end).event.empty()) {
          k = main;
        }
      }
    } else {
      k = past_relative_clause(tokens, v, end, k);
    }
  }
  return k;
}

std::size_t skip_place_phrase(const std::vector<Token>& tokens, std::size_t k,
                              std::size_t end) {
  // skip a short place phrase that ends at an auxiliary: "68 people on board were killed",
  // "two employees in Mississippi were killed", "Seven members of the 2nd Marine Expeditionary
  // Force were killed"
  // ("one contractor for the department was killed", "two soldiers with the 82nd Airborne")
  if (k < end && (is_place_preposition(tokens[k].lower) || tokens[k].lower == "of" ||
                  tokens[k].lower == "for" || tokens[k].lower == "with")) {
    // ("Nine members of a Mormon community of dual U.S.-Mexican citizens were killed": up to
    // eleven tokens, a hyphen joining two words)
    // (and the stop of an abbreviation inside it: "in the Minneapolis-St. Paul area", "at Acme
    // Co. were")
    const auto abbreviation_stop = [&](std::size_t j) {
      if (!is_punct(tokens[j], '.') || tokens[j].space_before || !is_word(tokens[j - 1]) ||
          !tokens[j - 1].capitalized) {
        return false;
      }
      // (the part after a hyphen: "Minneapolis-St.")
      return hyphen_tail(tokens[j - 1].lower).size() <= 3;
    };
    const auto in_phrase = [&](std::size_t j) {
      return is_word(tokens[j]) || tokens[j].shape == TokenShape::kNumber ||
             abbreviation_stop(j) ||
             (is_punct(tokens[j], '-') && j + 1 < end && is_word(tokens[j + 1]));
    };
    for (std::size_t j = k + 1; j < end && j < k + 12 && in_phrase(j); ++j) {
      const auto& w = tokens[j].lower;
      if (w == "was" || w == "were" || w == "is" || w == "are" || w == "had" || w == "have" ||
          w == "has") {
        k = j;
        break;
      }
      const bool names_joined = (w == "and" || w == "or") && j + 1 < end &&
                                tokens[j + 1].capitalized;  // "the Ravens and Jaguars"
      // (nor past a clause of its own, "at the facility where James died"; none of these words
      // starts an event, so they are tested before the lexicon is)
      // ("an officer in the St. Louis area since Brown was killed": nor past a conjunction)
      if (is_relative_pronoun(w) || w == "where" || w == "when" || w == "whose" ||
          w == "since" || w == "after" || w == "before" || w == "while" || w == "because" ||
          w == "until" || w == "if" ||
          ((w == "and" || w == "or") && !names_joined)) {
        break;
      }
      // "Over a dozen members of the Ravens knelt": an intransitive event ends the phrase
      const auto ev = match_event(tokens, j, end);
      if (ev.length > 0 && ev.role == EventRole::kIntransitive && j > k + 1) {
        k = j;
        break;
      }
      if (ev.length > 0) {
        break;
      }
    }
    // and a parenthetical after it: "Three members of Congress, including two House
    // lawmakers, have tested positive"
    std::size_t j = k + 1;
    while (j < end && j < k + 6 && is_word(tokens[j]) && tokens[j].capitalized) {
      ++j;
    }
    if (j + 1 < end && j > k + 1 && is_punct(tokens[j], ',') &&
        (tokens[j + 1].lower == "including" || tokens[j + 1].lower == "among")) {
      std::size_t close = j + 2;
      while (close < end && close < j + 14 && !is_punct(tokens[close], ',')) {
        ++close;
      }
      if (close + 1 < end && is_punct(tokens[close], ',') &&
          (tokens[close + 1].lower == "have" || tokens[close + 1].lower == "has" ||
           tokens[close + 1].lower == "were" || tokens[close + 1].lower == "had")) {
        k = close + 1;
      }
    }
  }
  return k;
}

std::size_t skip_participle_phrase(const std::vector<Token>& tokens, std::size_t k,
                                   std::size_t end) {
  // a participle phrase that ends at a passive of what befell them: "A man walking his dog
  // was killed", "Two men protesting in the city were shot dead" (not "200 people protesting
  // the ruling", whose event the participle is)
  // (nor a participle that takes a clause: "a witness proving Seth Rich was murdered"; nor
  // one whose phrase holds a clause: "a man wearing shorts as he was fleeing")
  // (a clause opener of reporting.tsv, or "where", "until", "whether")
  const auto opens_clause = [](std::string_view w) {
    return attribution_words::is_clause_opener(w) || w == "where" || w == "until" ||
           w == "whether";
  };
  constexpr std::size_t kPhraseWords = 8;
  if (k >= end || !is_word(tokens[k]) || tokens[k].capitalized || tokens[k].lower.size() < 5) {
    return k;
  }
  // or a past participle and its preposition, naming no event itself: "a woman associated
  // with the company was charged", "a man armed with a knife was shot"
  static const WordSet kPrepositions = {"with", "in", "by", "to", "from", "for", "at", "on"};
  const bool past = tokens[k].lower.ends_with("ed") && k + 1 < end &&
                    kPrepositions.contains(tokens[k + 1].lower) &&
                    match_event(tokens, k, end).length == 0;
  if ((!past && !tokens[k].lower.ends_with("ing")) || is_clause_participle(tokens[k].lower)) {
    return k;
  }
  for (std::size_t j = k + 1; j + 1 < end && j <= k + kPhraseWords; ++j) {
    const Token& t = tokens[j];
    // (nor a phrase with a verb of saying or belief: "An officer involved in the arrest
    // believes Gray was injured")
    if (!is_word(t) || is_relative_pronoun(t.lower) || is_subject_pronoun(t.lower) ||
        opens_clause(t.lower) || t.lower == "and" || t.lower == "or" ||
        attribution_words::is_speech_verb(t.lower) || attribution_words::is_belief_verb(t.lower)) {
      return k;
    }
    const bool perfect = (t.lower == "have" || t.lower == "has" || t.lower == "had") &&
                         tokens[j + 1].lower == "been";
    if (!perfect && t.lower != "was" && t.lower != "were") {
      continue;
    }
    // the verb chain from there, as for any counted noun ("were later shot dead", "were among
    // those killed"); event_after may come back here through skip_to_predicate, at j, an
    // auxiliary, where this returns at once; the caller reads the chain at j once more
    return event_after(tokens, j, end).event.empty() ? k : j;
  }
  return k;
}

}  // namespace

std::size_t skip_to_predicate(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  // an adverb of place before a verb: "463 people there have died", "five people nationwide
  // were killed"
  if (k + 1 < end && is_place_adverb(tokens[k].lower) && is_word(tokens[k + 1])) {
    ++k;
  }
  // one aside, or two in a row: "Seven others, all male, including a 9-year-old boy, were
  // wounded"
  if (const std::size_t past = skip_aside(tokens, k, end); past != k) {
    k = past;
    // (not one that says what befell them: ", both arrested in 2014,")
    if (is_punct(tokens[k - 1], ',') && k + 1 < end && opens_aside(tokens, k, end) &&
        match_event(tokens, k + 1, end).length == 0) {
      const std::size_t again = skip_aside(tokens, k - 1, end);
      k = again < end ? again : k;
    }
  }
  k = skip_coordinated_noun(tokens, k, end);
  k = skip_relative_clause(tokens, k, end);
  k = skip_place_phrase(tokens, k, end);
  return skip_participle_phrase(tokens, k, end);
}

}  // namespace tally::figure_parts
