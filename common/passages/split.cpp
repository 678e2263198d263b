#include "common/passages/split.hpp"

#include <cctype>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/core/strings.hpp"
#include "common/core/utf8.hpp"
#include "common/passages/boilerplate.hpp"

namespace tally {
namespace {

// Does a line end where a sentence or a heading may end?
bool
ends_clause(std::string_view line) {
  if (line.empty()) {
    return true;
  }
  const char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
         last == '"' || last == '\'' || last == ')' || last == ']' ||
         static_cast<unsigned char>(last) >= 0x80;  // closing curly quote, ellipsis ...
}

bool
starts_lower(std::string_view line) {
  return !line.empty() && std::islower(static_cast<unsigned char>(line.front())) != 0;
}

// The paragraphs of a body, trimmed, before any filtering.
std::vector<std::string>
paragraphs(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  std::string_view previous;
  const auto flush = [&] {
    if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  };
  while (!text.empty()) {
    const auto nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    const std::string_view line = trim(raw);
    // NBSP-only lines are blank too.
    if (line.empty() || normalise_for_analysis(line).find_first_not_of(' ') == std::string::npos) {
      flush();
      previous = {};
      continue;
    }
    if (!current.empty() && !ends_clause(previous) && starts_lower(line)) {
      current += ' ';  // a hard-wrapped paragraph continues
    } else {
      flush();
    }
    current.append(line);
    previous = line;
  }
  flush();
  return out;
}

}  // namespace

Passages
split_passages(const Article& article) {
  Passages out;
  std::unordered_set<std::string> seen;
  const auto add = [&](std::string_view text, PassageKind kind) {
    text = strip_credit(trim(text));
    std::string analysed = normalise_for_analysis(text);
    if (kind == PassageKind::kBody && is_boilerplate(trim(analysed))) {
      return;
    }
    std::string key = dedupe_key(analysed);
    if (key.empty() || !seen.insert(std::move(key)).second) {
      return;
    }
    Passage p;
    p.index = static_cast<int>(out.size());
    p.kind = kind;
    p.text = std::string(text);
    p.analysed = std::move(analysed);
    out.push_back(std::move(p));
  };
  if (!trim(article.title).empty()) {
    add(article.title, PassageKind::kHeadline);
  }
  for (const auto& para : paragraphs(article.text)) {
    add(para, PassageKind::kBody);
  }
  return out;
}

}  // namespace tally
