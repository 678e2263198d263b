#pragma once
// Indexing articles into tally's database: passages, analysis, documents, batched commits.

#include <cstddef>
#include <string>
#include <unordered_set>

#include <xapian.h>

#include "common/model/article.hpp"
#include "indexer/document_builder.hpp"

namespace tally::indexer {

enum class FigureExtraction { kOn, kOff };

struct IndexOptions {
  FigureExtraction figures = FigureExtraction::kOn;
  std::size_t commit_every = 5000;  // articles per commit: an interruption loses at most these
};

struct IndexCounts {
  std::size_t articles = 0;  // articles indexed (new or replaced)
  std::size_t replaced = 0;  // of those, articles that were in the database before
  std::size_t passages = 0;  // documents written
  std::size_t figures = 0;   // figures found
  std::size_t empty = 0;     // articles with no passage left after boilerplate removal
};

// Writes into the database at `path` (created if needed). Indexing an article again replaces
// its passages. Throws tally::Error when the database cannot be opened or written.
class Indexer {
 public:
  Indexer(const std::string& path, IndexOptions options);
  ~Indexer();
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  void add(const Article& article);
  // Commits what is pending. Called every `commit_every` articles and at the end.
  void commit();
  const IndexCounts& counts() const { return counts_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  IndexOptions options_;
  Xapian::WritableDatabase db_;
  DocumentBuilder builder_;
  bool started_empty_ = false;                // no article can need replacing except this run's
  std::unordered_set<std::string> this_run_;  // ids added in this run (when started empty)
  std::size_t pending_ = 0;           // articles added since the last commit
  std::size_t new_since_commit_ = 0;  // of those, articles the database did not have
  IndexCounts counts_;
};

}  // namespace tally::indexer
