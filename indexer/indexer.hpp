#pragma once
// Indexing articles into tally's database, on every core.
//
// The caller's thread reads articles and hands them to add(), which decides from the Ledger
// whether each is new, changed or unchanged (unchanged ones stop there, unanalysed). The others
// go, by a hash of their id (so two versions of one article keep their order), to one of
// `jobs` analysis threads, which split, analyse and build the Xapian documents.
//
//  - Fresh build (the database is empty): each analysis thread also writes its own scratch
//    shard beside the database ("<db>.staging/shard-N"); finish() merges the shards with
//    Xapian's compactor and swaps the result in atomically. Writing, the costly part, runs on
//    every core, and the database comes out compacted. Interrupted by kill -9, the database is
//    as it was (empty) and the next run starts the build again.
//  - Incremental (the database has articles): one writer thread takes the documents in batches
//    of `commit_every` articles, each batch one commit with the articles' records, so that an
//    interruption leaves the database at its last commit and the same command run again skips
//    what that commit holds (unchanged) and indexes the rest.

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "common/model/article.hpp"
#include "indexer/article_writer.hpp"
#include "indexer/ledger.hpp"
#include "indexer/work_queue.hpp"

namespace tally::indexer {

enum class Compaction {
  kAuto,    // fresh builds always; otherwise when a run at least doubles the database
  kAlways,  // compact at the end of every run
  kNever,   // only fresh builds (their shards are merged by compaction anyway)
};

enum class Unchanged { kSkip, kReanalyse };

struct IndexOptions {
  FigureExtraction figures = FigureExtraction::kOn;
  std::size_t commit_every = 5000;  // articles per commit: an interruption loses at most these
  unsigned jobs = 0;                // analysis threads; 0: one per core
  Compaction compaction = Compaction::kAuto;
  Unchanged unchanged = Unchanged::kSkip;
  // Fresh builds: each analysis thread writes passages into a scratch shard, flushed every
  // flush_passages and replaced by a new shard every shard_passages, all merged at the end.
  // Xapian's own flush threshold (10,000 documents) and ever-growing shards made each flush
  // merge into a larger tree: small flushes into bounded shards, merged once by the compactor
  // (one linear pass, like Lucene's segments), index the bench corpus faster in less memory
  // (bench/index-speed.sh).
  std::size_t flush_passages = 2000;
  std::size_t shard_passages = 100000;
};

struct IndexCounts {
  std::size_t added = 0;      // articles the database did not have
  std::size_t updated = 0;    // articles it had with other content (replaced)
  std::size_t unchanged = 0;  // articles it had as they are: skipped without analysis
  std::size_t removed = 0;    // deleted by --remove or --prune
  std::size_t passages = 0;   // documents written
  std::size_t figures = 0;    // figures found
  std::size_t articles() const { return added + updated; }  // analysed and written
};

enum class RunEnd { kComplete, kInterrupted };

// What happened to one article, for --verbose: "added", "updated", "unchanged", "removed".
using ArticleEvent = std::function<void(const char* what, const std::string& id)>;

class Indexer {
 public:
  // Opens (creating) the database and takes its write lock. Throws tally::Error (locked, not
  // a tally database, another schema version).
  Indexer(const std::string& path, IndexOptions options, ArticleEvent events = {});
  ~Indexer();  // finish(kInterrupted) if finish() was not called; never throws
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  // Takes an article read from `origin` (an absolute file path, or "-" for stdin). Blocks
  // while the analysis threads are busy. Throws tally::Error when writing failed.
  void add(Article article, const std::string& origin);
  // Says that `origin` was read to its end: --prune may delete its articles not seen.
  void file_complete(const std::string& origin);
  // Deletes the article at finish(); counted when it was there, else reported as unknown.
  void remove(const std::string& id);
  // At finish() (when complete), deletes articles whose origin file is gone or no longer
  // holds them; with `roots` (absolute paths), only those with an origin under one of them.
  void prune(std::vector<std::string> roots);

  // Waits for the threads, writes and commits what is left, applies removals, merges or
  // compacts, and returns the ids given to remove() that the database did not hold.
  // Throws tally::Error.
  std::vector<std::string> finish(RunEnd end);

  const IndexCounts& counts() const { return counts_; }
  // Articles dealt with so far (written or found unchanged), for progress; any thread.
  std::size_t done() const { return done_.load(std::memory_order_relaxed); }
  std::size_t passages_done() const { return passages_done_.load(std::memory_order_relaxed); }
  bool fresh_build() const { return fresh_; }

 private:
  struct Job {
    Article article;
    AnalysedArticle shell;  // record, flags; documents filled by analysis
  };
  struct Worker {
    explicit Worker(std::size_t capacity) : queue(capacity) {}
    WorkQueue<Job> queue;
    std::thread thread;
    std::unique_ptr<Xapian::WritableDatabase> shard;  // fresh builds only
    std::string shard_path;
    std::vector<std::string> full_shards;  // written, closed, waiting for the final merge
    std::size_t shard_passages = 0;        // in the open shard
    std::size_t unflushed = 0;             // passages since its last flush
    unsigned index = 0;
    std::size_t passages = 0;
    std::size_t figures = 0;
  };

  void start_threads();
  void open_shard(Worker& w);
  void after_shard_write(Worker& w, std::size_t passages);
  void analyse_loop(Worker& w);
  void write_loop();
  void fail(std::exception_ptr e);
  void rethrow_failure();
  void commit_main(std::size_t new_articles);
  std::vector<std::string> apply_removals(Xapian::WritableDatabase& db);

  std::string path_;
  IndexOptions options_;
  ArticleEvent events_;
  Xapian::WritableDatabase db_;  // holds the write lock for the whole run
  Ledger ledger_;
  bool fresh_ = false;
  bool finished_ = false;
  Xapian::doccount docs_at_start_ = 0;
  std::size_t articles_at_start_ = 0;
  std::vector<std::unique_ptr<Worker>> workers_;
  WorkQueue<AnalysedArticle> written_{256};  // analysis -> writer (incremental runs)
  std::thread writer_;
  std::size_t writer_new_ = 0;  // articles the writer added that the database did not have

  std::atomic<std::size_t> done_{0};
  std::atomic<std::size_t> passages_done_{0};
  std::atomic<bool> failed_{false};
  std::mutex failure_mutex_;
  std::exception_ptr failure_;

  std::vector<std::string> removals_;
  bool prune_ = false;
  RunEnd end_ = RunEnd::kComplete;
  std::vector<std::string> prune_roots_;
  std::unordered_set<std::string> complete_files_;
  IndexCounts counts_;
};

}  // namespace tally::indexer
