#pragma once
// Marking the query's words in a passage as written: a word matches when its lower-case form is
// one of the query's unstemmed terms, or its Snowball stem one of the stemmed terms (the same
// normalisation and stemmer the indexer used).

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <xapian.h>

namespace tally::searcher {

struct Span {
  std::size_t begin = 0;  // byte offsets into the passage text
  std::size_t end = 0;
};

class Highlighter {
 public:
  // `terms` as Xapian::Query reports them ("soldier", "Zsoldier", "Stitle", "XSap" ...);
  // prefixed filter terms are ignored.
  explicit Highlighter(const std::vector<std::string>& terms);

  std::vector<Span> spans(std::string_view text) const;

  // The text with each span wrapped in `open` and `close`.
  std::string mark(std::string_view text, std::string_view open, std::string_view close) const;

 private:
  Xapian::Stem stemmer_;
  std::unordered_set<std::string> words_;  // unstemmed, lower case
  std::unordered_set<std::string> stems_;
};

}  // namespace tally::searcher
