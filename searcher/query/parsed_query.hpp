#pragma once
// What a query means, between the text the user typed and the Xapian query that runs it:
// the free text left for the query parser, and what query understanding recognised in it
// (events, counted things, an event date). Each stage is testable on its own:
//   text --understand()--> ParsedQuery --QueryBuilder::build()--> Xapian::Query

#include <optional>
#include <string>
#include <vector>

#include "common/core/civil_date.hpp"

namespace tally::searcher {

struct ParsedQuery {
  std::string text;                  // for Xapian's QueryParser: the query minus its date and,
                                     // without operators, minus its event words
  std::vector<std::string> words;    // plain words of `text` (outside phrases and fields)
  std::vector<std::string> events;   // event types the words name: "deaths" -> "kill"
  std::vector<std::string> heads;    // counted nouns, singular, with their synonyms:
                                     // "soldiers" -> soldier, troop, personnel, ...
  std::optional<DateSpan> date;      // the event date asked for: "Feb 27", "last week"
  std::string date_text;             // the words it was read from
  bool strict_date = false;          // filter by the date instead of ranking by it
  bool has_operators = false;        // AND/OR/NOT, +/-, or field:value typed by the user
  bool asks_figures = false;         // events with a counted thing, a date or "how many":
                                     // ranking raises passages with such figures
};

// One line for tests and --explain:
// "text='soldier deaths' events=kill heads=soldier,troop date=2020-02-27 (Feb 27)"
std::string describe(const ParsedQuery& q);

}  // namespace tally::searcher
