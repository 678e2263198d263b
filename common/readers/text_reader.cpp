#include "common/readers/text_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/core/utf8.hpp"
#include "common/readers/article_fields.hpp"
#include "common/readers/front_matter.hpp"

namespace tally {
namespace {

void
skip(const std::string& path, std::string message, const DiagnosticSink& diagnostics) {
  diagnostics(Diagnostic{path, 0, Severity::kSkipped, std::move(message)});
}

// The 1-based line of a byte offset, for messages.
std::size_t
line_of(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::size_t>(
                 std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace

std::optional<Article>
parse_text_article(const std::string& path, std::string bytes, const DiagnosticSink& diagnostics) {
  if (looks_binary(std::string_view(bytes).substr(0, 8192))) {
    skip(path, "binary file, not an article", diagnostics);
    return std::nullopt;
  }
  if (!is_valid_utf8(bytes)) {
    Utf8Repair r = repair_utf8(bytes);
    diagnostics(Diagnostic{path, line_of(bytes, r.first_bad), Severity::kWarning,
                           "invalid UTF-8 repaired (" + std::to_string(r.replaced) +
                               " sequence(s) replaced by U+FFFD)"});
    bytes = std::move(r.text);
  }
  Article a;
  a.origin = path;
  a.id = file_stem(path);
  a.source = "unknown";
  const auto fm = parse_front_matter(bytes);
  if (fm) {
    const auto field = [&](const char* key) -> std::string {
      auto it = fm->fields.find(key);
      return it == fm->fields.end() ? std::string{} : it->second;
    };
    if (!field("id").empty()) {
      a.id = field("id");
    }
    if (!field("source").empty()) {
      a.source = field("source");
    }
    a.url = field("url");
    a.title = field("title");
    set_published(a, field("published"), Diagnostic{path, 0, Severity::kWarning, {}}, diagnostics);
    a.text = std::string(fm->body);
  } else {
    a.text = std::move(bytes);
  }
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos && a.title.empty()) {
    skip(path, "no text", diagnostics);
    return std::nullopt;
  }
  return a;
}

std::optional<Article>
read_text_article(const std::string& path, const DiagnosticSink& diagnostics) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    skip(path, "cannot read: " + ec.message(), diagnostics);
    return std::nullopt;
  }
  if (size > kMaxTextArticleBytes) {
    skip(path, "file is " + std::to_string(size >> 20) + " MiB, larger than the " +
                   std::to_string(kMaxTextArticleBytes >> 20) + " MiB an article may be",
         diagnostics);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    skip(path, std::string("cannot open: ") + std::strerror(errno), diagnostics);
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    skip(path, "read error", diagnostics);
    return std::nullopt;
  }
  return parse_text_article(path, std::move(buf).str(), diagnostics);
}

}  // namespace tally
