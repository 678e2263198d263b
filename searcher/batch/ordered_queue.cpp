#include "searcher/batch/ordered_queue.hpp"

#include <utility>

namespace tally::searcher {

void
OrderedQueue::push(BatchItem item) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return pushed_ - written_ < window_; });
  pending_.push_back({pushed_++, std::move(item)});
  changed_.notify_all();
}

void
OrderedQueue::close() {
  const std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

std::optional<BatchJob>
OrderedQueue::take() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !pending_.empty() || closed_; });
  if (pending_.empty()) {
    return std::nullopt;
  }
  BatchJob job = std::move(pending_.front());
  pending_.pop_front();
  return job;
}

void
OrderedQueue::finish(std::size_t sequence, std::string line) {
  const std::lock_guard lock(mutex_);
  done_.emplace(sequence, std::move(line));
  changed_.notify_all();
}

std::vector<std::string>
OrderedQueue::ready_lines() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return done_.contains(handed_) || (closed_ && handed_ == pushed_); });
  std::vector<std::string> lines;
  for (auto it = done_.find(handed_); it != done_.end() && it->first == handed_;
       it = done_.erase(it)) {
    lines.push_back(std::move(it->second));
    ++handed_;
  }
  return lines;
}

void
OrderedQueue::written(std::size_t count) {
  const std::lock_guard lock(mutex_);
  written_ += count;
  changed_.notify_all();
}

}  // namespace tally::searcher
