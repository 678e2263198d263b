#pragma once
// One article from analysis to the database: its documents and its ArticleRecord are made on
// an analysis thread (analyse_for_index), and written by the thread that owns the database
// (write_article), which replaces an older version of the article and records the new one.

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/model/article.hpp"
#include "common/records/article_record.hpp"
#include "indexer/document_builder.hpp"

namespace tally::indexer {

enum class FigureExtraction { kOn, kOff };

struct AnalysedArticle {
  ArticleRecord record;  // id, content hash, origin, title, URL, source, date
  std::string texts;     // its passages' texts, packed (article_texts.hpp); none when record_only
  std::vector<Xapian::Document> documents;  // one per passage, in passage order
  std::size_t figures = 0;
  bool may_exist = false;  // the database may hold another version: delete it first
  bool is_new = false;     // the database does not hold it yet (counts towards kMetaArticles)
  bool record_only = false;  // unchanged but moved: only the record (origin) is rewritten
};

// The hash a later run compares to decide that an article is unchanged: of every field that
// reaches its documents, and of the extraction setting (so --no-figures output is redone when
// figures are turned on). Not of its origin: a moved file is not a changed article.
std::string article_content_hash(const Article& article, FigureExtraction figures);

// Splits, analyses and builds the article's documents, packed texts and figure count into
// `out`, whose record and flags the caller has set (Indexer::add, before the article is queued).
// Thread-safe given one builder per thread.
void analyse_for_index(const Article& article, FigureExtraction figures, DocumentBuilder& builder,
                       AnalysedArticle& out);

// Adds the article (deleting its older passages when may_exist) and stores its record (only
// the record when record_only).
// Throws Xapian::Error.
void write_article(Xapian::WritableDatabase& db, AnalysedArticle&& article);

// Deletes an article's passages and record; false when the database has neither.
// Throws Xapian::Error.
bool remove_article(Xapian::WritableDatabase& db, const std::string& id);

}  // namespace tally::indexer
