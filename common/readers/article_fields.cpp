#include "common/readers/article_fields.hpp"

#include <filesystem>

namespace tally {

void
set_published(Article& article, std::string_view text, const Diagnostic& where,
              const DiagnosticSink& diagnostics) {
  if (text.find_first_not_of(" \t") == std::string_view::npos) {
    return;
  }
  article.published = parse_published_date(text);
  if (!article.published) {
    Diagnostic d = where;
    d.severity = Severity::kWarning;
    d.message = "published date '" + std::string(text) +
                "' is not a real date (want YYYY-MM-DD); article kept without a date";
    diagnostics(d);
  }
}

std::string
file_stem(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  const auto dot = name.find('.', 1);
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace tally
