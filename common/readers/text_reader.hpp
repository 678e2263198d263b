#pragma once
// One article from a .txt/.md file: front matter if present (front_matter.hpp), else id from the
// file stem, source "unknown", no date, no title.

#include <optional>
#include <string>

#include "common/core/diagnostics.hpp"
#include "common/model/article.hpp"

namespace tally {

// Largest text article read; a larger file is reported and skipped.
inline constexpr std::size_t kMaxTextArticleBytes = 64UL << 20;

// Returns nullopt (after reporting why) for an unreadable, binary, oversized or empty file.
std::optional<Article> read_text_article(const std::string& path,
                                         const DiagnosticSink& diagnostics);

// The same from bytes already in memory (used by the tests).
std::optional<Article> parse_text_article(const std::string& path, std::string bytes,
                                          const DiagnosticSink& diagnostics);

}  // namespace tally
