#pragma once
// Internal to attribution.cpp: where the source phrase of a reporting frame lies ("Rahmi Dogan,
// the governor, said": attribution_span.cpp; "according to the United Nations":
// attribution_after.cpp) and what it names: a name without its title, a description, or a
// pronoun resolved through the article's speakers (attribution_source.cpp). Not for use outside
// common/analysis.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/analysis/attribution.hpp"
#include "common/analysis/entities.hpp"
#include "common/analysis/tokens.hpp"

namespace tally::attribution_parts {

struct Source {
  std::string text;
  bool person = false;
  bool organisation = false;
};

// Resolves a source phrase (tokens [a, b)) to a name or a description; records titled people
// in `memory`.
Source resolve_source(std::string_view text, const std::vector<Token>& tokens, std::size_t a,
                      std::size_t b, const std::vector<EntitySpan>& entities,
                      SpeakerMemory& memory);

// The subject phrase before token v (a speech verb): [a, b), past the adverbs and a day, a
// month, a year or a week that may stand between them ("Facebook on Tuesday said", "The
// Congressional Budget Office in July said", "... earlier this month said", "at the time"), an
// appositive or aside after a name ("Rahmi Dogan, the governor, said", "the official, who
// asked not to be named, said"), and the matter of a document ("A Reuters analysis of the data
// found": "A Reuters analysis"); a body's article stays ("officials at the Pentagon"), and what
// the speaker knows ends it ("a person familiar with the matter said"); empty (v, v) when there
// is none.
std::pair<std::size_t, std::size_t> subject_before(const std::vector<Token>& tokens,
                                                   const Sentence& s, std::size_t v);

// The source of what the document `doc` (the subject read before "showing") shows: the subject
// of the verb that released it ("ADP released a report showing ...": ADP; "The committee
// published data on Wednesday showing ...": the committee); empty when no such verb or subject
// stands there ("Traders parsed data showing ...", "IS claimed the attacks and released a video
// showing ...").
std::pair<std::size_t, std::size_t> shown_by(const std::vector<Token>& tokens, const Sentence& s,
                                             std::pair<std::size_t, std::size_t> doc);

// Where a day or a phrase of time that ends at `k` starts, between a subject and its verb:
// "on Tuesday", "Tuesday night", "this week", "in July"; k when none ends there.
std::size_t before_time(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// ", saying ...", ", noting that ...", ", telling Fox News: ...", "... and said ...": the
// subject of the clause that the participle after the comma at `end`, or the verb after the
// "and" or "but" at `end`, goes with: the subject of the last past-tense verb before `end` (an
// -ed form, "said", "told") that opens the sentence or a clause ("Asked about it, Rogers
// suggested Obama missed briefings, telling Fox News": Rogers); empty when none does.
std::pair<std::size_t, std::size_t> participle_subject(const std::vector<Token>& tokens,
                                                       const Sentence& s, std::size_t end);

// "familiar", "close", "briefed" at token k (after `first`) after a speaker noun or a noun of
// people: the word of what they know or are close to ("a person familiar with the matter").
bool knows_at(const std::vector<Token>& tokens, std::size_t first, std::size_t k);

// At `p` (knows_at) a preposition and what the speaker knows, up to punctuation, an auxiliary
// or a relative word, before `limit`: the token after that phrase, or `p` when none stands
// there ("a person familiar with the matter said").
std::size_t knowing_phrase_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t p,
                               std::size_t limit);

// "week", "month", "year", "weekend": a period a relative time names ("last week").
bool is_period_noun(std::string_view w);

// "in", "at", "for", "from": a preposition between a speaker or document and the body it is
// from, at or for ("officials in Japan", "a spokesman for the State Department").
bool is_body_preposition(std::string_view w);

// "July", "Sept": a month's name, as the text capitalised it.
bool month_token(const Token& t);

// The source phrase after "according to" / "citing" / "by", or after an inverted "said" ("said
// a person familiar with the matter"): up to a clause break, or past what the speaker knows:
// [a, b).
std::pair<std::size_t, std::size_t> source_after(const std::vector<Token>& tokens,
                                                 const Sentence& s, std::size_t a);

// A headline's label that names who says what follows it: "Police: 2 dead, 7 wounded", "Health
// minister: 2 people have died", "Report: 4 in 10 ...", after AP's "The Latest:"; not a topic
// ("Bronx fire: Twelve die", "Jobs report: ..."). [a, b) before the colon; empty when none.
std::pair<std::size_t, std::size_t> label_speaker(const std::vector<Token>& tokens,
                                                  const Sentence& s);

// "No. 1" in "The No. 1 U.S. automaker": token k is a rank (after "No."), part of a
// description; `first` is the first token the rank may use.
bool ranking(const std::vector<Token>& tokens, std::size_t first, std::size_t k);

// A finite auxiliary or modal that opens a predicate: "was", "have", "would", "did".
bool is_finite_auxiliary(std::string_view w);

// A clause without "that" starts at token n: a subject pronoun and a finite auxiliary ("they
// could lead to"), or a short noun phrase opened by a number or a clause_start word, then a
// finite auxiliary ("more than 527 people were injured", "about 8,000 koalas have died"); not when a preposition or conjunction comes first ("50,000 jobs in May as
// wages were rising") or no count opens it ("claims last week were ...").
bool clause_follows(const std::vector<Token>& tokens, const Sentence& s, std::size_t n);

// The entity whose span lies within bytes [begin, end): a person first, else the longest.
const EntitySpan* entity_in(const std::vector<EntitySpan>& entities, std::size_t begin,
                            std::size_t end);

}  // namespace tally::attribution_parts
