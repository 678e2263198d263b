#include "searcher/session/screen.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "common/core/utf8.hpp"

namespace tally::searcher {
namespace {

std::size_t
env_number(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr) {
    return 0;
  }
  char* end = nullptr;
  const unsigned long n = std::strtoul(v, &end, 10);
  return end != v && *end == '\0' ? static_cast<std::size_t>(n) : 0;
}

}  // namespace

ScreenSize
terminal_size() {
  ScreenSize size;
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
    size.rows = ws.ws_row;
    size.columns = ws.ws_col;
    return size;
  }
  if (const std::size_t rows = env_number("LINES"); rows > 0) {
    size.rows = rows;
  }
  if (const std::size_t cols = env_number("COLUMNS"); cols > 0) {
    size.columns = cols;
  }
  return size;
}

std::size_t
rows_of(std::string_view text, std::size_t columns) {
  columns = columns == 0 ? 1 : columns;
  std::size_t rows = 0;
  std::size_t width = 0;  // of the current line
  std::size_t pos = 0;
  auto end_line = [&] {
    rows += width == 0 ? 1 : (width + columns - 1) / columns;
    width = 0;
  };
  while (pos < text.size()) {
    if (text[pos] == '\n') {
      end_line();
      ++pos;
    } else if (text[pos] == '\x1b') {
      // CSI sequence: ESC [ parameters final-byte (0x40..0x7e)
      ++pos;
      if (pos < text.size() && text[pos] == '[') {
        ++pos;
        while (pos < text.size() && (text[pos] < 0x40 || text[pos] > 0x7e)) {
          ++pos;
        }
        ++pos;
      }
    } else {
      next_code_point(text, pos);
      ++width;
    }
  }
  if (width > 0) {
    end_line();
  }
  return rows;
}

void
Pager::reset(std::vector<std::string> blocks) {
  blocks_ = std::move(blocks);
  next_ = 0;
}

void
Pager::append(std::vector<std::string> blocks) {
  for (auto& b : blocks) {
    blocks_.push_back(std::move(b));
  }
}

std::string
Pager::next_page(std::size_t rows, std::size_t columns) {
  std::string page;
  std::size_t used = 0;
  while (next_ < blocks_.size()) {
    const std::size_t need = rows_of(blocks_[next_], columns);
    if (!page.empty() && used + need > rows) {
      break;
    }
    page += blocks_[next_++];
    used += need;
  }
  return page;
}

std::string
Pager::next_blocks(std::size_t count) {
  std::string page;
  for (std::size_t i = 0; i < count && next_ < blocks_.size(); ++i) {
    page += blocks_[next_++];
  }
  return page;
}

}  // namespace tally::searcher
