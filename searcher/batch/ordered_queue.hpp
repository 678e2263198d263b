#pragma once
// The hand-over between the batch's reader, workers and writer: jobs go out in input order to
// whichever worker is free, and their output lines come back to the writer in input order. The
// reader blocks when too many lines wait to be written, so memory stays bounded on any input.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "searcher/batch/batch_item.hpp"

namespace tally::searcher {

struct BatchJob {
  std::size_t sequence = 0;  // 0, 1, 2 ... in input order
  BatchItem item;
};

class OrderedQueue {
 public:
  explicit OrderedQueue(std::size_t window) : window_(window) {}

  // Reader: adds the next job (blocks while `window` lines wait to be written); then close().
  void push(BatchItem item);
  void close();

  // Worker: the next job, or nullopt once the input is closed and every job taken.
  std::optional<BatchJob> take();
  void finish(std::size_t sequence, std::string line);

  // Writer: the next lines in input order (blocks until the first is ready); empty when every
  // job's line has been handed out. Call written() once they are out.
  std::vector<std::string> ready_lines();
  void written(std::size_t count);

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<BatchJob> pending_;
  std::map<std::size_t, std::string> done_;
  std::size_t window_;
  std::size_t pushed_ = 0;
  std::size_t handed_ = 0;   // lines given to the writer
  std::size_t written_ = 0;  // lines the writer has written
  bool closed_ = false;
};

}  // namespace tally::searcher
