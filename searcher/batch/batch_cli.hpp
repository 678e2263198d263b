#pragma once
// tally-search --batch FILE: runs the batch, prints its answers on stdout and its failures on
// stderr. Part of the CLI layer (searcher/cli.cpp calls it).

#include <string>

#include "searcher/batch/batch_runner.hpp"

namespace tally::searcher {

// `file` is a path or "-" for stdin. Returns the exit code: 0 when every query ran (with or
// without results), 2 when any line failed or the batch could not start.
int run_batch_command(const std::string& file, const BatchOptions& options);

}  // namespace tally::searcher
