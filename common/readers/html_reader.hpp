#pragma once
// News articles saved as web pages (.html, .htm), read with a real HTML parser (gumbo, as
// browsers parse, broken markup included).
//
// Text: the page's <article> (the longest, when there are several), else <main>, else <body>;
// block elements (p, h2-h6, li, blockquote, figcaption, ...) become paragraphs. Left out:
// scripts, styles, navigation, header and footer outside the article, asides, forms (comment
// forms), iframes, buttons, and elements whose class or id names comments, sharing, related
// links, newsletters or ads. A first heading equal to the title is not repeated.
// Metadata, where present: title from og:title, else JSON-LD "headline", else <title>;
// published date from article:published_time, else JSON-LD "datePublished", else
// <time datetime> in the article; outlet from og:site_name, else JSON-LD publisher name;
// URL from og:url, else <link rel=canonical>. The id is the URL, else the file name's stem.

#include <optional>
#include <string>

#include "common/core/diagnostics.hpp"
#include "common/model/article.hpp"

namespace tally {

// Parses the page `bytes` read from `path` (for messages and the fallback id).
std::optional<Article> parse_html_article(const std::string& path, std::string bytes,
                                          const DiagnosticSink& diagnostics);

// Reads and parses the file; an unreadable, binary or empty page is reported and skipped.
std::optional<Article> read_html_article(const std::string& path, const DiagnosticSink& diagnostics);

}  // namespace tally
