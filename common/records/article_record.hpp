#pragma once
// What tally stores once per article (a metadata entry, key schema::article_key(id)): the
// content hash that tells a later run the article is unchanged, the file it came from, and
// the source, date, title and URL that its passages do not repeat. (Its passages' texts are
// stored apart, article_texts.hpp.)

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>


namespace tally {

struct ArticleRecord {
  std::string id;            // the article id (the metadata key may hold a shortened form)
  std::string content_hash;  // hash of everything that goes into the article's documents
  std::string origin;        // absolute path of the file it was read from; "-" for stdin
  std::string title;
  std::string url;
  std::string source;     // outlet label as written
  std::string published;  // "YYYY-MM-DD" or empty
};

std::string encode_article_record(const ArticleRecord& record);

// The reverse; damaged data gives an empty record.
ArticleRecord decode_article_record(std::string_view data);

// The record of `article_id` in `db`, if there is one.
std::optional<ArticleRecord> read_article_record(const Xapian::Database& db,
                                                 std::string_view article_id);

}  // namespace tally
