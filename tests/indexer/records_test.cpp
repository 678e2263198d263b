// The stored records of common/records: what the indexer writes the searcher must read back.
#include <catch2/catch.hpp>

#include "common/records/article_record.hpp"
#include "common/records/passage_record.hpp"
#include "common/schema.hpp"
#include "tests/support/temp_dir.hpp"

using namespace tally;

TEST_CASE("a passage record reads back as written", "[records]") {
  PassageRecord r;
  r.article = "a1";
  r.source = "Associated Press";
  r.published = "2020-02-28";
  r.passage = 7;
  r.kind = "headline";
  r.title = "Turkey\xe2\x80\x99s soldiers";
  r.url = "https://example.org/x";
  r.text = "At least 33 Turkish soldiers were killed, officials said.";
  Figure f;
  f.passage = 7;
  f.quote = "At least 33 Turkish soldiers were killed";
  f.value = 33;
  f.qualifier = Qualifier::kAtLeast;
  f.counted = "Turkish soldiers";
  f.head = "soldier";
  f.event = "kill";
  f.date = DateSpan{CivilDate{2020, 2, 27}, CivilDate{2020, 2, 28}};
  f.attribution = "officials";
  f.cumulative = true;
  f.revises = 2;
  f.low = 1.5;
  f.high = 2.25;
  r.figures = {f};
  r.entities = {{7, EntityKind::kOrganisation, "Associated Press", ""},
                {7, EntityKind::kPlace, "Turkey", ""}};
  const PassageRecord back = decode_passage_record(encode_passage_record(r));
  CHECK(back.article == r.article);
  CHECK(back.source == r.source);
  CHECK(back.published == r.published);
  CHECK(back.passage == 7);
  CHECK(back.kind == "headline");
  CHECK(back.title == r.title);
  CHECK(back.url == r.url);
  CHECK(back.text == r.text);
  REQUIRE(back.figures.size() == 1);
  const Figure& g = back.figures[0];
  CHECK(g.quote == f.quote);
  CHECK(g.value == 33);
  CHECK(g.qualifier == Qualifier::kAtLeast);
  CHECK(g.counted == f.counted);
  CHECK(g.head == "soldier");
  CHECK(g.event == "kill");
  CHECK(g.date == f.date);
  CHECK(g.attribution == "officials");
  CHECK(g.cumulative);
  CHECK_FALSE(g.malformed);
  CHECK(g.revises == 2);
  CHECK(g.low == 1.5);
  CHECK(g.high == 2.25);
  CHECK(g.passage == 7);
  REQUIRE(back.entities.size() == 2);
  CHECK(back.entities[0].kind == EntityKind::kOrganisation);
  CHECK(back.entities[1].name == "Turkey");
}

TEST_CASE("damaged or foreign data decodes to an empty record", "[records]") {
  auto data = GENERATE(as<std::string>{}, "", "{\"text\":\"json\"}", "\x03", "\x03\x7f", "plain text");
  const PassageRecord r = decode_passage_record(data);
  CHECK(r.text.empty());
  CHECK(r.article.empty());
  CHECK(r.figures.empty());
}

TEST_CASE("a body passage gets its title and URL from the article record", "[records]") {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
    ArticleRecord a{"a1", "hash", "/in/a.txt", "The headline", "https://example.org/a"};
    db.set_metadata(schema::article_key("a1"), encode_article_record(a));
    db.commit();
  }
  Xapian::Database db(dir.path() + "/db");
  PassageRecord body;
  body.article = "a1";
  fill_article_fields(db, body);
  CHECK(body.title == "The headline");
  CHECK(body.url == "https://example.org/a");
  const auto record = read_article_record(db, "a1");
  REQUIRE(record);
  CHECK(record->origin == "/in/a.txt");
  CHECK(record->content_hash == "hash");
  CHECK_FALSE(read_article_record(db, "nope"));
}
