#include "indexer/cli.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/analysis/analyse.hpp"
#include "common/analysis/figure_json.hpp"
#include "common/core/error.hpp"
#include "common/passages/split.hpp"
#include "common/readers/readers.hpp"
#include "common/store/database.hpp"
#include "indexer/indexer.hpp"
#include "indexer/input_count.hpp"
#include "indexer/progress.hpp"

namespace tally::indexer {
namespace {
namespace fs = std::filesystem;

constexpr const char* kDescription = R"(tally-index: build tally's search index from news articles, and keep it up to date.

Each article is split into passages (paragraphs, headline first; share widgets, navigation and
photo credits dropped, repeated captions kept once). Every passage becomes a Xapian document
with Snowball-stemmed positional terms, filter terms (source, article, published date, figure
events, counted things, event dates, entities) and value slots for ranges and facets.

Indexing is incremental: run it again on the same inputs and it adds what is new, replaces
what changed (same article id, else same URL, else same text) and skips what is unchanged
without analysing it again. Articles are analysed on every core. A run commits every
--commit-every articles: killed, the database stays as of its last commit, and the same
command run again completes it. Ctrl-C commits what is done. Searches may run meanwhile.

Inputs (PATH):
  *.txt, *.md       one article per file, with optional front matter (id, source, published,
                    title, url between two '---' lines); without it the id is the file name
  *.html, *.htm     one article per web page: the article text without navigation, scripts,
                    comment forms, footers and asides; title, date and outlet from the page's
                    metadata (og:title, article:published_time, og:site_name, JSON-LD)
  *.jsonl, *.ndjson one article per line: {"id","source","url","published","title","text"};
                    also compressed as *.jsonl.zst
  DIR               walked recursively in sorted order (hidden files and names listed in a
                    .tallyignore file are left out)
  -                 JSON Lines on standard input

Bad input (broken UTF-8, a line that is not JSON, a record without text, a binary file, an
impossible date) is reported as FILE:LINE on stderr and repaired or skipped; the run goes on.)";

constexpr const char* kExamples = R"(
Examples:
  tally-index corpus/                          index the seed corpus into the default database
  tally-index corpus/                          ... again: "0 added, ... 5 unchanged"
  tally-index --prune corpus/                  re-index corpus/, deleting articles whose files
                                               are gone from it
  tally-index --remove 000_7b4532b69401a9ef    delete one article (PATH not needed)
  tally-index --db /tmp/news feed.jsonl.zst    index a compressed feed into /tmp/news
  curl -s URL | tally-index -                  index JSON Lines from a pipe
  tally-index --analyze corpus/*.txt           print the figures found, as JSON Lines; write nothing
  tally-index --analyze --explain a.txt        ... with the number-like spans rejected, and why

The last line on stdout sums the run up, for scripts:
  indexed 5 articles (0 replaced): 5 added, 0 updated, 0 unchanged, 0 removed, 0 skipped;
  111 passages, 60 figures, 0 warnings, 0.03 s -> /tmp/news      (one line)

Exit status: 0 done (skipped inputs are counted in the summary), 1 an ID given to --remove
was not in the database, 2 usage or database error (e.g. locked by another tally-index),
130 interrupted (what was done is committed).
Default database: $TALLY_DB, else ${XDG_DATA_HOME:-~/.local/share}/tally/index.
)";

std::atomic<bool> g_interrupted{false};

extern "C" void
on_interrupt(int /*signal*/) {
  g_interrupted.store(true);
}

struct Interrupted {};  // unwinds the reader when Ctrl-C was pressed

struct CliOptions {
  std::vector<std::string> paths;
  std::vector<std::string> remove;
  std::string db;
  bool analyze = false;
  bool explain = false;
  bool no_figures = false;
  bool quiet = false;
  bool verbose = false;
  bool prune = false;
  bool force = false;
  bool compact = false;
  bool no_compact = false;
  unsigned jobs = 0;
  std::size_t commit_every = 5000;
};

DiagnosticSink
make_diagnostic_printer(const CliOptions& o, std::size_t& warnings, Progress* progress) {
  return [&o, &warnings, progress](const Diagnostic& d) {
    if (d.severity == Severity::kWarning) {
      ++warnings;
      if (o.quiet) {
        return;
      }
    }
    if (progress != nullptr) {
      progress->clear();
    }
    std::cerr << "tally-index: " << format_diagnostic(d) << '\n';
  };
}

int
run_analyze(const CliOptions& o) {
  std::size_t warnings = 0;
  const auto diagnostics = make_diagnostic_printer(o, warnings, nullptr);
  const auto counts = read_articles(
      o.paths,
      [&](Article&& article) {
        const Passages passages = split_passages(article);
        const ArticleAnalysis analysis =
            analyse_article(passages, article.published, article.source);
        for (const auto& f : analysis.figures) {
          std::cout << figure_to_json(f, article.id).dump(-1, ' ', false,
                                                          nlohmann::json::error_handler_t::replace)
                    << '\n';
        }
        if (o.explain) {
          for (const auto& r : analysis.rejections) {
            nlohmann::json j = {{"article", article.id}, {"passage", r.passage},
                                {"quote", r.quote}, {"rejected", r.reason}};
            std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
          }
        }
      },
      diagnostics);
  std::cout.flush();
  std::cerr << "tally-index: analysed " << counts.articles << " articles, " << counts.skipped
            << " skipped\n";
  return 0;
}

std::string
origin_of(const std::string& file) {
  if (file == "-") {
    return file;
  }
  return fs::absolute(file).lexically_normal().string();
}

int
run_index(const CliOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const std::string db_path = o.db.empty() ? default_database_path() : o.db;
  IndexOptions options;
  options.figures = o.no_figures ? FigureExtraction::kOff : FigureExtraction::kOn;
  options.commit_every = o.commit_every;
  options.jobs = o.jobs;
  options.compaction = o.compact ? Compaction::kAlways
                       : o.no_compact ? Compaction::kNever
                                      : Compaction::kAuto;
  options.unchanged = o.force ? Unchanged::kReanalyse : Unchanged::kSkip;
  Progress progress(o.quiet ? ProgressMode::kNever : ProgressMode::kAuto);
  ArticleEvent events;
  if (o.verbose) {
    events = [&progress](const char* what, const std::string& id) {
      progress.clear();
      std::cerr << "tally-index: " << what << ' ' << id << '\n';
    };
  }
  Indexer indexer(db_path, options, events);
  std::size_t warnings = 0;
  const auto diagnostics = make_diagnostic_printer(o, warnings, &progress);

  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  ReadCounts counts;
  bool interrupted = false;
  const auto files = expand_inputs(o.paths, diagnostics, counts);
  const InputCount total(files);
  try {
    for (const auto& file : files) {
      const std::string origin = origin_of(file);
      const bool whole = read_input(
          file,
          [&](Article&& article) {
            if (g_interrupted.load()) {
              throw Interrupted{};
            }
            indexer.add(std::move(article), origin);
            progress.update(indexer.done(), total.total(), indexer.passages_done());
          },
          diagnostics, counts);
      // A file that could not be read to its end keeps its articles under --prune.
      if (whole) {
        indexer.file_complete(origin);
      }
    }
  } catch (const Interrupted&) {
    interrupted = true;
  }
  if (o.prune) {
    std::vector<std::string> roots;
    for (const auto& p : o.paths) {
      if (p != "-") {
        roots.push_back(origin_of(p));
      }
    }
    indexer.prune(std::move(roots));
  }
  for (const auto& id : o.remove) {
    indexer.remove(id);
  }
  progress.note(indexer.fresh_build() ? "merging the analysis threads' shards into " + db_path
                                      : "committing to " + db_path);
  const auto unknown = indexer.finish(interrupted ? RunEnd::kInterrupted : RunEnd::kComplete);
  progress.clear();
  for (const auto& id : unknown) {
    std::cerr << "tally-index: --remove " << id << ": no such article in " << db_path
              << "\n  hint: article ids are shown by tally-search --json (\"article\")\n";
  }
  const auto& c = indexer.counts();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s %zu articles (%zu replaced): %zu added, %zu updated, %zu unchanged, "
              "%zu removed, %zu skipped; %zu passages, %zu figures, %zu warnings, %.2f s -> %s\n",
              interrupted ? "interrupted after" : "indexed", c.articles(), c.updated, c.added,
              c.updated, c.unchanged, c.removed, counts.skipped, c.passages, c.figures, warnings,
              seconds, db_path.c_str());
  if (interrupted) {
    return 130;
  }
  return unknown.empty() ? 0 : 1;
}

}  // namespace

int
run_cli(int argc, char** argv) {
  CLI::App app{kDescription, "tally-index"};
  app.footer(kExamples);
  app.get_formatter()->column_width(30);
  CliOptions o;
  app.add_option("PATH", o.paths, "articles, feeds or directories to read (- for stdin)");
  app.add_option("--db", o.db, "database to write (default: $TALLY_DB or the XDG data folder)");
  app.add_flag("--analyze", o.analyze,
               "print the figures found, one JSON object per line; write nothing");
  app.add_flag("--explain", o.explain,
               "with --analyze: also print the number-like spans rejected, and why")
      ->needs("--analyze");
  app.add_flag("--no-figures", o.no_figures, "index text only: skip figure and entity extraction");
  app.add_option("--commit-every", o.commit_every,
                 "commit after this many articles (an interruption loses at most these)")
      ->check(CLI::Range(1, 10000000));
  app.add_option("--remove", o.remove, "delete these articles (by id) from the database")
      ->type_name("ID...");
  app.add_flag("--prune", o.prune,
               "delete articles whose file is gone, or no longer holds them (only under the "
               "PATHs given, if any)");
  app.add_flag("--force", o.force, "analyse unchanged articles again (after a tally upgrade)");
  app.add_option("-j,--jobs", o.jobs, "analysis threads (default: one per core)")
      ->check(CLI::Range(1, 256));
  auto* compact = app.add_flag("--compact", o.compact,
                               "compact the database at the end (fresh builds always are)");
  app.add_flag("--no-compact", o.no_compact,
               "do not compact after a large update (default: when a run doubles the database)")
      ->excludes(compact);
  app.add_flag("-q,--quiet", o.quiet, "no progress line and no warnings (skips still reported)");
  app.add_flag("-v,--verbose", o.verbose,
               "name each article added, updated, unchanged or removed, on stderr");
  app.set_version_flag("--version", "tally-index " TALLY_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    std::cerr << "tally-index: " << e.what() << "\n  hint: see tally-index --help\n";
    return static_cast<int>(ExitCode::kError);
  }
  if (o.paths.empty() && (o.analyze || (o.remove.empty() && !o.prune))) {
    std::cerr << "tally-index: no PATH given\n  hint: tally-index corpus/ (or - for JSON Lines "
                 "on stdin); see tally-index --help\n";
    return static_cast<int>(ExitCode::kError);
  }
  try {
    return o.analyze ? run_analyze(o) : run_index(o);
  } catch (const Error& e) {
    std::cerr << "tally-index: " << e.what() << "\n  hint: " << e.hint() << '\n';
    return static_cast<int>(e.code());
  }
}

}  // namespace tally::indexer
