#pragma once
// tally-search's interactive session (no query on a terminal, or -i): queries and :commands
// at a prompt (commands.hpp), results paged to the terminal, the answer table on top.
// Part of the CLI layer: it prints.

#include <string>

#include "searcher/search.hpp"

namespace tally::searcher {

struct SessionOptions {
  std::string db_path;
  std::string colour_mode = "auto";  // auto | always | never (as --color)
  // The command line's request: its filters, strict_date and per_source hold for every query;
  // its limit is the page size in plain mode; its query, when given, is run first.
  SearchRequest defaults;
};

// Returns the exit code: 0, or 2 when the database cannot be opened (or, reading from a pipe,
// when a query failed).
int run_session(const SessionOptions& options);

}  // namespace tally::searcher
