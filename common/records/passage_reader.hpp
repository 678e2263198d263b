#pragma once
// Puts a passage's whole record together for display: its own document data (kind, number,
// figures, entities), its article id from the value slot, and from its article's records the
// text, source, date, title and URL (stored once per article, see article_record.hpp and
// article_texts.hpp). Keeps the last few articles it read, since the passages of one search
// often share them.
//
// Not thread-safe: one reader per thread (each Searcher has its own).

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/records/article_record.hpp"
#include "common/records/passage_record.hpp"

namespace tally {

class PassageReader {
 public:
  explicit PassageReader(Xapian::Database db) : db_(std::move(db)) {}

  enum class Text { kWith, kWithout };

  // The passage of `doc`, its text too unless kWithout (a search ranks many more passages than
  // it shows, and only shown ones need their text: see text()). Documents not written by tally
  // give an empty record. May throw Xapian::Error like any database read.
  PassageRecord read(const Xapian::Document& doc, Text text = Text::kWith);

  // The text of passage `passage` of an article; empty when there is none.
  std::string text(const std::string& article_id, int passage);

  // Every passage of an article, in passage order (empty when it has none).
  std::vector<PassageRecord> read_article(const std::string& article_id, Text text = Text::kWith);

  // Forget what was read (after the database was reopened).
  void clear() { cache_.clear(); }

 private:
  struct Stored {
    ArticleRecord record;
    std::vector<std::string> texts;  // read when first asked for
    bool texts_read = false;
  };
  Stored& article(const std::string& id);
  void complete(PassageRecord& rec, const std::string& article_id, Text text);

  Xapian::Database db_;
  std::unordered_map<std::string, Stored> cache_;
  static constexpr std::size_t kCacheSize = 64;
};

}  // namespace tally
