#pragma once
// What a line typed at the session's prompt asks for: a query, or a :command. Pure.

#include <string>
#include <string_view>

namespace tally::searcher {

enum class CommandKind {
  kNothing,   // an empty line
  kQuery,     // any line that does not start with ':'
  kMore,      // :more, :m           the next page of the results or article on screen
  kOpen,      // :open N, :o N       the whole article of result N, its figures marked
  kSources,   // :sources            the sources of the last query's matches, with counts
  kFacets,    // :facets             sources, entities, events and dates of the matches
  kJson,      // :json               the last answer as JSON (format 1)
  kFilter,    // :filter Q           every later query must also match Q; no Q: list them
  kClear,     // :clear              drop the filters
  kHelp,      // :help, :h, :?
  kQuit,      // :quit, :q, :exit (and Ctrl-D)
  kUnknown,   // a ':' word that is none of these (argument holds it)
  kBadArgument,  // a known command with an argument it cannot take (argument holds the line)
};

struct Command {
  CommandKind kind = CommandKind::kNothing;
  std::string argument;  // the query, the filter, the N of :open ...
  std::size_t number = 0;  // N of :open
};

Command parse_command(std::string_view line);

// The text of :help.
const char* session_help();

}  // namespace tally::searcher
