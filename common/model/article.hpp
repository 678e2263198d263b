#pragma once
// The article model every reader produces and every later stage consumes.

#include <cstddef>
#include <optional>
#include <string>

#include "common/core/civil_date.hpp"

namespace tally {

struct Article {
  std::string id;         // stable identifier: front matter / JSON "id", else the file stem
  std::string source;     // outlet label ("AP"); "unknown" when the input names none
  std::string url;        // may be empty
  std::optional<CivilDate> published;
  std::string title;      // headline; may be empty
  std::string text;       // body as written (valid UTF-8), paragraphs separated by newlines
  std::string origin;     // where it came from, for messages: "corpus/000.txt" or "feed.jsonl:17"
};

}  // namespace tally
