#include "searcher/render.hpp"

#include <cstdio>

#include "common/analysis/figure_json.hpp"
#include "searcher/highlight.hpp"

namespace tally::searcher {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kMatch = "\x1b[1;31m";
constexpr const char* kReset = "\x1b[0m";

}  // namespace

nlohmann::json
answer_to_json(const SearchAnswer& answer) {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& r : answer.results) {
    nlohmann::json figures = nlohmann::json::array();
    for (const auto& f : r.figures) {
      figures.push_back(figure_to_json(f, r.article));
    }
    results.push_back({{"rank", r.rank},
                       {"article", r.article},
                       {"source", r.source},
                       {"published", r.published},
                       {"passage", r.passage},
                       {"kind", r.kind},
                       {"score", r.score},
                       {"title", r.title},
                       {"url", r.url},
                       {"text", r.text},
                       {"figures", std::move(figures)}});
  }
  return {{"format", 1},
          {"query", answer.query},
          {"total", answer.total},
          {"results", std::move(results)},
          {"answers", nlohmann::json::array()}};
}

std::string
render_text(const SearchAnswer& answer, Colour colour) {
  const bool on = colour == Colour::kOn;
  const Highlighter highlighter(answer.terms);
  std::string out;
  std::array<char, 64> buf{};
  for (const auto& r : answer.results) {
    std::snprintf(buf.data(), buf.size(), "%3zu. ", r.rank);
    out += buf.data();
    out += on ? kBold : "";
    out += r.source;
    out += on ? kReset : "";
    out += "  ";
    out += r.published.empty() ? "(no date)" : r.published;
    out += on ? kDim : "";
    out += "  " + r.article + " #" + std::to_string(r.passage);
    if (r.kind == "headline") {
      out += "  [headline]";
    }
    out += on ? kReset : "";
    out += "\n     ";
    out += on ? highlighter.mark(r.text, kMatch, kReset) : r.text;
    out += "\n\n";
  }
  return out;
}

}  // namespace tally::searcher
