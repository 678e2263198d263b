// End to end: the real tally-index over corpus/ into a temporary database, then the real
// tally-search, checked through its JSON answer and exit codes.
#include <catch2/catch.hpp>

#include <set>

#include <nlohmann/json.hpp>

#include "common/passages/boilerplate.hpp"
#include "tests/e2e/indexed_corpus.hpp"
#include "tests/e2e/run.hpp"
#include "tests/support/temp_dir.hpp"

using tally::testing::bin;
using tally::testing::run;

namespace {

const std::string kCorpus = std::string(TALLY_SOURCE_DIR) + "/corpus";

const tally::testing::IndexedCorpus&
corpus() {
  return tally::testing::indexed_corpus();
}

}  // namespace

TEST_CASE("tally-index indexes corpus/ and says what it did", "[e2e]") {
  const auto& c = corpus();
  CHECK(c.index.status == 0);
  CHECK_THAT(c.index.out, Catch::StartsWith("indexed 5 articles (0 replaced)"));
  CHECK_THAT(c.index.out, Catch::Contains("0 skipped"));
}

TEST_CASE("soldier deaths Feb 27: results carry their article, no boilerplate, no repeats",
          "[e2e]") {
  const auto r = corpus().search("--json --limit 50 'soldier deaths Feb 27'");
  REQUIRE(r.status == 0);
  const auto answer = nlohmann::json::parse(r.out);
  CHECK(answer["format"] == 1);
  CHECK(answer["query"] == "soldier deaths Feb 27");
  CHECK(answer["answers"].is_array());
  const auto& results = answer["results"];
  REQUIRE(results.size() >= 10);
  CHECK(answer["total"].get<int>() >= static_cast<int>(results.size()));
  std::set<std::string> seen;
  int rank = 0;
  for (const auto& res : results) {
    const std::string text = res["text"];
    CAPTURE(text);
    CHECK(res["rank"] == ++rank);
    CHECK_FALSE(res["article"].get<std::string>().empty());
    CHECK_FALSE(res["source"].get<std::string>().empty());
    CHECK_FALSE(res["published"].get<std::string>().empty());
    CHECK_FALSE(text.empty());
    CHECK_FALSE(tally::is_boilerplate(text));
    for (const char* widget : {"Share on", "Leave a Reply", "Send in e-mail", "Read more:",
                               "Accessibility links", "Your email address", "Credit:"}) {
      CHECK(text.find(widget) == std::string::npos);
    }
    // No passage twice: not a caption repeated inside an article, nor the same text twice.
    CHECK(seen.insert(tally::dedupe_key(text)).second);
  }
}

TEST_CASE("tally-search's exit codes say results, none, or error", "[e2e]") {
  const auto& c = corpus();
  CHECK(c.search("idlib").status == 0);
  CHECK(c.search("zzyzx").status == 1);
  CHECK(c.search("--json zzyzx").status == 1);
  CHECK(run(bin("tally-search") + " --db " + c.dir.path() + "/absent idlib").status == 2);
  CHECK(c.search("'\"unclosed phrase'").status == 2);
  CHECK(c.search("--bogus idlib").status == 2);
  CHECK(c.search("").status == 2);
  CHECK(run(bin("tally-search") + " --help").status == 0);
}

TEST_CASE("errors are one line and a hint on stderr", "[e2e]") {
  const auto& c = corpus();
  const auto r = run(bin("tally-search") + " --db " + c.dir.path() + "/absent idlib 2>&1");
  CHECK_THAT(r.out, Catch::StartsWith("tally-search: no tally database at "));
  CHECK_THAT(r.out, Catch::Contains("\n  hint: build one first: tally-index"));
}

TEST_CASE("colour only when asked or on a terminal, never with NO_COLOR", "[e2e]") {
  const auto& c = corpus();
  CHECK(c.search("idlib").out.find('\x1b') == std::string::npos);  // piped
  CHECK(c.search("--color=always idlib").out.find("\x1b[1;31mIdlib") != std::string::npos);
  CHECK(run("NO_COLOR=1 " + bin("tally-search") + " --db " + c.db + " idlib").out.find('\x1b') ==
        std::string::npos);
}

TEST_CASE("the default database comes from $TALLY_DB", "[e2e]") {
  const auto& c = corpus();
  const auto r = run("TALLY_DB=" + c.db + " " + bin("tally-search") + " --json idlib");
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["results"].size() == 10);
}

TEST_CASE("indexing the corpus again replaces, never duplicates", "[e2e]") {
  tally::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  const std::string index = bin("tally-index") + " --db " + db + " " + kCorpus;
  REQUIRE(run(index).status == 0);
  const auto first = nlohmann::json::parse(
      run(bin("tally-search") + " --db " + db + " --json --limit 1000 idlib").out);
  const auto again = run(index + " --force");  // unchanged articles are skipped unless forced
  CHECK_THAT(again.out, Catch::StartsWith("indexed 5 articles (5 replaced)"));
  const auto second = nlohmann::json::parse(
      run(bin("tally-search") + " --db " + db + " --json --limit 1000 idlib").out);
  CHECK(first["results"].size() == second["results"].size());
}

TEST_CASE("bad input is reported by file and line and the rest is indexed", "[e2e]") {
  tally::testing::TempDir dir;
  dir.write("feed.jsonl",
            "{\"id\":\"ok1\",\"source\":\"S\",\"published\":\"2020-01-02\",\"text\":\"Fine text.\"}\n"
            "this is not json\n"
            "{\"id\":\"nt\",\"source\":\"S\"}\n"
            "{\"id\":\"ok2\",\"published\":\"2020-02-30\",\"text\":\"Bad \xff date.\"}\n");
  dir.write("bin.txt", std::string("\x7f" "ELF\0\0\0\0", 8));
  const auto r = run(bin("tally-index") + " --db " + dir.path() + "/db " + dir.path() +
                     "/feed.jsonl " + dir.path() + "/bin.txt " + dir.path() + "/gone.txt 2>&1");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("feed.jsonl:2: skipped: not a JSON object"));
  CHECK_THAT(r.out, Catch::Contains("feed.jsonl:3: skipped: record has no \"text\""));
  CHECK_THAT(r.out, Catch::Contains("feed.jsonl:4: warning: invalid UTF-8 repaired"));
  CHECK_THAT(r.out, Catch::Contains("feed.jsonl:4: warning: published date '2020-02-30'"));
  CHECK_THAT(r.out, Catch::Contains("bin.txt: skipped: binary file"));
  CHECK_THAT(r.out, Catch::Contains("gone.txt: skipped: no such file or directory"));
  CHECK_THAT(r.out, Catch::Contains("indexed 2 articles (0 replaced)"));
  CHECK_THAT(r.out, Catch::Contains("4 skipped"));
}
