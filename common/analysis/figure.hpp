#pragma once
// The records analysis produces: figures (counts of things, with what happened to them, when,
// and who said so), entity mentions, and the number-like spans that were rejected (for
// `tally-index --analyze --explain`). Field meanings follow ../shared/eval/README.md.

#include <optional>
#include <string>
#include <vector>

#include "common/core/civil_date.hpp"

namespace tally {

enum class Qualifier {
  kExact,      // "29 troops"
  kAtLeast,    // "at least 22", "no fewer than"
  kMoreThan,   // "more than 50", "over 300"
  kAbout,      // "some 3.6 million", "about", "around", "roughly", "an estimated"
  kNearly,     // "nearly", "almost", "close to"
  kUpTo,       // "up to", "as many as"
  kLessThan,   // "fewer than", "less than", "under"
  kVague,      // "dozens" (12), "hundreds" (100), "thousands" (1000), "tens of thousands"
};

// "exact", "at_least", "more_than", "about", "nearly", "up_to", "less_than", "vague".
const char* qualifier_name(Qualifier q);

struct Figure {
  int passage = 0;              // Passage::index within the article
  std::string quote;            // the span of (analysed) text the figure was read from
  double value = 0;             // canonical number: "Thirty-three" is 33, "3.6 million" 3600000
  Qualifier qualifier = Qualifier::kExact;
  std::string counted;          // what is counted, as written: "Turkish soldiers"
  std::string head;             // its head noun, singular, lower case: "soldier"
  std::string event;            // "kill", "wound", "displace", ... ; empty for a plain count
  std::optional<DateSpan> date; // when it happened: a day, or a period
  std::string attribution;      // who gave the figure: "Rahmi Dogan"; empty when unattributed
  bool malformed = false;       // the number was written wrongly ("950,0000"): value is a guess
  bool cumulative = false;      // a running total ("this month to 21", "since December")
  bool modal = false;           // planned, forecast or possible ("will cut 500 jobs", "could
                                // top 100,000"): not (yet) happened, so never dated
  int revises = -1;             // index (in the article's figure list) of the figure it revises
  // a range: its ends; both 0 when none. The value is the low end of "60 or 70 people" and
  // the high end of "between 5 and 10" (qualifier up_to)
  double low = 0;
  double high = 0;
};

enum class EntityKind { kPerson, kPlace, kOrganisation };

// "person", "place", "organisation".
const char* entity_kind_name(EntityKind k);

struct EntityMention {
  int passage = 0;
  EntityKind kind = EntityKind::kPerson;
  std::string name;   // canonical form, so aliases meet: "Recep Tayyip Erdogan", "United Nations"
  std::string quote;  // as written in the text: "Erdogan's", "U.N."
};

// A number-like span that analysis decided is not a count, and why ("year", "age", "date",
// "ordinal", "money", "percent", "negated", "hypothetical", "adjective", "malformed", ...).
struct Rejection {
  int passage = 0;
  std::string quote;
  std::string reason;
};

struct ArticleAnalysis {
  std::vector<Figure> figures;
  std::vector<EntityMention> entities;
  std::vector<Rejection> rejections;
  std::optional<DateSpan> main_event_date;  // the date the article is mostly about, if found
};

}  // namespace tally
