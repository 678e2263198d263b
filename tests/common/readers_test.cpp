#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "common/readers/front_matter.hpp"
#include "common/readers/jsonl_reader.hpp"
#include "common/readers/readers.hpp"
#include "common/readers/text_reader.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

struct Collected {
  std::vector<tally::Diagnostic> diagnostics;
  tally::DiagnosticSink sink() {
    return [this](const tally::Diagnostic& d) { diagnostics.push_back(d); };
  }
  std::string messages() const {
    std::string out;
    for (const auto& d : diagnostics) {
      out += tally::format_diagnostic(d) + "\n";
    }
    return out;
  }
};

std::string
describe(const tally::Article& a) {
  return a.id + "|" + a.source + "|" + (a.published ? a.published->iso() : "-") + "|" + a.title +
         "|" + a.text;
}

}  // namespace

TEST_CASE("text articles read front matter or fall back to the file name", "[readers]") {
  auto [path, bytes, want] = GENERATE(table<std::string, std::string, std::string>({
      {"corpus/001_x.txt",
       "---\nid: 001\nsource: AFP\npublished: 2020-02-28\ntitle: Headline\n---\nBody.\n",
       "001|AFP|2020-02-28|Headline|Body.\n"},
      {"a/plain.txt", "Just a body.\n", "plain|unknown|-||Just a body.\n"},
      {"b/Notes.md", "---\nSource: \"Reuters\"\n---\nText", "Notes|Reuters|-||Text"},
      {"c/open.txt", "---\nid: x\nno closing line\n", "open|unknown|-||---\nid: x\nno closing line\n"},
      {"d/crlf.txt", "---\r\nid: w\r\n---\r\nWindows.\r\n", "w|unknown|-||Windows.\r\n"},
  }));
  Collected c;
  const auto a = tally::parse_text_article(path, bytes, c.sink());
  REQUIRE(a);
  CHECK(describe(*a) == want);
  CHECK(c.diagnostics.empty());
}

TEST_CASE("bad text input is reported with the file and repaired or skipped", "[readers]") {
  auto [bytes, want_article, want_message] = GENERATE(table<std::string, bool, std::string>({
      {std::string("ELF\0\0\0binary", 12), false, "x.txt: skipped: binary file, not an article\n"},
      {"   \n\n", false, "x.txt: skipped: no text\n"},
      {"line one\nbad \xff here\n", true,
       "x.txt:2: warning: invalid UTF-8 repaired (1 sequence(s) replaced by U+FFFD)\n"},
      {"---\npublished: 2020-02-30\n---\nText", true,
       "x.txt: warning: published date '2020-02-30' is not a real date (want YYYY-MM-DD); "
       "article kept without a date\n"},
  }));
  Collected c;
  const auto a = tally::parse_text_article("x.txt", bytes, c.sink());
  CHECK(a.has_value() == want_article);
  CHECK(c.messages() == want_message);
}

TEST_CASE("JSON Lines records become articles; bad lines are reported by line", "[readers]") {
  auto [line, want, want_message] = GENERATE(table<std::string, std::string, std::string>({
      {R"({"id":"a1","source":"AP","url":"u","published":"2016-09-20","title":"T","text":"Body"})",
       "a1|AP|2016-09-20|T|Body", ""},
      {R"({"id":7,"text":"Numeric id"})", "7|unknown|-||Numeric id", ""},
      {R"({"url":"http://x/y","text":"No id"})", "http://x/y|unknown|-||No id", ""},
      {R"({"id":"e","published":"","text":"Empty date"})", "e|unknown|-||Empty date", ""},
      {R"({"id":"d","published":"0001-11-30","text":"Old"})", "d|unknown|-||Old",
       "f.jsonl:3: warning: published date '0001-11-30' is not a real date (want YYYY-MM-DD); "
       "article kept without a date\n"},
      {R"({"id":"n","text":""})", "-", "f.jsonl:3: skipped: record has no \"text\"\n"},
      {R"({"id":"n","text":null})", "-", "f.jsonl:3: skipped: record has no \"text\"\n"},
      {"{not json", "-", "f.jsonl:3: skipped: not a JSON object (malformed JSON)\n"},
      {"[1,2]", "-", "f.jsonl:3: skipped: not a JSON object (a JSON array)\n"},
      {"{\"id\":\"u\",\"text\":\"bad \xff utf\"}", "u|unknown|-||bad \xef\xbf\xbd utf",
       "f.jsonl:3: warning: invalid UTF-8 repaired (1 sequence(s) replaced by U+FFFD)\n"},
  }));
  Collected c;
  const auto a = tally::parse_jsonl_article("f.jsonl", 3, line, c.sink());
  CHECK((a ? describe(*a) : std::string("-")) == want);
  CHECK(c.messages() == want_message);
}

TEST_CASE("directories are walked in sorted order, honouring .tallyignore", "[readers]") {
  tally::testing::TempDir dir;
  dir.write("b/2.txt", "two");
  dir.write("b/1.md", "one");
  dir.write("a.jsonl", "{\"id\":\"j1\",\"text\":\"first\"}\nnot json\n\n{\"id\":\"j2\",\"text\":\"second\"}\n");
  dir.write("README.md", "docs");
  dir.write(".tallyignore", "README.md\n# comment\n");
  dir.write(".hidden.txt", "hidden");
  dir.write("image.png", "png");
  Collected c;
  std::vector<std::string> ids;
  const auto counts = tally::read_articles({dir.path(), dir.path() + "/missing.txt"},
                                           [&](tally::Article&& a) { ids.push_back(a.id); },
                                           c.sink());
  CHECK(ids == std::vector<std::string>{"j1", "j2", "1", "2"});
  CHECK(counts.articles == 4);
  CHECK(counts.skipped == 2);  // the line that is not JSON, and the missing file
  CHECK(c.diagnostics.size() == 2);
}

TEST_CASE("a zstd-compressed feed reads like the plain one", "[readers]") {
  tally::testing::TempDir dir;
  dir.write("feed.jsonl", "{\"id\":\"z1\",\"text\":\"compressed\"}\n{\"id\":\"z2\",\"text\":\"two\"}");
  const std::string plain = dir.path() + "/feed.jsonl";
  REQUIRE(std::system(("zstd -q -f " + plain + " -o " + plain + ".zst").c_str()) == 0);
  Collected c;
  std::vector<std::string> ids;
  tally::read_articles({plain + ".zst"}, [&](tally::Article&& a) { ids.push_back(a.id); },
                       c.sink());
  CHECK(ids == std::vector<std::string>{"z1", "z2"});
  CHECK(c.diagnostics.empty());
}

TEST_CASE("a corrupt zstd file is one skipped input, not a crash", "[readers]") {
  tally::testing::TempDir dir;
  dir.write("bad.jsonl.zst", "this is not zstd at all");
  Collected c;
  const auto counts = tally::read_articles({dir.path() + "/bad.jsonl.zst"},
                                           [](tally::Article&&) {}, c.sink());
  CHECK(counts.skipped == 1);
  REQUIRE(c.diagnostics.size() == 1);
  CHECK_THAT(c.diagnostics[0].message, Catch::Contains("not a valid zstd stream"));
}
