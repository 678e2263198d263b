// The pure parts of the session and the batch: commands typed at the prompt, batch lines,
// fitting text to the screen, an article's figures marked.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "common/schema.hpp"

#include "searcher/batch/batch_item.hpp"
#include "searcher/session/article_view.hpp"
#include "searcher/session/commands.hpp"
#include "searcher/session/screen.hpp"

using namespace tally::searcher;

namespace {

std::string
describe(const Command& c) {
  switch (c.kind) {
    case CommandKind::kNothing: return "nothing";
    case CommandKind::kQuery: return "query " + c.argument;
    case CommandKind::kMore: return "more";
    case CommandKind::kOpen: return "open " + std::to_string(c.number);
    case CommandKind::kSources: return "sources";
    case CommandKind::kFacets: return "facets";
    case CommandKind::kJson: return "json";
    case CommandKind::kFilter: return "filter " + c.argument;
    case CommandKind::kClear: return "clear";
    case CommandKind::kHelp: return "help";
    case CommandKind::kQuit: return "quit";
    case CommandKind::kUnknown: return "unknown " + c.argument;
    case CommandKind::kBadArgument: return "bad " + c.argument;
  }
  return "?";
}

std::string
describe(const BatchItem& item) {
  if (item.error) {
    return "error " + *item.error;
  }
  const auto& r = item.request;
  std::string out = "query=" + r.query + " limit=" + std::to_string(r.limit);
  out += r.offset != 0 ? " offset=" + std::to_string(r.offset) : "";
  out += r.strict_date ? " strict" : "";
  out += r.facets ? " facets" : "";
  out += r.per_source != 0 ? " per_source=" + std::to_string(r.per_source) : "";
  for (const auto& f : r.filters) {
    out += " filter=" + f;
  }
  out += item.id ? " id=" + item.id->dump() : "";
  return out;
}

}  // namespace

TEST_CASE("session: what a typed line asks for", "[session]") {
  auto [line, want] = GENERATE(table<std::string, std::string>({
      {"", "nothing"},
      {"   ", "nothing"},
      {"soldier deaths Feb 27", "query soldier deaths Feb 27"},
      {"  idlib  ", "query idlib"},
      {"\"death toll\"", "query \"death toll\""},
      {":more", "more"},
      {":m", "more"},
      {":open 3", "open 3"},
      {":o 12", "open 12"},
      {":open", "bad :open"},
      {":open 0", "bad :open 0"},
      {":open three", "bad :open three"},
      {":open 3x", "bad :open 3x"},
      {":sources", "sources"},
      {":facets", "facets"},
      {":json", "json"},
      {":filter source:AP", "filter source:AP"},
      {":filter   source:\"New York Times - News\"  ", "filter source:\"New York Times - News\""},
      {":filter", "filter "},
      {":clear", "clear"},
      {":help", "help"},
      {":?", "help"},
      {":quit", "quit"},
      {":q", "quit"},
      {":exit", "quit"},
      {":more 2", "bad :more 2"},
      {":frobnicate", "unknown frobnicate"},
      {":", "unknown "},
  }));
  CAPTURE(line);
  CHECK(describe(parse_command(line)) == want);
}

TEST_CASE("batch: a line is a query or a JSON object", "[batch]") {
  SearchRequest defaults;
  defaults.limit = 10;
  auto [line, want] = GENERATE(table<std::string, std::string>({
      {"soldier deaths Feb 27", "query=soldier deaths Feb 27 limit=10"},
      {"  idlib \r", "query=idlib limit=10"},
      {"\"death toll\"", "query=\"death toll\" limit=10"},
      {R"({"query": "idlib"})", "query=idlib limit=10"},
      {R"({"id": 3, "query": "idlib", "limit": 5, "strict_date": true})",
       "query=idlib limit=5 strict id=3"},
      {R"({"id": "q-1", "query": "x", "offset": 10, "facets": true, "per_source": 2})",
       "query=x limit=10 offset=10 facets per_source=2 id=\"q-1\""},
      {R"({"query": "x", "filters": "source:AP"})", "query=x limit=10 filter=source:AP"},
      {R"({"query": "x", "filters": ["source:AP", "kind:body"]})",
       "query=x limit=10 filter=source:AP filter=kind:body"},
      {R"({"query": "x", "relevant": ["gold", "keys"], "answer": {}})", "query=x limit=10"},
      {R"({"query": "x")", "error malformed JSON"},
      {R"({"id": 1})", "error no \"query\" string"},
      {R"({"query": 5})", "error no \"query\" string"},
      {R"({"query": "x", "limit": 0})", "error \"limit\" must be a whole number from 1 to 100000"},
      {R"({"query": "x", "limit": -3})", "error \"limit\" must be a whole number from 1 to 100000"},
      {R"({"query": "x", "limit": 2.5})", "error \"limit\" must be a whole number from 1 to 100000"},
      {R"({"query": "x", "strict_date": "yes"})", "error \"strict_date\" must be true or false"},
      {R"({"query": "x", "filters": [1]})", "error \"filters\" must be a string or a list of strings"},
  }));
  CAPTURE(line);
  const BatchItem item = parse_batch_line(line, 7, defaults);
  CHECK(item.line == 7);
  CHECK(describe(item) == want);
}

TEST_CASE("batch: blank lines are skipped", "[batch]") {
  CHECK(is_blank_line(""));
  CHECK(is_blank_line(" \t\r"));
  CHECK_FALSE(is_blank_line(" x "));
}

TEST_CASE("screen: rows a text takes once wrapped", "[session]") {
  auto [text, columns, want] = GENERATE(table<std::string, std::size_t, std::size_t>({
      {"", 80, 0},
      {"one line\n", 80, 1},
      {"a\n\nb\n", 80, 3},
      {std::string(80, 'x') + "\n", 80, 1},
      {std::string(81, 'x') + "\n", 80, 2},
      {"\x1b[1;31m" + std::string(10, 'x') + "\x1b[0m\n", 10, 1},
      {"\xc3\xa9\xc3\xa9\xc3\xa9\n", 3, 1},  // ééé: code points, not bytes
      {"no newline at the end", 10, 3},
  }));
  CAPTURE(text, columns);
  CHECK(rows_of(text, columns) == want);
}

TEST_CASE("screen: a page holds the blocks that fit, and at least one", "[session]") {
  Pager pager;
  pager.reset({"a\nb\n", "c\n", "d\ne\nf\n", "g\n"});
  CHECK(pager.next_page(3, 80) == "a\nb\nc\n");
  CHECK(pager.next_page(2, 80) == "d\ne\nf\n");  // too tall, shown alone
  CHECK_FALSE(pager.done());
  CHECK(pager.next_page(3, 80) == "g\n");
  CHECK(pager.done());
  CHECK(pager.next_page(3, 80).empty());
  pager.append({"h\n", "i\n"});
  CHECK(pager.next_blocks(1) == "h\n");
  CHECK(pager.shown() == 5);
  CHECK(pager.size() == 6);
}

TEST_CASE("article view: figures marked in the text and listed under it", "[session]") {
  tally::PassageRecord headline;
  headline.article = "a1";
  headline.source = "AP";
  headline.published = "2020-02-28";
  headline.kind = "headline";
  headline.title = "33 soldiers killed";
  headline.url = "https://example.org/a1";
  headline.text = "33 soldiers killed";
  tally::PassageRecord body;
  body.article = "a1";
  body.source = "AP";
  body.published = "2020-02-28";
  body.passage = 1;
  body.text = "At least 33 Turkish soldiers were killed, an official said.";
  tally::Figure f;
  f.passage = 1;
  f.quote = "At least 33 Turkish soldiers were killed";
  f.value = 33;
  f.qualifier = tally::Qualifier::kAtLeast;
  f.counted = "Turkish soldiers";
  f.head = "soldier";
  f.event = "kill";
  f.attribution = "an official";
  body.figures.push_back(f);
  const auto blocks = render_article({headline, body}, 1, Colour::kOff);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0] ==
        "AP \xc2\xb7 2020-02-28 \xc2\xb7 a1\n33 soldiers killed\nhttps://example.org/a1\n"
        "2 passages, 1 figure; the result is #1, marked >\n\n");
  CHECK(blocks[1] == "  #0 [headline]  33 soldiers killed\n\n");
  CHECK(blocks[2] ==
        "> #1  [[At least 33 Turkish soldiers were killed]], an official said.\n"
        "      * 33 at least \xc2\xb7 kill \xc2\xb7 Turkish soldiers \xc2\xb7 said by an official\n\n");
  const auto coloured = render_article({headline, body}, 1, Colour::kOn);
  CHECK_THAT(coloured[2], Catch::Contains("\x1b[1;4mAt least 33 Turkish soldiers were killed\x1b[0m"));
}

TEST_CASE("completion: the bash completion offers every query field of the schema",
          "[completion]") {
  std::ifstream in(std::string(TALLY_SOURCE_DIR) + "/completion/tally.bash");
  const std::string script((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string key = "_tally_fields=\"";
  const auto at = script.find(key);
  REQUIRE(at != std::string::npos);
  const auto end = script.find('"', at + key.size());
  std::istringstream words(script.substr(at + key.size(), end - at - key.size()));
  std::set<std::string> offered{std::istream_iterator<std::string>(words), {}};
  std::set<std::string> fields;
  for (const auto& f : tally::schema::kFields) {
    fields.insert(std::string(f.name) + ":");
  }
  CHECK(offered == fields);
}
