#include "indexer/progress.hpp"

#include <unistd.h>

#include <cstdio>

#include "common/core/strings.hpp"

namespace tally::indexer {

std::string
short_duration(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s < 60) {
    std::snprintf(buf, sizeof buf, "%lds", s);
  } else if (s < 3600) {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  }
  return buf;
}

Progress::Progress(ProgressMode mode)
    : enabled_(mode == ProgressMode::kAuto && isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void
Progress::update(std::size_t done, std::size_t total, std::size_t passages) {
  if (!enabled_) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) {
    return;
  }
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  std::string line = "indexing " + with_thousands(done);
  if (total >= done && total > 0) {
    line += " of " + with_thousands(total) + " articles (" +
            std::to_string(done * 100 / total) + "%)";
  } else {
    line += " articles";
  }
  line += "  " + with_thousands(static_cast<std::size_t>(rate)) + "/s";
  if (total > done && rate > 0) {
    line += "  ETA " + short_duration(static_cast<double>(total - done) / rate);
  }
  line += "  " + with_thousands(passages) + " passages";
  std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
  shown_ = true;
}

void
Progress::note(const std::string& stage) {
  if (!enabled_) {
    return;
  }
  std::fprintf(stderr, "\r\x1b[K%s", stage.c_str());
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
