// What the source phrase of a reporting frame names: a name without its title, a description,
// or a pronoun or a definite description resolved through the article's speakers.

#include "common/analysis/attribution_source.hpp"

#include <algorithm>

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/date_words.hpp"
#include "common/analysis/entity_tokens.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/core/strings.hpp"

namespace tally::attribution_parts {

bool is_period_noun(std::string_view w) {
  return w == "week" || w == "month" || w == "year" || w == "weekend";
}

bool is_body_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "for" || w == "from";
}

namespace {

using attribution_words::Anaphor;
using attribution_words::is_document_noun;
using attribution_words::is_incident_noun;
using attribution_words::is_organisation_word;
using attribution_words::is_source_title;
using attribution_words::is_speaker_noun;
using attribution_words::is_subject_stop;
using attribution_words::organisation_anaphor;

bool is_np_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" ||
         w == "their" || w == "our" || w == "my" || w == "this" || w == "that" || w == "these" ||
         w == "those";
}

// "let", "it", "that": words whose "'s" is a contraction ("Let's", "It's", "That's").
bool is_contracted_subject(std::string_view w) {
  return w == "let" || w == "it" || w == "he" || w == "she" || w == "that" || w == "what" ||
         w == "there" || w == "here" || w == "who" || w == "where";
}

bool is_hanging_preposition(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "by" || w == "from" || w == "in";
}

// "last week", "this month", "next year": a period named from the day of writing.
bool is_relative_period(std::string_view w, std::string_view period) {
  return (w == "last" || w == "this" || w == "next" || w == "past") && is_period_noun(period);
}

// The most words of a title met again after "the": "the attorney general".
constexpr std::size_t kMaxTitleWords = 3;

// Whether a person's title (lower case) holds the office `wanted` names, as whole words:
// "the minister" in "turkish health minister", "minister of health"; not "the man" in
// "chairman", nor "the president" in "vice president" (titles.tsv's other_office words).
bool title_holds(std::string_view title, std::string_view wanted) {
  for (auto at = title.find(wanted); at != std::string_view::npos;
       at = title.find(wanted, at + 1)) {
    const std::size_t end = at + wanted.size();
    if ((at > 0 && title[at - 1] != ' ') || (end < title.size() && title[end] != ' ')) {
      continue;
    }
    const std::string_view before = at > 0 ? title.substr(0, at - 1) : std::string_view();
    const auto space = before.rfind(' ');
    const auto word = space == std::string_view::npos ? before : before.substr(space + 1);
    if (word.empty() || !attribution_words::is_other_office(word)) {
      return true;
    }
  }
  return false;
}

}  // namespace

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
  // "data released Thursday", "officials said Tuesday": a time is no source; nor is a
  // preposition left hanging ("an analysis from the Migration Policy Institute of 2012 data")
  // ("Figures from the Department of Health released last week": a relative time, and the
  // participle of release after a name)
  while (b > a && (attribution_words::is_time_adverb(tokens[b - 1].lower) ||
                   is_hanging_preposition(tokens[b - 1].lower))) {
    --b;
  }
  if (b > a + 2 && is_relative_period(tokens[b - 2].lower, tokens[b - 1].lower)) {
    b -= 2;
  }
  if (b > a + 1 && attribution_words::is_passive_source(tokens[b - 1].lower) &&
      tokens[b - 2].capitalized) {
    --b;
  }
  if (a >= b) {
    return s;
  }
  // "Let's say ...", "It's estimated ...": a contraction, not a holder's possessive; nor does
  // a time hold anything ("March's initially reported loss")
  if (const auto stem = without_possessive(tokens[b - 1].lower);
      stem != tokens[b - 1].lower &&
      (is_contracted_subject(stem) || date_words::is_month_name(stem) ||
       attribution_words::is_time_adverb(stem))) {
    return s;
  }
  // "Research from Williams Institute": who made the document (a span never holds "by", where
  // a subject or a source ends; "a report by Pew" is read in attribution.cpp)
  for (std::size_t k = a + 1; k + 1 < b && k < a + 5; ++k) {
    if (tokens[k].lower == "from" && is_document_noun(tokens[k - 1].lower) &&
        tokens[b - 1].capitalized) {
      a = k + 1;
      break;
    }
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
  // a quantifier alone names no one: "Many believe ...", "Others said ..."
  if (b == a + 1 && attribution_words::is_quantifier_pronoun(first)) {
    return s;
  }
  // an incident or an event is not a speaker: "Tuesday's explosion killed ...", "A bomb
  // attack ...", "Two deaths ..." end a subject that a later verb took for a source. As a
  // modifier it names the speaker's field: "state fire officials", "fire spokesman Thanh Nguyen"
  // (what a speaker knows may name one: "a source close to the investigation of the attack")
  for (std::size_t k = a; k < b; ++k) {
    if (knows_at(tokens, a, k)) {
      break;
    }
    if (tokens[k].shape == TokenShape::kNumber && !ranking(tokens, a, k)) {
      return s;
    }
    if (is_document_noun(tokens[k].lower)) {
      continue;  // (a document that names an event too: "the indictment says")
    }
    const std::size_t event_length = match_event(tokens, k, b).length;
    const std::size_t end = event_length > 0 ? k + event_length
                                             : (is_incident_noun(tokens[k].lower) ? k + 1 : k);
    const bool modifier = end < b && tokens[end].shape == TokenShape::kWord &&
                          !is_subject_stop(tokens[end].lower);
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
  // "its report", "its website": a document of the organisation named before it in the
  // sentence ("CURE ... operates hospitals in 29 countries, according to its website"), else of
  // the one last named as a source
  if (first == "its" && b > a + 1 &&
      (is_document_noun(tokens[b - 1].lower) ||
       attribution_words::is_medium_noun(tokens[b - 1].lower))) {
    s.text = memory.last_organisation;
    s.organisation = true;
    std::size_t start = a;
    while (start > 0 && a - start < 40 && !is_punct(tokens[start - 1], '.')) {
      --start;
    }
    const EntitySpan* owner = nullptr;
    for (const auto& e : entities) {
      if (e.kind == EntityKind::kOrganisation && e.begin >= tokens[start].begin &&
          e.end <= tokens[a].begin) {
        owner = &e;
      }
    }
    if (owner) {
      s.text = owner->name;
    }
    s.organisation = !s.text.empty();
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
    // "CDC" written, "Centers for Disease Control and Prevention" meant: both, so that the
    // source reads as the text wrote it and meets its aliases
    const std::string_view written = text.substr(e->begin, e->end - e->begin);
    const bool acronym =
        written.size() >= 2 && written.size() <= 8 && written != e->name &&
        std::all_of(written.begin(), written.end(),
                    [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '&'; });
    if (e->kind != EntityKind::kPerson && acronym) {
      s.text += " (" + std::string(written) + ")";
    }
    s.person = e->kind == EntityKind::kPerson;
    s.organisation = e->kind != EntityKind::kPerson;
    if (s.person && !e->title.empty()) {
      memory.titled_people.emplace_back(ascii_lower(e->title), e->name);
    }
  } else {
    // The last run of capitalised words ("Recep Tayyip Erdogan", "Syrian Observatory for
    // Human Rights"), titles dropped; else the phrase itself as a description.
    // ("al-Naass", "el-Sissi": a particle joined to a capitalised name is part of it)
    const auto name_word = [&](const Token& t) {
      return t.capitalized ||
             entity_tokens::is_particle_name(text.substr(t.begin, t.end - t.begin));
    };
    std::size_t run_end = b;
    while (run_end > a && !name_word(tokens[run_end - 1])) {
      --run_end;
    }
    std::size_t run_start = run_end;
    while (run_start > a) {
      const Token& t = tokens[run_start - 1];
      const bool ampersand = run_start - 1 > a && is_name_ampersand(tokens, run_start - 1);
      const bool connector = (t.lower == "of" || t.lower == "for" || t.lower == "and") &&
                             run_start - 1 > a && tokens[run_start - 2].capitalized;
      if (!(name_word(t) || connector || ampersand) || (!is_word(t) && !ampersand)) {
        break;
      }
      --run_start;
    }
    // "Police in Dayton": the name only says where the speakers are
    const auto& before_run = run_start > a ? tokens[run_start - 1].lower : std::string();
    const bool located = run_start > a && is_speaker_noun(tokens[a].lower) &&
                         (before_run == "in" || before_run == "at" || before_run == "from");
    const bool description = run_end < b || run_start == run_end ||
                             (first == "a" || first == "an") || located;
    if (description) {
      s.text = std::string(
          without_possessive(text.substr(tokens[a].begin, tokens[b - 1].end - tokens[a].begin)));
      for (std::size_t k = a; k < b; ++k) {
        s.organisation = s.organisation || is_organisation_word(tokens[k].lower);
      }
      // "the governor", "the attorney general": the last person seen with that title
      if (first == "the" && b > a + 1 && b <= a + 1 + kMaxTitleWords) {
        std::string wanted;  // the title's words after "the", lower case
        for (std::size_t k = a + 1; k < b; ++k) {
          wanted += (wanted.empty() ? "" : " ") + tokens[k].lower;
        }
        for (const auto* people : {&memory.titled_people, &memory.titled_mentions}) {
          const auto it = std::find_if(people->rbegin(), people->rend(), [&](const auto& p) {
            return title_holds(p.first, wanted);
          });
          if (it != people->rend()) {
            s.text = it->second;
            s.person = true;
            s.organisation = false;
            break;
          }
        }
      }
      // a description speaks only when it names people, a body or a document: "its plan
      // announced in November" is not a source
      // (before where they are or what they know: "officials in the city", "doctors at the
      // hospital", "a person familiar with the matter")
      std::size_t head_end = b;
      for (std::size_t k = a + 1; k + 1 < b; ++k) {
        const auto& w = tokens[k].lower;
        if (is_body_preposition(w) || knows_at(tokens, a, k)) {
          head_end = k;
          break;
        }
      }
      const auto speaks = [&](const std::string& head) {
        return is_speaker_noun(head) || is_organisation_word(head) || is_source_title(head) ||
               !people_singular(head).empty() || is_document_noun(head) ||
               organisation_anaphor(head) != Anaphor::kNone;
      };
      // "Taher al-Omar": a name that ends in lower case ("The", "Its" opening a sentence are
      // not names)
      bool named = false;
      for (std::size_t k = a; k < b; ++k) {
        named = named || (tokens[k].capitalized && (k > a || !is_np_determiner(tokens[k].lower)));
      }
      if (!s.person && !named && !speaks(tokens[b - 1].lower) &&
          !speaks(tokens[head_end - 1].lower) && !tokens[b - 1].capitalized) {
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
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s" && k + 1 < run_end) {
        name_start = k + 1;
      }
    }
    std::size_t title_start = name_start;
    bool org = false;
    for (std::size_t k = name_start; k < run_end; ++k) {
      org = org || is_organisation_word(tokens[k].lower);
    }
    while (!org && name_start + 1 < run_end && is_source_title(tokens[name_start].lower)) {
      ++name_start;
    }
    if (name_start >= run_end) {
      return s;
    }
    // (a holder's possessive is no part of the name: "Romney's claim that ...")
    s.text = std::string(without_possessive(
        text.substr(tokens[name_start].begin, tokens[run_end - 1].end - tokens[name_start].begin)));
    s.organisation = org || run_end - name_start == 1;
    s.person = !s.organisation;
    if (s.person && title_start < name_start) {
      memory.titled_people.emplace_back(
          ascii_lower(text.substr(tokens[title_start].begin,
                                  tokens[name_start - 1].end - tokens[title_start].begin)),
          s.text);
    }
  }
  return s;
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

}  // namespace tally::attribution_parts
