#pragma once
// A progress line on stderr ("indexing  1,234 articles  456/s"), redrawn at most 4 times a
// second, only when stderr is a terminal; cleared when done.

#include <chrono>
#include <cstddef>

namespace tally::indexer {

enum class ProgressMode { kAuto, kNever };

class Progress {
 public:
  explicit Progress(ProgressMode mode);
  void update(std::size_t articles, std::size_t passages);
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace tally::indexer
