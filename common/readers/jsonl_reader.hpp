#pragma once
// JSON Lines articles: one object per line with "id", "source", "url", "published", "title",
// "text" (the format of ../shared/bench/allsides.jsonl.zst). Only "text" (or "title") is required;
// an article without "id" takes its "url", else a hash of its text. Blank lines are ignored.

#include <optional>
#include <string>

#include "common/core/diagnostics.hpp"
#include "common/model/article.hpp"

namespace tally {

// Parses one line. Returns nullopt (after reporting file:line and why) for a line that is not
// a JSON object or has no text. Broken UTF-8 is repaired and reported.
std::optional<Article> parse_jsonl_article(const std::string& file, std::size_t line_number,
                                           std::string line, const DiagnosticSink& diagnostics);

}  // namespace tally
