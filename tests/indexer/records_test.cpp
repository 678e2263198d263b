// The stored records of common/records: what the indexer writes the searcher must read back.
#include <catch2/catch.hpp>

#include "common/records/article_record.hpp"
#include "common/records/article_texts.hpp"
#include "common/records/passage_reader.hpp"
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
  f.modal = true;
  f.revises = 2;
  f.low = 1.5;
  f.high = 2.25;
  r.figures = {f};
  r.entities = {{7, EntityKind::kOrganisation, "Associated Press", ""},
                {7, EntityKind::kPlace, "Turkey", ""}};
  const PassageRecord back = decode_passage_record(encode_passage_record(r));
  // The article's fields are not the passage's own: stored once per article.
  CHECK(back.article.empty());
  CHECK(back.source.empty());
  CHECK(back.text.empty());
  CHECK(back.passage == 7);
  CHECK(back.kind == "headline");
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
  CHECK(g.modal);
  CHECK_FALSE(g.malformed);
  CHECK(g.revises == 2);
  CHECK(g.low == 1.5);
  CHECK(g.high == 2.25);
  CHECK(g.passage == 7);
  REQUIRE(back.entities.size() == 2);  // kinds in name order; names from the entity slot
  CHECK(back.entities[0].kind == EntityKind::kOrganisation);
  CHECK(back.entities[1].kind == EntityKind::kPlace);
  PassageRecord named = back;
  attach_entity_names(named, "Associated Press\nTurkey");
  CHECK(named.entities[0].name == "Associated Press");
  CHECK(named.entities[1].name == "Turkey");
}

TEST_CASE("damaged or foreign data decodes to an empty record", "[records]") {
  auto data = GENERATE(as<std::string>{}, "", "{\"text\":\"json\"}", "\x04", "\x04\x7f", "plain text",
                       "\x03\x02" "a1");  // version 3 data is foreign to version 4
  const PassageRecord r = decode_passage_record(data);
  CHECK(r.text.empty());
  CHECK(r.article.empty());
  CHECK(r.figures.empty());
}

TEST_CASE("an article's passage texts read back as written, damaged data as none", "[records]") {
  const std::vector<std::string> texts = {"Turkey\xe2\x80\x99s soldiers", "",
                                          std::string(5000, 'x') + " end", "At least 33 killed."};
  CHECK(unpack_article_texts(pack_article_texts(texts)) == texts);
  CHECK(unpack_article_texts(pack_article_texts({})).empty());
  const std::string packed = pack_article_texts(texts);
  CHECK(packed.size() < 200);  // compressed: the run of 5000 letters is a few bytes
  auto damaged = GENERATE(as<std::string>{}, "", "\x04", "\x04garbage", "plain text",
                          std::string("\x05") + "x");
  CHECK(unpack_article_texts(damaged).empty());
  CHECK(unpack_article_texts(packed.substr(0, packed.size() / 2)).empty());
}

TEST_CASE("a passage is put together from its document and its article's records", "[records]") {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
    ArticleRecord a{"a1", "hash", "/in/a.txt", "The headline", "https://example.org/a", "AP",
                    "2020-02-28"};
    db.set_metadata(schema::article_key("a1"), encode_article_record(a));
    db.set_metadata(schema::text_key("a1"), pack_article_texts({"The headline", "Body text."}));
    for (int i : {1, 0}) {
      PassageRecord own;
      own.passage = i;
      own.kind = i == 0 ? "headline" : "body";
      Xapian::Document doc;
      doc.set_data(encode_passage_record(own));
      doc.add_value(schema::kSlotArticle, "a1");
      doc.add_boolean_term(schema::term(schema::kPrefixArticle, "a1"));
      db.add_document(doc);
    }
    db.commit();
  }
  Xapian::Database db(dir.path() + "/db");
  PassageReader reader(db);
  const PassageRecord body = reader.read(db.get_document(1));
  CHECK(body.article == "a1");
  CHECK(body.kind == "body");
  CHECK(body.text == "Body text.");
  CHECK(body.title == "The headline");
  CHECK(body.url == "https://example.org/a");
  CHECK(body.source == "AP");
  CHECK(body.published == "2020-02-28");
  CHECK(reader.read(db.get_document(1), PassageReader::Text::kWithout).text.empty());
  CHECK(reader.text("a1", 0) == "The headline");
  CHECK(reader.text("a1", 5).empty());
  CHECK(reader.text("nope", 0).empty());
  const auto all = reader.read_article("a1");
  REQUIRE(all.size() == 2);
  CHECK(all[0].kind == "headline");
  CHECK(all[1].text == "Body text.");
  const auto record = read_article_record(db, "a1");
  REQUIRE(record);
  CHECK(record->origin == "/in/a.txt");
  CHECK(record->content_hash == "hash");
  CHECK_FALSE(read_article_record(db, "nope"));
}
