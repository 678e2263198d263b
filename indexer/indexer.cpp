#include "indexer/indexer.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "common/core/error.hpp"
#include "common/schema.hpp"
#include "common/store/database.hpp"
#include "indexer/compaction.hpp"

namespace tally::indexer {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kQueuePerWorker = 32;  // articles waiting per analysis thread

std::size_t
stored_article_count(const Xapian::Database& db) {
  const std::string n = db.get_metadata(std::string(schema::kMetaArticles));
  return n.empty() ? 0 : std::stoul(n);
}

}  // namespace

Indexer::Indexer(const std::string& path, IndexOptions options, ArticleEvent events)
    : path_(path), options_(options), events_(std::move(events)), db_(open_for_writing(path)) {
  try {
    ledger_.load(db_);
    docs_at_start_ = db_.get_doccount();
    articles_at_start_ = stored_article_count(db_);
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path_, "reading");
  }
  fresh_ = docs_at_start_ == 0 && ledger_.size() == 0;
  // Left by a run that was killed: we hold the lock, so nobody else is using it.
  std::error_code ec;
  fs::remove_all(staging_path(path_), ec);
  if (options_.jobs == 0) {
    options_.jobs = std::max(1U, std::thread::hardware_concurrency());
  }
  start_threads();
}

Indexer::~Indexer() {
  if (!finished_) {
    try {
      finish(RunEnd::kInterrupted);
    } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
    }
  }
}

void
Indexer::start_threads() {
  if (fresh_) {
    fs::create_directories(staging_path(path_));
  }
  for (unsigned i = 0; i < options_.jobs; ++i) {
    auto w = std::make_unique<Worker>(kQueuePerWorker);
    w->index = i;
    if (fresh_) {
      open_shard(*w);
    }
    workers_.push_back(std::move(w));
  }
  for (auto& w : workers_) {
    w->thread = std::thread([this, worker = w.get()] { analyse_loop(*worker); });
  }
  if (!fresh_) {
    writer_ = std::thread([this] { write_loop(); });
  }
}

void
Indexer::open_shard(Worker& w) {
  w.shard_path = staging_path(path_) + "/shard-" + std::to_string(w.index) + "-" +
                 std::to_string(w.full_shards.size());
  w.shard = std::make_unique<Xapian::WritableDatabase>(create_scratch_database(w.shard_path));
  w.shard_passages = 0;
  w.unflushed = 0;
}

// A scratch shard is created without fsync: commit() is only a flush of what Xapian holds in
// memory, and closing a full shard bounds how large a tree each flush merges into.
void
Indexer::after_shard_write(Worker& w, std::size_t passages) {
  w.shard_passages += passages;
  w.unflushed += passages;
  if (w.shard_passages >= options_.shard_passages) {
    w.shard->commit();
    w.shard->close();
    w.full_shards.push_back(w.shard_path);
    open_shard(w);
  } else if (w.unflushed >= options_.flush_passages) {
    w.shard->commit();
    w.unflushed = 0;
  }
}

void
Indexer::fail(std::exception_ptr e) {
  const std::lock_guard lock(failure_mutex_);
  if (!failure_) {
    failure_ = e;
  }
  failed_.store(true);
}

void
Indexer::rethrow_failure() {
  if (!failed_.load()) {
    return;
  }
  try {
    std::rethrow_exception(failure_);
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path_, "writing to");
  }
}

void
Indexer::analyse_loop(Worker& w) {
  DocumentBuilder builder;
  while (auto job = w.queue.pop()) {
    if (failed_.load()) {
      continue;  // drain, so that the reader never blocks on a dead pipeline
    }
    try {
      AnalysedArticle a = std::move(job->shell);
      if (!a.record_only) {
        analyse_for_index(job->article, options_.figures, builder, a);
        w.passages += a.documents.size();
        w.figures += a.figures;
      }
      if (w.shard) {
        const std::size_t n = a.documents.size();
        write_article(*w.shard, std::move(a));
        after_shard_write(w, n);
        passages_done_.fetch_add(n, std::memory_order_relaxed);
        done_.fetch_add(1, std::memory_order_relaxed);
      } else {
        written_.push(std::move(a));
      }
    } catch (...) {
      fail(std::current_exception());
    }
  }
}

void
Indexer::commit_main(std::size_t new_articles) {
  db_.set_metadata(std::string(schema::kMetaArticles),
                   std::to_string(articles_at_start_ + new_articles - counts_.removed));
  db_.commit();
}

void
Indexer::write_loop() {
  std::size_t pending = 0;
  while (auto a = written_.pop()) {
    if (failed_.load()) {
      continue;
    }
    try {
      const std::size_t n = a->documents.size();
      writer_new_ += a->is_new ? 1U : 0U;
      write_article(db_, std::move(*a));
      passages_done_.fetch_add(n, std::memory_order_relaxed);
      done_.fetch_add(1, std::memory_order_relaxed);
      if (++pending >= options_.commit_every) {
        commit_main(writer_new_);
        pending = 0;
      }
    } catch (...) {
      fail(std::current_exception());
    }
  }
}

void
Indexer::add(Article article, const std::string& origin) {
  rethrow_failure();
  const std::string hash = article_content_hash(article, options_.figures);
  Verdict verdict = ledger_.classify(article.id, hash);
  const bool moved = verdict == Verdict::kUnchanged && origin != ledger_.origin_of(article.id) &&
                     !ledger_.origin_of(article.id).empty();
  if (verdict == Verdict::kUnchanged && options_.unchanged == Unchanged::kReanalyse) {
    verdict = Verdict::kChanged;
  }
  if (verdict == Verdict::kUnchanged && !moved) {
    ++counts_.unchanged;
    done_.fetch_add(1, std::memory_order_relaxed);
    if (events_) {
      events_("unchanged", article.id);
    }
    return;
  }
  Job job;
  job.shell.record.id = article.id;
  job.shell.record.content_hash = hash;
  job.shell.record.origin = origin;
  job.shell.record.title = article.title;
  job.shell.record.url = article.url;
  job.shell.record.source = article.source;
  job.shell.record.published = article.published ? article.published->iso() : std::string{};
  job.shell.is_new = verdict == Verdict::kNew;
  job.shell.may_exist = verdict == Verdict::kChanged;
  job.shell.record_only = verdict == Verdict::kUnchanged;  // moved: new origin only
  const char* what = verdict == Verdict::kNew ? "added" : job.shell.record_only ? "unchanged" : "updated";
  (verdict == Verdict::kNew ? counts_.added : job.shell.record_only ? counts_.unchanged : counts_.updated)++;
  if (events_) {
    events_(what, article.id);
  }
  const std::size_t shard = std::hash<std::string>{}(article.id) % workers_.size();
  job.article = std::move(article);
  workers_[shard]->queue.push(std::move(job));
}

void
Indexer::file_complete(const std::string& origin) {
  complete_files_.insert(origin);
}

void
Indexer::remove(const std::string& id) {
  removals_.push_back(id);
}

void
Indexer::prune(std::vector<std::string> roots) {
  prune_ = true;
  prune_roots_ = std::move(roots);
}

std::vector<std::string>
Indexer::apply_removals(Xapian::WritableDatabase& db) {
  std::vector<std::string> ids = removals_;
  if (prune_ && end_ == RunEnd::kComplete) {
    const auto pruned = ledger_.prune_candidates(complete_files_, prune_roots_);
    ids.insert(ids.end(), pruned.begin(), pruned.end());
  }
  std::vector<std::string> unknown;
  for (const auto& id : ids) {
    if (remove_article(db, id)) {
      ++counts_.removed;
      if (events_) {
        events_("removed", id);
      }
    } else if (std::find(removals_.begin(), removals_.end(), id) != removals_.end()) {
      unknown.push_back(id);
    }
  }
  return unknown;
}

std::vector<std::string>
Indexer::finish(RunEnd end) {
  if (finished_) {
    return {};
  }
  finished_ = true;
  end_ = end;
  for (auto& w : workers_) {
    w->queue.close();
  }
  for (auto& w : workers_) {
    w->thread.join();
    counts_.passages += w->passages;
    counts_.figures += w->figures;
  }
  written_.close();
  if (writer_.joinable()) {
    writer_.join();
  }
  rethrow_failure();
  std::vector<std::string> unknown;
  try {
    if (fresh_) {
      std::vector<std::string> shards;
      for (auto& w : workers_) {
        w->shard->commit();
        w->shard->close();
        shards.insert(shards.end(), w->full_shards.begin(), w->full_shards.end());
        shards.push_back(w->shard_path);
      }
      const std::string merged = staging_path(path_) + "/merged";
      compact_databases(shards, merged);
      {
        Xapian::WritableDatabase out(merged, Xapian::DB_OPEN);
        unknown = apply_removals(out);
        out.set_metadata(std::string(schema::kMetaArticles),
                         std::to_string(counts_.added - counts_.removed));
        out.commit();
      }
      exchange_directories(merged, path_);
      db_.close();  // the old, empty database, now at `merged`
    } else {
      unknown = apply_removals(db_);
      commit_main(writer_new_);
      const bool doubled = counts_.passages >= docs_at_start_;
      if (options_.compaction == Compaction::kAlways ||
          (options_.compaction == Compaction::kAuto && doubled && end == RunEnd::kComplete)) {
        const std::string merged = staging_path(path_) + "/merged";
        fs::create_directories(staging_path(path_));
        compact_databases({path_}, merged);
        exchange_directories(merged, path_);
        db_.close();
      }
    }
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path_, "committing to");
  }
  std::error_code ec;
  fs::remove_all(staging_path(path_), ec);
  return unknown;
}

}  // namespace tally::indexer
