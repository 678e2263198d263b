#include "indexer/article_writer.hpp"

#include <algorithm>
#include <span>

#include "common/analysis/analyse.hpp"
#include "common/core/hash.hpp"
#include "common/passages/split.hpp"
#include "common/records/article_texts.hpp"
#include "common/schema.hpp"

namespace tally::indexer {

std::string
article_content_hash(const Article& a, FigureExtraction figures) {
  std::string all;
  all.reserve(a.text.size() + a.title.size() + a.url.size() + a.source.size() + 32);
  for (const std::string* field : {&a.source, &a.url, &a.title, &a.text}) {
    all += *field;
    all += '\x1f';
  }
  all += a.published ? a.published->iso() : std::string{};
  all += figures == FigureExtraction::kOn ? "\x1f" "figures" : "\x1f" "text";
  return content_hash(all);
}

void
analyse_for_index(const Article& article, FigureExtraction figures, DocumentBuilder& builder,
                  AnalysedArticle& out) {
  const Passages passages = split_passages(article);
  std::vector<std::string> texts;
  texts.reserve(passages.size());
  for (const auto& p : passages) {
    if (static_cast<std::size_t>(p.index) >= texts.size()) {
      texts.resize(static_cast<std::size_t>(p.index) + 1);
    }
    texts[static_cast<std::size_t>(p.index)] = p.text;
  }
  out.texts = pack_article_texts(texts);
  ArticleAnalysis analysis;
  if (figures == FigureExtraction::kOn) {
    analysis = analyse_article(passages, article.published, article.source);
    // Documents are built passage by passage: take the records in passage order.
    std::stable_sort(analysis.figures.begin(), analysis.figures.end(),
                     [](const auto& a, const auto& b) { return a.passage < b.passage; });
    std::stable_sort(analysis.entities.begin(), analysis.entities.end(),
                     [](const auto& a, const auto& b) { return a.passage < b.passage; });
  }
  std::size_t fig = 0;
  std::size_t ent = 0;
  out.documents.reserve(passages.size());
  for (const auto& passage : passages) {
    // Figures and entities come in passage order: take each passage's run.
    const std::size_t fig_begin = fig;
    while (fig < analysis.figures.size() && analysis.figures[fig].passage == passage.index) {
      ++fig;
    }
    const std::size_t ent_begin = ent;
    while (ent < analysis.entities.size() && analysis.entities[ent].passage == passage.index) {
      ++ent;
    }
    const PassageFindings findings{
        std::span(analysis.figures).subspan(fig_begin, fig - fig_begin),
        std::span(analysis.entities).subspan(ent_begin, ent - ent_begin)};
    out.documents.push_back(builder.build(article, passage, findings));
  }
  out.figures = analysis.figures.size();
}

void
write_article(Xapian::WritableDatabase& db, AnalysedArticle&& article) {
  if (article.record_only) {
    db.set_metadata(schema::article_key(article.record.id), encode_article_record(article.record));
    return;
  }
  const std::string id_term = schema::term(schema::kPrefixArticle, article.record.id);
  if (article.may_exist && db.term_exists(id_term)) {
    db.delete_document(id_term);
  }
  for (auto& doc : article.documents) {
    db.add_document(doc);
  }
  db.set_metadata(schema::text_key(article.record.id), article.texts);
  db.set_metadata(schema::article_key(article.record.id), encode_article_record(article.record));
}

bool
remove_article(Xapian::WritableDatabase& db, const std::string& id) {
  const std::string key = schema::article_key(id);
  const std::string id_term = schema::term(schema::kPrefixArticle, id);
  const bool had_record = !db.get_metadata(key).empty();
  const bool had_passages = db.term_exists(id_term);
  if (had_passages) {
    db.delete_document(id_term);
  }
  if (had_record) {
    db.set_metadata(key, {});
    db.set_metadata(schema::text_key(id), {});
  }
  return had_record || had_passages;
}

}  // namespace tally::indexer
