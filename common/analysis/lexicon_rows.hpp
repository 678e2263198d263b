#pragma once
// Reading the lexicon format of lexicon_data.hpp (UTF-8, tab-separated columns, '#' comments),
// shared by every word list of the analysis and of the searcher.

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "common/analysis/word_set.hpp"

namespace tally {

// Calls f(columns) for each non-comment line of a TSV lexicon.
template <typename F>
void
for_each_lexicon_row(std::string_view bytes, F f) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    auto nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) {
      nl = bytes.size();
    }
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#') {
      continue;
    }
    std::vector<std::string_view> cols;
    std::size_t c = 0;
    while (true) {
      const auto tab = line.find('\t', c);
      cols.push_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) {
        break;
      }
      c = tab + 1;
    }
    f(cols);
  }
}

// The words of some lists of a word-list lexicon, whose rows are: word, list name
// (reporting.tsv, titles.tsv, ...): the first column of every row whose second column is one of
// `lists`, as written, as one set. The set views `bytes`, which must outlive it (the embedded
// lexicons are static).
inline WordSet lexicon_word_lists(std::string_view bytes,
                                  std::initializer_list<std::string_view> lists) {
  WordSet words;
  for_each_lexicon_row(bytes, [&](const std::vector<std::string_view>& cols) {
    if (cols.size() >= 2 && std::find(lists.begin(), lists.end(), cols[1]) != lists.end()) {
      words.add(cols[0]);
    }
  });
  return words;
}

// The words of one list of a word-list lexicon.
inline WordSet lexicon_word_list(std::string_view bytes, std::string_view list) {
  return lexicon_word_lists(bytes, {list});
}

}  // namespace tally
