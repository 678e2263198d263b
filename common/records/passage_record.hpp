#pragma once
// The document data of one indexed passage: what the indexer stores and the searcher shows.
// The only place that knows its layout, so that the two programs cannot disagree (see
// common/schema.hpp for terms and slots, article_record.hpp and article_texts.hpp for what is
// stored once per article).
//
// Layout (schema version 4): a compact binary record, not JSON, because it is stored once per
// passage (a million times for the bench corpus): the byte 0x04, the kind ('h' headline, 'b'
// body), the passage number, the figures (their fields in a fixed order) and the kinds of its
// entities (their names are the value slot kSlotEntities, in the same order). Only what is the passage's own: its article id is in the value slot
// kSlotArticle, and its text, the article's source, date, title and URL are stored once per
// article; PassageReader (passage_reader.hpp) puts the whole record together.

#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/figure.hpp"

namespace tally {

// The whole passage as the searcher shows it; encode/decode carry only the fields marked (*).
struct PassageRecord {
  std::string article;    // article id
  std::string source;     // outlet label as written
  std::string published;  // "YYYY-MM-DD" or empty
  int passage = 0;        // (*) Passage::index within the article
  std::string kind = "body";  // (*) "headline" | "body"
  std::string title;      // the article's headline (stored on the headline passage only)
  std::string url;        // (stored on the headline passage only)
  std::string text;       // the passage as written
  std::vector<Figure> figures;          // (*)
  std::vector<EntityMention> entities;  // (*) kinds; names by attach_entity_names
};

std::string encode_passage_record(const PassageRecord& record);

// The reverse (the fields marked (*)). Data not written by tally (or damaged) gives an empty
// record, never an error.
PassageRecord decode_passage_record(std::string_view data);

// Names the decoded entities from the kSlotEntities value (names joined by '\n').
void attach_entity_names(PassageRecord& record, std::string_view names);

}  // namespace tally
