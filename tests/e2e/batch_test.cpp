// End to end: tally-search --batch against the same queries run one by one, with one and two
// workers; error objects for lines that cannot run; the exit code.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/e2e/run.hpp"
#include "tests/support/temp_dir.hpp"

using tally::testing::bin;
using tally::testing::run;

namespace {

const std::string kCorpus = std::string(TALLY_SOURCE_DIR) + "/corpus";
const std::string kSeedQueries = std::string(TALLY_SOURCE_DIR) + "/../shared/eval/seed-queries.jsonl";

struct BatchCorpus {
  tally::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  tally::testing::Run index = run(bin("tally-index") + " --db " + db + " " + kCorpus);

  std::string search() const { return bin("tally-search") + " --db " + db; }
};

const BatchCorpus&
corpus() {
  static const BatchCorpus c;
  return c;
}

std::string
shell_quoted(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::vector<std::string>
lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// The seed queries (the shared file when it is there, else the same three), plus a sample of
// the query language: fields, ranges, phrases, booleans, dates, and a query with no match.
std::vector<std::string>
batch_lines() {
  std::vector<std::string> lines;
  std::ifstream seeds(kSeedQueries);
  for (std::string line; std::getline(seeds, line);) {
    lines.push_back(line);  // JSON objects with gold keys the batch ignores
  }
  if (lines.empty()) {
    for (const char* q : {"soldier deaths Feb 27", "how many civilians were displaced",
                          "Turkish soldiers wounded"}) {
      lines.push_back(nlohmann::json{{"query", q}}.dump());
    }
  }
  for (const char* q : {"idlib", "\"death toll\"", "idlib AND (killed OR dead)",
                        "source:AP killed:20..40", "event:kill counted:soldier",
                        "published:2020-02-01..2020-02-28 displaced", "killed Feb 20-28",
                        "title:idlib", "figure:>1000", "erdogan putin", "zzyzx", "solider deaths"}) {
    lines.push_back(q);
  }
  lines.push_back(R"({"id": "strict", "query": "killed Feb 27", "strict_date": true, "limit": 3})");
  lines.push_back(R"({"id": 42, "query": "turkish soldiers", "limit": 25})");
  return lines;
}

// The one-by-one command for a batch line.
std::string
single_command(const std::string& line) {
  std::string options = "--json";
  std::string query = line;
  if (!line.empty() && line.front() == '{') {
    const auto obj = nlohmann::json::parse(line);
    query = obj["query"];
    if (obj.contains("limit")) {
      options += " --limit " + std::to_string(obj["limit"].get<int>());
    }
    if (obj.value("strict_date", false)) {
      options += " --strict-date";
    }
  }
  return corpus().search() + " " + options + " -- " + shell_quoted(query);
}

}  // namespace

TEST_CASE("a batch gives the answers of the same queries run one by one, in input order",
          "[e2e][batch]") {
  const auto& c = corpus();
  REQUIRE(c.index.status == 0);
  const std::vector<std::string> input = batch_lines();
  std::string file_text;
  for (const auto& l : input) {
    file_text += l + "\n";
  }
  c.dir.write("queries.txt", file_text);
  const std::string file = c.dir.path() + "/queries.txt";
  const auto jobs = GENERATE(as<std::string>{}, "1", "2", "4");
  CAPTURE(jobs);
  const auto batch = run(c.search() + " --batch " + file + " -j " + jobs);
  CHECK(batch.status == 0);
  const auto answers = lines_of(batch.out);
  REQUIRE(answers.size() == input.size());
  for (std::size_t i = 0; i < input.size(); ++i) {
    CAPTURE(input[i]);
    auto got = nlohmann::json::parse(answers[i]);
    if (input[i].front() == '{') {
      const auto line = nlohmann::json::parse(input[i]);
      CHECK(got.value("id", nlohmann::json()) == line.value("id", nlohmann::json()));
    } else {
      CHECK_FALSE(got.contains("id"));
    }
    got.erase("id");
    const auto single = run(single_command(input[i]));
    REQUIRE_FALSE(single.out.empty());
    CHECK(got.dump() == nlohmann::json::parse(single.out).dump());
  }
}

TEST_CASE("a line that cannot run gives an error object on its line; the batch goes on",
          "[e2e][batch]") {
  const auto& c = corpus();
  c.dir.write("mixed.txt",
              "idlib\n"
              "{\"id\": \"a\", \"query\": \"soldiers\"\n"        // malformed JSON
              "\n"                                                // blank: skipped
              "\"unclosed phrase\n"                               // query syntax error
              "{\"id\": 7, \"query\": \"idlib\", \"limit\": 0}\n"  // bad limit
              "{\"id\": [1, 2], \"query\": \"displaced\", \"limit\": 2}\n");
  const auto r = run(c.search() + " --batch " + c.dir.path() + "/mixed.txt -j 2");
  CHECK(r.status == 2);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 5);
  const auto first = nlohmann::json::parse(lines[0]);
  CHECK(first["format"] == 1);
  CHECK(first["query"] == "idlib");
  CHECK_FALSE(first.contains("error"));

  const auto malformed = nlohmann::json::parse(lines[1]);
  CHECK(malformed["format"] == 1);
  CHECK(malformed["line"] == 2);
  CHECK(malformed["error"] == "malformed JSON");
  CHECK_THAT(malformed["hint"].get<std::string>(), Catch::Contains("one JSON object per line"));

  const auto syntax = nlohmann::json::parse(lines[2]);
  CHECK(syntax["line"] == 4);
  CHECK(syntax["query"] == "\"unclosed phrase");
  CHECK_FALSE(syntax["error"].get<std::string>().empty());
  CHECK_FALSE(syntax["hint"].get<std::string>().empty());
  CHECK_FALSE(syntax.contains("results"));

  const auto limit = nlohmann::json::parse(lines[3]);
  CHECK(limit["id"] == 7);
  CHECK(limit["line"] == 5);
  CHECK_THAT(limit["error"].get<std::string>(), Catch::Contains("\"limit\""));

  const auto last = nlohmann::json::parse(lines[4]);
  CHECK(last["id"] == nlohmann::json::array({1, 2}));
  CHECK(last["results"].size() == 2);

  const auto err = run(c.search() + " --batch " + c.dir.path() + "/mixed.txt 2>&1 >/dev/null");
  CHECK_THAT(err.out, Catch::Contains("tally-search: line 2: malformed JSON"));
  CHECK_THAT(err.out, Catch::Contains("tally-search: 3 of 5 queries failed"));
}

TEST_CASE("a batch reads stdin with -, and refuses what it cannot run", "[e2e][batch]") {
  const auto& c = corpus();
  const auto piped = run("printf 'idlib\\nzzyzx\\n' | " + c.search() + " --batch - -j 1");
  CHECK(piped.status == 0);  // a query without results is no failure
  const auto lines = lines_of(piped.out);
  REQUIRE(lines.size() == 2);
  CHECK(nlohmann::json::parse(lines[1])["results"].empty());

  const auto missing = run(c.search() + " --batch " + c.dir.path() + "/nothing.txt 2>&1");
  CHECK(missing.status == 2);
  CHECK_THAT(missing.out, Catch::StartsWith("tally-search: cannot read "));
  CHECK_THAT(missing.out, Catch::Contains("\n  hint: "));

  const auto no_db = run("printf 'idlib\\n' | " + bin("tally-search") + " --db " +
                         c.dir.path() + "/absent --batch - 2>&1");
  CHECK(no_db.status == 2);
  CHECK_THAT(no_db.out, Catch::StartsWith("tally-search: no tally database at "));

  CHECK(run(c.search() + " --batch - idlib </dev/null").status == 2);      // query and batch
  CHECK(run(c.search() + " -j 2 idlib").status == 2);                      // -j needs --batch
  CHECK(run(c.search() + " --batch - --format tsv </dev/null").status == 2);
}
