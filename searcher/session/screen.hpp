#pragma once
// Fitting text to the terminal: its size, how many rows a text takes once wrapped, and how
// many blocks (results, passages) fit on a page. Pure except terminal_size().

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tally::searcher {

struct ScreenSize {
  std::size_t rows = 24;
  std::size_t columns = 80;
};

// The size of the terminal on stdout; else $LINES and $COLUMNS; else 24 x 80.
ScreenSize terminal_size();

// Rows `text` takes on a screen `columns` wide: each line wraps; escape sequences take no room;
// a code point takes one column.
std::size_t rows_of(std::string_view text, std::size_t columns);

// Blocks shown one page at a time. A page holds the blocks that fit in the rows it is given,
// and always at least one, so that paging moves on however small the terminal.
class Pager {
 public:
  void reset(std::vector<std::string> blocks);
  void append(std::vector<std::string> blocks);

  // The next blocks that fit in `rows` rows of `columns` columns, joined; "" when none is left.
  std::string next_page(std::size_t rows, std::size_t columns);

  // The next `count` blocks, joined (a page of a fixed number of blocks, for plain output).
  std::string next_blocks(std::size_t count);

  bool done() const { return next_ >= blocks_.size(); }
  std::size_t shown() const { return next_; }
  std::size_t size() const { return blocks_.size(); }

 private:
  std::vector<std::string> blocks_;
  std::size_t next_ = 0;
};

}  // namespace tally::searcher
