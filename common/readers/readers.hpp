#pragma once
// Reading articles from the paths given on the command line.
//
//   .txt .md .markdown      one article per file, with or without front matter (front_matter.hpp)
//   .jsonl .ndjson          one article per line: {"id","source","url","published","title","text"}
//   .jsonl.zst .ndjson.zst  the same, zstd-compressed (the bench corpus ships so)
//   .html .htm .xhtml       one article per web page (html_reader.hpp)
//   -                       JSON Lines on standard input
//   a directory             walked recursively in sorted order, taking the files above; names
//                           listed in a .tallyignore file (glob patterns, one per line) and hidden
//                           files are left out
//
// Problems with one item (broken UTF-8, a line that is not JSON, a record without text, an
// unreadable or binary file, an impossible date) are reported to the DiagnosticSink with file
// and line; the item is repaired or skipped and reading goes on.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "common/core/diagnostics.hpp"
#include "common/model/article.hpp"

namespace tally {

struct ReadCounts {
  std::size_t articles = 0;  // handed to the consumer
  std::size_t skipped = 0;   // items left out (diagnostics of severity kSkipped)
  std::size_t repaired = 0;  // items kept after a repair (warnings)
};

using ArticleConsumer = std::function<void(Article&&)>;

// Expands directories (sorted, recursive, honouring .tallyignore) into the list of input files
// to read, in order. Paths that do not exist are reported and left out.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       const DiagnosticSink& diagnostics, ReadCounts& counts);

// Reads every input in order, handing each article to `consume`.
ReadCounts read_articles(const std::vector<std::string>& paths, const ArticleConsumer& consume,
                         const DiagnosticSink& diagnostics);

// Whether `path` is read as JSON Lines, one article per line ("-" and the extensions above,
// compressed or not); every other input holds one article.
bool is_json_lines(const std::string& path);

// Reads one expanded input file (or "-"), adding to `counts`. Returns false when the file could
// not be read to its end (unreadable, a read or decompression error: reported and counted).
bool read_input(const std::string& path, const ArticleConsumer& consume,
                const DiagnosticSink& diagnostics, ReadCounts& counts);

}  // namespace tally
