// End to end: what tally-search answers about the figures of corpus/ (issue 4): the answer
// table before the passages, TSV for scripts, facets, strict dates and spelling suggestions.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/e2e/indexed_corpus.hpp"

namespace {

const tally::testing::IndexedCorpus&
indexed() {
  return tally::testing::indexed_corpus();
}

}  // namespace

TEST_CASE("the first answer group holds each source's soldier deaths of 27 February", "[e2e]") {
  const auto r = indexed().search("--json 'soldier deaths Feb 27'");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(!j["answers"].empty());
  const auto& top = j["answers"][0];
  CHECK(top["event"] == "kill");
  CHECK(top["head"] == "soldier");
  CHECK(top["date"] == "2020-02-27");
  CHECK(top["low"].get<int>() <= 22);
  CHECK(top["high"].get<int>() >= 34);
  CHECK(top["sources"].get<int>() >= 4);
  CHECK(top["agree"] == false);  // 29 and 33 cannot both be right
  bool two_of_feb_20 = false;
  for (const auto& rep : top["reports"]) {
    two_of_feb_20 = two_of_feb_20 || rep["value"] == 2;
  }
  CHECK_FALSE(two_of_feb_20);  // the strike of a week earlier is its own group
  CHECK(j["understood"]["events"] == nlohmann::json::array({"kill"}));
}

TEST_CASE("the terminal view shows the answer table before the passages", "[e2e]") {
  const auto r = indexed().search("--color never 'soldier deaths Feb 27'");
  REQUIRE(r.status == 0);
  const auto table = r.out.find("kill \xc2\xb7 ");
  const auto first = r.out.find("  1. ");
  REQUIRE(table != std::string::npos);
  REQUIRE(first != std::string::npos);
  CHECK(table < first);
  CHECK(r.out.find("Rahmi Dogan") < first);
  CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("tally-search --format tsv gives a header and one line per report", "[e2e]") {
  const auto r = indexed().search("--format tsv 'Turkish soldiers wounded'");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::StartsWith("group\tevent\thead\tdate\tsource\tvalue\tqualifier\t"));
  CHECK_THAT(r.out, Catch::Contains("\twound\tsoldier\t"));
  CHECK_THAT(r.out, Catch::Contains("\t39\texact\tRahmi Dogan\t"));
  std::size_t lines = 0;
  for (const char c : r.out) {
    lines += c == '\n' ? 1 : 0;
  }
  CHECK(lines >= 3);
}

TEST_CASE("tally-search --facets counts sources and events of the matches", "[e2e]") {
  const auto r = indexed().search("--json --facets idlib");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.contains("facets"));
  CHECK(j["facets"]["sources"].size() == 5);
  CHECK(j["facets"]["events"][0]["value"] == "kill");
}

TEST_CASE("tally-search --strict-date keeps only passages with a figure dated then (a day, or a period "
          "that ends that day)", "[e2e]") {
  const auto r = indexed().search("--json --strict-date 'soldiers killed Feb 20'");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(!j["results"].empty());
  for (const auto& res : j["results"]) {
    bool dated = false;
    for (const auto& f : res["figures"]) {
      const auto& d = f["date"];
      dated = dated || d == "2020-02-20" || (d.is_object() && d["to"] == "2020-02-20");
    }
    CAPTURE(res["text"]);
    CHECK(dated);
  }
}

TEST_CASE("a misspelt word gets a suggestion that finds something", "[e2e]") {
  const auto r = indexed().search("--json 'soldeirs killed'");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["suggestion"] == "soldiers killed");
  const auto none = indexed().search("--json 'qqqqzzzz'");
  CHECK(none.status == 1);
  CHECK_FALSE(nlohmann::json::parse(none.out).contains("suggestion"));
}

TEST_CASE("tally-search --per-source caps the passages of each source", "[e2e]") {
  const auto r = indexed().search("--json --limit 20 --per-source 1 idlib");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["results"].size() == 5);
}
