#pragma once
// Attributions as golden strings for table tests: the sources of an article's figures in order,
// joined by "; ", "-" for a figure with none.

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "common/analysis/analyse.hpp"
#include "tests/support/paragraphs.hpp"

namespace tally::testing {

// Through the whole analysis (analyse_article), as the indexer reads an article: its passages
// are the paragraphs of `article` (split on "\n\n"); `outlet` is its source label.
inline std::string attributions_of(const std::string& article, std::string_view outlet = {}) {
  Passages passages;
  for (const auto paragraph : paragraphs(article)) {
    Passage p;
    p.index = static_cast<int>(passages.size());
    p.text = std::string(paragraph);
    passages.push_back(std::move(p));
  }
  std::string out;
  for (const auto& f : analyse_article(passages, std::nullopt, outlet).figures) {
    out += out.empty() ? "" : "; ";
    out += f.attribution.empty() ? "-" : f.attribution;
  }
  return out;
}

}  // namespace tally::testing
