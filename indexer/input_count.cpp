#include "indexer/input_count.hpp"

#include <cstdio>
#include <vector>

#include "common/readers/line_source.hpp"
#include "common/readers/readers.hpp"

namespace tally::indexer {
namespace {

// Non-blank lines of a plain file, read in large blocks.
std::size_t
count_plain_lines(const std::string& path, const std::atomic<bool>& stop) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return 0;
  }
  std::vector<char> buf(1 << 20);
  std::size_t lines = 0;
  bool blank = true;
  std::size_t n = 0;
  while (!stop.load(std::memory_order_relaxed) && (n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
    for (std::size_t i = 0; i < n; ++i) {
      const char c = buf[i];
      if (c == '\n') {
        lines += blank ? 0U : 1U;
        blank = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        blank = false;
      }
    }
  }
  std::fclose(f);
  return lines + (blank ? 0U : 1U);
}

std::size_t
count_compressed_lines(const std::string& path, const std::atomic<bool>& stop) {
  try {
    LineSource lines(path);
    std::string line;
    std::size_t n = 0;
    while (!stop.load(std::memory_order_relaxed) && lines.next(line)) {
      n += line.find_first_not_of(" \t") == std::string::npos ? 0U : 1U;
    }
    return n;
  } catch (...) {  // unreadable: the reader reports it; the total is only a guide
    return 0;
  }
}

}  // namespace

InputCount::InputCount(std::vector<std::string> files) {
  thread_ = std::thread([this, files = std::move(files)] {
    std::size_t total = 0;
    for (const auto& f : files) {
      if (stop_.load()) {
        return;
      }
      if (f == "-") {
        return;  // unknown
      }
      if (!is_json_lines(f)) {
        ++total;
      } else if (f.ends_with(".zst")) {
        total += count_compressed_lines(f, stop_);
      } else {
        total += count_plain_lines(f, stop_);
      }
    }
    total_.store(total, std::memory_order_relaxed);
  });
}

InputCount::~InputCount() {
  stop_.store(true);
  thread_.join();
}

}  // namespace tally::indexer
