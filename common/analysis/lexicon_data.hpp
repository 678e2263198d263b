#pragma once
// The lexicon files of common/analysis/lexicons/, compiled into the binary at build time
// (cmake/embed.cmake): lexicons/NAME.tsv is tally::data::lexicon_NAME(). Declare each here.
// Format of every file: UTF-8, one entry per line, tab-separated columns, '#' starts a comment.

#include <string_view>

namespace tally::data {

std::string_view lexicon_gazetteer();  // lexicons/gazetteer.tsv: canonical name, kind, aliases

}  // namespace tally::data
