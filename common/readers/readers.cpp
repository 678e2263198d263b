#include "common/readers/readers.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "common/core/error.hpp"
#include "common/core/strings.hpp"
#include "common/readers/html_reader.hpp"
#include "common/readers/jsonl_reader.hpp"
#include "common/readers/line_source.hpp"
#include "common/readers/text_reader.hpp"

namespace tally {
namespace fs = std::filesystem;
namespace {

enum class InputFormat { kText, kJsonLines, kHtml, kOther };

InputFormat
format_of(const std::string& path) {
  if (path == "-") {
    return InputFormat::kJsonLines;
  }
  std::string name = ascii_lower(fs::path(path).filename().string());
  if (name.ends_with(".zst")) {
    name.resize(name.size() - 4);
  }
  for (const char* ext : {".jsonl", ".ndjson", ".json"}) {
    if (name.ends_with(ext)) {
      return InputFormat::kJsonLines;
    }
  }
  for (const char* ext : {".html", ".htm", ".xhtml"}) {
    if (name.ends_with(ext)) {
      return InputFormat::kHtml;
    }
  }
  for (const char* ext : {".txt", ".md", ".markdown", ".text"}) {
    if (name.ends_with(ext)) {
      return InputFormat::kText;
    }
  }
  return InputFormat::kOther;
}

std::vector<std::string>
ignore_patterns(const fs::path& dir) {
  std::vector<std::string> patterns;
  std::ifstream in(dir / ".tallyignore");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (!line.empty() && line.front() != '#') {
      patterns.push_back(line);
    }
  }
  return patterns;
}

void
walk(const fs::path& dir, std::vector<std::string>& out, const DiagnosticSink& diagnostics,
     ReadCounts& counts) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    diagnostics(Diagnostic{dir.string(), 0, Severity::kSkipped, "cannot list: " + ec.message()});
    ++counts.skipped;
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  const auto ignored = ignore_patterns(dir);
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    const bool ignore =
        name.starts_with('.') || std::any_of(ignored.begin(), ignored.end(), [&](const auto& p) {
          return fnmatch(p.c_str(), name.c_str(), 0) == 0;
        });
    if (ignore) {
      continue;
    }
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
      walk(entry.path(), out, diagnostics, counts);
    } else if (entry.is_regular_file(ec) && format_of(name) != InputFormat::kOther) {
      out.push_back(entry.path().string());
    }
  }
}

void
read_jsonl(const std::string& path, const ArticleConsumer& consume,
           const DiagnosticSink& diagnostics, ReadCounts& counts) {
  LineSource lines(path);
  std::string line;
  while (lines.next(line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      continue;
    }
    auto article = parse_jsonl_article(path, lines.line_number(), std::move(line), diagnostics);
    if (article) {
      ++counts.articles;
      consume(std::move(*article));
    } else {
      ++counts.skipped;
    }
  }
}

}  // namespace

bool
is_json_lines(const std::string& path) {
  return format_of(path) == InputFormat::kJsonLines;
}

std::vector<std::string>
expand_inputs(const std::vector<std::string>& paths, const DiagnosticSink& diagnostics,
              ReadCounts& counts) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") {
      files.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      walk(p, files, diagnostics, counts);
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      diagnostics(Diagnostic{p, 0, Severity::kSkipped, "no such file or directory"});
      ++counts.skipped;
    }
  }
  return files;
}

bool
read_input(const std::string& path, const ArticleConsumer& consume,
           const DiagnosticSink& diagnostics, ReadCounts& counts) {
  try {
    if (is_json_lines(path)) {
      read_jsonl(path, consume, diagnostics, counts);
      return true;
    }
    // Text, or a file named explicitly whose extension says nothing: read it as text (binary
    // files are recognised and reported there).
    auto article = format_of(path) == InputFormat::kHtml ? read_html_article(path, diagnostics)
                                                         : read_text_article(path, diagnostics);
    if (article) {
      ++counts.articles;
      consume(std::move(*article));
    } else {
      ++counts.skipped;
    }
    return true;
  } catch (const Error& e) {  // an unreadable file is one skipped item, not the end of the run
    diagnostics(Diagnostic{path, 0, Severity::kSkipped, e.what()});
    ++counts.skipped;
    return false;
  }
}

ReadCounts
read_articles(const std::vector<std::string>& paths, const ArticleConsumer& consume,
              const DiagnosticSink& diagnostics) {
  ReadCounts counts;
  for (const auto& file : expand_inputs(paths, diagnostics, counts)) {
    read_input(file, consume, diagnostics, counts);
  }
  return counts;
}

}  // namespace tally
