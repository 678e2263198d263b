#include "indexer/cli.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
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
#include "indexer/progress.hpp"

namespace tally::indexer {
namespace {

constexpr const char* kDescription = R"(tally-index: build tally's search index from news articles.

Each article is split into passages (paragraphs, headline first; share widgets, navigation and
photo credits dropped, repeated captions kept once). Every passage becomes a Xapian document
with Snowball-stemmed positional terms, filter terms (source, article, published date, figure
events, counted things, event dates, entities) and value slots for ranges and facets.
Indexing an article again replaces its passages.

Inputs (PATH):
  *.txt, *.md       one article per file, with optional front matter (id, source, published,
                    title, url between two '---' lines); without it the id is the file name
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
  tally-index --db /tmp/news feed.jsonl.zst    index a compressed feed into /tmp/news
  tally-index --analyze corpus/*.txt           print the figures found, as JSON Lines
  tally-index --analyze --explain a.txt        ... with the number-like spans rejected, and why
  curl -s URL | tally-index -                  index JSON Lines from a pipe

Exit status: 0 done (skipped inputs are counted in the summary), 2 usage or database error.
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
  std::string db;
  bool analyze = false;
  bool explain = false;
  bool no_figures = false;
  bool quiet = false;
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
        const ArticleAnalysis analysis = analyse_article(passages, article.published);
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

int
run_index(const CliOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const std::string db_path = o.db.empty() ? default_database_path() : o.db;
  IndexOptions options;
  options.figures = o.no_figures ? FigureExtraction::kOff : FigureExtraction::kOn;
  options.commit_every = o.commit_every;
  Indexer indexer(db_path, options);
  Progress progress(o.quiet ? ProgressMode::kNever : ProgressMode::kAuto);
  std::size_t warnings = 0;
  const auto diagnostics = make_diagnostic_printer(o, warnings, &progress);

  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  ReadCounts counts;
  bool interrupted = false;
  try {
    for (const auto& file : expand_inputs(o.paths, diagnostics, counts)) {
      read_input(
          file,
          [&](Article&& article) {
            if (g_interrupted.load()) {
              throw Interrupted{};
            }
            indexer.add(article);
            progress.update(indexer.counts().articles, indexer.counts().passages);
          },
          diagnostics, counts);
    }
  } catch (const Interrupted&) {
    interrupted = true;
  }
  indexer.commit();
  progress.clear();
  const auto& c = indexer.counts();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s %zu articles (%zu replaced), %zu passages, %zu figures, %zu skipped, "
              "%zu warnings, %.2f s -> %s\n",
              interrupted ? "interrupted after" : "indexed", c.articles, c.replaced, c.passages,
              c.figures, counts.skipped, warnings, seconds, db_path.c_str());
  return interrupted ? 130 : 0;
}

}  // namespace

int
run_cli(int argc, char** argv) {
  CLI::App app{kDescription, "tally-index"};
  app.footer(kExamples);
  app.get_formatter()->column_width(30);
  CliOptions o;
  app.add_option("PATH", o.paths, "articles, feeds or directories to read (- for stdin)")
      ->required();
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
  app.add_flag("-q,--quiet", o.quiet, "no progress line and no warnings (skips still reported)");
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
  try {
    return o.analyze ? run_analyze(o) : run_index(o);
  } catch (const Error& e) {
    std::cerr << "tally-index: " << e.what() << "\n  hint: " << e.hint() << '\n';
    return static_cast<int>(e.code());
  }
}

}  // namespace tally::indexer
