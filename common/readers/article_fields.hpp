#pragma once
// Helpers shared by the text and JSON Lines readers: filling an Article's fields from the raw
// strings an input gives, with the same defaults and the same diagnostics everywhere.

#include <string>
#include <string_view>

#include "common/core/diagnostics.hpp"
#include "common/core/hash.hpp"
#include "common/model/article.hpp"

namespace tally {

// Sets article.published from `text`; an empty text means "no date". A date that cannot be read
// or is impossible ("2020-02-30", "0001-11-30") is reported as a warning and left out.
void set_published(Article& article, std::string_view text, const Diagnostic& where,
                   const DiagnosticSink& diagnostics);

// The file name without folders and without its extensions: "corpus/000_x.txt" -> "000_x".
std::string file_stem(const std::string& path);

}  // namespace tally
