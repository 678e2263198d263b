#pragma once
// The document data of one indexed passage: what the indexer stores and the searcher shows.
// Encoded as one compact JSON object; the only place that knows its layout, so that the two
// programs cannot disagree (see common/schema.hpp for terms and slots).

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
  std::string title;      // the article's headline
  std::string url;
  std::string text;       // the passage as written
  std::vector<Figure> figures;
  std::vector<EntityMention> entities;
};

std::string encode_passage_record(const PassageRecord& record);

// The reverse. Data not written by tally (or damaged) gives an empty record, never an error.
PassageRecord decode_passage_record(std::string_view data);

}  // namespace tally
