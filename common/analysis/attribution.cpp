#include "common/analysis/attribution.hpp"

#include <algorithm>

#include "common/analysis/attribution_cues.hpp"
#include "common/analysis/attribution_source.hpp"
#include "common/analysis/attribution_words.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/figure_parts.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/numbers.hpp"
#include "common/core/strings.hpp"

namespace tally {
namespace {

using attribution_parts::before_adverbs;
using attribution_parts::belief_verb;
using attribution_parts::claim_holder;
using attribution_parts::claims_lives;
using attribution_parts::finding_verb;
using attribution_parts::forecast_verb;
using attribution_parts::is_finite_be;
using attribution_parts::is_pronoun;
using attribution_parts::knows_at;
using attribution_parts::noun_after_determiner;
using attribution_parts::opens_report;
using attribution_parts::relative_report;
using attribution_parts::participle_of_saying;
using attribution_parts::progressive_of_saying;
using attribution_parts::resolve_source;
using attribution_parts::source_after;
using attribution_parts::subject_before;
using attribution_parts::toll_verb;
using attribution_words::is_passive_source;
using attribution_words::is_speech_verb;

// A noun for one who gives figures, or a title in lower case: "police", "officials", "officer",
// "spokesman".
bool speaker_word(std::string_view lower) {
  return attribution_words::is_speaker_noun(lower) || entity_words::is_lower_title(lower);
}

// The first comma or semicolon of sentence `s` from token `from` on, or the sentence's end.
std::size_t clause_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t from) {
  while (from < s.last && !is_punct(tokens[from], ',') && !is_punct(tokens[from], ';')) {
    ++from;
  }
  return from;
}

// The first semicolon or dash that sets off an aside in sentence `s` from token `from` on, or
// the sentence's end: where a report inside the sentence stops.
std::size_t aside_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t from) {
  while (from < s.last && !is_punct(tokens[from], ';') && !is_aside_dash(tokens, from)) {
    ++from;
  }
  return from;
}

// The source phrase that starts at `a`, right after a speech verb, starts with a capital and
// holds a person's name that ends the clause: the sentence ends after it, or an appositive that
// no verb follows ("said David Marin.", "said David Marin, a director of ICE."; not "said
// Erdogan had ordered ...", "said James Smith, 34, was arrested", "say Trump Jr. was told").
bool person_after(const std::vector<Token>& tokens, const Sentence& s, std::size_t a,
                  const std::vector<EntitySpan>& entities) {
  const auto after = source_after(tokens, s, a);
  if (after.first == after.second || !tokens[a].capitalized) {
    return false;
  }
  const EntitySpan* e =
      attribution_parts::entity_in(entities, tokens[after.first].begin,
                                   tokens[after.second - 1].end);
  if (!e || e->kind != EntityKind::kPerson) {
    return false;
  }
  std::size_t next = after.first;  // the token after the name
  while (next < s.last && tokens[next].begin < e->end) {
    ++next;
  }
  if (next == s.last || (next + 1 == s.last && tokens[next].shape == TokenShape::kPunct)) {
    return true;
  }
  if (!is_punct(tokens[next], ',')) {
    return false;
  }
  for (std::size_t k = next; k + 1 < s.last; ++k) {
    const auto& w = tokens[k + 1];
    if (is_punct(tokens[k], ',') && !w.capitalized && w.shape == TokenShape::kWord &&
        (w.lower.ends_with("ed") || attribution_parts::is_finite_auxiliary(w.lower))) {
      return false;
    }
  }
  return true;
}

// Whether the word may open a frame: each branch of find_attributions's loop over the words
// opens with one of these tests, so the loop passes any other word at once.
bool may_open_frame(std::string_view w) {
  static const WordSet kVerbs = [] {
    WordSet verbs = lexicon_word_lists(
        data::lexicon_reporting(),
        {"speech", "finding", "belief", "toll_verb", "saying_participle", "progressive"});
    for_each_lexicon_row(data::lexicon_changes(), [&](const std::vector<std::string_view>& row) {
      if (row.size() >= 2 && row[1] == "forecast") {  // is_forecast_word
        verbs.add(row[0]);
      }
    });
    return verbs;
  }();
  return w == "by" || w == "according" || w == "citing" || w == "that" ||
         w.starts_with("claim") ||
         kVerbs.contains(w);
}

}  // namespace

void remember_titled_people(const std::vector<EntitySpan>& entities, std::size_t begin,
                            std::size_t end, SpeakerMemory& memory) {
  for (const auto& e : entities) {
    if (e.kind == EntityKind::kPerson && !e.title.empty() && e.begin >= begin && e.begin < end) {
      memory.titled_mentions.emplace_back(ascii_lower(e.title), e.name);
    }
  }
}

std::vector<AttributionFrame> find_attributions(std::string_view text, const TokenizedText& tt,
                                                const std::vector<EntitySpan>& entities,
                                                SpeakerMemory& memory) {
  std::vector<AttributionFrame> frames;
  const auto& tokens = tt.tokens;
  std::size_t seen = 0;  // the titled people named before this byte are remembered
  for (std::size_t si = 0; si < tt.sentences.size(); ++si) {
    const Sentence& s = tt.sentences[si];
    remember_titled_people(entities, seen, s.begin, memory);
    seen = s.begin;
    // a headline's label: "Police: 2 dead, 7 wounded in N Carolina shooting"
    const auto label = attribution_parts::label_speaker(tokens, s);
    if (label.first < label.second) {
      AttributionFrame f;
      f.sentence = si;
      f.cue = label.second;
      f.covers_after = true;
      f.source = resolve_source(text, tokens, label.first, label.second, entities, memory).text;
      f.source_first = label.first;
      f.source_last = label.second;
      if (!f.source.empty()) {
        frames.push_back(std::move(f));
      }
    }
    std::vector<std::size_t> beliefs;  // the indices in `frames` of this sentence's beliefs
    for (std::size_t k = s.first; k < s.last; ++k) {
      const auto& w = tokens[k].lower;
      if (!may_open_frame(w)) {
        continue;
      }
      AttributionFrame f;
      f.sentence = si;
      f.cue = k;
      std::pair<std::size_t, std::size_t> src{k, k};
      bool clause_subject = false;  // the subject of the clause a participle goes with
      bool described = false;       // a speaker after the verb told by what they are
      bool found = false;           // a finding or a belief, which no one unnamed holds
      bool believed = false;        // a belief (belief_verb)
      // the auxiliary of "CBS News is reporting that", where its subject ends (k when none)
      const std::size_t progressive_at = progressive_of_saying(tokens, s, k);
      const bool progressive = progressive_at != k;
      // "data released by the ministry", "released Thursday by the Labor Department"
      const bool passive_by =
          w == "by" && k > s.first &&
          (is_passive_source(tokens[k - 1].lower) ||
           (k > s.first + 1 && attribution_words::is_time_adverb(tokens[k - 1].lower) &&
            is_passive_source(tokens[k - 2].lower)));
      if (passive_by) {
        // "figures reported by health authorities", "data released by the ministry"
        src = source_after(tokens, s, k + 1);
        f.covers_before = true;
        f.covers_after = true;
      } else if ((w == "according" && k + 1 < s.last && tokens[k + 1].lower == "to") ||
                 w == "citing") {
        const std::size_t from = w == "citing" ? k + 1 : k + 2;
        src = source_after(tokens, s, from);
        // "according to the August Migration Report released by CBP": who released it
        if (src.second + 2 < s.last && src.second > src.first &&
            is_passive_source(tokens[src.second].lower) && tokens[src.second + 1].lower == "by" &&
            attribution_words::is_document_noun(tokens[src.second - 1].lower)) {
          src = source_after(tokens, s, src.second + 2);
        }
        // "according to a report in The Advocate": the publication gives it
        if (src.second + 1 < s.last && src.second > src.first &&
            attribution_words::is_document_noun(tokens[src.second - 1].lower) &&
            (tokens[src.second].lower == "in" || tokens[src.second].lower == "by" ||
             tokens[src.second].lower == "from")) {
          src = source_after(tokens, s, src.second + 1);
        }
        f.covers_before = true;
        f.covers_after = true;
      } else if (forecast_verb(tokens, s, k)) {
        // "Economists had expected 230,000 jobs": the subject gives the forecast, before its
        // auxiliaries and a poll's "surveyed by Dow Jones"
        std::size_t v = k;
        while (v > s.first && (tokens[v - 1].lower == "had" || tokens[v - 1].lower == "have" ||
                               tokens[v - 1].lower == "has" || tokens[v - 1].lower == "been")) {
          --v;
        }
        for (std::size_t j = v; j > s.first && j + 6 > v; --j) {
          const auto& p = tokens[j - 1].lower;
          if ((p == "surveyed" || p == "polled" || p == "questioned") && tokens[j].lower == "by") {
            v = j - 1;
            break;
          }
        }
        src = subject_before(tokens, s, v);
        if (src.first == src.second) {
          continue;
        }
        f.covers_after = true;
        f.continues = false;
      } else if (w.starts_with("claim") && claims_lives(tokens, s, k)) {
        // "Maria claimed more than 30 lives", "The war has also claimed the lives of 67": a toll
        // the text states, no saying; a frame with no source, which the sentence does not
        // continue from the one before. Inside a report, the report's: "The United Nations
        // estimates that the conflict claims as many as 5,000 lives per month"; but a relative
        // clause is the writer's: "Trump said ... the mass shooting that claimed at least 26
        // lives"
        if (w == "claiming") {
          continue;  // (a participle is no clause of its own: "20 attacks claiming 780 lives")
        }
        const bool relative = k > s.first && (tokens[k - 1].lower == "that" ||
                                              tokens[k - 1].lower == "which");
        bool inside_report = false;  // (this sentence's frames are the last ones)
        for (auto o = frames.rbegin(); !relative && o != frames.rend() && o->sentence == si; ++o) {
          inside_report = inside_report || (o->covers_after && o->cue < k);
        }
        if (inside_report) {
          continue;
        }
        f.covers_after = true;  // (src stays empty: no source)
        f.continues = false;
        f.covers_until = clause_end(tokens, s, k + 1);
      } else if (const auto holder = claim_holder(tokens, s, k); holder.first < holder.second) {
        // "Romney's claim that he'll create 3 million new jobs": the holder's, to the clause's
        // end or a dash ("Sciorra's allegations that Weinstein attacked her -- and ... the
        // allegations by two other women")
        src = holder;
        f.covers_after = true;
        f.continues = false;
        f.covers_until = std::min(clause_end(tokens, s, k + 1), aside_end(tokens, s, k + 1));
      } else if (toll_verb(tokens, s, k)) {
        // "officials put the death toll at 40": the subject gives the toll
        src = subject_before(tokens, s, k);
        if (src.first == src.second) {
          continue;
        }
        f.covers_after = true;
      } else if (const bool participle = participle_of_saying(tokens, s, k),
                 belief = belief_verb(tokens, s, k),
                 finding = belief || finding_verb(tokens, s, k);
                 participle || progressive || is_speech_verb(w) || finding) {
        found = finding;
        believed = belief;
        if (k > s.first && tokens[k - 1].lower == "to") {
          continue;  // "prompting Erdogan to say"
        }
        // a finding still to come is the forecaster's, not the document's: "We continue to
        // forecast that Friday's BLS report will show nonfarm job growth of 140,000"
        if (finding && !belief && k > s.first &&
            (tokens[k - 1].lower == "will" || tokens[k - 1].lower == "would")) {
          continue;
        }
        if (k > s.first && (tokens[k - 1].lower == "an" || tokens[k - 1].lower == "a" ||
                            tokens[k - 1].lower == "the")) {
          continue;  // "an estimated 5,000 people", "a reported 2,000": an adjective
        }
        if (k + 1 < s.last && tokens[k + 1].lower == "by") {
          continue;  // "figures reported by X": the agent is the source, not the subject
        }
        // a passive with no agent names no source: a perfect, finite or infinitive one ("Cases
        // have been confirmed in a dozen countries", "He was confirmed on a 54-45 vote", "that
        // three deaths were confirmed" leaves the saying around it; not "X has been quoted as
        // saying"), and hearsay,
        // "said to" or "reported to", whose subject is what is reported on, not who reports
        // ("Tsarnaev is said to have recruited ...", "he was reported to have")
        if (k > s.first) {
          const auto& before = tokens[k - 1].lower;
          const bool passive = w != "quoted" && w.ends_with("ed") &&
                               (before == "been" || before == "being" || before == "be" ||
                                is_finite_be(before));
          const bool hearsay = (w == "said" || w == "reported") && is_finite_be(before) &&
                               k + 1 < s.last && tokens[k + 1].lower == "to";
          if (passive || hearsay) {
            continue;
          }
        }
        if (belief) {
          f.covers_until = attribution_parts::belief_end(tokens, s, k);
        }
        // a headline's closing frame: "..., Official Says", "..., Police Say": the verb ends
        // the sentence, after a comma and a capitalised subject of one to three words
        bool closing_frame = false;
        if (k + 1 >= s.last) {
          std::size_t j = k;
          while (j > s.first + 1 && j + 4 > k && tokens[j - 1].capitalized) {
            --j;
          }
          closing_frame = j < k && j > s.first + 1 && j + 4 > k && is_punct(tokens[j - 1], ',');
        }
        if (tokens[k].capitalized && k > s.first && tokens[k - 1].capitalized && !closing_frame) {
          continue;  // "United States", "Daily Reports": part of a name
        }
        // "employers added 50,000 jobs": "added" says something only before a quote, "that" or
        // punctuation (", he added.", "She added that ...", "officials warned Tuesday that")
        if (attribution_words::is_event_with_object(w) && k + 1 < s.last) {
          std::size_t n = k + 1;
          while (n + 1 < s.last && attribution_words::is_time_adverb(tokens[n].lower)) {
            ++n;
          }
          // (or before a clause: "Las Vegas police report more than 527 people were injured";
          // not after a possessive, where an outer saying gives the source: "ADP said that its
          // own survey indicated 20.2 million jobs were lost")
          const auto possessed = [&] {
            for (std::size_t b = k; b > s.first && b + 3 > k; --b) {
              if (is_possessive_determiner(tokens[b - 1].lower)) {
                return true;
              }
            }
            return false;
          };
          if (tokens[n].lower != "that" && tokens[n].shape != TokenShape::kPunct &&
              !is_quote(tokens[n]) &&
              (possessed() || !attribution_parts::clause_follows(tokens, s, n))) {
            continue;
          }
        }
        // "claimed responsibility for the attacks that killed 130": no source of the figure
        if (k + 1 < s.last && (tokens[k + 1].lower == "responsibility" ||
                               tokens[k + 1].lower == "credit")) {
          continue;
        }
        // "jobless claims hit 6.6 million", "news reports said": after a lower-case word that
        // is no pronoun and before neither "that", a quote nor a clause, "claims"/"reports" is
        // a noun ("Twenty-two states are ...": after a number word it is a noun, capital or
        // not)
        if (attribution_words::is_noun_too(w)) {
          if (noun_after_determiner(tokens, s, k)) {
            continue;
          }
          const bool counted = k > s.first && number_word_value(tokens[k - 1].lower) > 0;
          if (k > s.first && (!tokens[k - 1].capitalized || k - 1 == s.first || counted) &&
              tokens[k - 1].shape == TokenShape::kWord && !is_pronoun(tokens[k - 1].lower) &&
              !(k + 1 < s.last && (tokens[k + 1].lower == "that" || is_quote(tokens[k + 1]) ||
                                   attribution_parts::clause_follows(tokens, s, k + 1)))) {
            continue;
          }
        }
        const bool listener = w == "told" || w == "tells";  // takes a listener, no subject after
        const bool quoted_as = w == "saying" && k >= s.first + 2 &&
                               tokens[k - 1].lower == "as" && tokens[k - 2].lower == "quoted";
        if (!progressive && (participle || (w == "saying" && !quoted_as))) {
          // ", saying ...": the sentence's report goes on ("said Strach, adding that ...",
          // "according to Sky News, adding that ...", "Lidington told members of Parliament
          // about the situation, saying ..."), else the subject of the clause it goes with
          // ("Chase Kroll responded, saying", "Japan has criticized Trump ..., saying")
          if (k == s.first || !is_punct(tokens[k - 1], ',')) {
            continue;
          }
          clause_subject = true;
          src = attribution_parts::participle_subject(tokens, s, k - 1);
          // (not past a clause of its own with its subject: "Two died, police said, and the
          // army shelled the town, saying ..." is the army's)
          if (!frames.empty() && frames.back().sentence == si && !frames.back().source.empty() &&
              (src.first == src.second || src.first < frames.back().cue)) {
            AttributionFrame same = frames.back();
            same.cue = k;
            same.covers_before = false;
            same.covers_after = true;
            same.covers_until = AttributionFrame{}.covers_until;  // (not a relative clause's end)
            frames.push_back(std::move(same));
            continue;
          }
          if (src.first == src.second) {
            continue;  // never an inverted subject: ", noting that two members ..."
          }
        } else if (!progressive && (w == "saying" || w == "quoted")) {
          // "X was quoted as saying by Y": X
          std::size_t v = quoted_as ? k - 2 : k;
          if (v > s.first && (tokens[v - 1].lower == "was" || tokens[v - 1].lower == "were")) {
            --v;
          }
          src = subject_before(tokens, s, v);
        } else {
          src = subject_before(tokens, s, progressive_at);
          if (w == "showing") {
            src = attribution_parts::shown_by(tokens, s, src);  // "ADP released a report showing"
          }
          // no subject of its own, before what it reports (not "The war lasted three years
          // and claimed at least 100,000 lives"): a second verb of the clause's subject
          // ("Police arrived quickly and said three people were killed"), or a relative clause
          // set off by a comma, for the phrase it describes up to its next comma ("The report
          // Friday, which showed ...", "Police, who said 12 people were hurt, ...")
          // ("and later said", "which also showed")
          // (past a day or a week too: "The department, which this week said ...")
          const std::size_t at = before_adverbs(
              tokens, s, attribution_parts::before_time(tokens, s, before_adverbs(tokens, s, k)));
          const bool bare = src.first == src.second && at > s.first + 1 && k + 1 < s.last;
          const std::string_view link = bare ? std::string_view(tokens[at - 1].lower) : "";
          if (bare && (link == "and" || link == "but") && opens_report(tokens, s, k + 1)) {
            clause_subject = true;
            src = attribution_parts::participle_subject(tokens, s, at - 1);
          } else if (bare && at >= s.first + 3 && (link == "which" || link == "who") &&
                     is_punct(tokens[at - 2], ',') &&
                     (finding || opens_report(tokens, s, k + 1) ||
                      relative_report(tokens, s, k))) {
            clause_subject = true;
            src = subject_before(tokens, s, at - 2);
            if (src.first < src.second && tokens[src.first].lower == "or") {
              ++src.first;  // "the Nuclear Nonproliferation Treaty, or NPT, which says ..."
            }
            f.continues = false;
            f.covers_until = clause_end(tokens, s, k + 1);
          }
          // "... in Atlanta, Chicago, Los Angeles and surrounding areas, said David Marin": a
          // person named right after the verb is its subject, and what stood before the comma
          // was the last item of the report, not an appositive
          if (src.second + 1 < k && is_punct(tokens[k - 1], ',') && !listener &&
              person_after(tokens, s, k + 1, entities)) {
            src = source_after(tokens, s, k + 1);
          }
        }
        if (src.first == src.second) {
          // "said X": the subject after the verb ("..., said Taher al-Omar")
          // after a comma or a closing quote; "told" takes a listener, never an inverted subject
          bool named_after = false;  // "said Taher al-Omar", "said county coroner Ann Lee"
          const auto after = source_after(tokens, s, k + 1);
          // (or one who knows: "said a person familiar with the matter"; or a speaker told by
          // what they are, opened by a determiner or the noun itself: "said police", "said a
          // tribal police officer")
          // (not a clause: "..., said the president had a duty"; the description ends the
          // clause)
          const bool ends_clause = after.second == s.last ||
                                   tokens[after.second].shape == TokenShape::kPunct ||
                                   tokens[after.second].lower == "on";
          described = after.first < after.second && ends_clause &&
                      (figure_parts::is_determiner_word(tokens[after.first].lower) ||
                       speaker_word(tokens[after.first].lower));
          for (std::size_t j = after.first; j < after.second; ++j) {
            named_after = named_after || tokens[j].capitalized ||
                          knows_at(tokens, after.first, j) ||
                          (described && speaker_word(tokens[j].lower));
          }
          if (k > s.first && (is_punct(tokens[k - 1], ',') || is_quote(tokens[k - 1])) &&
              named_after && !listener) {
            src = after;
            // the name in apposition after the description: "said a tribal police officer,
            // Ali Ahmed"
            if (described && after.second + 1 < s.last && is_punct(tokens[after.second], ',') &&
                person_after(tokens, s, after.second + 1, entities)) {
              src = source_after(tokens, s, after.second + 1);
            }
          } else {
            continue;
          }
        }
        // the source set off by a comma from what stands before it
        const bool set_off = src.first > s.first && is_punct(tokens[src.first - 1], ',');
        const bool after_quote = src.first > s.first && is_quote(tokens[src.first - 1]);
        const bool preceded_by_break = !clause_subject && (set_off || after_quote);
        f.covers_before = preceded_by_break || src.first == k + 1;
        // a comma after the verb ends the frame ("..., he said, and the army sent troops"),
        // unless a quote follows it or the frame opens the sentence: "The ministry said,
        // 646,000 people were displaced", "As Moons reported, “...”"; for "and" see `joined`
        const bool opens_sentence =
            src.first == s.first || (src.first == s.first + 1 && tokens[s.first].lower == "as");
        const bool comma_after = k + 2 < s.last && is_punct(tokens[k + 1], ',');
        const bool comma_opens_report =
            comma_after && (is_quote(tokens[k + 2]) || opens_sentence);
        // a frame set off by commas inside a clause that goes on after it: "The virus,
        // officials said, has killed 40 people" (not "..., he said, and ...")
        // (a name or a number too after an opening phrase of time, place or condition: "On
        // Tuesday, police said, 12 people were killed", "In recent years, the government
        // contends, Hasson has collected 15 firearms")
        const bool after_scene = src.first > s.first + 1 &&
                                 attribution_words::opens_scene(tokens[s.first].lower) &&
                                 tokens[k + 2].shape != TokenShape::kPunct;
        // (or after a word that opens a clause: "in Syria, where, the United Nations
        // estimated, 70,000 people have been killed")
        const bool after_link =
            set_off && src.first >= s.first + 2 &&
            (attribution_words::starts_own_clause(tokens[src.first - 2].lower) ||
             tokens[src.first - 2].lower == "that");
        const bool parenthetical =
            comma_after && set_off &&
            (after_scene || after_link ||
             (is_word(tokens[k + 2]) && !tokens[k + 2].capitalized)) &&
            !attribution_words::starts_own_clause(tokens[k + 2].lower);
        // "There were 17 arrests, El País reported, and 62 people were injured": a report set
        // off after a first clause goes on over the clause joined to it by "and"
        const bool joined = comma_after && set_off && !clause_subject &&
                            tokens[k + 2].lower == "and" && k + 3 < s.last &&
                            opens_report(tokens, s, k + 3);
        f.covers_after = k + 1 < s.last &&
                         ((!is_punct(tokens[k + 1], ',') && !is_punct(tokens[k + 1], '.') &&
                           !is_punct(tokens[k + 1], ';')) ||
                          comma_opens_report || parenthetical || joined);
        // a saying in a subordinate clause inside the sentence (not the one that opens it)
        // reports only up to a dash or a semicolon: "Sandy -- upgraded just hours after
        // forecasters said it had weakened -- was expected to hit two winter weather systems"
        // (a comma may only go on to a list; "but" and "as" open no subordinate clause: "As
        // Moons reported, ...")
        const bool inside = src.first > s.first + 1;
        const std::string_view opener = inside ? tokens[src.first - 1].lower : "";
        if (inside && opener != "as" && opener != "but" &&
            attribution_words::is_clause_opener(opener)) {
          f.covers_until = std::min(f.covers_until, aside_end(tokens, s, k + 1));
        }
      } else {
        continue;
      }
      const auto source = resolve_source(text, tokens, src.first, src.second, entities, memory);
      // "immigration agents ... arrested fewer than 2,000, saying ...": no speaker; "According
      // to Amnesty, those pictures show that ...": a finding of no one named leaves the source
      // to the frame around it
      // (a pronoun's holds: "They found that ..." is someone's)
      // (nor does a description after the verb that names no one: "said the officials aware
      // of the meeting")
      if ((clause_subject || described || (found && !is_pronoun(tokens[src.first].lower))) &&
          source.text.empty()) {
        continue;
      }
      f.source = source.text;
      f.source_first = src.first;
      f.source_last = src.second;
      if (!source.text.empty()) {
        const auto& first = tokens[src.first].lower;
        const bool pronoun = first == "he" || first == "she" || first == "it";
        f.pronoun = pronoun;
        if (!pronoun && source.person) {
          memory.last_person = source.text;
        } else if (!pronoun && source.organisation) {
          memory.last_organisation = source.text;
        }
      }
      // ", citing X": X is the source of the frame just before; so is the agent of
      // "according to figures released by X"
      if (!frames.empty() && frames.back().sentence == si && !f.source.empty() &&
          (w == "citing" || (passive_by && k <= frames.back().cue + 7))) {
        frames.back().source = f.source;
      }
      if (believed) {
        beliefs.push_back(frames.size());
      }
      frames.push_back(std::move(f));
    }
    // a belief that a report after it covers, over the words before that report, is the
    // reporter's: "Officials believe Ebola has killed 13 people, Kabange said in a statement on
    // Friday.", "..., three sources told Reuters.", "..., according to reports."
    // (frames are only appended: a later report is one before the last that covers before)
    const auto last_before = std::find_if(frames.rbegin(), frames.rend(),
                                          [](const auto& o) { return o.covers_before; });
    const auto cut = static_cast<std::size_t>(std::distance(last_before, frames.rend()));
    for (auto b = beliefs.rbegin(); b != beliefs.rend(); ++b) {
      if (*b + 1 < cut) {
        frames.erase(frames.begin() + static_cast<std::ptrdiff_t>(*b));
      }
    }
  }
  remember_titled_people(entities, seen, text.size(), memory);
  return frames;
}

}  // namespace tally
