// The event words around a counted phrase: the verb chain after it ("were later killed") and
// the verb before the number ("killed at least 29"). Their mood: figure_mood.cpp; what stands
// between the phrase and its verbs: figure_event_subject.cpp.

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/date_words.hpp"
#include "common/analysis/figure_parts.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

// Words before a bare "close" that make it the adjective: "had close contact", "very close",
// "came close".
bool is_near_close_word(std::string_view w) {
  return w == "had" || w == "has" || w == "have" || w == "having" || w == "very" ||
         w == "so" || w == "too" || w == "particularly" || w == "come" || w == "comes" ||
         w == "came" || w == "coming" || w == "getting";
}

// A lower-case adverb of manner that may stand inside a verb chain: "unintentionally",
// "wrongly", "accidentally", "safely" (not "only", "early", "family", "daily", "July", nor
// "nearly", "barely", "hardly" or "likely", which undo or hedge what follows).
bool is_manner_adverb(const Token& t) {
  static const WordSet kShort = {"safely"};  // the manner adverbs of six letters or fewer
  return is_word(t) && !t.capitalized &&
         ((t.lower.size() > 6 && t.lower.ends_with("ly")) || kShort.contains(t.lower));
}

// "kidnapped, tortured and murdered", "abducted and killed": a series of what befell them
// that ends in their death counts the dead. Returns the end of the killing verb, else 0.
std::size_t killed_in_series(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  for (int items = 0; items < 4 && k < end; ++items) {
    if (is_punct(tokens[k], ',')) {
      ++k;
    }
    const bool last = k < end && (tokens[k].lower == "and" || tokens[k].lower == "or");
    if (last) {
      ++k;
    }
    // not a hedge: "missing or feared dead"
    if (k >= end || !is_word(tokens[k]) || !tokens[k].lower.ends_with("ed") ||
        tokens[k].lower == "feared" || tokens[k].lower == "believed" ||
        tokens[k].lower == "presumed") {
      return 0;
    }
    const auto ev = match_event(tokens, k, end);
    if (ev.length > 0 && ev.event == "kill" && ev.role != EventRole::kNoun) {
      return last ? k + ev.length : 0;
    }
    if (last) {
      return 0;
    }
    k += ev.length > 0 ? ev.length : 1;
  }
  return 0;
}

// The count at `b` is the subject of a clause of its own: an auxiliary (is_auxiliary_word's
// list, adverbs that stand among auxiliaries too) or a verb of saying within its next few
// words ("... and 1,400 said they were attending", "and 12 people were hurt"), before any
// punctuation, number or relative word.
bool subject_of_own_clause(const std::vector<Token>& tokens, std::size_t b) {
  for (std::size_t k = b + 1; k < tokens.size() && k < b + 6 && is_word(tokens[k]); ++k) {
    const auto& w = tokens[k].lower;
    if (is_relative_pronoun(w)) {
      return false;
    }
    if (is_auxiliary_word(w) || attribution_words::is_speech_verb(w)) {
      return true;
    }
  }
  return false;
}

// An event verb phrase of up to `longest` tokens that ends at token `b`, with its mood.
EventFound verb_ending_at(const std::vector<Token>& tokens, std::size_t first, std::size_t b,
                          std::size_t longest) {
  EventFound found;
  for (std::size_t len = longest; len >= 1; --len) {
    if (b < first + len) {
      continue;
    }
    const std::size_t start = b - len;
    const auto ev = match_event(tokens, start, b);
    if (ev.length == len && ev.role == EventRole::kVerb) {
      found.event = ev.event;
      found.first = start;
      found.last = b;
      // (a phrase that holds its own negation states an inability as a fact: "could not
      // account for 1,475 children")
      found.mood = is_negation_word(tokens[start].lower) ? Mood::kFactual
                                                         : mood_before(tokens, first, start);
      return found;
    }
  }
  return found;
}

// A determiner that opens a coordinated object: an article or a possessive.
bool opens_object(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || is_possessive_determiner(w) || w == "my" ||
         w == "your";
}

// The event verb (of one or two words) right before a short noun phrase that a determiner
// opens and the "and" at `and_at` closes: "killing [his sister] and", "wounded [a local
// policeman] and". Not a noun or a preposition before the determiner ("control of the chamber
// and 23 seats"), nor a phrase with a count of its own ("won the backing of four governors and
// 20 members": a list), nor a count that opens a clause of its own.
EventFound event_of_coordinated_object(const std::vector<Token>& tokens, std::size_t first,
                                       std::size_t and_at) {
  if (subject_of_own_clause(tokens, and_at + 1)) {
    return {};
  }
  std::size_t opener = and_at;
  while (opener > first && opener + 5 > and_at && is_word(tokens[opener - 1]) &&
         !tokens[opener - 1].capitalized && !opens_object(tokens[opener - 1].lower) &&
         number_word_value(tokens[opener - 1].lower) < 0) {
    --opener;
  }
  if (opener == and_at || opener <= first + 1 || !opens_object(tokens[opener - 1].lower)) {
    return {};
  }
  return verb_ending_at(tokens, first, opener - 1, 2);
}

// The word at `k`, after "missing", opens its object: a lower-case word that is no
// preposition, conjunction, adverb or time ("missing rent payments", "missing school"; not
// "missing since Friday", "missing in action", "missing and presumed dead").
bool missing_with_object(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  static const WordSet kNotObject = {
      "in",     "since",   "after",  "for",     "from",      "at",      "on",      "and",
      "or",     "but",     "during", "near",    "off",       "while",   "following", "until",
      "amid",   "when",    "as",     "by",      "with",      "without", "to",      "inside",
      "outside", "overnight", "today", "yesterday", "tonight", "again",  "still",   "too",
      "there",  "here",    "out",    "across",  "along",     "before",  "despite", "is",
      "are",    "was",     "were",   "has",     "have",      "had",     "who",     "which",
      "that",   "persons", "person", "more",    "now",       "each",    "every",   "this",
      "last",   "per"};
  if (k >= end || !is_word(tokens[k]) || tokens[k].capitalized) {
    return false;
  }
  const auto& w = tokens[k].lower;
  return !kNotObject.contains(w) && !w.ends_with("ly") && !date_words::is_full_weekday_name(w);
}

}  // namespace

// An object starts at token k: "killed 5 people", "killed at least 5", "killed a guard",
// "killed himself". A participle is followed by something else: "five people killed in".
bool takes_object(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  static const WordSet kStarts = {
      "a", "an", "another", "the", "his", "her", "their", "its", "more", "dozens", "hundreds",
      "scores", "thousands", "tens", "millions", "billions", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "himself", "herself", "themselves", "him", "them",
      "one", "several", "some", "nearly", "almost", "over", "about", "around"};
  if (k >= end) {
    return false;
  }
  const auto& w = tokens[k].lower;
  // a name: "an officer fatally shot Michael Brown" (not a day: "were killed Monday"; not in
  // a title-case headline: "Forces Killed After ...")
  const bool name = k > 0 && !tokens[k - 1].capitalized && tokens[k].capitalized &&
                    tokens[k].shape == TokenShape::kWord &&
                    unit_kind(w) != UnitKind::kMonth && !date_words::is_full_weekday_name(w);
  return tokens[k].shape == TokenShape::kNumber || kStarts.contains(w) || name ||
         (w == "at" && k + 1 < end && tokens[k + 1].lower == "least");
}

// People in general, with no determiner, at token k: the object of the verb before it, "the
// viruses that infect humans", "who kill civilians" (a plural of the people lexicon). A verb
// before its noun is no event of the count either: "two jail guards", "four arresting
// officers" (a participle that befell its people is read with them: "11 slain worshippers").
bool people_object(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  if (k >= end || !is_word(tokens[k]) || tokens[k].capitalized) {
    return false;
  }
  const auto& w = tokens[k].lower;
  return (w.ends_with("s") || w == "people") && !people_singular(w).empty();
}

// Token k is a participle of what befell the subject, with no event of its own, before "and"
// or "or", and the verb chain goes on after it: "were struck and killed", "were caught and
// shot", "were struck and later died", "were burglarized or damaged" (not "three men got out
// and stabbed": they did it).
bool participle_before_and(const std::vector<Token>& tokens, std::size_t k) {
  static const WordSet kIrregular{"struck", "hit",   "caught", "found", "thrown",
                                  "beaten", "bitten", "taken", "held",  "cut"};
  const auto& w = tokens[k].lower;
  return is_word(tokens[k]) && (w.ends_with("ed") || kIrregular.contains(w));
}

// "face murder charges", "are facing two counts of", "faces aiding and abetting murder
// charges": a verb of facing at k and the charges it faces within a few words; the token after
// them, else 0. "possible" or "potential" charges are not yet brought: `possible` says so.
std::size_t faces_charges(const std::vector<Token>& tokens, std::size_t k, std::size_t end,
                          bool& possible) {
  constexpr std::size_t kReach = 6;
  static const WordSet kFace = {"face", "faces", "facing", "faced"};
  static const WordSet kCharges = {"charge", "charges", "count", "counts", "indictment",
                                   "indictments"};
  if (!kFace.contains(tokens[k].lower)) {
    return 0;
  }
  possible = false;
  for (std::size_t j = k + 1; j < end && j <= k + kReach && is_word(tokens[j]); ++j) {
    const auto& w = tokens[j].lower;
    if (kCharges.contains(w)) {
      return j + 1;
    }
    // (not past a preposition: "the time one could face for the charges")
    if (w == "for" || w == "in" || w == "on" || w == "at" || w == "from" || w == "to" ||
        w == "over" || w == "after" || w == "by") {
      return 0;
    }
    possible = possible || w == "possible" || w == "potential";
  }
  return 0;
}

EventFound event_after(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  EventFound found;
  k = skip_to_predicate(tokens, k, end);
  const std::size_t chain_start = k;
  Mood mood = Mood::kFactual;
  bool infinitive = false;
  bool hedge = false;
  bool passive = false;  // "were", "been": what follows befalls the subject
  bool past_passive = false;  // not the rule of "a player is formally charged"
  bool compelled = false;  // "were ordered to evacuate", "were forced to flee": it was done
  while (k < end && (is_word(tokens[k]) || is_quote(tokens[k]))) {
    if (is_quote(tokens[k])) {
      ++k;  // a quoted predicate: 39 homes were "totally destroyed"
      continue;
    }
    // "Two Argentine citizens were among the dead", "among those killed", "among 12 people
    // killed", "among the 29 soldiers killed": some of those the event befell
    // (and with no verb, in a headline or a list: "2 Americans, 10 children among at least 84
    // killed", "Two Americans among the dead were identified")
    if ((passive || k == chain_start) && tokens[k].lower == "among") {
      std::size_t e = k + 1;
      if (e < end && (tokens[e].lower == "the" || tokens[e].lower == "those")) {
        ++e;
      }
      if (e + 1 < end && ((tokens[e].lower == "at" && tokens[e + 1].lower == "least") ||
                          (tokens[e].lower == "more" && tokens[e + 1].lower == "than"))) {
        e += 2;
      } else if (e < end && (tokens[e].lower == "some" || tokens[e].lower == "nearly" ||
                             tokens[e].lower == "about" || tokens[e].lower == "over")) {
        ++e;
      }
      if (e + 1 < end && (tokens[e].shape == TokenShape::kNumber ||
                          number_word_value(tokens[e].lower) > 0)) {
        e += is_word(tokens[e + 1]) && match_event(tokens, e + 1, end).length == 0 ? 2U : 1U;
      }
      const auto among = e > k + 1 && e < end ? match_event(tokens, e, end) : EventMatch{};
      if (among.length > 0 && (among.role == EventRole::kAdjective ||
                               (among.role == EventRole::kVerb &&
                                tokens[e].lower.ends_with("ed")))) {
        k = e;  // ("among the injured")
        continue;
      }
    }
    const auto ev = match_event(tokens, k, end);
    // "one Republican close to the leadership", "had been close to him", "the races were
    // close", "who had close contact", "comes close": near, not shut (shut after "be" or
    // "have" is "closed")
    if (tokens[k].lower == "close" &&
        ((k + 1 < end && tokens[k + 1].lower == "to") ||
         (k > 0 && (is_passive_auxiliary(tokens[k - 1].lower) ||
                    is_near_close_word(tokens[k - 1].lower))))) {
      return found;
    }
    // "Two gunmen killed 5 people": the counted ones did it. Those who attend, win, vote or
    // protest are the subjects of their events, and so are those who evacuate ("200,000 people
    // evacuated their homes"), but not those who rescue ("Some 30 firefighters rescued 12
    // people": rescued people are evacuate too).
    // "Two parishioners drew their weapons": who draws a crowd is not in it
    if (ev.event == "attend" && k == chain_start &&
        (tokens[k].lower.starts_with("drew") || tokens[k].lower.starts_with("draw"))) {
      return found;
    }
    const bool evacuee = ev.event == "evacuate" && !tokens[k].lower.starts_with("rescu");
    const bool agent_verb = ev.length > 0 && ev.role == EventRole::kVerb &&
                            ev.event != "attend" && ev.event != "win" && ev.event != "vote" &&
                            !evacuee && ev.event != "protest" && ev.event != "strike";
    if (agent_verb) {
      // ("A gunman shot and wounded a boy": the object after a second verb)
      std::size_t object_at = k + ev.length;
      if (object_at + 1 < end &&
          (tokens[object_at].lower == "and" || tokens[object_at].lower == "or")) {
        const auto second = match_event(tokens, object_at + 1, end);
        if (second.length > 0 && second.role == EventRole::kVerb) {
          object_at += 1 + second.length;
        }
      }
      // (and a perfect: "Two gunmen have killed five people")
      if ((k == chain_start || !passive) && (takes_object(tokens, object_at, end) ||
                                              (object_at == k + ev.length &&
                                               people_object(tokens, object_at, end)))) {
        return found;
      }
      // "20 members were planning to hire": the subject of an active infinitive does it (not
      // "are expected to be killed", "to attend"; "forced 14 clinics to close" is what befalls
      // them)
      if (ev.event != "close" && k > chain_start && tokens[k - 1].lower == "to" &&
          !tokens[k].lower.ends_with("ed")) {
        return found;
      }
    }
    // "Thousands of tenants have been missing rent payments", "were missing school": missing
    // with an object is failing to make or attend something, not being lost
    if (ev.event == "missing" && ev.length == 1 && missing_with_object(tokens, k + 1, end)) {
      return found;
    }
    if (ev.length > 0 && ev.role != EventRole::kNoun) {
      // "have ... since": the auxiliary list holds words that may themselves be events; an
      // event word wins
      found.event = ev.event;
      found.first = chain_start;
      found.last = k + ev.length;
      const std::size_t death = tokens[k + ev.length - 1].lower.ends_with("ed")
                                    ? killed_in_series(tokens, found.last, end)
                                    : 0;
      if (death > 0 && ev.event != "kill") {
        found.event = "kill";
        found.last = death;
      }
      if (infinitive && !hedge && !compelled && mood == Mood::kFactual) {
        mood = Mood::kModal;
      }
      found.mood = mood;
      return found;
    }
    // "Three officers face murder charges"
    bool possible = false;
    if (const std::size_t charged = faces_charges(tokens, k, end, possible); charged != 0) {
      found.event = "charge";
      found.first = chain_start;
      found.last = charged;
      found.mood = possible && mood == Mood::kFactual ? Mood::kModal : mood;
      return found;
    }
    const auto& w = tokens[k].lower;
    if (is_negation_word(w) && w != "without") {
      mood = Mood::kNegated;
    } else if (w == "to") {
      infinitive = true;
    } else if (is_hypothetical_word(w)) {
      mood = mood == Mood::kNegated ? mood : Mood::kHypothetical;
    } else if (is_modal_word(w)) {
      mood = mood == Mood::kNegated || mood == Mood::kHypothetical ? mood : Mood::kModal;
    } else if (w == "believed" || w == "thought" || w == "reported" || w == "said" ||
               w == "known" || w == "confirmed" || w == "presumed" || w == "estimated" ||
               w.starts_with("appear") || w.starts_with("seem")) {
      hedge = true;  // "were believed to have died", "appears to have been injured"
    } else if (passive && is_compelling_word(w) && k + 2 < end &&
               tokens[k + 1].lower == "to" && !compelled) {
      compelled = true;  // the order or force, obeyed: what follows "to" befalls them
    } else if (past_passive && w == "found" && k + 1 < end && tokens[k + 1].lower != "and") {
      // "were found dead", "was found stabbed to death": the state they were found in
    } else if (passive && k + 2 < end &&
               (tokens[k + 1].lower == "and" || tokens[k + 1].lower == "or") &&
               participle_before_and(tokens, k)) {
      ++k;  // "were struck and killed", "were burglarized or damaged": what befell them first,
            // then the event
    } else if (!is_auxiliary_word(w) && !(past_passive && is_manner_adverb(tokens[k]))) {
      break;  // (an adverb after "were": "two civilians were unintentionally killed")
    }
    passive = passive || is_passive_auxiliary(w);
    past_passive = past_passive || w == "was" || w == "were" || w == "been";
    ++k;
  }
  return found;
}

EventFound event_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b) {
  EventFound found;
  if (b <= first) {
    return found;
  }
  if (b > first + 1 && tokens[b - 1].lower == "all") {
    --b;  // "killing all 126 people on board"
  }
  // "the deaths of Ambassador Chris Stevens and three other Americans", "arrested Smith and two
  // others": a name coordinated before the count shares its event
  if (b >= first + 3 && tokens[b - 1].lower == "and") {
    // "kill himself and 22 others", "shot her and two neighbours": so does an object pronoun
    const auto& pronoun = tokens[b - 2].lower;
    if (pronoun == "himself" || pronoun == "herself" || pronoun == "themselves" ||
        pronoun == "him" || pronoun == "her" || pronoun == "them") {
      auto object = event_before(tokens, first, b - 2);
      if (!object.event.empty()) {
        object.last = b;
        return object;
      }
    }
    // (a title's abbreviation inside the name: "the shooting of Louisiana Rep. Steve Scalise
    // and three others"; the sentence did not end at its stop)
    const auto abbreviation_stop = [&](std::size_t k) {
      return is_punct(tokens[k - 1], '.') && !tokens[k - 1].space_before && k - 1 > first &&
             tokens[k - 2].capitalized && tokens[k - 2].shape == TokenShape::kWord &&
             tokens[k - 2].lower.size() <= 4;
    };
    std::size_t k = b - 1;
    while (k > first && k + 7 > b &&
           ((tokens[k - 1].capitalized && tokens[k - 1].shape == TokenShape::kWord) ||
            (k + 1 < b && abbreviation_stop(k)))) {
      --k;
    }
    // (a name, not "take control of the Senate and 23 seats")
    if (k + 1 < b && k > first && !is_determiner_word(tokens[k - 1].lower)) {
      auto named = event_before(tokens, first, k);
      if (!named.event.empty()) {
        named.last = b;
        return named;
      }
    }
    // "killing his sister and eight other people", "wounded a policeman and two bystanders":
    // so does a short noun phrase right after the event verb, opened by a determiner
    if (auto object = event_of_coordinated_object(tokens, first, b - 1); !object.event.empty()) {
      object.last = b;
      return object;
    }
  }
  if (b >= first + 2) {
    const auto& w = tokens[b - 1].lower;
    // "the dead included 21 women", "the evacuation of 5,000 people": an event adjective or
    // noun names what happened to the count that follows
    if (w == "included" || w == "include" || w == "includes" || w == "of") {
      const auto ev = match_event(tokens, b - 2, b - 1);
      // before "of" an event word is a noun after a determiner ("the arrest of 12") or when
      // it is no past form ("beheading of two", "anti-government protest of 500"; not "died
      // of", "accused of")
      const bool nominal = (b >= first + 3 && is_determiner_word(tokens[b - 3].lower)) ||
                           !tokens[b - 2].lower.ends_with("ed");
      // before "included" a participle after "the" stands for its people as an adjective does:
      // "The wounded include seven police officers", "the injured included two firefighters"
      const bool the_participle = ev.role == EventRole::kVerb && b >= first + 3 &&
                                  tokens[b - 3].lower == "the" &&
                                  tokens[b - 2].lower.ends_with("ed");
      const bool fits = w == "of" ? ev.role == EventRole::kNoun || nominal
                                  : ev.role == EventRole::kNoun ||
                                        ev.role == EventRole::kAdjective || the_participle;
      if (ev.length == 1 && fits && (w != "of" || tokens[b - 2].lower != "toll")) {
        found.event = ev.event;
        found.first = b - 2;
        found.last = b;
        return found;
      }
      // the subject of "included" names what befell the list after it
      const auto befell = [&](std::string_view event, std::size_t from) {
        found.event = event;
        found.first = from;
        found.last = b;
        return found;
      };
      if (w != "of") {
        // "Those killed included 82 Iranians": a participle standing for the people it befell;
        // "the victims included 57 Canadians": a list of victims names the dead
        if (b >= first + 3 && tokens[b - 3].lower == "those" && ev.length == 1 &&
            ev.role == EventRole::kVerb && tokens[b - 2].lower.ends_with("ed")) {
          return befell(ev.event, b - 3);
        }
        if (tokens[b - 2].lower == "victims") {
          return befell("kill", b - 2);
        }
        // "the arrests in the capital included 12 minors": the subject's head noun, before a
        // short place or time phrase
        for (std::size_t k = b - 2; k > first && k + 6 > b; --k) {
          const auto& v = tokens[k - 1].lower;
          if (!is_word(tokens[k - 1]) && tokens[k - 1].shape != TokenShape::kNumber) {
            break;
          }
          const auto head = match_event(tokens, k - 1, k);
          if (head.length == 1 && head.role == EventRole::kNoun) {
            return befell(head.event, k - 1);
          }
          if (!is_place_preposition(v) && v != "the" && v != "a" && v != "this" &&
              v != "last" && v != "fiscal" && v != "year" && v != "month" && v != "week" &&
              tokens[k - 1].shape != TokenShape::kNumber && !tokens[k - 1].capitalized) {
            break;
          }
        }
      }
    }
  }
  // a headline's present tense: "FBI Arrests 3 Brooklyn Men" (a noun in prose, "the arrests"):
  // a capitalised event noun in -s after a capitalised subject, whose stem is an event word
  if (b > first + 1 && tokens[b - 1].capitalized && tokens[b - 2].capitalized &&
      tokens[b - 1].lower.ends_with('s')) {
    const auto ev = match_event(tokens, b - 1, b);
    const auto& w = tokens[b - 1].lower;
    if (ev.length == 1 && ev.role == EventRole::kNoun &&
        event_for_word(std::string_view(w).substr(0, w.size() - 1)) == ev.event) {
      found.event = ev.event;
      found.first = b - 1;
      found.last = b;
      return found;
    }
  }
  // "attended by two dozen lawmakers": those who attend are the agents of the passive
  if (b >= first + 2 && tokens[b - 1].lower == "by") {
    const auto ev = match_event(tokens, b - 2, b - 1);
    if (ev.length == 1 && ev.event == "attend") {
      found.event = ev.event;
      found.first = b - 2;
      found.last = b;
      return found;
    }
  }
  b = before_a_total_of(tokens, first, b);  // "arrested a total of 300 people"
  // "killed a staggering 500 people", "Added A Robust 292,000 Jobs": one word between "a" and
  // a number above one can only be an adjective of the count
  if (b >= first + 3 && is_word(tokens[b - 1]) &&
      (tokens[b - 2].lower == "a" || tokens[b - 2].lower == "an") && b < tokens.size() &&
      (tokens[b].shape == TokenShape::kNumber || number_word_value(tokens[b].lower) > 1)) {
    b -= 1;
  }
  // "damaged an additional 530,000", "cut the final 1,500 jobs", "killed his two sons":
  // determiners and adjectives of quantity between the verb and the number
  for (int n = 0; n < 2 && b > first + 1; ++n) {
    const auto& w = tokens[b - 1].lower;
    if (w != "an" && w != "a" && w != "the" && w != "additional" && w != "another" &&
        w != "final" && w != "remaining" && w != "further" && !is_possessive_determiner(w) &&
        w != "only" && w != "just" && w != "between" && w != "anywhere") {
      break;
    }
    --b;
  }
  // an event phrase of up to four tokens ending at b - 1
  return verb_ending_at(tokens, first, b, 4);
}

EventFound relative_object_verb(const std::vector<Token>& tokens, const Sentence& s,
                                std::size_t start) {
  const auto verb = event_before(tokens, s.first, start);
  if (verb.event.empty()) {
    return {};
  }
  for (std::size_t k = verb.first; k > s.first && k + 3 > verb.first; --k) {
    if (is_relative_pronoun(tokens[k - 1].lower)) {
      return verb;
    }
  }
  return {};
}

}  // namespace tally::figure_parts
