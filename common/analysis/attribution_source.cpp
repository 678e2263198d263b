// The source phrase of a reporting frame: where it lies and what it names.

#include "common/analysis/attribution_source.hpp"

#include <unordered_set>

#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::attribution_parts {
namespace {

bool in(const WordSet& set, std::string_view w) {
  return set.contains(w);
}

const WordSet& subject_adverbs() {
  static const WordSet kWords = {
      "also",  "later",   "earlier",  "previously", "repeatedly", "again",  "separately",
      "has",   "had",     "have",     "originally", "initially",  "first",  "then",
      "further", "officially", "publicly", "reportedly", "had", "was", "were", "is", "subsequently"};
  return kWords;
}

const WordSet& subject_stops() {
  static const WordSet kWords = {
      "that", "which", "who", "and", "but", "as", "while", "when", "after", "before", "if",
      "because", "although", "though", "where", "since", "so", "than", "in", "on", "at",
      "by", "with", "from", "to", "into", "however", "meanwhile", "until", "whom", "whose",
      "over", "about", "against", "during", "under", "through", "amid", "despite", "across",
      "among", "without", "within", "toward", "towards"};
  return kWords;
}

// Title words dropped from the front of a name when no entity reader says better.
const WordSet& title_words() {
  static const WordSet kWords = {
      "mr", "mrs", "ms", "dr", "president", "prime", "minister", "governor", "gov", "general",
      "gen", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
      "foreign", "defense", "defence", "interior", "deputy", "senator", "sen", "rep",
      "representative", "mayor", "king", "queen", "prince", "sheikh", "colonel", "col",
      "major", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "commander", "judge",
      "police", "director", "communications", "press", "adviser", "advisor", "envoy",
      "secretary-general", "chairman", "chairwoman", "ceo", "professor", "prof", "pope",
      "official", "turkish", "u.n.", "u.s.", "state", "national", "security", "head"};
  return kWords;
}

const WordSet& organisation_words() {
  static const WordSet kWords = {
      "observatory", "ministry", "agency", "council", "nations", "party", "army", "group",
      "news", "media", "office", "department", "government", "committee", "organisation",
      "organization", "union", "association", "police", "military", "forces", "command",
      "tv", "television", "network", "reuters", "afp", "ap", "anadolu", "kremlin", "pentagon",
      "commission", "authority", "authorities", "service", "services", "court", "bank",
      "company", "institute", "foundation", "center", "centre", "monitor", "ngo", "corp",
      "corp.", "co", "co.", "inc", "inc.", "ltd", "llc", "plc", "airlines", "motors"};
  return kWords;
}

const WordSet& incident_heads() {
  static const WordSet kWords = {
      "attack", "attacks", "bombing", "explosion", "blast", "strike", "shooting", "crash",
      "quake", "earthquake", "storm", "fire", "airstrike", "raid", "ambush", "outbreak"};
  return kWords;
}


const EntitySpan* entity_in(const std::vector<EntitySpan>& entities, std::size_t begin,
                            std::size_t end) {
  const EntitySpan* best = nullptr;
  for (const auto& e : entities) {
    if (e.begin >= begin && e.end <= end) {
      if (!best || (e.kind == EntityKind::kPerson && best->kind != EntityKind::kPerson) ||
          (e.kind == best->kind && e.end > best->end)) {
        best = &e;
      }
    }
  }
  return best;
}

// Nouns that name people or bodies who give figures: "officials in Japan", "Police in Omaha",
// "officials and state media", "fire officials".
bool speaker_noun(std::string_view w) {
  static const WordSet kWords = {
      "officials", "official", "police", "authorities", "spokesman", "spokeswoman",
      "spokesperson", "representatives", "representative", "sources", "source", "officers",
      "ministry", "media", "witnesses", "prosecutors", "investigators", "experts", "analysts",
      "organizers", "organisers", "rescuers", "residents", "activists", "doctors", "medics",
      "agency", "department", "government", "governments", "chief", "leaders", "monitors"};
  return kWords.contains(w);
}

bool is_np_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" ||
         w == "their" || w == "our" || w == "my" || w == "this" || w == "that" || w == "these";
}

// "No. 1" in "The No. 1 U.S. automaker": a rank, part of a description.
bool ranking(const std::vector<Token>& tokens, std::size_t first, std::size_t k) {
  return k >= first + 2 && is_punct(tokens[k - 1], '.') && tokens[k - 2].lower == "no";
}

// Definite descriptions that stand for the organisation last named as a source: "the company
// said" after "General Motors said". Business epithets stand for it with modifiers too ("the
// No. 1 U.S. automaker"); "the defense ministry" names a ministry of its own.
enum class Anaphor { kNone, kBare, kEpithet };

Anaphor organisation_anaphor(std::string_view w) {
  static const std::unordered_set<std::string_view> kEpithets = {
      "company", "firm", "automaker", "carmaker", "airline", "manufacturer", "retailer",
      "utility", "insurer", "lender", "conglomerate", "chipmaker", "planemaker"};
  static const std::unordered_set<std::string_view> kBare = {
      "agency", "ministry", "group", "organisation", "organization", "network", "newspaper",
      "broadcaster", "channel", "observatory", "monitor", "bank"};
  return kEpithets.count(w) > 0 ? Anaphor::kEpithet
         : kBare.count(w) > 0   ? Anaphor::kBare
                                : Anaphor::kNone;
}

}  // namespace

bool document_noun(std::string_view w) {
  static const WordSet kWords = {
      "report", "reports", "tally", "count", "poll", "polls", "survey", "data", "figures",
      "statement", "statements", "study", "census", "estimates", "records", "statistics"};
  return kWords.contains(w);
}

Source resolve_source(std::string_view text, const std::vector<Token>& tokens, std::size_t a,
                      std::size_t b, const std::vector<EntitySpan>& entities,
                      SpeakerMemory& memory) {
  Source s;
  while (a < b && (tokens[a].shape == TokenShape::kPunct)) {
    ++a;
  }
  while (b > a && tokens[b - 1].shape == TokenShape::kPunct) {
    --b;
  }
  if (a >= b) {
    return s;
  }
  const auto& first = tokens[a].lower;
  if (b == a + 1 && (first == "he" || first == "she")) {
    s.text = memory.last_person;
    s.person = true;
    return s;
  }
  if (b == a + 1 && (first == "it" || first == "they" || first == "we" || first == "i")) {
    s.text = first == "it" ? memory.last_organisation : std::string();
    return s;
  }
  // an incident or an event is not a speaker: "Tuesday's explosion killed ...", "A bomb
  // attack ...", "Two deaths ..." end a subject that a later verb took for a source. As a
  // modifier it names the speaker's field: "state fire officials", "fire spokesman Thanh Nguyen"
  for (std::size_t k = a; k < b; ++k) {
    if (tokens[k].shape == TokenShape::kNumber && !ranking(tokens, a, k)) {
      return s;
    }
    const std::size_t event_length = match_event(tokens, k, b).length;
    const std::size_t end = event_length > 0 ? k + event_length
                                             : (in(incident_heads(), tokens[k].lower) ? k + 1 : k);
    const bool modifier = end < b && tokens[end].shape == TokenShape::kWord &&
                          !in(subject_stops(), tokens[end].lower);
    if (end > k && !modifier) {
      return s;
    }
  }
  // "the company", "the No. 1 U.S. automaker": the organisation last named as a source ("the
  // Observatory" is a name)
  const auto anaphor = organisation_anaphor(tokens[b - 1].lower);
  if (first == "the" && !memory.last_organisation.empty() && !tokens[b - 1].capitalized &&
      (anaphor == Anaphor::kEpithet || (anaphor == Anaphor::kBare && b == a + 2))) {
    s.text = memory.last_organisation;
    s.organisation = true;
    return s;
  }
  const EntitySpan* e = entity_in(entities, tokens[a].begin, tokens[b - 1].end);
  // "U.S. military", "Michigan police": a place or an organisation named inside a longer
  // description is the description as written, not the place
  std::size_t from = a;
  if (tokens[from].lower == "the" && from + 1 < b) {
    ++from;
  }
  const bool whole = e && e->begin <= tokens[from].begin && e->end >= tokens[b - 1].end;
  if (e && e->kind != EntityKind::kPerson && !whole) {
    s.text = std::string(text.substr(tokens[from].begin, tokens[b - 1].end - tokens[from].begin));
    s.organisation = true;
    return s;
  }
  if (e) {
    s.text = e->name;
    s.person = e->kind == EntityKind::kPerson;
    s.organisation = e->kind != EntityKind::kPerson;
    if (s.person && !e->title.empty()) {
      memory.titled_people.emplace_back(e->title, e->name);
    }
  } else {
    // The last run of capitalised words ("Recep Tayyip Erdogan", "Syrian Observatory for
    // Human Rights"), titles dropped; else the phrase itself as a description.
    std::size_t run_end = b;
    while (run_end > a && !tokens[run_end - 1].capitalized) {
      --run_end;
    }
    std::size_t run_start = run_end;
    while (run_start > a) {
      const Token& t = tokens[run_start - 1];
      const bool connector = (t.lower == "of" || t.lower == "for" || t.lower == "and") &&
                             run_start - 1 > a && tokens[run_start - 2].capitalized;
      if (!(t.capitalized || connector) || t.shape != TokenShape::kWord) {
        break;
      }
      --run_start;
    }
    // "Police in Dayton": the name only says where the speakers are
    const auto& before_run = run_start > a ? tokens[run_start - 1].lower : std::string();
    const bool located = run_start > a && speaker_noun(tokens[a].lower) &&
                         (before_run == "in" || before_run == "at" || before_run == "from");
    const bool description = run_end < b || run_start == run_end ||
                             (first == "a" || first == "an") || located;
    if (description) {
      s.text = std::string(text.substr(tokens[a].begin, tokens[b - 1].end - tokens[a].begin));
      for (std::size_t k = a; k < b; ++k) {
        s.organisation = s.organisation || in(organisation_words(), tokens[k].lower);
      }
      // "the governor": the last person seen with that title
      if (first == "the" && b == a + 2) {
        for (auto it = memory.titled_people.rbegin(); it != memory.titled_people.rend(); ++it) {
          std::string title = it->first;
          for (auto& ch : title) {
            ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
          }
          if (title.find(tokens[a + 1].lower) != std::string::npos) {
            s.text = it->second;
            s.person = true;
            s.organisation = false;
            break;
          }
        }
      }
      // a description speaks only when it names people, a body or a document: "its plan
      // announced in November" is not a source
      const auto& head = tokens[b - 1].lower;
      // "Taher al-Omar": a name that ends in lower case ("The", "Its" opening a sentence are
      // not names)
      bool named = false;
      for (std::size_t k = a; k < b; ++k) {
        named = named || (tokens[k].capitalized && (k > a || !is_np_determiner(tokens[k].lower)));
      }
      if (!s.person && !named && !speaker_noun(head) && !in(organisation_words(), head) &&
          !in(title_words(), head) && people_singular(head).empty() && !document_noun(head) &&
          organisation_anaphor(head) == Anaphor::kNone && !tokens[b - 1].capitalized) {
        return Source{};
      }
      return s;
    }
    // drop "The", "Turkey's" and titles in front of a name
    if (tokens[run_start].lower == "the" && run_start + 1 < run_end) {
      ++run_start;
    }
    std::size_t name_start = run_start;
    for (std::size_t k = run_start; k < run_end; ++k) {
      const auto& w = tokens[k].lower;
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s") {
        name_start = k + 1;
      }
    }
    std::size_t title_start = name_start;
    bool org = false;
    for (std::size_t k = name_start; k < run_end; ++k) {
      org = org || in(organisation_words(), tokens[k].lower);
    }
    while (!org && name_start + 1 < run_end && in(title_words(), tokens[name_start].lower)) {
      ++name_start;
    }
    if (name_start >= run_end) {
      return s;
    }
    s.text = std::string(
        text.substr(tokens[name_start].begin, tokens[run_end - 1].end - tokens[name_start].begin));
    s.organisation = org || run_end - name_start == 1;
    s.person = !s.organisation;
    if (s.person && title_start < name_start) {
      memory.titled_people.emplace_back(
          std::string(text.substr(tokens[title_start].begin,
                                  tokens[name_start - 1].end - tokens[title_start].begin)),
          s.text);
    }
  }
  return s;
}

std::pair<std::size_t, std::size_t> subject_before(const std::vector<Token>& tokens,
                                                   const Sentence& s, std::size_t v) {
  std::size_t b = v;
  while (b > s.first && in(subject_adverbs(), tokens[b - 1].lower)) {
    --b;
  }
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
    // after a name the appositive may be any phrase: a bare title ("Wahid Majroh, health
    // ministry spokesperson,"), an age ("Hanif, 31,"), a place ("Aaron Helton, of Duncan,")
    const bool after_name = k > s.first + 1 && tokens[k - 2].capitalized &&
                            tokens[k - 2].shape == TokenShape::kWord;
    if (k > s.first + 1 && is_punct(tokens[k - 1], ',') &&
        (tokens[k].lower == "the" || tokens[k].lower == "a" || tokens[k].lower == "an" ||
         tokens[k].lower.ends_with("'s") || tokens[k].capitalized || after_name)) {
      b = k - 1;
    } else {
      return {v, v};
    }
  }
  std::size_t a = b;
  while (a > s.first && b - a < 9) {
    const Token& t = tokens[a - 1];
    const bool rank_part = (t.shape == TokenShape::kNumber && ranking(tokens, s.first, a - 1)) ||
                           (a < b && ranking(tokens, s.first, a) &&
                            tokens[a].shape == TokenShape::kNumber);
    // "Dr. Kim Lee": the dot of a title abbreviation
    const bool title_dot = is_punct(t, '.') && a - 1 > s.first &&
                           in(title_words(), tokens[a - 2].lower) && tokens[a - 2].capitalized;
    if ((t.shape == TokenShape::kPunct || t.shape == TokenShape::kNumber) && !rank_part &&
        !title_dot) {
      break;
    }
    const bool connector = (t.lower == "of" || t.lower == "for" || t.lower == "and") &&
                           a < b && tokens[a].capitalized && a - 1 > s.first &&
                           tokens[a - 2].capitalized;
    // "officials in Japan", "Police in Omaha": a speaker noun and where it is; "officials
    // and state media": speakers coordinated
    const bool modifier = (t.lower == "in" || t.lower == "for" || t.lower == "from" ||
                           t.lower == "at") &&
                          a < b && tokens[a].capitalized && a - 1 > s.first &&
                          speaker_noun(tokens[a - 2].lower);
    const bool coordinated = t.lower == "and" && a < b && a - 1 > s.first &&
                             speaker_noun(tokens[a - 2].lower);
    if (in(subject_stops(), t.lower) && !connector && !modifier && !coordinated) {
      break;
    }
    --a;
    if (t.lower == "the" || t.lower == "a" || t.lower == "an") {
      break;
    }
  }
  return {a, b};
}

std::pair<std::size_t, std::size_t> source_after(const std::vector<Token>& tokens,
                                                 const Sentence& s, std::size_t a) {
  std::size_t b = a;
  while (b < s.last && b - a < 10 && tokens[b].shape != TokenShape::kPunct &&
         tokens[b].shape != TokenShape::kNumber &&
         !(b > a && in(subject_stops(), tokens[b].lower) &&
           !((tokens[b].lower == "of" || tokens[b].lower == "for" || tokens[b].lower == "and") &&
             b + 1 < s.last && tokens[b + 1].capitalized))) {
    ++b;
  }
  return {a, b};
}

}  // namespace tally::attribution_parts
