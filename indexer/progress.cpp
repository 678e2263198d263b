#include "indexer/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace tally::indexer {

Progress::Progress(ProgressMode mode)
    : enabled_(mode == ProgressMode::kAuto && isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void
Progress::update(std::size_t articles, std::size_t passages) {
  if (!enabled_) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) {
    return;
  }
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r\x1b[Kindexing: %zu articles, %zu passages, %.0f articles/s", articles,
               passages, seconds > 0 ? static_cast<double>(articles) / seconds : 0.0);
  shown_ = true;
}

void
Progress::clear() {
  if (shown_) {
    std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }
}

}  // namespace tally::indexer
