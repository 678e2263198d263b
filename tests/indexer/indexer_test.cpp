#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <tuple>
#include <vector>

#include "common/core/error.hpp"
#include "common/schema.hpp"
#include "common/store/database.hpp"
#include "indexer/indexer.hpp"
#include "tests/support/temp_dir.hpp"

using namespace tally;

namespace {

Article
article(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.source = "Test";
  a.text = text;
  return a;
}

Xapian::doccount
passages_of(const Xapian::Database& db, const std::string& id) {
  return db.get_termfreq(schema::term(schema::kPrefixArticle, id));
}

// One run of the indexer over `articles` (id, text, origin), as tally-index does it.
indexer::IndexCounts
index_run(const std::string& path, const std::vector<std::tuple<std::string, std::string, std::string>>& articles,
          const std::function<void(indexer::Indexer&)>& also = {}) {
  indexer::IndexOptions options;
  options.commit_every = 2;
  indexer::Indexer ix(path, options);
  for (const auto& [id, text, origin] : articles) {
    ix.add(article(id, text), origin);
  }
  if (also) {
    also(ix);
  }
  ix.finish(indexer::RunEnd::kComplete);
  return ix.counts();
}

std::string
counts_of(const indexer::IndexCounts& c) {
  return std::to_string(c.added) + " added, " + std::to_string(c.updated) + " updated, " +
         std::to_string(c.unchanged) + " unchanged, " + std::to_string(c.removed) + " removed, " +
         std::to_string(c.passages) + " passages";
}

}  // namespace

TEST_CASE("indexing an article again replaces its passages", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  // The same id twice in one (fresh) run: the later version wins.
  CHECK(counts_of(index_run(path, {{"a", "One.\n\nTwo.\n\nThree.", "-"},
                                   {"b", "Other.", "-"},
                                   {"a", "Only one now.", "-"}})) ==
        "2 added, 1 updated, 0 unchanged, 0 removed, 5 passages");
  {
    Xapian::Database db(path);
    CHECK(passages_of(db, "a") == 1);
    CHECK(passages_of(db, "b") == 1);
    CHECK(db.get_metadata(std::string(schema::kMetaArticles)) == "2");
  }
  // A second run over an existing database.
  CHECK(counts_of(index_run(path, {{"b", "Changed.\n\nAnd longer.", "-"}})) ==
        "0 added, 1 updated, 0 unchanged, 0 removed, 2 passages");
  Xapian::Database db(path);
  CHECK(passages_of(db, "b") == 2);
  CHECK(db.get_doccount() == 3);
  CHECK(db.get_metadata(std::string(schema::kMetaArticles)) == "2");
}

TEST_CASE("indexing the same input again changes nothing and analyses nothing", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  const std::vector<std::tuple<std::string, std::string, std::string>> input = {
      {"a", "29 soldiers were killed.\n\nSecond paragraph.", "-"},
      {"b", "Other.", "-"},
      {"c", "Third article.\n\nWith two paragraphs.", "-"}};
  CHECK(counts_of(index_run(path, input)) == "3 added, 0 updated, 0 unchanged, 0 removed, 5 passages");
  const auto revision = Xapian::Database(path).get_revision();
  CHECK(counts_of(index_run(path, input)) == "0 added, 0 updated, 3 unchanged, 0 removed, 0 passages");
  Xapian::Database db(path);
  CHECK(db.get_doccount() == 5);
  // Only the article count is committed again; no document was touched.
  CHECK(db.get_revision() <= revision + 1);
  // An edited article is replaced, the rest stay unchanged.
  auto edited = input;
  std::get<1>(edited[1]) = "Other, edited.\n\nNow longer.";
  CHECK(counts_of(index_run(path, edited)) == "0 added, 1 updated, 2 unchanged, 0 removed, 2 passages");
  Xapian::Database after(path);
  CHECK(after.get_doccount() == 6);
  CHECK(passages_of(after, "b") == 2);
}

TEST_CASE("removing deletes an article and its record; an unknown id is reported", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  index_run(path, {{"a", "One.\n\nTwo.", "-"}, {"b", "Other.", "-"}});
  std::vector<std::string> unknown;
  {
    indexer::Indexer ix(path, {});
    ix.remove("a");
    ix.remove("zzz");
    unknown = ix.finish(indexer::RunEnd::kComplete);
    CHECK(ix.counts().removed == 1);
  }
  CHECK(unknown == std::vector<std::string>{"zzz"});
  Xapian::Database db(path);
  CHECK(passages_of(db, "a") == 0);
  CHECK(db.get_metadata(schema::article_key("a")).empty());
  CHECK(passages_of(db, "b") == 1);
  CHECK(db.get_metadata(std::string(schema::kMetaArticles)) == "1");
}

TEST_CASE("pruning deletes articles whose file is gone or no longer holds them", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  const std::string kept = dir.path() + "/in/kept.jsonl";
  const std::string gone = dir.path() + "/in/gone.txt";
  const std::string other = dir.path() + "/elsewhere/x.txt";  // outside the pruned root
  dir.write("in/kept.jsonl", "{}\n");
  dir.write("in/gone.txt", "x");
  index_run(path, {{"k1", "Kept one.", kept}, {"k2", "Dropped from its file.", kept},
                   {"g", "Its file is deleted.", gone}, {"o", "Outside the root.", other}});
  std::filesystem::remove(gone);
  // k1 is read again from its (complete) file; k2 is no longer in it; g's file is gone; o's
  // file never existed but lies outside the root given to --prune.
  const auto counts = index_run(path, {{"k1", "Kept one.", kept}}, [&](indexer::Indexer& ix) {
    ix.file_complete(kept);
    ix.prune({dir.path() + "/in"});
  });
  CHECK(counts_of(counts) == "0 added, 0 updated, 1 unchanged, 2 removed, 0 passages");
  Xapian::Database db(path);
  CHECK(passages_of(db, "k1") == 1);
  CHECK(passages_of(db, "k2") == 0);
  CHECK(passages_of(db, "g") == 0);
  CHECK(passages_of(db, "o") == 1);
}

// Every document of a database as "article#passage text-terms", sorted: comparable across
// databases whatever their document ids.
std::vector<std::string>
documents_of(const Xapian::Database& db) {
  std::vector<std::string> out;
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
    const Xapian::Document doc = db.get_document(*d);
    std::string line = doc.get_value(schema::kSlotArticle) + ":";
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      line += " " + *t;
    }
    out.push_back(line + " | " + doc.get_data());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("a fresh build through many small shards gives the documents of one shard",
          "[indexer]") {
  testing::TempDir dir;
  std::vector<Article> articles;
  for (int i = 0; i < 40; ++i) {
    articles.push_back(article("a" + std::to_string(i),
                               "Story " + std::to_string(i) + " begins.\n\nAt least " +
                                   std::to_string(i + 2) + " people were killed.\n\nMore later."));
  }
  const auto build = [&](const std::string& path, std::size_t flush, std::size_t shard) {
    indexer::IndexOptions options;
    options.flush_passages = flush;
    options.shard_passages = shard;
    indexer::Indexer ix(path, options);
    for (const auto& a : articles) {
      ix.add(a, "-");
    }
    ix.finish(indexer::RunEnd::kComplete);
    return ix.counts();
  };
  const auto one = build(dir.path() + "/one", 1000000, 1000000);
  const auto many = build(dir.path() + "/many", 2, 5);  // a flush every 2, a shard every 5
  CHECK(counts_of(many) == counts_of(one));
  const Xapian::Database a(dir.path() + "/one");
  const Xapian::Database b(dir.path() + "/many");
  CHECK(b.get_doccount() == 120);
  CHECK(documents_of(b) == documents_of(a));
  CHECK(b.get_metadata(schema::text_key("a7")) == a.get_metadata(schema::text_key("a7")));
  CHECK_FALSE(std::filesystem::exists(dir.path() + "/many.staging"));
}

TEST_CASE("searches run while an incremental run writes", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  index_run(path, {{"a", "First article.", "-"}});
  indexer::IndexOptions options;
  options.commit_every = 1;
  indexer::Indexer ix(path, options);
  Xapian::Database reader(path);  // a searcher, open while the writer holds the lock
  for (int i = 0; i < 20; ++i) {
    ix.add(article("n" + std::to_string(i), "New article " + std::to_string(i) + "."), "-");
  }
  CHECK(reader.get_doccount() >= 1);
  ix.finish(indexer::RunEnd::kComplete);
  reader.reopen();
  CHECK(reader.get_doccount() == 21);
  Xapian::Enquire enquire(reader);
  enquire.set_query(Xapian::Query("Z" + Xapian::Stem("english")("article")));
  CHECK(enquire.get_mset(0, 100).size() == 21);
}

TEST_CASE("a database of another schema version is refused with a hint", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    db.set_metadata(std::string(schema::kMetaSchema), "1");
    db.add_document(Xapian::Document());
    db.commit();
  }
  try {
    indexer::Indexer ix(path, {});
    FAIL("an old schema was accepted");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::Contains("schema version 1"));
    CHECK_THAT(e.hint(), Catch::Contains("rebuild"));
  }
  CHECK_THROWS_AS(open_for_reading(path), Error);
}

TEST_CASE("a second writer is refused while the first holds the lock", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  indexer::Indexer first(path, {});
  try {
    indexer::Indexer second(path, {});
    FAIL("two writers opened one database");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::Contains("locked"));
    CHECK_THAT(e.hint(), Catch::Contains("another tally-index"));
  }
}

TEST_CASE("a missing database is an error that says how to build one", "[indexer]") {
  testing::TempDir dir;
  try {
    open_for_reading(dir.path() + "/nothing-here");
    FAIL("opened a missing database");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::Contains("no tally database"));
    CHECK_THAT(e.hint(), Catch::Contains("tally-index"));
  }
}
