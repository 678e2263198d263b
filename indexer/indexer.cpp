#include "indexer/indexer.hpp"

#include <algorithm>
#include <vector>

#include "common/analysis/analyse.hpp"
#include "common/core/error.hpp"
#include "common/passages/split.hpp"
#include "common/schema.hpp"
#include "common/store/database.hpp"

namespace tally::indexer {

Indexer::Indexer(const std::string& path, IndexOptions options)
    : path_(path), options_(options), db_(open_for_writing(path)) {
  started_empty_ = db_.get_doccount() == 0;
}

Indexer::~Indexer() {
  try {
    commit();
  } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw; commit() reports
  }
}

void
Indexer::add(const Article& article) {
  const Passages passages = split_passages(article);
  ArticleAnalysis analysis;
  if (options_.figures == FigureExtraction::kOn) {
    analysis = analyse_article(passages, article.published);
    // Documents are written passage by passage: take the records in passage order.
    std::stable_sort(analysis.figures.begin(), analysis.figures.end(),
                     [](const auto& a, const auto& b) { return a.passage < b.passage; });
    std::stable_sort(analysis.entities.begin(), analysis.entities.end(),
                     [](const auto& a, const auto& b) { return a.passage < b.passage; });
  }
  try {
    const std::string id_term = schema::term(schema::kPrefixArticle, article.id);
    // A new database needs no look-up unless the same id came twice in this run.
    const bool may_exist = !started_empty_ || !this_run_.insert(article.id).second;
    if (may_exist && db_.term_exists(id_term)) {
      db_.delete_document(id_term);
      ++counts_.replaced;
    } else {
      ++new_since_commit_;
    }
    std::size_t fig = 0;
    std::size_t ent = 0;
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
      db_.add_document(builder_.build(article, passage, findings));
    }
    counts_.passages += passages.size();
    counts_.figures += analysis.figures.size();
    counts_.empty += passages.empty() ? 1U : 0U;
    ++counts_.articles;
    if (++pending_ >= options_.commit_every) {
      commit();
    }
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path_, "writing to");
  }
}

void
Indexer::commit() {
  if (pending_ == 0) {
    return;
  }
  try {
    const std::string key(schema::kMetaArticles);
    const std::string before = db_.get_metadata(key);
    const std::size_t total = (before.empty() ? 0 : std::stoul(before)) + new_since_commit_;
    db_.set_metadata(key, std::to_string(total));
    db_.commit();
    pending_ = 0;
    new_since_commit_ = 0;
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path_, "committing to");
  }
}

}  // namespace tally::indexer
