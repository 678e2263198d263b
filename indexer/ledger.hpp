#pragma once
// What the database already holds, article by article (id -> content hash and origin file),
// read once from the ArticleRecords when a run starts, so that the reader can tell new,
// changed and unchanged articles apart without touching the database (which belongs to the
// writer thread), and what a run saw, for --prune.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

namespace tally::indexer {

enum class Verdict {
  kNew,        // not in the database, not seen before in this run
  kChanged,    // in the database (or earlier in this run) with other content: replace it
  kUnchanged,  // the same content is already there: skip it without analysing it
};

class Ledger {
 public:
  // Reads every ArticleRecord. Throws Xapian::Error.
  void load(const Xapian::Database& db);

  // Classifies an article read in this run and remembers it as seen.
  Verdict classify(const std::string& id, const std::string& content_hash);

  // The origin the database records for an article ("" when it has none).
  const std::string& origin_of(const std::string& id) const;

  std::size_t size() const { return stored_.size(); }

  // Articles of the database to delete: those whose origin file no longer exists, and those
  // whose origin file was read to its end in this run (`complete_files`) without them. With
  // `roots`, only articles whose origin lies under one of them (absolute paths).
  std::vector<std::string> prune_candidates(const std::unordered_set<std::string>& complete_files,
                                            const std::vector<std::string>& roots) const;

 private:
  struct Stored {
    std::string hash;
    std::string origin;
  };
  std::unordered_map<std::string, Stored> stored_;          // id -> what the database holds
  std::unordered_map<std::string, std::string> this_run_;   // id -> hash seen in this run
};

}  // namespace tally::indexer
