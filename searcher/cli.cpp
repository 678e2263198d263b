#include "searcher/cli.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/core/error.hpp"
#include "common/store/database.hpp"
#include "searcher/batch/batch_cli.hpp"
#include "searcher/session/session.hpp"
#include "searcher/output/render.hpp"
#include "searcher/search.hpp"

namespace tally::searcher {
namespace {

constexpr const char* kDescription = R"(tally-search: search news passages and the figures they report.

Reads the query as news is read: event words (deaths, killed, toll -> kill; wounded, injured ->
wound; displaced, fled -> displace ...), counted things and their synonyms (soldiers, troops,
personnel), and dates ("Feb 27", "27 February 2020", "2020-02-27", "Feb 20-28", "last week",
relative to the newest article). Ranks passages by BM25, raised where a passage holds a figure
of the asked event and thing on the asked date; the same text from several outlets is shown
once; the first page covers the sources. Above the passages, the answer table: what each source
reports (value, qualifier, who said it), grouped per quantity, with agreement and conflicts.

Words match by their Snowball stems ("killed" finds "killing", "soldier" finds "soldiers"),
phrases too; a keyword query also weighs words found in headlines.

Query syntax:
  soldier deaths Feb 27          any of the words, best matches first
  "death toll"                   a phrase (of stems: also "death tolls")
  idlib AND (killed OR dead)     boolean operators in capitals; NOT, +word, -word
  source:AP   source:"New York Times - News"   article:ID   kind:headline
  event:kill  counted:soldier  entity:"rahmi dogan"           figure filters
  published:2020-02-01..2020-02-28   date:2020-02-27..2020-02-27   date ranges
  killed:20..40   wounded:>10   displaced:>=100000   figure:>1000  number ranges
  title:idlib                    words of the headline)";

constexpr const char* kExamples = R"(
Examples:
  tally-search "soldier deaths Feb 27"
  tally-search --strict-date "killed Feb 20-28"         only figures dated in that period
  tally-search --json --limit 5 "how many civilians were displaced" | jq '.answers[0]'
  tally-search --format tsv "soldier deaths" | sort -t$'\t' -k6,6n
  tally-search --per-source 1 --facets idlib
  tally-search 'source:reuters killed:>1'
  tally-search                                         a session (on a terminal): :help at its prompt
  tally-search --batch queries.txt -j 4 >answers.jsonl one JSON answer per line, in input order
  echo '{"id": 7, "query": "idlib", "limit": 3}' | tally-search --batch -

Exit status: 0 results found, 1 no result, 2 error (bad option, missing database, malformed query).
With --batch: 0 when every line ran, 2 when any line failed (its answer is an error object).
Default database: $TALLY_DB, else ${XDG_DATA_HOME:-~/.local/share}/tally/index.
Colour: on a terminal unless NO_COLOR is set or --color=never.
)";

Colour
choose_colour(const std::string& mode) {
  if (mode == "always") {
    return Colour::kOn;
  }
  if (mode == "never") {
    return Colour::kOff;
  }
  const char* no_colour = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  const bool dumb = term == nullptr || std::string(term) == "dumb";
  const bool off = (no_colour != nullptr && *no_colour != '\0') || dumb ||
                   isatty(STDOUT_FILENO) == 0;
  return off ? Colour::kOff : Colour::kOn;
}

}  // namespace

int
run_cli(int argc, char** argv) {
  CLI::App app{kDescription, "tally-search"};
  app.footer(kExamples);
  app.get_formatter()->column_width(30);
  std::vector<std::string> words;
  std::string db_path;
  bool json = false;
  std::string format = "text";
  std::string colour = "auto";
  bool explain = false;
  SearchRequest request;
  bool interactive = false;
  std::string batch_file;
  std::size_t jobs = default_jobs();
  app.add_option("QUERY", words,
                 "the query (several words are joined with spaces); none on a terminal: a "
                 "session");
  app.add_flag("-i,--interactive", interactive,
               "a session: queries and :commands at a prompt, with history (:help lists them)");
  auto* batch = app.add_option("--batch", batch_file,
                               "run the queries of FILE (- for stdin), one per line or one JSON "
                               "object per line, and print one JSON answer per line")
                    ->option_text("FILE")
                    ->excludes("QUERY")
                    ->excludes("--interactive");
  app.add_option("-j,--jobs", jobs, "with --batch: queries run at once (default: the cores)")
      ->check(CLI::Range(1, 256))
      ->needs(batch);
  app.add_option("--db", db_path, "database to search (default: $TALLY_DB or the XDG data folder)");
  app.add_option("--format", format,
                 "text (answer table, then passages), json (format 1, one object), tsv (one "
                 "line per report of every answer group, with a header line)")
      ->check(CLI::IsMember({"text", "json", "tsv"}));
  app.add_flag("--json", json, "same as --format json");
  app.add_option("-n,--limit", request.limit, "how many passages to show (default 10)")
      ->check(CLI::Range(1, 100000));
  app.add_option("--offset", request.offset, "skip this many passages first (paging)");
  app.add_flag("--strict-date", request.strict_date,
               "a date in the query filters: only passages with a figure dated then");
  app.add_option("--per-source", request.per_source,
                 "at most N passages from any one source (Xapian collapse on the source)");
  app.add_option("--filter", request.filters,
                 "a further query every result must match, e.g. --filter source:AP (repeatable)");
  app.add_flag("--facets", request.facets,
               "also count the sources, entities, events and event dates of the matches");
  app.add_flag("--explain", explain, "print how the query was understood (on stderr)");
  app.add_option("--color", colour, "highlight with colour: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.set_version_flag("--version", "tally-search " TALLY_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    std::cerr << "tally-search: " << e.what() << "\n  hint: see tally-search --help\n";
    return static_cast<int>(ExitCode::kError);
  }
  if (json) {
    format = "json";
  }
  if (!batch_file.empty()) {
    if (format != "json" && format != "text") {
      std::cerr << "tally-search: --batch writes JSON answers, not --format " << format
                << "\n  hint: drop --format; jq turns the answers into other forms\n";
      return static_cast<int>(ExitCode::kError);
    }
    return run_batch_command(batch_file,
                             {db_path.empty() ? default_database_path() : db_path, jobs, request});
  }
  for (const auto& w : words) {
    request.query += request.query.empty() ? w : " " + w;
  }
  if (interactive || (words.empty() && isatty(STDIN_FILENO) != 0)) {
    return run_session({db_path.empty() ? default_database_path() : db_path, colour, request});
  }
  if (words.empty()) {
    std::cerr << "tally-search: no query\n  hint: tally-search QUERY; -i reads queries from stdin "
                 "(a session); --batch - answers them as JSON lines\n";
    return static_cast<int>(ExitCode::kError);
  }
  try {
    const std::string path = db_path.empty() ? default_database_path() : db_path;
    const Xapian::Database db = open_for_reading(path);
    const SearchAnswer answer = search(db, request);
    if (explain) {
      std::cerr << "understood: " << describe(answer.parsed) << '\n';
    }
    if (format == "json") {
      std::cout << answer_to_json(answer).dump(-1, ' ', false,
                                               nlohmann::json::error_handler_t::replace)
                << '\n';
    } else if (format == "tsv") {
      std::cout << render_tsv(answer);
    } else if (answer.results.empty()) {
      std::cerr << "tally-search: no passage matches \"" << request.query << "\"\n";
      if (answer.suggestion) {
        std::cerr << "  hint: did you mean \"" << *answer.suggestion << "\"?\n";
      }
    } else {
      std::cout << render_text(answer, choose_colour(colour));
      if (request.facets) {
        std::cout << render_facets(answer) << '\n';
      }
      std::cout << answer.results.size() << " of about " << answer.total << " passages\n";
    }
    return static_cast<int>(answer.results.empty() ? ExitCode::kNoResults : ExitCode::kOk);
  } catch (const Error& e) {
    std::cerr << "tally-search: " << e.what() << "\n  hint: " << e.hint() << '\n';
    return static_cast<int>(e.code());
  }
}

}  // namespace tally::searcher
