#pragma once
// What tally stores once per article (a metadata entry, key schema::article_key(id)): the
// content hash that tells a later run the article is unchanged, the file it came from, and
// the title and URL that body passages no longer repeat.

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "common/records/passage_record.hpp"

namespace tally {

struct ArticleRecord {
  std::string id;            // the article id (the metadata key may hold a shortened form)
  std::string content_hash;  // hash of everything that goes into the article's documents
  std::string origin;        // absolute path of the file it was read from; "-" for stdin
  std::string title;
  std::string url;
};

std::string encode_article_record(const ArticleRecord& record);

// The reverse; damaged data gives an empty record.
ArticleRecord decode_article_record(std::string_view data);

// The record of `article_id` in `db`, if there is one.
std::optional<ArticleRecord> read_article_record(const Xapian::Database& db,
                                                 std::string_view article_id);

// Fills the title and URL of a body passage's record from its article's record (a headline
// passage carries its own). Does nothing when the article has no record. May throw
// Xapian::Error like any database read.
void fill_article_fields(const Xapian::Database& db, PassageRecord& record);

}  // namespace tally
