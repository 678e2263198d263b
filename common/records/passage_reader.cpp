#include "common/records/passage_reader.hpp"

#include <algorithm>

#include "common/records/article_texts.hpp"
#include "common/schema.hpp"

namespace tally {

PassageReader::Stored&
PassageReader::article(const std::string& id) {
  if (const auto it = cache_.find(id); it != cache_.end()) {
    return it->second;
  }
  if (cache_.size() >= kCacheSize) {
    cache_.clear();  // a search touches a few dozen articles; simpler than LRU and as good
  }
  Stored s;
  if (auto r = read_article_record(db_, id)) {
    s.record = std::move(*r);
  }
  return cache_.emplace(id, std::move(s)).first->second;
}

std::string
PassageReader::text(const std::string& article_id, int passage) {
  Stored& a = article(article_id);
  if (!a.texts_read) {
    a.texts = read_article_texts(db_, article_id);
    a.texts_read = true;
  }
  const auto at = static_cast<std::size_t>(passage);
  return passage >= 0 && at < a.texts.size() ? a.texts[at] : std::string{};
}

void
PassageReader::complete(PassageRecord& rec, const std::string& article_id, Text text) {
  const Stored& a = article(article_id);
  rec.article = article_id;
  rec.source = a.record.source;
  rec.published = a.record.published;
  rec.title = a.record.title;
  rec.url = a.record.url;
  if (text == Text::kWith) {
    rec.text = this->text(article_id, rec.passage);
  }
}

PassageRecord
PassageReader::read(const Xapian::Document& doc, Text text) {
  PassageRecord rec = decode_passage_record(doc.get_data());
  if (!rec.entities.empty()) {
    attach_entity_names(rec, doc.get_value(schema::kSlotEntities));
  }
  const std::string id = doc.get_value(schema::kSlotArticle);
  if (!id.empty()) {
    complete(rec, id, text);
  }
  return rec;
}

std::vector<PassageRecord>
PassageReader::read_article(const std::string& article_id, Text text) {
  std::vector<PassageRecord> passages;
  const std::string term = schema::term(schema::kPrefixArticle, article_id);
  for (auto p = db_.postlist_begin(term); p != db_.postlist_end(term); ++p) {
    passages.push_back(read(db_.get_document(*p), text));
  }
  std::sort(passages.begin(), passages.end(),
            [](const auto& a, const auto& b) { return a.passage < b.passage; });
  return passages;
}

}  // namespace tally
