#include "common/analysis/attribution.hpp"

#include <cstdlib>
#include <unordered_set>

#include "common/analysis/lexicon.hpp"

namespace tally {
namespace {

bool in(const std::unordered_set<std::string_view>& set, std::string_view w) {
  return set.count(w) > 0;
}

const std::unordered_set<std::string_view>& speech_verbs() {
  static const std::unordered_set<std::string_view> kWords = {
      "said",      "says",     "say",      "told",      "tells",     "reported",  "reports",
      "added",     "adds",     "stated",   "states",    "announced", "announces", "confirmed",
      "confirms",  "claimed",  "claims",   "estimated", "estimates", "tweeted",   "wrote",
      "saying",    "declared", "quoted",   "insisted",  "noted",     "revealed",  "disclosed", "listed"};
  return kWords;
}

// Participles whose agent ("by X") is the source of the figures: "reported by X".
const std::unordered_set<std::string_view>& passive_sources() {
  static const std::unordered_set<std::string_view> kWords = {
      "reported", "released", "compiled", "published", "provided", "confirmed", "announced",
      "issued", "gathered", "collected", "listed", "recorded"};
  return kWords;
}

const std::unordered_set<std::string_view>& subject_adverbs() {
  static const std::unordered_set<std::string_view> kWords = {
      "also",  "later",   "earlier",  "previously", "repeatedly", "again",  "separately",
      "has",   "had",     "have",     "originally", "initially",  "first",  "then",
      "further", "officially", "publicly", "reportedly", "had", "was", "were", "is", "subsequently"};
  return kWords;
}

const std::unordered_set<std::string_view>& subject_stops() {
  static const std::unordered_set<std::string_view> kWords = {
      "that", "which", "who", "and", "but", "as", "while", "when", "after", "before", "if",
      "because", "although", "though", "where", "since", "so", "than", "in", "on", "at",
      "by", "with", "from", "to", "into", "however", "meanwhile", "until", "whom", "whose"};
  return kWords;
}

// Title words dropped from the front of a name when no entity reader says better.
const std::unordered_set<std::string_view>& title_words() {
  static const std::unordered_set<std::string_view> kWords = {
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

const std::unordered_set<std::string_view>& organisation_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "observatory", "ministry", "agency", "council", "nations", "party", "army", "group",
      "news", "media", "office", "department", "government", "committee", "organisation",
      "organization", "union", "association", "police", "military", "forces", "command",
      "tv", "television", "network", "reuters", "afp", "ap", "anadolu", "kremlin", "pentagon",
      "commission", "authority", "authorities", "service", "services", "court", "bank",
      "company", "institute", "foundation", "center", "centre", "monitor", "ngo"};
  return kWords;
}

const std::unordered_set<std::string_view>& incident_heads() {
  static const std::unordered_set<std::string_view> kWords = {
      "attack", "attacks", "bombing", "explosion", "blast", "strike", "shooting", "crash",
      "quake", "earthquake", "storm", "fire", "airstrike", "raid", "ambush", "outbreak"};
  return kWords;
}

struct Source {
  std::string text;
  bool person = false;
  bool organisation = false;
};

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

// Resolves a source phrase (tokens [a, b)) to a name or a description.
Source resolve(std::string_view text, const std::vector<Token>& tokens, std::size_t a,
               std::size_t b, const std::vector<EntitySpan>& entities, SpeakerMemory& memory) {
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
  // attack ...", "Two deaths ..." end a subject that a later verb took for a source
  for (std::size_t k = a; k < b; ++k) {
    if (tokens[k].shape == TokenShape::kNumber || match_event(tokens, k, b).length > 0 ||
        in(incident_heads(), tokens[k].lower)) {
      return s;
    }
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
    const bool description = run_end < b || run_start == run_end ||
                             (first == "a" || first == "an");
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

// The subject phrase ending just before token v: [a, b).
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
    if (k > s.first + 1 && is_punct(tokens[k - 1], ',') &&
        (tokens[k].lower == "the" || tokens[k].lower == "a" || tokens[k].lower == "an" ||
         tokens[k].lower.ends_with("'s") || tokens[k].capitalized)) {
      b = k - 1;
    } else {
      return {v, v};
    }
  }
  std::size_t a = b;
  while (a > s.first && b - a < 9) {
    const Token& t = tokens[a - 1];
    if (t.shape == TokenShape::kPunct || t.shape == TokenShape::kNumber) {
      break;
    }
    const bool connector = (t.lower == "of" || t.lower == "for" || t.lower == "and") &&
                           a < b && tokens[a].capitalized && a - 1 > s.first &&
                           tokens[a - 2].capitalized;
    if (in(subject_stops(), t.lower) && !connector) {
      break;
    }
    --a;
    if (t.lower == "the" || t.lower == "a" || t.lower == "an") {
      break;
    }
  }
  return {a, b};
}

// The source phrase after "according to" / "citing" / "by": up to a clause break: [a, b).
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

bool quote_opens_unclosed(const std::vector<Token>& tokens, const Sentence& s) {
  int quotes = 0;
  for (std::size_t k = s.first; k < s.last; ++k) {
    quotes += is_quote(tokens[k]) && tokens[k].lower != "'" ? 1 : 0;
  }
  return s.last > s.first && is_quote(tokens[s.first]) && quotes % 2 == 1;
}

}  // namespace

std::vector<AttributionFrame> find_attributions(std::string_view text, const TokenizedText& tt,
                                                const std::vector<EntitySpan>& entities,
                                                SpeakerMemory& memory) {
  std::vector<AttributionFrame> frames;
  const auto& tokens = tt.tokens;
  for (std::size_t si = 0; si < tt.sentences.size(); ++si) {
    const Sentence& s = tt.sentences[si];
    for (std::size_t k = s.first; k < s.last; ++k) {
      const auto& w = tokens[k].lower;
      AttributionFrame f;
      f.sentence = si;
      f.cue = k;
      std::pair<std::size_t, std::size_t> src{k, k};
      const bool passive_by =
          w == "by" && k > s.first && in(passive_sources(), tokens[k - 1].lower);
      if (passive_by) {
        // "figures reported by health authorities", "data released by the ministry"
        src = source_after(tokens, s, k + 1);
        f.covers_before = true;
        f.covers_after = true;
      } else if ((w == "according" && k + 1 < s.last && tokens[k + 1].lower == "to") || w == "citing") {
        const std::size_t from = w == "citing" ? k + 1 : k + 2;
        src = source_after(tokens, s, from);
        f.covers_before = true;
        f.covers_after = true;
      } else if (in(speech_verbs(), w)) {
        if (k > s.first && tokens[k - 1].lower == "to") {
          continue;  // "prompting Erdogan to say"
        }
        if (k + 1 < s.last && tokens[k + 1].lower == "by") {
          continue;  // "figures reported by X": the agent is the source, not the subject
        }
        if (tokens[k].capitalized && k > s.first && tokens[k - 1].capitalized) {
          continue;  // "United States", "Daily Reports": part of a name
        }
        if (w == "saying" || w == "quoted") {
          // "X was quoted as saying by Y": X
          std::size_t v = k;
          if (w == "saying" && v >= s.first + 2 && tokens[v - 1].lower == "as" &&
              tokens[v - 2].lower == "quoted") {
            v -= 2;
          } else if (w == "saying") {
            continue;  // ", saying ...": the subject is the clause before
          }
          if (v > s.first && (tokens[v - 1].lower == "was" || tokens[v - 1].lower == "were")) {
            --v;
          }
          src = subject_before(tokens, s, v);
        } else {
          src = subject_before(tokens, s, k);
        }
        if (src.first == src.second) {
          // "said X": the subject after the verb ("..., said Taher al-Omar")
          if (k > s.first && is_punct(tokens[k - 1], ',') && k + 1 < s.last &&
              tokens[k + 1].capitalized) {
            src = source_after(tokens, s, k + 1);
          } else {
            continue;
          }
        }
        const bool preceded_by_break =
            src.first > s.first && (is_punct(tokens[src.first - 1], ',') || is_quote(tokens[src.first - 1]));
        f.covers_before = preceded_by_break || src.first == k + 1;
        f.covers_after = k + 1 < s.last && !is_punct(tokens[k + 1], ',') &&
                         !is_punct(tokens[k + 1], '.') && !is_punct(tokens[k + 1], ';');
      } else {
        continue;
      }
      const auto source = resolve(text, tokens, src.first, src.second, entities, memory);
      f.source = source.text;
      if (!source.text.empty()) {
        const auto& first = tokens[src.first].lower;
        const bool pronoun = first == "he" || first == "she" || first == "it";
        if (!pronoun && source.person) {
          memory.last_person = source.text;
        } else if (!pronoun && source.organisation) {
          memory.last_organisation = source.text;
        }
      }
      // ", citing X": X is the source of the frame just before; so is the agent of
      // "according to figures released by X"
      if (!frames.empty() && frames.back().sentence == si && !f.source.empty() &&
          (w == "citing" || (passive_by && k <= frames.back().cue + 6))) {
        frames.back().source = f.source;
      }
      frames.push_back(std::move(f));
    }
  }
  return frames;
}

std::vector<std::string> attribute_figures(const TokenizedText& tt,
                                           const std::vector<AttributionFrame>& frames,
                                           const std::vector<FigureSpan>& figures) {
  std::vector<std::string> out(figures.size());
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const auto& f = figures[i];
    const AttributionFrame* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& fr : frames) {
      if (fr.sentence != f.sentence) {
        continue;
      }
      const bool before = f.number_first < fr.cue;
      if ((before && !fr.covers_before) || (!before && !fr.covers_after)) {
        continue;
      }
      const std::size_t d = before ? fr.cue - f.number_first : f.number_first - fr.cue;
      if (!best || d < best_distance) {
        best = &fr;
        best_distance = d;
      }
    }
    if (!best && quote_opens_unclosed(tt.tokens, tt.sentences[f.sentence])) {
      // a quotation that spans sentences: the frame that closes it
      for (const auto& fr : frames) {
        if (fr.sentence > f.sentence && fr.covers_before) {
          best = &fr;
          break;
        }
      }
    }
    if (best) {
      out[i] = best->source;
    }
  }
  return out;
}

}  // namespace tally
