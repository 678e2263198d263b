#include "common/analysis/lexicon.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_map.hpp"
#include "common/analysis/word_set.hpp"

namespace tally {
namespace {

struct Phrase {
  std::vector<std::string> words;
  std::string value;
  std::string role;
};

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  for (const char c : s) {
    if (c == ' ' || c == '\t') {
      if (!cur.empty()) {
        words.push_back(std::move(cur));
        cur.clear();
      }
      continue;
    }
    cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (!cur.empty()) {
    words.push_back(std::move(cur));
  }
  return words;
}


// Phrases indexed by their first word (events) or last word (qualifiers), longest first.
using PhraseIndex = std::unordered_map<std::string, std::vector<Phrase>>;

void sort_longest_first(PhraseIndex& index) {
  for (auto& [key, list] : index) {
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      return a.words.size() > b.words.size();
    });
  }
}

struct Lexicons {
  PhraseIndex events;        // by first word
  std::unordered_map<std::string, std::string> event_of_phrase;  // "death toll" -> "kill"
  PhraseIndex qualifiers;    // by last word
  WordMap<std::string_view> people;  // keys and values: views of the embedded lexicon
  WordMap<UnitKind> units;
  std::vector<std::string> event_types;
  // the lookups of the phrase indexes, keyed by views of their keys (map nodes stay in place)
  WordMap<const std::vector<Phrase>*> events_by_first;
  WordMap<const std::vector<Phrase>*> qualifiers_by_last;

  Lexicons() {
    for_each_lexicon_row(data::lexicon_events(), [&](const std::vector<std::string_view>& cols) {
      if (cols.size() < 3) {
        return;
      }
      Phrase p{split_words(cols[0]), std::string(cols[1]), std::string(cols[2])};
      if (p.words.empty()) {
        return;
      }
      std::string joined;
      for (const auto& w : p.words) {
        joined += joined.empty() ? w : " " + w;
      }
      event_of_phrase.emplace(joined, p.value);
      if (std::find(event_types.begin(), event_types.end(), p.value) == event_types.end()) {
        event_types.push_back(p.value);
      }
      events[p.words.front()].push_back(std::move(p));
    });
    std::sort(event_types.begin(), event_types.end());
    sort_longest_first(events);
    for_each_lexicon_row(data::lexicon_qualifiers(), [&](const std::vector<std::string_view>& cols) {
      if (cols.size() < 2) {
        return;
      }
      Phrase p{split_words(cols[0]), std::string(cols[1]), {}};
      if (!p.words.empty()) {
        qualifiers[p.words.back()].push_back(std::move(p));
      }
    });
    sort_longest_first(qualifiers);
    for_each_lexicon_row(data::lexicon_people(), [&](const std::vector<std::string_view>& cols) {
      if (cols.size() >= 2) {
        people.insert(cols[0], cols[1]);
      }
    });
    for_each_lexicon_row(data::lexicon_units(), [&](const std::vector<std::string_view>& cols) {
      if (cols.size() < 2) {
        return;
      }
      static const std::unordered_map<std::string_view, UnitKind> kKinds = {
          {"duration", UnitKind::kDuration},     {"measure", UnitKind::kMeasure},
          {"money", UnitKind::kMoney},           {"money_before", UnitKind::kMoneyBefore},
          {"percent", UnitKind::kPercent},       {"time", UnitKind::kTime},
          {"month", UnitKind::kMonth},           {"name_prefix", UnitKind::kNamePrefix}};
      if (const auto k = kKinds.find(cols[1]); k != kKinds.end()) {
        units.insert(cols[0], k->second);
      }
    });
    for (const auto& [first, list] : events) {
      events_by_first.insert(first, &list);
    }
    for (const auto& [last, list] : qualifiers) {
      qualifiers_by_last.insert(last, &list);
    }
  }
};

const Lexicons& lexicons() {
  static const Lexicons kLexicons;
  return kLexicons;
}

EventRole role_from_name(std::string_view role) {
  if (role == "intr") {
    return EventRole::kIntransitive;
  }
  if (role == "adj") {
    return EventRole::kAdjective;
  }
  if (role == "noun") {
    return EventRole::kNoun;
  }
  return EventRole::kVerb;
}

Qualifier qualifier_from_name(std::string_view name) {
  if (name == "at_least") return Qualifier::kAtLeast;
  if (name == "more_than") return Qualifier::kMoreThan;
  if (name == "about") return Qualifier::kAbout;
  if (name == "nearly") return Qualifier::kNearly;
  if (name == "up_to") return Qualifier::kUpTo;
  if (name == "less_than") return Qualifier::kLessThan;
  if (name == "vague") return Qualifier::kVague;
  return Qualifier::kExact;
}

}  // namespace

std::string_view event_for_word(std::string_view word_or_phrase) {
  std::string key;
  for (const auto& w : split_words(word_or_phrase)) {
    key += key.empty() ? w : " " + w;
  }
  const auto& lex = lexicons();
  const auto it = lex.event_of_phrase.find(key);
  return it == lex.event_of_phrase.end() ? std::string_view{} : std::string_view{it->second};
}

const std::vector<std::string_view>& event_first_words() {
  static const std::vector<std::string_view> kWords = [] {
    std::vector<std::string_view> words;
    for (const auto& [phrase, event] : lexicons().event_of_phrase) {
      if (!event.empty()) {
        const std::string_view p(phrase);
        const auto first = p.substr(0, p.find(' '));
        // words too common to pre-select a passage by; their phrases ("took part", "went on
        // strike", "had minor injuries", "could not account for") count groups, which need a
        // number anyway
        static constexpr std::string_view kCommon[] = {
            "took", "take", "taking", "made", "left", "went", "turned", "drew", "drawn",
            "held", "received", "had", "has", "have", "not", "cannot", "can't", "couldn't",
            "unable", "lose", "losing"};
        if (p.size() == first.size() ||
            std::find(std::begin(kCommon), std::end(kCommon), first) == std::end(kCommon)) {
          words.push_back(first);
        }
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  }();
  return kWords;
}

std::vector<std::string_view> event_types() {
  const auto& lex = lexicons();
  return {lex.event_types.begin(), lex.event_types.end()};
}

EventMatch match_event(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
  if (i >= end || i >= tokens.size()) {
    return {};
  }
  const auto& lex = lexicons();
  const auto* const* phrases = lex.events_by_first.find(tokens[i].lower);
  if (phrases == nullptr) {
    return {};
  }
  for (const auto& p : **phrases) {
    if (i + p.words.size() > end) {
      continue;
    }
    bool ok = true;
    for (std::size_t k = 1; k < p.words.size() && ok; ++k) {
      const Token& t = tokens[i + k];
      // "*": a describing word, capitalised only in a capitalised phrase ("Suffered Minor
      // Injuries"), never a negation ("suffered no injuries" is no event)
      ok = p.words[k] == "*" ? is_word(t) && (!t.capitalized || tokens[i].capitalized) &&
                                   t.lower != "no" && t.lower != "not" && t.lower != "never"
                             : t.lower == p.words[k];
    }
    if (ok) {
      return {p.value, role_from_name(p.role), p.words.size()};
    }
  }
  return {};
}

QualifierMatch match_qualifier_before(const std::vector<Token>& tokens, std::size_t first,
                                      std::size_t i) {
  if (i == 0 || i <= first) {
    return {};
  }
  const auto& lex = lexicons();
  const auto* const* phrases = lex.qualifiers_by_last.find(tokens[i - 1].lower);
  if (phrases == nullptr) {
    return {};
  }
  for (const auto& p : **phrases) {
    const auto n = p.words.size();
    if (n > i - first) {
      continue;
    }
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) {
      ok = tokens[i - n + k].lower == p.words[k];
    }
    if (ok) {
      return {qualifier_from_name(p.value), n};
    }
  }
  return {};
}

std::string_view people_singular(std::string_view lower) {
  const auto& lex = lexicons();
  const std::string_view* singular = lex.people.find(lower);
  return singular == nullptr ? std::string_view{} : *singular;
}

UnitKind unit_kind(std::string_view lower) {
  const auto& lex = lexicons();
  const UnitKind* kind = lex.units.find(lower);
  return kind == nullptr ? UnitKind::kNone : *kind;
}

bool is_multiplier_after_times(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_units(), "after_times");
  return kWords.contains(lower);
}

namespace {

// The people nouns whose third column in people.tsv is `mark`.
WordSet people_marked(std::string_view mark) {
  WordSet words;
  for_each_lexicon_row(data::lexicon_people(), [&](const std::vector<std::string_view>& cols) {
    if (cols.size() >= 3 && cols[2] == mark) {
      words.add(cols[0]);
    }
  });
  return words;
}

}  // namespace

bool is_own_plural_demonym(std::string_view lower) {
  static const WordSet kWords = people_marked("own_plural");
  return kWords.contains(lower);
}

bool is_collective_people_noun(std::string_view lower) {
  static const WordSet kWords = people_marked("collective");
  return kWords.contains(lower);
}

bool is_people_group(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_units(), "group");
  return kWords.contains(lower);
}

std::string singular_noun(std::string_view lower) {
  if (const auto p = people_singular(lower); !p.empty()) {
    return std::string(p);
  }
  static const std::unordered_map<std::string_view, std::string_view> kIrregular = {
      {"injured", "injured"}, {"wounded", "wounded"}, {"dead", "dead"}, {"lives", "life"},
      {"feet", "foot"},       {"geese", "goose"}, {"mice", "mouse"},
      {"teeth", "tooth"},     {"series", "series"},   {"species", "species"},
      {"news", "news"},       {"aircraft", "aircraft"}, {"sheep", "sheep"},
      {"cattle", "cattle"},   {"analyses", "analysis"}, {"crises", "crisis"},
      {"diagnoses", "diagnosis"}, {"prognoses", "prognosis"}, {"hypotheses", "hypothesis"},
      {"theses", "thesis"},   {"syntheses", "synthesis"}, {"paralyses", "paralysis"},
      {"psychoses", "psychosis"}, {"neuroses", "neurosis"}, {"oases", "oasis"},
      {"ads", "ad"},          {"ids", "id"},          {"pcs", "pc"},     {"tvs", "tv"},
      {"cds", "cd"},          {"knives", "knife"},    {"midwives", "midwife"},
      {"housewives", "housewife"}, {"wolves", "wolf"},
      {"halves", "half"},     {"shelves", "shelf"},   {"calves", "calf"}, {"loaves", "loaf"}};
  if (const auto it = kIrregular.find(lower); it != kIrregular.end()) {
    return std::string(it->second);
  }
  const auto ends = [&](std::string_view suffix) {
    return lower.size() > suffix.size() && lower.substr(lower.size() - suffix.size()) == suffix;
  };
  // "guardsmen", "firemen": -men is the plural of -man
  if (ends("men") && lower.size() > 4 && lower != "specimen" && lower != "regimen" &&
      lower != "abdomen" && lower != "acumen" && lower != "stamen") {
    return std::string(lower.substr(0, lower.size() - 3)) + "man";
  }
  // "movies", "cookies", "calories": an -ie noun keeps its -ie
  static const WordSet kIeNouns = {
      "movies", "cookies", "zombies", "calories", "rookies", "selfies", "hippies", "genies",
      "prairies", "sorties", "goalies", "newbies", "aunties", "brownies", "smoothies",
      "hoodies", "freebies", "walkies", "birdies", "bogies", "eyries", "lingeries"};
  if (ends("ies") && lower.size() > 4 && !kIeNouns.contains(lower)) {
    return std::string(lower.substr(0, lower.size() - 3)) + "y";
  }
  // "buses", "viruses", "caucuses", "gases": an -s noun adds -es; "causes", "houses" do not
  static const WordSet kSNouns = {
      "bus",     "minibus",  "virus",   "coronavirus", "campus",  "caucus", "surplus",
      "census",  "bonus",    "focus",   "status",      "stimulus", "consensus", "alias",
      "bias",    "atlas",    "gas",     "chorus",      "circus",  "fetus",  "genus",
      "sinus",   "syllabus", "apparatus", "prospectus", "lens",   "canvas", "walrus",
      "octopus", "iris",     "cactus",  "hippopotamus", "rhinoceros", "thesaurus"};
  if (ends("ses") && kSNouns.contains(lower.substr(0, lower.size() - 2))) {
    return std::string(lower.substr(0, lower.size() - 2));
  }
  // "tornadoes", "heroes", "vetoes": -o nouns add -es; "shoes", "canoes" are -oe nouns (four
  // letters, "foes", "toes", never lose their "es")
  static const WordSet kOeNouns = {
      "shoes", "canoes", "oboes", "floes", "throes", "sloes", "aloes", "tiptoes", "horseshoes",
      "snowshoes", "mistletoes"};
  if (ends("oes") && lower.size() > 4 && !kOeNouns.contains(lower)) {
    return std::string(lower.substr(0, lower.size() - 2));
  }
  if (ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zzes")) {
    return std::string(lower.substr(0, lower.size() - 2));
  }
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && lower.size() > 3) {
    return std::string(lower.substr(0, lower.size() - 1));
  }
  return std::string(lower);
}

bool is_possessive_determiner(std::string_view lower) {
  return lower == "its" || lower == "their" || lower == "his" || lower == "her" || lower == "our";
}

bool is_change_verb(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_changes(), "change");
  return kWords.contains(lower);
}

bool is_speech_date_verb(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_reporting(), "speech_date");
  return kWords.contains(lower);
}

bool is_clause_participle(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_reporting(), "clause_participle");
  return kWords.contains(lower);
}

bool is_shift_verb(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_changes(), "shift");
  return is_change_verb(lower) || kWords.contains(lower);
}

bool is_toll_noun(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_changes(), "toll");
  return kWords.contains(lower);
}

bool is_estimate_noun(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_changes(), "estimate");
  return kWords.contains(lower);
}

bool is_count_word(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_changes(), "count_word");
  return kWords.contains(lower);
}

std::string_view incident_name(std::string_view lower) {
  static const auto kNames = [] {
    std::unordered_map<std::string_view, std::string_view> names;
    for_each_lexicon_row(data::lexicon_incidents(), [&](const std::vector<std::string_view>& cols) {
      if (cols.size() >= 2) {
        names.emplace(cols[0], cols[1]);
      }
    });
    return names;
  }();
  const auto it = kNames.find(lower);
  return it == kNames.end() || it->second == "*" ? std::string_view{} : it->second;
}

bool is_generic_incident(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_incidents(), "*");
  return kWords.contains(lower);
}

bool is_forecast_word(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_changes(), "forecast");
  return kWords.contains(lower);
}

}  // namespace tally
