#pragma once
// A progress line on stderr, redrawn at most 4 times a second, only when stderr is a terminal
// (never when piped, or with --quiet); cleared before any other message and when done:
//
//   indexing 12,345 of 37,554 articles (32%)  210/s  ETA 1m57s  301,234 passages
//
// The total is known for files (counted ahead, see input_count.hpp) and unknown for stdin,
// where the line shows what was done so far and the rate.

#include <chrono>
#include <cstddef>
#include <string>

namespace tally::indexer {

enum class ProgressMode { kAuto, kNever };

class Progress {
 public:
  explicit Progress(ProgressMode mode);
  // `total` 0: unknown.
  void update(std::size_t done, std::size_t total, std::size_t passages);
  // Shows a stage that has no count ("merging shards"), at once.
  void note(const std::string& stage);
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// "45s", "3m07s", "2h05m"
std::string short_duration(double seconds);

}  // namespace tally::indexer
