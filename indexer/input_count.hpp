#pragma once
// How many articles the inputs hold, for the progress line's total and ETA: one per text or
// HTML file, one per non-blank line of JSON Lines (compressed ones decompressed on the way).
// Standard input cannot be counted ahead: the total stays unknown (0).

#include <atomic>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace tally::indexer {

// Counts on a thread of its own, so that indexing starts at once.
class InputCount {
 public:
  explicit InputCount(std::vector<std::string> files);
  ~InputCount();
  InputCount(const InputCount&) = delete;
  InputCount& operator=(const InputCount&) = delete;

  // The total once counted; 0 while counting or when unknown (stdin among the inputs).
  std::size_t total() const { return total_.load(std::memory_order_relaxed); }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<std::size_t> total_{0};
  std::thread thread_;
};

}  // namespace tally::indexer
