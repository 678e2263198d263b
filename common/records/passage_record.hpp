#pragma once
// The document data of one indexed passage: what the indexer stores and the searcher shows.
// The only place that knows its layout, so that the two programs cannot disagree (see
// common/schema.hpp for terms and slots, article_record.hpp for what is stored per article).
//
// Layout (schema version 3): a compact binary record, not JSON, because it is stored once per
// passage (a million times for the bench corpus): the byte 0x03, then length-prefixed fields
// (article, source, published, kind, title, url, text), the passage number, the figures (their fields in
// a fixed order), and the entities as (kind, name) pairs. (Xapian compresses document data
// itself: compressing the record here made the database larger.) title and url are stored with the
// headline passage only; a body passage's are in its article's ArticleRecord
// (fill_article_fields in article_record.hpp reads them).

#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/figure.hpp"

namespace tally {

struct PassageRecord {
  std::string article;    // article id
  std::string source;     // outlet label as written
  std::string published;  // "YYYY-MM-DD" or empty
  int passage = 0;        // Passage::index within the article
  std::string kind = "body";  // "headline" | "body"
  std::string title;      // the article's headline (stored on the headline passage only)
  std::string url;        // (stored on the headline passage only)
  std::string text;       // the passage as written
  std::vector<Figure> figures;
  std::vector<EntityMention> entities;
};

std::string encode_passage_record(const PassageRecord& record);

// The reverse. Data not written by tally (or damaged) gives an empty record, never an error.
PassageRecord decode_passage_record(std::string_view data);

}  // namespace tally
