#include "searcher/session/session.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include "common/core/error.hpp"
#include "common/schema.hpp"
#include "common/store/database.hpp"
#include "searcher/output/render.hpp"
#include "searcher/session/article_view.hpp"
#include "searcher/session/commands.hpp"
#include "searcher/session/line_reader.hpp"
#include "searcher/session/screen.hpp"

namespace tally::searcher {
namespace {

constexpr std::size_t kFirstFetch = 40;   // results fetched per query before :more needs more
constexpr std::size_t kMaxFetch = 5000;
constexpr std::size_t kChromeRows = 3;    // footer, prompt, and the line typed before

std::string
result_key(const Result& r) {
  return r.article + "#" + std::to_string(r.passage);
}

// "tally/index (5 articles)": the database's last two path components and its size.
std::string
database_label(const std::string& path, const Xapian::Database& db) {
  const std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  std::string name = p.filename().string();
  if (p.has_parent_path() && !p.parent_path().filename().empty()) {
    name = p.parent_path().filename().string() + "/" + name;
  }
  const std::string articles = db.get_metadata(std::string(schema::kMetaArticles));
  if (!articles.empty()) {
    return name + " (" + format_value(std::strtod(articles.c_str(), nullptr)) +
           (articles == "1" ? " article)" : " articles)");
  }
  return name + " (" + format_value(db.get_doccount()) + " passages)";
}

class Session {
 public:
  Session(Xapian::Database db, std::string label, LineReader& reader, Colour colour,
          SearchRequest defaults)
      : searcher_(std::move(db)), label_(std::move(label)), reader_(reader), colour_(colour),
        base_(std::move(defaults)) {}

  // Reads and answers lines until :quit or the end of input; returns how many queries failed.
  std::size_t run() {
    if (!base_.query.empty()) {
      query(base_.query);
    }
    while (const auto line = reader_.read(prompt())) {
      if (!handle(parse_command(*line))) {
        break;
      }
    }
    return failures_;
  }

 private:
  enum class View { kNone, kResults, kArticle };

  std::string prompt() const {
    std::string p = "tally " + label_;
    for (const auto& f : base_.filters) {
      p += " " + f;
    }
    return p + "> ";
  }

  bool handle(const Command& c) {
    switch (c.kind) {
      case CommandKind::kNothing: break;
      case CommandKind::kQuery: query(c.argument); break;
      case CommandKind::kMore: more(); break;
      case CommandKind::kOpen: open(c.number); break;
      case CommandKind::kSources: facets("sources"); break;
      case CommandKind::kFacets: facets(""); break;
      case CommandKind::kJson: json(); break;
      case CommandKind::kFilter: filter(c.argument); break;
      case CommandKind::kClear: clear(); break;
      case CommandKind::kHelp: std::cout << session_help() << std::flush; break;
      case CommandKind::kQuit: return false;
      case CommandKind::kUnknown:
        complain("unknown command :" + c.argument, ":help lists the commands");
        break;
      case CommandKind::kBadArgument:
        complain("cannot read \"" + c.argument + "\"",
                 c.argument.starts_with(":o") ? ":open takes a result number, e.g. :open 3"
                                              : "only :open and :filter take an argument");
        break;
    }
    return true;
  }

  void complain(const std::string& message, const std::string& hint) {
    std::cout << std::flush;
    std::cerr << "error: " << message << "\n  hint: " << hint << std::endl;
  }

  // Runs `request` (the base's filters and options applied); false after reporting an error.
  bool fetch(SearchRequest request) {
    try {
      answer_ = searcher_.run(request);
      request_ = std::move(request);
      return true;
    } catch (const Error& e) {
      ++failures_;
      complain(e.what(), e.hint());
      return false;
    }
  }

  void query(const std::string& text) {
    SearchRequest request = base_;
    request.query = text;
    request.offset = 0;
    request.limit = kFirstFetch;
    if (fetch(std::move(request))) {
      show_first_page();
    }
  }

  std::vector<std::string> result_blocks() {
    std::vector<std::string> blocks;
    for (const auto& r : answer_.results) {
      if (!listed_.insert(result_key(r)).second) {
        continue;
      }
      SearchAnswer one;
      one.terms = answer_.terms;
      one.results.push_back(r);
      blocks.push_back(render_text(one, colour_));
    }
    return blocks;
  }

  void show_first_page() {
    view_ = View::kResults;
    listed_.clear();
    pager_.reset(result_blocks());
    if (answer_.results.empty()) {
      std::cout << "no passage matches \"" << answer_.query << "\"";
      std::cout << (base_.filters.empty() ? "" : " with the filters (:clear drops them)") << "\n";
      if (answer_.suggestion) {
        std::cout << "  did you mean \"" << *answer_.suggestion << "\"?\n";
      }
      std::cout << std::flush;
      return;
    }
    const ScreenSize size = terminal_size();
    std::string top;
    if (answer_.suggestion) {
      top += "Did you mean: " + *answer_.suggestion + "\n\n";
    }
    // The answer table on top, but never more than half the screen.
    for (std::size_t groups = 3; groups > 0; --groups) {
      const std::string table = render_answer_table(answer_, colour_, groups);
      if (groups == 1 || !reader_.terminal() || rows_of(table, size.columns) <= size.rows / 2) {
        top += table;
        break;
      }
    }
    const std::size_t used = rows_of(top, size.columns) + kChromeRows;
    show_results(top, size.rows > used ? size.rows - used : 1);
  }

  void show_results(const std::string& top, std::size_t rows) {
    const std::size_t from = pager_.shown();
    const std::string page = reader_.terminal()
                                 ? pager_.next_page(rows, terminal_size().columns)
                                 : pager_.next_blocks(base_.limit);
    std::cout << top << page << "results " << from + 1 << "\xe2\x80\x93" << pager_.shown()
              << " of about " << std::max(answer_.total, pager_.size());
    if (!pager_.done() || answer_.total > pager_.size()) {
      std::cout << " \xc2\xb7 :more for the next page";
    }
    std::cout << " \xc2\xb7 :open N to read one\n" << std::flush;
  }

  void more() {
    if (view_ == View::kNone) {
      complain("nothing to page yet", "type a query first");
      return;
    }
    if (view_ == View::kArticle) {
      if (pager_.done()) {
        std::cout << "(end of the article)\n" << std::flush;
        return;
      }
      show_article_page();
      return;
    }
    if (pager_.done() && answer_.total > pager_.size() && request_->limit < kMaxFetch) {
      SearchRequest bigger = *request_;
      bigger.limit = std::min(kMaxFetch, bigger.limit * 4);
      if (fetch(std::move(bigger))) {
        pager_.append(result_blocks());
      }
    }
    if (pager_.done()) {
      std::cout << "(no more results)\n" << std::flush;
      return;
    }
    show_results("", terminal_size().rows - kChromeRows);
  }

  void open(std::size_t rank) {
    const auto it = std::find_if(answer_.results.begin(), answer_.results.end(),
                                 [&](const Result& r) { return r.rank == rank; });
    if (view_ == View::kNone || it == answer_.results.end()) {
      complain("no result " + std::to_string(rank) + " on screen",
               ":open takes the number shown before a result");
      return;
    }
    try {
      const auto passages = read_article(searcher_.database(), it->article);
      pager_.reset(render_article(passages, it->passage, colour_));
      view_ = View::kArticle;
      show_article_page();
    } catch (const Error& e) {
      complain(e.what(), e.hint());
    }
  }

  void show_article_page() {
    const ScreenSize size = terminal_size();
    std::cout << (reader_.terminal()
                      ? pager_.next_page(size.rows > kChromeRows ? size.rows - kChromeRows : 1,
                                         size.columns)
                      : pager_.next_blocks(pager_.size()));
    // The pager's first block is the heading; the others are passages.
    std::cout << (pager_.done() ? "(end of the article)\n"
                                : "(" + std::to_string(pager_.shown() - 1) + " of " +
                                      std::to_string(pager_.size() - 1) +
                                      " passages \xc2\xb7 :more for the rest)\n")
              << std::flush;
  }

  void facets(const std::string& only) {
    if (!request_) {
      complain("no query yet", "type a query first; :sources counts the sources of its matches");
      return;
    }
    SearchRequest request = *request_;
    request.facets = true;
    request.limit = 1;
    try {
      const SearchAnswer counted = searcher_.run(request);
      SearchAnswer shown;
      for (const auto& facet : counted.facets) {
        if (only.empty() || facet.first == only) {
          shown.facets.push_back(facet);
        }
      }
      std::cout << render_facets(shown) << std::flush;
    } catch (const Error& e) {
      complain(e.what(), e.hint());
    }
  }

  void json() {
    if (!request_) {
      complain("no answer yet", "type a query first");
      return;
    }
    std::cout << answer_to_json(answer_).dump(2, ' ', false,
                                              nlohmann::json::error_handler_t::replace)
              << '\n'
              << std::flush;
  }

  void filter(const std::string& text) {
    if (text.empty()) {
      if (base_.filters.empty()) {
        std::cout << "no filters (:filter source:AP adds one)\n";
      }
      for (const auto& f : base_.filters) {
        std::cout << "filter: " << f << '\n';
      }
      std::cout << std::flush;
      return;
    }
    try {  // a malformed filter is refused now, not at every later query
      SearchRequest check;
      check.query = text;
      check.limit = 1;
      searcher_.run(check);
    } catch (const Error& e) {
      complain(e.what(), e.hint());
      return;
    }
    base_.filters.push_back(text);
    rerun("filter " + text + " kept until :clear");
  }

  void clear() {
    base_.filters.clear();
    rerun("filters cleared");
  }

  // Says what changed, then runs the last query again under the new filters.
  void rerun(const std::string& what) {
    std::cout << what << '\n' << std::flush;
    if (request_) {
      query(request_->query);
    }
  }

  Searcher searcher_;
  std::string label_;
  LineReader& reader_;
  Colour colour_;
  SearchRequest base_;
  std::optional<SearchRequest> request_;  // of answer_
  SearchAnswer answer_;
  std::set<std::string> listed_;          // results already in the pager
  Pager pager_;
  View view_ = View::kNone;
  std::size_t failures_ = 0;
};

Colour
session_colour(const std::string& mode, const LineReader& reader) {
  if (mode == "always") {
    return Colour::kOn;
  }
  const char* no_colour = std::getenv("NO_COLOR");
  const bool off = mode == "never" || (no_colour != nullptr && *no_colour != '\0');
  return reader.terminal() && !off ? Colour::kOn : Colour::kOff;
}

}  // namespace

int
run_session(const SessionOptions& options) {
  Xapian::Database db;
  std::string label;
  try {
    db = open_for_reading(options.db_path);
    label = database_label(options.db_path, db);
  } catch (const Error& e) {
    std::cerr << "tally-search: " << e.what() << "\n  hint: " << e.hint() << '\n';
    return static_cast<int>(e.code());
  } catch (const Xapian::Error& e) {
    std::cerr << "tally-search: " << e.get_msg() << "\n  hint: is it a tally database?\n";
    return static_cast<int>(ExitCode::kError);
  }
  const LineMode mode = detect_line_mode();
  const auto reader = make_line_reader(mode, default_history_file());
  if (isatty(STDIN_FILENO) != 0) {
    std::cout << "tally-search " TALLY_VERSION " on " << options.db_path << ": " << label
              << ". Type a query, or :help.\n"
              << std::flush;
  }
  Session session(db, label, *reader, session_colour(options.colour_mode, *reader),
                  options.defaults);
  const std::size_t failed = session.run();
  const bool scripted = isatty(STDIN_FILENO) == 0;
  return static_cast<int>(scripted && failed > 0 ? ExitCode::kError : ExitCode::kOk);
}

}  // namespace tally::searcher
