#include "common/readers/front_matter.hpp"

#include <algorithm>
#include <cctype>

#include "common/core/strings.hpp"

namespace tally {
namespace {

std::string_view
unquote(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    return v.substr(1, v.size() - 2);
  }
  return v;
}

// Splits off the next line (without its terminator) and advances `rest` past it.
std::string_view
next_line(std::string_view& rest) {
  const auto nl = rest.find('\n');
  std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

}  // namespace

std::optional<FrontMatter>
parse_front_matter(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) {  // a UTF-8 byte-order mark
    text.remove_prefix(3);
  }
  std::string_view rest = text;
  if (trim(next_line(rest)) != "---") {
    return std::nullopt;
  }
  FrontMatter fm;
  while (!rest.empty()) {
    const std::string_view line = next_line(rest);
    if (trim(line) == "---") {
      fm.body = rest;
      return fm;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
      continue;
    }
    const std::string key = ascii_lower(trim(line.substr(0, colon)));
    fm.fields[key] = std::string(unquote(trim(line.substr(colon + 1))));
  }
  return std::nullopt;
}

}  // namespace tally
