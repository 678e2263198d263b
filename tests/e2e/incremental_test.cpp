// End to end: incremental indexing with the real tally-index: unchanged input is skipped,
// edits replace, --remove and --prune delete, a second writer is refused, and a run killed with
// SIGKILL and started again ends with exactly the documents of an uninterrupted run.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <vector>

#include <xapian.h>

#include "common/schema.hpp"
#include "tests/e2e/run.hpp"
#include "tests/support/temp_dir.hpp"

using tally::testing::bin;
using tally::testing::run;

namespace {

// A feed of `n` generated articles (the same for the same n), one JSON object per line.
std::string
generated_feed(int n) {
  static const char* const kSources[] = {"AP", "Reuters", "AFP", "BBC News", "NPR"};
  static const char* const kWords[] = {"council", "river", "border", "market", "election",
                                       "hospital", "bridge", "harbour", "province", "court"};
  std::string out;
  char buf[512];
  for (int i = 0; i < n; ++i) {
    const char* w1 = kWords[i % 10];
    const char* w2 = kWords[(i / 10) % 10];
    std::string text;
    for (int p = 0; p < 6; ++p) {
      std::snprintf(buf, sizeof buf,
                    "%s%d soldiers were killed and %d wounded near the %s of town %d on Feb. %d, "
                    "officials said, as the %s dispute entered day %d.",
                    p == 0 ? "" : "\\n\\n", 3 + (i * 7 + p) % 40, 1 + (i + p) % 9, w1, i, 1 + p,
                    w2, p + i % 5);
      text += buf;
    }
    std::snprintf(buf, sizeof buf,
                  R"({"id":"gen-%04d","source":"%s","url":"https://example.org/%d","published":"2020-02-%02d","title":"Clashes at the %s of town %d","text":")",
                  i, kSources[i % 5], i, 1 + i % 28, w1, i);
    out += buf + text + "\"}\n";
  }
  return out;
}

// Every document (its article term and stored data) and every article record, sorted: what two
// databases must share to hold the same articles, whatever their document numbers.
std::vector<std::string>
contents(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::vector<std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    auto t = doc.termlist_begin();
    t.skip_to(std::string(tally::schema::kPrefixArticle));
    out.push_back(*t + "\t" + doc.get_data());
  }
  const std::string prefix(tally::schema::kMetaArticlePrefix);
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    out.push_back(*k + "\t" + db.get_metadata(*k));
  }
  out.push_back("articles\t" + db.get_metadata(std::string(tally::schema::kMetaArticles)));
  std::sort(out.begin(), out.end());
  return out;
}

Xapian::doccount
committed_documents(const std::string& db_path) {
  try {
    return Xapian::Database(db_path).get_doccount();
  } catch (const Xapian::Error&) {
    return 0;
  }
}

// Starts tally-index with `args`, output discarded; kills it with SIGKILL as soon as `ready`
// says so. Returns true when it was killed (false: it ended before `ready` held).
template <typename Ready>
bool
kill_when(const std::vector<std::string>& args, Ready ready) {
  const std::string program = bin("tally-index");
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const auto& a : args) {
    argv.push_back(const_cast<char*>(a.c_str()));
  }
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (ready()) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

constexpr int kArticles = 1500;

}  // namespace

TEST_CASE("a run killed with SIGKILL mid-way and run again gives the documents of an "
          "uninterrupted run", "[e2e][incremental]") {
  tally::testing::TempDir dir;
  const std::string feed = generated_feed(kArticles);
  dir.write("part.jsonl", feed.substr(0, feed.find('\n', feed.size() / 10) + 1));
  dir.write("all.jsonl", feed);
  const std::string part = dir.path() + "/part.jsonl";
  const std::string all = dir.path() + "/all.jsonl";
  const std::string index = bin("tally-index") + " --quiet --commit-every 10 --db ";

  // The reference: the first tenth, then everything, uninterrupted.
  const std::string ref = dir.path() + "/ref";
  REQUIRE(run(index + ref + " " + part).status == 0);
  const auto second = run(index + ref + " " + all);
  REQUIRE(second.status == 0);
  CHECK_THAT(second.out, Catch::Contains("unchanged"));

  SECTION("killed during an incremental run (batched commits)") {
    const std::string db = dir.path() + "/db";
    REQUIRE(run(index + db + " " + part).status == 0);
    const Xapian::doccount before = committed_documents(db);
    REQUIRE(before > 0);
    const bool killed =
        kill_when({"--quiet", "--commit-every", "10", "--db", db, all},
                  [&] { return committed_documents(db) > before + 200; });
    REQUIRE(killed);  // else the corpus is too small for this machine: the test proves nothing
    const Xapian::doccount at_kill = committed_documents(db);  // opens: consistent
    CHECK(at_kill > before);
    CHECK(at_kill < Xapian::Database(ref).get_doccount());
    const auto again = run(index + db + " " + all);
    REQUIRE(again.status == 0);
    CHECK_THAT(again.out, Catch::Contains(" 0 removed, 0 skipped"));
    CHECK(contents(db) == contents(ref));
  }
  SECTION("killed during a fresh build (shards not yet merged)") {
    const std::string db = dir.path() + "/fresh";
    const std::string fresh_ref = dir.path() + "/fresh-ref";
    REQUIRE(run(index + fresh_ref + " " + all).status == 0);
    // Once the first shard has flushed (every 2,000 passages): well before the merge.
    const bool killed = kill_when({"--quiet", "--db", db, all}, [&] {
      std::error_code ec;
      const auto size = std::filesystem::file_size(db + ".staging/shard-0-0/postlist.glass", ec);
      return !ec && size > 0;
    });
    REQUIRE(killed);
    CHECK(committed_documents(db) == 0);  // as it was: empty, and usable
    REQUIRE(run(index + db + " " + all).status == 0);
    CHECK_FALSE(std::filesystem::exists(db + ".staging"));
    CHECK(contents(db) == contents(fresh_ref));
    CHECK(contents(db) == contents(ref));
  }
}

TEST_CASE("indexing unchanged input again changes nothing; edits replace; --prune and --remove "
          "delete", "[e2e][incremental]") {
  tally::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  const std::string index = bin("tally-index") + " --db " + db + " ";
  dir.write("in/a.txt", "---\nid: a\nsource: AP\n---\nFirst article.\n\nTwo paragraphs.\n");
  dir.write("in/b.txt", "---\nid: b\nsource: AFP\n---\nSecond article.\n");
  dir.write("in/c.txt", "---\nid: c\nsource: BBC\n---\nThird article.\n");
  const std::string in = dir.path() + "/in";

  auto first = run(index + in);
  REQUIRE(first.status == 0);
  CHECK_THAT(first.out, Catch::StartsWith("indexed 3 articles (0 replaced): 3 added, 0 updated, "
                                          "0 unchanged, 0 removed, 0 skipped; 4 passages"));
  const auto docs = committed_documents(db);

  auto again = run(index + in);
  REQUIRE(again.status == 0);
  CHECK_THAT(again.out, Catch::StartsWith("indexed 0 articles (0 replaced): 0 added, 0 updated, "
                                          "3 unchanged, 0 removed, 0 skipped; 0 passages"));
  CHECK(committed_documents(db) == docs);

  dir.write("in/b.txt", "---\nid: b\nsource: AFP\n---\nSecond article, edited.\n\nLonger.\n");
  std::filesystem::remove(in + "/c.txt");
  auto pruned = run(index + "--prune " + in);
  REQUIRE(pruned.status == 0);
  CHECK_THAT(pruned.out, Catch::StartsWith("indexed 1 articles (1 replaced): 0 added, 1 updated, "
                                           "1 unchanged, 1 removed, 0 skipped; 2 passages"));
  auto searched = run(bin("tally-search") + " --db " + db + " --json article:c");
  CHECK(searched.status == 1);

  auto removed = run(index + "--remove a");
  REQUIRE(removed.status == 0);
  CHECK_THAT(removed.out, Catch::Contains("1 removed"));
  CHECK(committed_documents(db) == 2);  // b's two passages

  auto unknown = run(index + "--remove nosuch 2>&1");
  CHECK(unknown.status == 1);
  CHECK_THAT(unknown.out, Catch::Contains("--remove nosuch: no such article"));
}

TEST_CASE("a second tally-index on the same database fails at once with a clear message",
          "[e2e][incremental]") {
  tally::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  REQUIRE(run(bin("tally-index") + " --quiet --db " + db + " " + TALLY_SOURCE_DIR "/corpus").status ==
          0);
  // The first writer reads stdin, which stays open: it holds the lock meanwhile.
  FILE* first = popen((bin("tally-index") + " --quiet --db " + db + " - >/dev/null 2>&1").c_str(), "w");
  REQUIRE(first != nullptr);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto start = std::chrono::steady_clock::now();
  const auto second = run(bin("tally-index") + " --db " + db + " " + TALLY_SOURCE_DIR "/corpus 2>&1");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(second.status == 2);
  CHECK_THAT(second.out, Catch::Contains("is locked by another writer"));
  CHECK_THAT(second.out, Catch::Contains("hint: is another tally-index running on it?"));
  std::fputs(R"({"id":"piped","source":"AP","text":"A piped article."})" "\n", first);
  CHECK(pclose(first) == 0);
  CHECK(committed_documents(db) > 0);
}
