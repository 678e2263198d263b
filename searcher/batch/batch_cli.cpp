#include "searcher/batch/batch_cli.hpp"

#include <cstring>
#include <fstream>
#include <iostream>

#include "common/core/error.hpp"

namespace tally::searcher {
namespace {

void
report_failures(const BatchSummary& summary) {
  for (const auto& [line, message] : summary.failures) {
    std::cerr << "tally-search: line " << line << ": " << message << '\n';
  }
  if (summary.failed > summary.failures.size()) {
    std::cerr << "tally-search: ... and " << summary.failed - summary.failures.size()
              << " more\n";
  }
  std::cerr << "tally-search: " << summary.failed << " of " << summary.queries
            << " queries failed\n  hint: their lines hold an error object with \"error\" and "
               "\"hint\"\n";
}

}  // namespace

int
run_batch_command(const std::string& file, const BatchOptions& options) {
  try {
    BatchSummary summary;
    if (file == "-") {
      summary = run_batch(std::cin, std::cout, options);
    } else {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        throw Error("cannot read " + file + ": " + std::strerror(errno),
                    "--batch takes a file of queries, one per line, or - for stdin");
      }
      summary = run_batch(in, std::cout, options);
    }
    if (summary.failed > 0) {
      report_failures(summary);
      return static_cast<int>(ExitCode::kError);
    }
    return static_cast<int>(ExitCode::kOk);
  } catch (const Error& e) {
    std::cerr << "tally-search: " << e.what() << "\n  hint: " << e.hint() << '\n';
    return static_cast<int>(e.code());
  }
}

}  // namespace tally::searcher
