#include <catch2/catch.hpp>

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

}  // namespace

TEST_CASE("indexing an article again replaces its passages", "[indexer]") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  {
    indexer::Indexer ix(path, {});
    ix.add(article("a", "One.\n\nTwo.\n\nThree."));
    ix.add(article("b", "Other."));
    ix.add(article("a", "Only one now."));  // the same id twice in one run
  }
  {
    Xapian::Database db(path);
    CHECK(passages_of(db, "a") == 1);
    CHECK(passages_of(db, "b") == 1);
    CHECK(db.get_metadata(std::string(schema::kMetaArticles)) == "2");
  }
  {
    indexer::Indexer ix(path, {});  // a second run over an existing database
    ix.add(article("b", "Changed.\n\nAnd longer."));
    CHECK(ix.counts().replaced == 1);
  }
  Xapian::Database db(path);
  CHECK(passages_of(db, "b") == 2);
  CHECK(db.get_doccount() == 3);
  CHECK(db.get_metadata(std::string(schema::kMetaArticles)) == "2");
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
