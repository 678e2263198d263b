#include <catch2/catch.hpp>


#include "common/passages/split.hpp"
#include "common/records/passage_record.hpp"
#include "common/schema.hpp"
#include "indexer/document_builder.hpp"

using namespace tally;

namespace {

Article
sample_article() {
  Article a;
  a.id = "000";
  a.source = "AP";
  a.published = CivilDate{2020, 2, 28};
  a.title = "Turkey\xe2\x80\x99s soldiers";
  a.text = "29 soldiers were killed Thursday.";
  return a;
}

std::string
terms_of(const Xapian::Document& doc) {
  std::string out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += out.empty() ? "" : " ";
    out += *t;
    if (t.positionlist_count() > 0) {
      out += "[";
      std::string sep;
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
        out += sep + std::to_string(*p);
        sep = ",";
      }
      out += "]";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a passage produces stemmed positional terms and filter terms", "[document]") {
  const Article a = sample_article();
  const Passages ps = split_passages(a);
  REQUIRE(ps.size() == 2);
  auto [index, want] = GENERATE(table<int, std::string>({
      // stems only, positional (schema::kAnalysis); the headline's words again as title: terms
      {0,
       "XA000 XKheadline XP20200228 XSap ZSsoldier[104] ZSturkey[103] Zsoldier[2] Zturkey[1]"},
      // a body passage has no kind term: kind:body is NOT XKheadline
      {1, "XA000 XP20200228 XSap Z29[1] Zkill[4] Zsoldier[2] Zthursday[5] Zwere[3]"},
  }));
  DYNAMIC_SECTION("passage " << index) {
    indexer::DocumentBuilder builder;
    const auto doc = builder.build(a, ps[static_cast<std::size_t>(index)], {});
    CHECK(terms_of(doc) == want);
    CHECK(doc.get_value(schema::kSlotPublished) == "20200228");
    CHECK(doc.get_value(schema::kSlotSource) == "ap");
    CHECK(doc.get_value(schema::kSlotArticle) == "000");
  }
}

TEST_CASE("figures become event, head and date terms and per-event number slots",
          "[document]") {
  const Article a = sample_article();
  const Passages ps = split_passages(a);
  Figure f;
  f.passage = 1;
  f.quote = "29 soldiers were killed Thursday";
  f.value = 29;
  f.counted = "soldiers";
  f.head = "soldier";
  f.event = "kill";
  f.date = DateSpan{CivilDate{2020, 2, 27}, CivilDate{2020, 2, 27}};
  const std::vector<Figure> figures{f};
  const std::vector<EntityMention> entities{{1, EntityKind::kPlace, "Turkey", "Turkey's"}};
  indexer::DocumentBuilder builder;
  const auto doc = builder.build(a, ps[1], {figures, entities});
  const std::string terms = terms_of(doc);
  for (const char* want : {"XD20200227", "XEkill", "XFkill:soldier", "XHsoldier", "XNturkey"}) {
    CAPTURE(want);
    CHECK(terms.find(want) != std::string::npos);
  }
  CHECK(Xapian::sortable_unserialise(doc.get_value(schema::kSlotKill)) == 29.0);
  CHECK(doc.get_value(schema::kSlotWound).empty());
  CHECK(doc.get_value(schema::kSlotEventDate) == "20200227");
  CHECK(doc.get_value(schema::kSlotEntities) == "Turkey");
  // The passage's own fields; its text, date, title and URL are stored once per article.
  PassageRecord data = decode_passage_record(doc.get_data());
  CHECK(data.passage == 1);
  CHECK(data.kind == "body");
  CHECK(data.text.empty());
  CHECK(data.published.empty());
  REQUIRE(data.figures.size() == 1);
  CHECK(data.figures[0].value == 29);
  CHECK(data.figures[0].date->from.iso() == "2020-02-27");
  CHECK(data.figures[0].head == "soldier");
  REQUIRE(data.entities.size() == 1);
  attach_entity_names(data, doc.get_value(schema::kSlotEntities));
  CHECK(data.entities[0].name == "Turkey");
  CHECK(data.entities[0].kind == EntityKind::kPlace);
}
