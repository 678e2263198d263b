#pragma once
// tally-index's command line: parses arguments, runs, prints. The only layer that prints.

namespace tally::indexer {

// Returns the process exit code: 0 done (even when some inputs were skipped, which the summary
// counts), 2 on bad usage or a database error.
int run_cli(int argc, char** argv);

}  // namespace tally::indexer
