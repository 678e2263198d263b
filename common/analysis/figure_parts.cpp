#include "common/analysis/figure_parts.hpp"

#include <unordered_set>

#include "common/analysis/lexicon.hpp"
#include "common/analysis/numbers.hpp"

namespace tally::figure_parts {
namespace {

bool in(const std::unordered_set<std::string_view>& set, std::string_view w) {
  return set.count(w) > 0;
}

const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "from", "with", "without",
      "into", "onto", "over", "under", "after", "before", "during", "since", "until", "near",
      "across", "along", "around", "among", "between", "through", "toward", "towards",
      "against", "inside", "outside", "and", "or", "but", "nor", "so", "yet", "as", "than",
      "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "because",
      "although", "though", "was", "were", "is", "are", "be", "been", "being", "has", "have",
      "had", "having", "do", "does", "did", "will", "would", "could", "should", "may", "might",
      "must", "can", "shall", "not", "no", "also", "now", "still", "already", "reportedly",
      "all", "both", "each", "more", "most", "some", "many", "few", "several", "other", "such",
      "this", "these", "those", "there", "here", "it", "its", "they", "them", "their", "he",
      "she", "his", "her", "we", "our", "us", "you", "your", "i", "me", "my", "said", "says",
      "say", "told", "according", "including", "like", "per", "about", "just", "only", "even",
      "ever", "again", "then", "ago", "later", "earlier", "yesterday", "today", "tonight",
      "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "last", "next", "up", "down", "out", "off", "away", "back", "how", "what", "why",
      "mostly", "respectively", "apiece", "each", "aboard", "overnight", "amid", "despite",
      "via", "within", "upon", "whether", "either", "neither", "every", "any", "out", "ahead"};
  return kWords;
}

const std::unordered_set<std::string_view>& auxiliaries() {
  static const std::unordered_set<std::string_view> kWords = {
      "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "reportedly",
      "also", "now", "later", "all", "both", "allegedly", "already", "seriously", "critically",
      "badly", "fatally", "slightly", "lightly", "mostly", "officially", "still", "each",
      "just", "then", "apparently", "initially", "subsequently", "eventually", "reported",
      "believed", "thought", "said", "known", "confirmed", "presumed", "estimated", "since",
      "so", "far", "either", "mortally", "severely", "ultimately", "successfully", "temporarily"};
  return kWords;
}

const std::unordered_set<std::string_view>& modals() {
  static const std::unordered_set<std::string_view> kWords = {
      "could", "may", "might", "would", "should", "will", "can", "must", "shall", "to",
      "'ll", "could've", "would've", "if", "unless", "threatened", "threatens", "vowed",
      "plans", "planned", "planning", "aims", "wants", "risk", "risks", "fear", "fears",
      "feared"};
  return kWords;
}

const std::unordered_set<std::string_view>& decision_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "decision", "decided", "decides", "voted", "votes", "ordered", "orders", "agreed",
      "ruling", "ruled", "verdict"};
  return kWords;
}

const std::unordered_set<std::string_view>& negations() {
  static const std::unordered_set<std::string_view> kWords = {
      "not", "never", "n't", "didn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
      "isn't", "aren't", "no", "denied", "denies", "deny", "without", "nobody", "none"};
  return kWords;
}

const std::unordered_set<std::string_view>& place_prepositions() {
  static const std::unordered_set<std::string_view> kWords = {
      "in", "on", "at", "from", "aboard", "inside", "near", "outside", "across"};
  return kWords;
}

bool is_word(const Token& t) { return t.shape == TokenShape::kWord; }

bool looks_plural(const Token& t) {
  if (!people_singular(t.lower).empty()) {
    return singular_noun(t.lower) != t.lower || t.lower == "people" || t.lower == "personnel" ||
           t.lower == "police" || t.lower == "staff" || t.lower == "crew";
  }
  const auto& w = t.lower;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
}

// Mood from the words just before position b (a verb or an auxiliary chain's start).
Mood mood_before(const std::vector<Token>& tokens, std::size_t first, std::size_t b) {
  for (std::size_t n = 1; n <= 3 && b >= first + n; ++n) {
    const auto& w = tokens[b - n].lower;
    if (in(negations(), w)) {
      return Mood::kNegated;
    }
    // a decision taken is an event, not a plan: "the court's decision to jail nine",
    // "the board voted to close two plants"
    if (w == "to") {
      for (std::size_t k = b - n; k > first && k + 4 > b - n; --k) {
        if (in(decision_words(), tokens[k - 1].lower)) {
          return Mood::kFactual;
        }
        if (tokens[k - 1].shape != TokenShape::kWord) {
          break;
        }
      }
    }
    if (in(modals(), w)) {
      return Mood::kModal;
    }
    if (tokens[b - n].shape != TokenShape::kWord || !in(auxiliaries(), w)) {
      if (w != "did" && w != "does" && w != "do" && w != "have" && w != "has" && w != "had") {
        break;
      }
    }
  }
  return Mood::kFactual;
}

// An object starts at token k: "killed 5 people", "killed at least 5", "killed a guard",
// "killed himself". A participle is followed by something else: "five people killed in".
bool takes_object(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  static const std::unordered_set<std::string_view> kStarts = {
      "a", "an", "the", "his", "her", "their", "its", "more", "dozens", "hundreds", "scores",
      "thousands", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "himself", "herself", "themselves", "him", "them", "one", "several", "some", "nearly",
      "almost", "over", "about", "around"};
  if (k >= end) {
    return false;
  }
  const auto& w = tokens[k].lower;
  return tokens[k].shape == TokenShape::kNumber || in(kStarts, w) ||
         (w == "at" && k + 1 < end && tokens[k + 1].lower == "least");
}

}  // namespace

bool is_np_stop(std::string_view lower) { return in(stop_words(), lower); }

std::string_view span_text(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t first, std::size_t last) {
  if (last <= first) {
    return {};
  }
  return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

NounPhrase read_noun_phrase(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t i, std::size_t end) {
  NounPhrase np;
  np.first = np.last = i;
  // "... 50' Syrian Forces": a closing quote glued to the number
  if (i < end && is_quote(tokens[i]) && !tokens[i].space_before) {
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
    if (w == "whom" || w == "them" || w == "us" || w == "which" || w == "those" ||
        w == "these") {
      np.first = np.last = after + 1;
      return np;  // elided: the caller carries the counted noun
    }
    i = after;
    if (w == "our" || w == "the" || w == "their" || w == "its" || w == "his" || w == "her" ||
        w == "my" || w == "your") {
      ++i;
      // "of the six last contests": the base of the partitive is not the counted noun
      if (i < end && (tokens[i].shape == TokenShape::kNumber || number_word_value(tokens[i].lower) > 0)) {
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
  while (j < end && j - i < 6) {
    const Token& t = tokens[j];
    if (!is_word(t)) {
      break;
    }
    if (plural_seen && !(looks_plural(t) && !t.capitalized && !is_np_stop(t.lower))) {
      break;
    }
    if (const auto ev = match_event(tokens, j, end); ev.length > 0) {
      // "civilian deaths", "new cases": the event noun ends the phrase; "39 injured": an
      // adjective standing for people, only first
      const bool noun = ev.role == EventRole::kNoun;
      const bool people_adjective =
          j == i && (ev.role == EventRole::kAdjective || t.lower == "wounded" || t.lower == "injured");
      if (noun || people_adjective) {
        np.event = ev.event;
        event_start = j;
        event_role = ev.role;
        j += noun ? ev.length : (t.lower == "wounded" || t.lower == "injured" ? 1 : ev.length);
      }
      break;
    }
    if (is_np_stop(t.lower) || unit_kind(t.lower) == UnitKind::kMonth) {
      break;
    }
    if (number_word_value(t.lower) > 0 && j == i) {
      break;
    }
    plural_seen = plural_seen || looks_plural(t);
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
  } else if (event_start == np.first && event_role != EventRole::kNoun) {
    // "six wounded", "43 Dead", "left 150 missing": headline ellipsis of people. The adjective
    // is the noun only as a subject: "39 injured were being treated".
    const auto& next = np.last < end ? tokens[np.last].lower : std::string{};
    const bool subject = next == "were" || next == "are" || next == "was" || next == "is" ||
                         next == "have" || next == "had" || next == "has";
    if (!subject) {
      np.head = "people";
    }
  }
  return np;
}

EventFound event_after(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  EventFound found;
  // skip a parenthetical: ", including three children," "(mostly civilians)"
  if (k + 1 < end && is_punct(tokens[k], ',') &&
      (tokens[k + 1].lower == "including" || tokens[k + 1].lower == "among" ||
       tokens[k + 1].lower == "mostly" || tokens[k + 1].lower == "most" ||
       tokens[k + 1].lower == "many")) {
    std::size_t j = k + 2;
    while (j < end && !is_punct(tokens[j], ',')) {
      ++j;
    }
    k = j < end ? j + 1 : j;
  } else if (k < end && is_punct(tokens[k], '(')) {
    std::size_t j = k + 1;
    while (j < end && !is_punct(tokens[j], ')')) {
      ++j;
    }
    k = j < end ? j + 1 : j;
  }
  // skip a short place phrase that ends at an auxiliary: "68 people on board were killed",
  // "two employees in Mississippi were killed"
  if (k < end && in(place_prepositions(), tokens[k].lower)) {
    for (std::size_t j = k + 1; j < end && j < k + 6 && is_word(tokens[j]); ++j) {
      const auto& w = tokens[j].lower;
      if (w == "was" || w == "were" || w == "is" || w == "are" || w == "had" || w == "have" ||
          w == "has") {
        k = j;
        break;
      }
      if (w == "who" || w == "that" || w == "which" || w == "and" || w == "or" ||
          match_event(tokens, j, end).length > 0) {
        break;
      }
    }
  }
  const std::size_t chain_start = k;
  Mood mood = Mood::kFactual;
  bool infinitive = false;
  bool hedge = false;
  while (k < end && (is_word(tokens[k]) || is_quote(tokens[k]))) {
    if (is_quote(tokens[k])) {
      ++k;  // a quoted predicate: 39 homes were "totally destroyed"
      continue;
    }
    const auto ev = match_event(tokens, k, end);
    // "Two gunmen killed 5 people": the counted ones did it. Those who attend, win, vote or
    // protest are the subjects of their events.
    if (ev.length > 0 && ev.role == EventRole::kVerb && k == chain_start &&
        ev.event != "attend" && ev.event != "win" && ev.event != "vote" &&
        ev.event != "protest" && ev.event != "strike" && takes_object(tokens, k + ev.length, end)) {
      return found;
    }
    if (ev.length > 0 && ev.role != EventRole::kNoun) {
      const auto& w = tokens[k].lower;
      // "have ... since": the auxiliary list holds words that may themselves be events; an
      // event word wins
      (void)w;
      found.event = ev.event;
      found.first = chain_start;
      found.last = k + ev.length;
      if (infinitive && !hedge && mood == Mood::kFactual) {
        mood = Mood::kModal;
      }
      found.mood = mood;
      return found;
    }
    const auto& w = tokens[k].lower;
    if (in(negations(), w) && w != "without") {
      mood = Mood::kNegated;
    } else if (w == "to") {
      infinitive = true;
    } else if (in(modals(), w)) {
      mood = mood == Mood::kNegated ? mood : Mood::kModal;
    } else if (w == "believed" || w == "thought" || w == "reported" || w == "said" ||
               w == "known" || w == "confirmed" || w == "presumed" || w == "estimated") {
      hedge = true;
    } else if (!in(auxiliaries(), w)) {
      break;
    }
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
  if (b >= first + 2) {
    const auto& w = tokens[b - 1].lower;
    // "the dead included 21 women", "the evacuation of 5,000 people": an event adjective or
    // noun names what happened to the count that follows
    if (w == "included" || w == "include" || w == "includes" || w == "of") {
      const auto ev = match_event(tokens, b - 2, b - 1);
      const bool fits = w == "of" ? ev.role == EventRole::kNoun
                                  : ev.role == EventRole::kNoun || ev.role == EventRole::kAdjective;
      if (ev.length == 1 && fits && (w != "of" || tokens[b - 2].lower != "toll")) {
        found.event = ev.event;
        found.first = b - 2;
        found.last = b;
        return found;
      }
      // "the arrests in the capital included 12 minors": the subject's head noun, before a
      // short place or time phrase
      for (std::size_t k = b - 2; w != "of" && k > first && k + 6 > b; --k) {
        const auto& v = tokens[k - 1].lower;
        if (!is_word(tokens[k - 1]) && tokens[k - 1].shape != TokenShape::kNumber) {
          break;
        }
        const auto head = match_event(tokens, k - 1, k);
        if (head.length == 1 && head.role == EventRole::kNoun) {
          found.event = head.event;
          found.first = k - 1;
          found.last = b;
          return found;
        }
        if (!in(place_prepositions(), v) && v != "the" && v != "a" && v != "this" &&
            v != "last" && v != "fiscal" && v != "year" && v != "month" && v != "week" &&
            tokens[k - 1].shape != TokenShape::kNumber && !tokens[k - 1].capitalized) {
          break;
        }
      }
    }
  }
  // "arrested a total of 300 people"
  if (b >= first + 4 && tokens[b - 3].lower == "a" && tokens[b - 2].lower == "total" &&
      tokens[b - 1].lower == "of") {
    b -= 3;
  }
  // "damaged an additional 530,000", "cut the final 1,500 jobs": determiners and
  // adjectives of quantity between the verb and the number
  for (int n = 0; n < 2 && b > first + 1; ++n) {
    const auto& w = tokens[b - 1].lower;
    if (w != "an" && w != "a" && w != "the" && w != "additional" && w != "another" &&
        w != "final" && w != "remaining" && w != "further" && w != "its" && w != "their") {
      break;
    }
    --b;
  }
  // an event phrase of up to four tokens ending at b - 1
  for (std::size_t len = 4; len >= 1; --len) {
    if (b < first + len) {
      continue;
    }
    const std::size_t start = b - len;
    const auto ev = match_event(tokens, start, b);
    if (ev.length == len && (ev.role == EventRole::kVerb)) {
      found.event = ev.event;
      found.first = start;
      found.last = b;
      found.mood = mood_before(tokens, first, start);
      return found;
    }
  }
  return found;
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

}  // namespace tally::figure_parts
