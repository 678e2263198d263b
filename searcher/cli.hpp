#pragma once
// tally-search's command line: parses arguments, runs, prints. The only layer that prints.

namespace tally::searcher {

// Returns the exit code: 0 results, 1 no result, 2 error (bad usage, missing database,
// malformed query).
int run_cli(int argc, char** argv);

}  // namespace tally::searcher
