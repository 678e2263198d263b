// Indefinite singulars: "a man was shot and killed" counts one killed, "a teenager was
// wounded" one wounded, "another U.S. drone was shot down" one destroyed.

#include "common/analysis/date_words.hpp"
#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

#include <array>
#include <optional>
#include <string>

namespace tally::figure_parts {
namespace {

// One of the phrase at tokens [k + 1, np_end) after the article at k.
Candidate
one_of(std::string_view text,
       const std::vector<Token>& tokens,
       std::size_t k,
       std::size_t np_end,
       std::string head) {
  Candidate c;
  c.number.first = k;
  c.number.last = k + 1;
  c.number.value = 1;
  c.start = k;
  c.np.first = k + 1;
  c.np.last = np_end;
  c.np.counted = std::string(span_text(text, tokens, k + 1, np_end));
  c.np.head = std::move(head);
  c.np_end = np_end;
  return c;
}

// Nouns of a quantity or a part, not of a thing: "destroyed a lot of", "seized a number of".
bool quantity_noun(std::string_view w) {
  static const WordSet kWords = {"lot",     "number", "total",   "series", "range",  "couple",
                                 "pair",    "dozen",  "handful", "bit",    "part",   "portion",
                                 "share",   "third",  "quarter", "half",   "majority", "minority",
                                 "percent", "fraction", "host",  "variety", "group",  "string",
                                 "bunch",   "slew",   "raft",    "spate",  "swath",  "wave"};
  return kWords.contains(w);
}

// Whether an event of things befalls a thing named as its object: destroyed or damaged. (Not
// captured: a place seized is no count, as in the seeds' gold, where "retook a strategic
// northwestern town" is none; nor closed: news closes chapters, gaps and deals far more often
// than plants.)
bool thing_event(std::string_view e) { return e == "destroy" || e == "damage"; }

// The verb of an event of things is done, in the past, and means it of things: "shot down",
// "downed", "razed"; not "destroy an agency" (a wish), "destroying a salute", "intercepted an
// order". (A noun, "the destruction of a reactor", is no verb before the object.)
bool done_to_a_thing(const std::vector<Token>& tokens, const EventFound& e) {
  const auto& last = tokens[e.last - 1].lower;
  return !tokens[e.first].lower.starts_with("intercept") &&
         (last.ends_with("ed") || last == "down");
}

// "shot down an unmanned American drone", "damaged a Foreign Ministry building and a bank
// branch": a thing counts one when it is the object of a verb that destroys or damages it (a
// second thing joined by "and" shares the verb)
void
read_indefinite_object(std::string_view text,
                       const std::vector<Token>& tokens,
                       const Sentence& s,
                       std::size_t k,
                       std::vector<Candidate>& out) {
  EventFound event;
  // (the first thing one too: "a Foreign Ministry building and a bank branch")
  const bool second = k > s.first + 1 && tokens[k - 1].lower == "and" && !out.empty() &&
                      out.back().np_end + 1 == k && out.back().number.value == 1 &&
                      tokens[out.back().start].lower.starts_with("a") &&
                      people_singular(out.back().np.head).empty() &&
                      thing_event(out.back().event.event);
  if (second) {
    event = out.back().event;
    event.first = event.last = k;  // the quote is the second phrase alone
  } else {
    event = event_before(tokens, s.first, k);
    if (!thing_event(event.event) || event.mood != Mood::kFactual || event.last != k ||
        !done_to_a_thing(tokens, event)) {
      return;
    }
  }
  // the phrase: up to four words, to a word that stops it (is_np_stop holds the weekdays and
  // "today"), a determiner ("last month") or a month (a name is rejected as the head below)
  std::size_t j = k + 1;
  while (j < s.last && j < k + 5 && is_word(tokens[j]) && !is_np_stop(tokens[j].lower) &&
         !is_determiner_word(tokens[j].lower) && match_event(tokens, j, s.last).length == 0 &&
         !date_words::is_month_name(tokens[j].lower)) {
    ++j;
  }
  // (not a word before a count: "destroyed a further 20 homes", "a record 300 homes")
  if (j == k + 1 || (j < s.last && (tokens[j].shape == TokenShape::kNumber ||
                                    number_word_value(tokens[j].lower) > 0))) {
    return;
  }
  const Token& head = tokens[j - 1];
  // (a person never comes here: find_indefinites reads people first)
  if (head.capitalized || quantity_noun(head.lower)) {
    return;
  }
  Candidate c = one_of(text, tokens, k, j, singular_noun(head.lower));
  c.event = event;
  out.push_back(std::move(c));
}

// "another U.S. drone was shot down", "a church was destroyed": a thing counts one when it is
// the subject of a passive that destroys, damages or closes it (or, read first, the object of a
// verb that destroys or damages it: read_indefinite_object)
void
read_indefinite_thing(std::string_view text,
                      const std::vector<Token>& tokens,
                      const Sentence& s,
                      std::size_t k,
                      std::vector<Candidate>& out) {
  const std::size_t before = out.size();
  read_indefinite_object(text, tokens, s, k, out);
  if (out.size() > before) {
    return;
  }
  std::size_t j = k + 1;
  while (j < s.last && j < k + 5 && tokens[j].lower != "was" && tokens[j].lower != "went" &&
         (tokens[j].shape == TokenShape::kWord || tokens[j].shape == TokenShape::kNumber) &&
         !is_np_stop(tokens[j].lower) && match_event(tokens, j, s.last).length == 0) {
    ++j;
  }
  if (j == k + 1 || j >= s.last || tokens[j - 1].shape != TokenShape::kWord) {
    return;
  }
  // "a fighter jet went missing" (lexicons/events.tsv)
  // (not a name: "a little boy named Simon went missing" is the boy's)
  if (const auto went = tokens[j].lower == "went" ? match_event(tokens, j, s.last) : EventMatch{};
      went.event == "missing" && !tokens[j - 1].capitalized) {
    Candidate c = one_of(text, tokens, k, j, singular_noun(tokens[j - 1].lower));
    c.event.event = went.event;
    c.event.first = j;
    c.event.last = j + went.length;
    out.push_back(std::move(c));
    return;
  }
  if (tokens[j].lower != "was") {
    return;
  }
  const auto event = event_after(tokens, j, s.last);
  const auto& e = event.event;
  if ((!thing_event(e) && e != "close") || event.mood != Mood::kFactual ||
      event.last == 0) {
    return;
  }
  // a participle ("destroyed", "shot down", "set on fire"), not "was close to"
  const auto& last = tokens[event.last - 1].lower;
  if (!last.ends_with("ed") && last != "down" && last != "fire" && last != "burnt") {
    return;
  }
  Candidate c = one_of(text, tokens, k, j, singular_noun(tokens[j - 1].lower));
  c.event = event;
  out.push_back(std::move(c));
}

// A noun for one person: "man", "soldier"; not a collective ("people", "police", "staff").
bool one_person_noun(std::string_view w) {
  return !w.empty() && people_singular(w) == w && !is_collective_people_noun(w);
}

// The people noun that closes a run of lower-case modifiers starting at `from` (before
// `limit`): "special operations soldier", "aid worker"; none when a word on the way is not a
// lower-case word, stops a noun phrase or names an event.
std::optional<std::size_t>
people_noun_closing(const std::vector<Token>& tokens,
                    const Sentence& s,
                    std::size_t from,
                    std::size_t limit) {
  for (std::size_t at = from; at < s.last && at < limit; ++at) {
    const auto& w = tokens[at].lower;
    if (tokens[at].shape != TokenShape::kWord || tokens[at].capitalized || is_np_stop(w) ||
        match_event(tokens, at, s.last).length > 0) {
      return std::nullopt;
    }
    if (one_person_noun(w)) {
      return at;
    }
  }
  return std::nullopt;
}

// The death whose "of" the article at k follows: "the death of a black man in police
// custody", "the killing of a police officer who was shot", "the shooting death of a woman".
// A death is final: it counts the person before anything said after them. (Other events of
// nouns do not: "the arrest of a man who died", "the rescue of a captain who had been held
// hostage".)
EventFound death_of(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  EventFound found;
  if (k < s.first + 2 || tokens[k - 1].lower != "of") {
    return found;
  }
  // (of one word or two: "death", "shooting death")
  const std::size_t of = k - 1;
  for (std::size_t n = 1; n <= 2 && of >= s.first + n; ++n) {
    const std::size_t st = of - n;
    const auto ev = match_event(tokens, st, of);
    if (ev.length == n && ev.event == "kill") {
      found.event = ev.event;
      found.first = st;
      found.last = of;
      found.mood = mood_before(tokens, s.first, st);
      return found;
    }
  }
  return found;
}

// What befalls one person: not "attended a volunteer training", "won a seat".
bool befalls_one(std::string_view e) {
  return e == "kill" || e == "wound" || e == "missing" || e == "kidnap" || e == "arrest" ||
         e == "infect" || e == "deport" || e == "sentence" || e == "charge" || e == "evacuate" ||
         e == "displace" || e == "capture";
}

// 2 for "second" ... 10 for "tenth", else 0.
int ordinal_word_value(std::string_view w) {
  if (w.size() < 5 || (!w.ends_with("th") && w != "second" && w != "third")) {
    return 0;  // (most words: cheap to turn away, as this runs on every "a")
  }
  static constexpr std::array<std::string_view, 9> kOrdinals = {
      "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
  for (std::size_t i = 0; i < kOrdinals.size(); ++i) {
    if (w == kOrdinals[i]) {
      return static_cast<int>(i) + 2;
    }
  }
  return 0;
}

// "Two suspected terrorists were killed and a third was wounded": "a" and an ordinal with no
// noun, the subject of a verb, counts one more of the people counted before it in the
// sentence (the ordinal next after their number), with its own event. Not a fraction: "a
// third of the workers", "a third is due to lost output" (no event).
bool
read_next_of_group(std::string_view text,
                   const std::vector<Token>& tokens,
                   const Sentence& s,
                   std::size_t k,
                   const std::vector<Candidate>& taken,
                   std::vector<Candidate>& out) {
  if (tokens[k].lower != "a" || k + 3 >= s.last) {
    return false;
  }
  const int ordinal = ordinal_word_value(tokens[k + 1].lower);
  const auto& verb = tokens[k + 2].lower;
  if (ordinal == 0 || (verb != "was" && verb != "is" && verb != "has" && verb != "had" &&
                       verb != "died")) {
    return false;
  }
  // (the nearest of one fewer: "Four officers were shot — two critically injured — and a
  // fifth died" is the fifth of the four)
  const Candidate* group = nullptr;
  for (const auto& c : taken) {
    if (c.np_end <= k && c.np.last > c.np.first && c.number.value + 1 == ordinal &&
        !people_singular(c.np.head).empty()) {
      group = &c;
    }
  }
  if (group == nullptr) {
    return false;
  }
  Candidate c = one_of(text, tokens, k, k + 2, group->np.head);
  c.event = event_after(tokens, k + 2, s.last);
  if (!befalls_one(c.event.event) || c.event.mood != Mood::kFactual) {
    return false;
  }
  out.push_back(std::move(c));
  return true;
}

}  // namespace

void
find_indefinites(std::string_view text,
                 const std::vector<Token>& tokens,
                 const Sentence& s,
                 const std::vector<Candidate>& taken,
                 std::vector<Candidate>& out) {
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    // "a man was killed", "another officer was wounded": each counts one
    if (tokens[k].lower != "a" && tokens[k].lower != "an" && tokens[k].lower != "another") {
      continue;
    }
    // (not before a count of its own: "another 1,500 migrant children"; an age is no count:
    // "a 21-year-old man")
    const Token& after = tokens[k + 1];
    if (after.shape == TokenShape::kNumber && after.lower.find('-') == std::string::npos) {
      continue;
    }
    bool inside = false;
    for (const auto& c : taken) {
      inside = inside || (k >= c.start && k < c.np_end);
    }
    if (inside || read_next_of_group(text, tokens, s, k, taken, out)) {
      continue;
    }
    // up to four modifiers: "a legally-armed 21-year-old African-American man"
    constexpr std::size_t kReach = 6;
    std::size_t j = k + 1;
    // "another black 18-year-old was fatally shot": an age standing for the person
    auto age_noun = [&](std::size_t at) {
      return tokens[at].lower.ends_with("-year-old") && at + 1 < s.last &&
             (tokens[at + 1].shape == TokenShape::kPunct || is_np_stop(tokens[at + 1].lower) ||
              tokens[at + 1].lower == "was" || tokens[at + 1].lower == "is" ||
              tokens[at + 1].lower == "had" || tokens[at + 1].lower == "has");
    };
    while (j < s.last && j < k + kReach) {
      const auto& w = tokens[j].lower;
      if (age_noun(j)) {
        break;
      }
      if (one_person_noun(w)) {
        break;
      }
      // "a wounded person inside was arrested": a participle that describes the person
      if (w.ends_with("ed") && j + 1 < s.last && one_person_noun(tokens[j + 1].lower) &&
          match_event(tokens, j, s.last).length == 1) {
        ++j;
        continue;
      }
      // "a US civilian contractor": the country, not the pronoun
      const bool country_us = w == "us" && text.substr(tokens[j].begin, 2) == "US";
      if ((tokens[j].shape != TokenShape::kWord && tokens[j].shape != TokenShape::kNumber) ||
          (is_np_stop(w) && !country_us) || match_event(tokens, j, s.last).length > 0) {
        j = s.last;
        break;
      }
      ++j;
    }
    if (j >= s.last || j >= k + kReach) {
      read_indefinite_thing(text, tokens, s, k, out);
      continue;
    }
    // "an American woman", "a Syrian soldier": a people word can modify the people noun after it
    while (j + 1 < s.last && j + 1 < k + kReach + 1 && !age_noun(j)) {
      const auto& next = tokens[j + 1].lower;
      const auto p = people_singular(next);
      if (p.empty() || p != next || next == "people" || next == "police") {
        break;
      }
      ++j;
    }
    // "destroyed a Russian military jet": a capitalised people word before a common noun is an
    // adjective of nationality, and the phrase counts no person, unless a people noun closes
    // it: "an American special operations soldier"
    if (tokens[j].capitalized && j + 1 < s.last && tokens[j + 1].shape == TokenShape::kWord &&
        !tokens[j + 1].capitalized && !is_np_stop(tokens[j + 1].lower) &&
        match_event(tokens, j + 1, s.last).length == 0) {
      const auto noun = people_noun_closing(tokens, s, j + 1, k + kReach + 1);
      if (!noun) {
        read_indefinite_thing(text, tokens, s, k, out);  // "a British military jet was shot down"
        continue;
      }
      j = *noun;
    }
    // "a key Chinese Huawei executive": a demonym that is its own plural is no noun for one
    // person
    if (tokens[j].capitalized && plural_head(tokens[j])) {
      continue;
    }
    Candidate c =
        one_of(text, tokens, k, j + 1,
               age_noun(j) ? tokens[j].lower : std::string(people_singular(tokens[j].lower)));
    // ("Two men who shot a guard were arrested": the predicate is the men's)
    c.event = relative_object_verb(tokens, s, k);
    if (c.event.event.empty()) {
      c.event = death_of(tokens, s, k);
    }
    if (c.event.event.empty()) {
      c.event = event_after(tokens, j + 1, s.last);
    }
    if (c.event.event.empty()) {
      c.event = event_before(tokens, s.first, k);
    }
    wound_if_harmed(tokens, s, false, c);  // (one is never "treated" with no "for")
    // "wounding an 18-year-old man and a 12-year-old girl": the second shares the first's event
    if (c.event.event.empty() && k > s.first && tokens[k - 1].lower == "and" && !out.empty() &&
        out.back().np_end + 1 == k) {
      c.event = out.back().event;
      c.event.first = c.event.last = k;  // the quote is the second phrase alone
    }
    // "Austin Tice, a freelance reporter missing in Syria", "Marie Colvin, a correspondent who
    // was killed": an appositive describes someone named, not a count (a clause does count: "In
    // Chicago, a man was shot")
    const bool after_name = k >= s.first + 2 && is_punct(tokens[k - 1], ',') &&
                            tokens[k - 2].capitalized && tokens[k - 2].shape == TokenShape::kWord;
    if (after_name && !c.event.event.empty() && c.event.first > j) {
      const auto& verb = tokens[c.event.first].lower;
      const bool relative = tokens[j + 1].lower == "who" || tokens[j + 1].lower == "that";
      // a name in a preposition that opens the sentence ("In Broward County, a man was shot",
      // "Also on Wednesday, a man convicted ..."; not "the attack on Malala Yousafzai, a girl
      // shot in the head"): the setting of a clause, not an appositive
      const auto setting = [&] {
        std::size_t name = k - 2;
        // (not past the preposition itself, capitalised at the sentence's start: "In")
        while (name > s.first && tokens[name - 1].capitalized && is_word(tokens[name - 1]) &&
               !is_place_preposition(tokens[name - 1].lower)) {
          --name;
        }
        const bool opens =
            name == s.first + 1 || (name == s.first + 2 && is_word(tokens[s.first]));
        return opens && is_place_preposition(tokens[name - 1].lower);
      };
      // a finite verb of its own ("Police said that in Florida, a man died"; not "Eric Harris,
      // a man fleeing"), with no clause of another subject between ("Matt Vierkant, a member of
      // the platoon when he went missing")
      const auto finite = [&] {
        for (std::size_t b = j + 1; b < c.event.first; ++b) {
          const auto& w = tokens[b].lower;
          if (w == "when" || w == "while" || w == "after" || w == "before" || w == "as" ||
              w == "because" || w == "if" || is_subject_pronoun(w) || w == "i" || w == "you") {
            return false;
          }
        }
        return !verb.ends_with("ing") &&
               match_event(tokens, c.event.first, s.last).role == EventRole::kIntransitive;
      };
      const bool clause =
          !relative && (verb == "was" || verb == "is" || verb == "has" || verb == "had" ||
                        verb == "were" || verb == "have" || setting() || finite());
      if (!clause) {
        continue;
      }
    }
    kidnap_if_civilian(c);
    kill_if_to_death(tokens, s, c);
    if (befalls_one(c.event.event) && c.event.mood == Mood::kFactual) {
      out.push_back(std::move(c));
    } else if (j + 1 < s.last && tokens[j + 1].shape == TokenShape::kWord &&
               !tokens[j + 1].capitalized && !is_np_stop(tokens[j + 1].lower)) {
      // "a fighter jet was damaged": a people word that modifies a thing
      read_indefinite_thing(text, tokens, s, k, out);
    }
  }
}

}  // namespace tally::figure_parts
