#pragma once
// Internal to attribution.cpp: which words cue a reporting frame, told apart from the same words
// used otherwise (attribution_cues.cpp has the cases each one reads). Not for use outside
// common/analysis.

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokens.hpp"

namespace tally::attribution_parts {

// "he", "she", "it", "they", "we", "i", "who", "which".
bool is_pronoun(std::string_view w);

// "is", "are", "was", "were": a finite form of "be", before a passive.
bool is_finite_be(std::string_view w);

// The speech verb at `k` that is also a noun ("claims", "report") is the noun: a determiner or
// possessive opens its phrase ("Contrary to Spell's claims", "in its Friday report that").
bool noun_after_determiner(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// Where the words before the verb at `k` end, past adverbs ("and later said"); not past an
// auxiliary ("who has said").
std::size_t before_adverbs(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// What a verb of saying reports opens at token `n`: "that", "there", a quote, a colon or a
// comma, a subject pronoun, or a clause ("said three people were killed").
bool opens_report(const std::vector<Token>& tokens, const Sentence& s, std::size_t n);

// The verb of saying at `k` in a relative clause reports what follows it, even a clause with no
// auxiliary: "the jobs report, which said employers added 69,000 jobs", "the group, which says
// 40 people took part"; not an object ("which said nothing", "who said goodbye to ...").
bool relative_report(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// Who holds the claim whose "that" clause opens at `k`: "Romney's claim that he'll create 3
// million jobs", "a recent warning from the World Health Organization that the virus could
// kill", "an estimate by the CBO that 22 million people"; not a relative clause ("the claim that
// was rejected"). {k, k} when none.
std::pair<std::size_t, std::size_t> claim_holder(const std::vector<Token>& tokens,
                                                 const Sentence& s, std::size_t k);

// The verb at `k` reports a finding: "the department found they added 69,000 jobs", "the study
// showed that ...", "..., data showed."; not "police found three bodies".
bool finding_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// The verb at `k` reports a belief of its subject: "Authorities believe he killed 129 people",
// "American intelligence believes 35 troops died"; not a passive ("12 are believed dead", "is
// also believed to be", "bombers believed to have survived", "Twelve people believed dead
// were found"), a belief denied, only possible or asked about ("never believed", "may
// believe", "Do officials believe ...?"), a free relative ("what authorities believe was a
// bomb") or a belief inside a saying ("said he believed that"). A report after it that covers
// the words before it takes them (find_attributions: "..., Kabange said.").
bool belief_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// Where what the belief at `k` holds true ends: at a relative clause, which tells a fact of its
// own ("officials believe the girlfriend of the gunman who killed four people has fled"; not a
// "that" before a subject: "believe the man knew that 12 people died"); else at the sentence's
// end.
std::size_t belief_end(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// The verb at `k` sets a toll, count or tally just after it: "put the death toll at 40".
bool toll_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// The verb at `k` ("claimed", "claims") takes a number of lives for its object: "claimed more
// than 30 lives", "has claimed the lives of 12 people".
bool claims_lives(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// The verb at `k` forecasts a number: "Economists had expected 230,000 jobs"; not "is expected
// to hire 1,500", "the expected 200".
bool forecast_verb(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// ", noting that ...", ", telling Fox News: ...": a participle of saying after a comma, before
// what it reports (not "adding to the toll").
bool participle_of_saying(const std::vector<Token>& tokens, const Sentence& s, std::size_t k);

// "CBS News is reporting that ...", "Officials have been warning that ...", "he is telling
// donors: ...": a speech verb's -ing form after a finite "be" or "been" (adverbs between),
// before what it reports. Returns the position of the auxiliary, where the subject ends, or
// `k` when it is none.
std::size_t progressive_of_saying(const std::vector<Token>& tokens, const Sentence& s,
                                  std::size_t k);

}  // namespace tally::attribution_parts
