#pragma once
// corpus/ indexed once by the real tally-index into a temporary database, for the end-to-end
// tests that only search it (each test binary indexes it at most once).

#include <string>

#include "tests/e2e/run.hpp"
#include "tests/support/temp_dir.hpp"

namespace tally::testing {

struct IndexedCorpus {
  TempDir dir;
  std::string db = dir.path() + "/db";
  Run index = run(bin("tally-index") + " --db " + db + " " + std::string(TALLY_SOURCE_DIR) +
                  "/corpus");

  // tally-search on that database with `args` (a shell command line's tail).
  Run search(const std::string& args) const {
    return run(bin("tally-search") + " --db " + db + " " + args);
  }
};

inline const IndexedCorpus&
indexed_corpus() {
  static const IndexedCorpus c;
  return c;
}

}  // namespace tally::testing
