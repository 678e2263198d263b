#include "searcher/batch/batch_runner.hpp"

#include <algorithm>
#include <istream>
#include <mutex>
#include <ostream>
#include <thread>

#include "common/core/error.hpp"
#include "common/store/database.hpp"
#include "searcher/batch/batch_output.hpp"
#include "searcher/batch/ordered_queue.hpp"

namespace tally::searcher {
namespace {

// Lines read ahead of the writer, per worker: enough to keep every worker busy while a slow
// query holds up the output, few enough that memory does not grow with the input.
constexpr std::size_t kWindowPerJob = 64;
constexpr std::size_t kFailuresKept = 10;

class FailureLog {
 public:
  void add(std::size_t line, std::string message) {
    const std::lock_guard lock(mutex_);
    ++count_;
    failures_.emplace_back(line, std::move(message));
  }
  void fill(BatchSummary& summary) {
    const std::lock_guard lock(mutex_);
    std::sort(failures_.begin(), failures_.end());
    failures_.resize(std::min(failures_.size(), kFailuresKept));
    summary.failed = count_;
    summary.failures = failures_;
  }

 private:
  std::mutex mutex_;
  std::size_t count_ = 0;
  std::vector<std::pair<std::size_t, std::string>> failures_;
};

// The output line of one job; failures are logged.
std::string
answer(Searcher& searcher, const BatchItem& item, FailureLog& failures) {
  if (item.error) {
    failures.add(item.line, *item.error);
    return error_line(item, *item.error, item.hint);
  }
  try {
    return answer_line(item, searcher.run(item.request));
  } catch (const Error& e) {
    failures.add(item.line, e.what());
    return error_line(item, e.what(), e.hint());
  } catch (const std::exception& e) {
    // Not an expected failure, but one line must not end the batch.
    const std::string message = std::string("internal error: ") + e.what();
    failures.add(item.line, message);
    return error_line(item, message, "please report this query to tally's maintainers");
  }
}

void
work(Xapian::Database db, OrderedQueue& queue, FailureLog& failures) {
  Searcher searcher(std::move(db));
  while (auto job = queue.take()) {
    queue.finish(job->sequence, answer(searcher, job->item, failures));
  }
}

void
write(OrderedQueue& queue, std::ostream& out) {
  for (auto lines = queue.ready_lines(); !lines.empty(); lines = queue.ready_lines()) {
    for (const auto& line : lines) {
      out << line << '\n';
    }
    out.flush();
    queue.written(lines.size());
  }
}

}  // namespace

std::size_t
default_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

BatchSummary
run_batch(std::istream& in, std::ostream& out, const BatchOptions& options) {
  const std::size_t jobs = std::max<std::size_t>(1, options.jobs);
  // Opened here, before any input is read, so that a missing database is one error.
  std::vector<Xapian::Database> handles;
  for (std::size_t i = 0; i < jobs; ++i) {
    handles.push_back(open_for_reading(options.db_path));
  }
  OrderedQueue queue(kWindowPerJob * jobs);
  FailureLog failures;
  BatchSummary summary;
  std::vector<std::jthread> threads;
  threads.emplace_back([&] { write(queue, out); });
  for (auto& db : handles) {
    threads.emplace_back([&queue, &failures, db] { work(db, queue, failures); });
  }
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (is_blank_line(line)) {
      continue;
    }
    queue.push(parse_batch_line(line, number, options.defaults));
    ++summary.queries;
  }
  queue.close();
  threads.clear();  // joins: every line has been answered and written
  failures.fill(summary);
  return summary;
}

}  // namespace tally::searcher
