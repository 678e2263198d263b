#pragma once
// A test article written as one string: its passages are the paragraphs between blank lines
// ("\n\n"). Views into `article`, which must outlive them.

#include <algorithm>
#include <string_view>
#include <vector>

namespace tally::testing {

inline std::vector<std::string_view> paragraphs(std::string_view article) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at <= article.size()) {
    const auto end = std::min(article.find("\n\n", at), article.size());
    out.push_back(article.substr(at, end - at));
    at = end + 2;
  }
  return out;
}

}  // namespace tally::testing
