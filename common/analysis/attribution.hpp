#pragma once
// Who gives a figure: "X said", "said X", "according to X", "X told Y", "X reported",
// "X was quoted as saying by Y" (X), ", citing X" (X, the original source), "X did Y, saying
// ..." (X; also ", noting that", ", adding that", ", telling Z:"). Names are kept apart from
// titles ("Rahmi Dogan", not "Hatay province Governor Rahmi Dogan"); descriptions are kept when
// there is no name ("a Turkish official", "the defense ministry"); "he said" and "it said"
// resolve to the last named person or organisation that spoke in the article, and "the
// governor" to the last person with that title who spoke, else who was named.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/analysis/entities.hpp"
#include "common/analysis/figures.hpp"
#include "common/analysis/tokens.hpp"

namespace tally {

// Article state: the speakers seen so far. One per article.
struct SpeakerMemory {
  std::string last_person;        // "Rahmi Dogan"
  std::string last_organisation;  // "Syrian Observatory for Human Rights"
  // people with their titles, lower case, latest last: {"hatay province governor", "Rahmi Dogan"}
  std::vector<std::pair<std::string, std::string>> titled_people;
  // people the article named with a title, speakers or not, in the same form: "the president"
  // is one of them when no titled speaker holds that title
  std::vector<std::pair<std::string, std::string>> titled_mentions;
};

// A reporting frame inside one sentence.
struct AttributionFrame {
  std::size_t sentence = 0;
  std::size_t cue = 0;           // token of the speech verb or "according"
  // resolved name or description; "" when unresolvable, or for a toll claimed ("Maria claimed
  // 30 lives"), a frame that gives its words no source
  std::string source;
  // the tokens [source_first, source_last) of the phrase next to the cue; ", citing X" and an
  // agent ("figures released by X") replace `source` but keep the span
  std::size_t source_first = 0;
  std::size_t source_last = 0;
  bool covers_before = false;    // ", X said." / ", according to X": the words before it
  bool covers_after = false;     // "X said (that) ...": the words after it
  bool pronoun = false;          // the source was a pronoun ("it said"), resolved from memory
  // a report the next sentence may go on with (not a forecast, nor a toll claimed)
  bool continues = true;
  // the token a relative clause's frame ends at ("Brown, who testified ..., shot ..."), a toll
  // claimed's clause's end, or a belief's (belief_end): words from there on are not covered
  // after it
  std::size_t covers_until = static_cast<std::size_t>(-1);
};

// The reporting frames of a passage, resolving pronouns and titles through `memory` and
// recording the speakers it names, and the titled people its sentences name, each from the
// next sentence on (remember_titled_people). `entities` are the passage's entity spans (may
// be empty: capitalised words then stand for names).
std::vector<AttributionFrame> find_attributions(std::string_view text, const TokenizedText& tt,
                                                const std::vector<EntitySpan>& entities,
                                                SpeakerMemory& memory);

// Records in `memory` the people of `entities` named with a title ("President Donald Trump")
// whose span begins within bytes [begin, end), so that a later "the president" meets them.
void remember_titled_people(const std::vector<EntitySpan>& entities, std::size_t begin,
                            std::size_t end, SpeakerMemory& memory);

// The attribution of each figure (same order as `figures`): the nearest frame of its sentence
// that covers it (not the frame whose speakers it counts, nor one before theirs); else, in a
// quotation, the frame that closes it, or the speaker who closed the quotation of the sentence
// before it; else the report of the sentence before that it continues
// (attribution_figures.cpp).
std::vector<std::string> attribute_figures(const TokenizedText& tt,
                                           const std::vector<AttributionFrame>& frames,
                                           const std::vector<FigureSpan>& figures);

// The poll whose sample each figure counts ("The poll of 1,000 likely voters"): the poll named
// in the phrase ("The Washington Post–ABC News poll of 808 adults"), else the last poll the
// article named before it ("A fresh GWU poll ..."), kept in `last_poll` across passages; ""
// for other figures (attribution_polls.cpp).
std::vector<std::string> poll_sources(std::string_view text, const TokenizedText& tt,
                                      const std::vector<FigureSpan>& figures,
                                      std::string& last_poll);

// Acronyms the article defines, with the name they stand for as the definition reads:
// {"CEA", "Council of Economic Advisers (CEA)"} (attribution_acronyms.cpp).
using AcronymNames = std::unordered_map<std::string, std::string>;

// "CEA", "IDF": two to six capital letters, the form of an acronym a text may define.
bool is_acronym(std::string_view w);

// Records the definitions "Name Of Words (NOW)" of `text` in `names`: capitalised words (and
// "of", "for", "and", "on", "the" between them) whose initials hold the acronym's letters in
// order, the first word giving its first letter. The first definition of an acronym holds.
void remember_acronyms(std::string_view text, AcronymNames& names);

// `source` spelled out if it is an acronym that `names` defines: "CEA" gives "Council of
// Economic Advisers (CEA)"; any other source is returned as it is.
std::string spell_out_acronym(const AcronymNames& names, const std::string& source);

// The poll is the outlet's own: its name holds the outlet's ("CNN/ORC poll" in a story of
// "CNN (Web News)", "New York Times/CBS News poll" in one of "New York Times - News").
bool outlets_own_poll(std::string_view poll, std::string_view outlet);

// The last poll a passage without figures names, kept in `last_poll` for the figures of the
// passages after it ("A fresh GWU poll ..." before "The poll of 1,000 likely voters").
void remember_polls(std::string_view text, const TokenizedText& tt, std::string& last_poll);

// The text names a poll or a survey somewhere ("poll", "Poll", "survey", "Survey"): a cheap
// test before tokenizing a passage that has nothing else to read.
bool mentions_poll(std::string_view text);

}  // namespace tally
