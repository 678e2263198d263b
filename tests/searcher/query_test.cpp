#include <catch2/catch.hpp>

#include "common/core/error.hpp"
#include "searcher/output/highlight.hpp"
#include "searcher/query/query_builder.hpp"

using namespace tally;
using searcher::QueryBuilder;

namespace {

std::string
parsed(const std::string& text) {
  const Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  QueryBuilder builder(db);
  return builder.build(text).get_description();
}

}  // namespace

TEST_CASE("query text becomes a Xapian query through the schema's fields", "[query]") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      // every word is a stem, as the index holds them (schema::kAnalysis), names and phrases too
      {"soldier deaths Feb 27", "Query((Zsoldier@1 OR Zdeath@2 OR Zfeb@3 OR Z27@4))"},
      {"\"death toll\"", "Query((Zdeath@1 PHRASE 2 Ztoll@2))"},
      {"idlib AND killed", "Query((Zidlib@1 AND Zkill@2))"},
      {"Turkey\xe2\x80\x99s army", "Query((Zturkey@1 OR Zarmi@2))"},
      {"kind:body idlib", "Query((Zidlib@1 FILTER (<alldocuments> AND_NOT XKheadline)))"},
      {"kind:Headline idlib", "Query((Zidlib@1 FILTER XKheadline))"},
      {"source:AP idlib", "Query((Zidlib@1 FILTER XSap))"},
      {"source:\"New York Times - News\" war",
       "Query((Zwar@1 FILTER XSnew york times - news))"},
      {"event:Kill counted:soldier", "Query(0 * (XHsoldier AND XEkill))"},
      {"title:idlib", "Query(ZSidlib@1)"},
      {"killed:20..40", R"(Query(VALUE_RANGE 10 \xb1 \xb5))"},  // sortable_serialise(20), (40)
      {"published:2020-02-01..2020-02-28", "Query(VALUE_RANGE 0 20200201 20200228)"},
      {"idlib -russia", "Query((Zidlib@1 AND_NOT Zrussia@2))"},
  }));
  CAPTURE(text);
  CHECK(parsed(text) == want);
}

TEST_CASE("comparison shorthands of range fields become Xapian ranges", "[query]") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      {"wounded:>10", "wounded:10.000001.."},
      {"killed:>=5 idlib", "killed:5.. idlib"},
      {"killed:<3", "killed:..2.999999"},
      {"displaced:<=1,000,000", "displaced:..1000000"},
      {"source:>x", "source:>x"},
      {"a>b killed:20..40", "a>b killed:20..40"},
  }));
  CHECK(searcher::expand_comparisons(text) == want);
}

TEST_CASE("unbalanced quotes and brackets are malformed queries", "[query]") {
  auto [text, message] = GENERATE(table<std::string, std::string>({
      {"\"death toll", "unclosed '\"' at column 1"},
      {"(idlib OR aleppo", "1 unclosed '('"},
      {"idlib)", "unmatched ')' at column 6"},
  }));
  try {
    searcher::check_balanced(text);
    FAIL("accepted " << text);
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::Contains(message));
  }
  CHECK_NOTHROW(searcher::check_balanced("\"a (b\" (c)"));
}

TEST_CASE("highlighting marks the query's words as written, stemmed like the index",
          "[highlight]") {
  auto [terms, text, want] = GENERATE(table<std::vector<std::string>, std::string, std::string>({
      {{"Zsoldier", "Zdeath"}, "Soldiers' deaths mounted.", "[Soldiers]' [deaths] mounted."},
      {{"turkey's"}, "Turkey\xe2\x80\x99s troops", "[Turkey\xe2\x80\x99s] troops"},
      {{"Zturkey"}, "Turkey\xe2\x80\x99s troops", "[Turkey\xe2\x80\x99s] troops"},
      {{"27"}, "Feb. 27, 2020", "Feb. [27], 2020"},
      {{"XSap", "Zidlib"}, "AP in Idlib", "AP in [Idlib]"},
      {{"ZSidlib"}, "Idlib news", "[Idlib] news"},
      {{}, "nothing", "nothing"},
  }));
  const searcher::Highlighter h(terms);
  CHECK(h.mark(text, "[", "]") == want);
}
