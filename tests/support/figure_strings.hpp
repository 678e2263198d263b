#pragma once
// Figures as golden strings for table tests: "value qualifier head event" (describe_figure),
// joined by "; ", "-" for no head or no event.

#include <string>

#include "common/analysis/figures.hpp"
#include "common/analysis/tokens.hpp"
#include "tests/support/paragraphs.hpp"

namespace tally::testing {

// The figures of one passage.
inline std::string figures_of(const std::string& text) {
  std::string out;
  for (const auto& f : figures_in_text(text)) {
    out += out.empty() ? "" : "; ";
    out += describe_figure(f);
  }
  return out;
}

// The figures of consecutive passages of one article (paragraphs split on "\n\n").
inline std::string article_figures(const std::string& article) {
  FigureMemory memory;  // it keeps views of the passages, which live in `article`
  std::string out;
  for (const auto passage : paragraphs(article)) {
    const auto tt = tokenize(passage);
    for (const auto& f : extract_figures(passage, tt, memory).figures) {
      out += out.empty() ? "" : "; ";
      out += describe_figure(f.figure);
    }
  }
  return out;
}

}  // namespace tally::testing
