#pragma once
// Running a batch of queries (tally-search --batch): N workers, each with its own database
// handle and Searcher, answer the lines of `in`; the answers are written to `out` in input
// order, one line each, flushed as soon as the answers before them are written (so that a
// program can feed queries on a pipe and read each answer as it comes).

#include <cstddef>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "searcher/search.hpp"

namespace tally::searcher {

struct BatchOptions {
  std::string db_path;      // the database every worker opens
  std::size_t jobs = 1;     // workers (at least 1)
  SearchRequest defaults;   // limit, strict_date ... for lines that do not set them
};

struct BatchSummary {
  std::size_t queries = 0;               // lines run (blank lines are skipped)
  std::size_t failed = 0;                // of which answered by an error object
  // The first few failures: line number and message.
  std::vector<std::pair<std::size_t, std::string>> failures;
};

// The number of workers when none is asked for: the cores of the machine.
std::size_t default_jobs();

// Throws tally::Error when the database cannot be opened (before reading any input); a query
// that fails gives an error object on its line and the batch goes on.
BatchSummary run_batch(std::istream& in, std::ostream& out, const BatchOptions& options);

}  // namespace tally::searcher
