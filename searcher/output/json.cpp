#include <cmath>

#include "common/analysis/figure_json.hpp"
#include "searcher/output/render.hpp"

namespace tally::searcher {
namespace {

nlohmann::json
number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) {
    return static_cast<long long>(v);
  }
  return v;
}

nlohmann::json
understood_to_json(const ParsedQuery& q) {
  nlohmann::json j = {{"text", q.text}, {"events", q.events}, {"heads", q.heads}};
  j["date"] = q.date ? date_span_to_json(*q.date) : nlohmann::json(nullptr);
  j["strict_date"] = q.strict_date;
  return j;
}

nlohmann::json
report_to_json(const Report& r) {
  const Figure& f = r.figure;
  nlohmann::json j = {
      {"article", r.article},
      {"source", r.source},
      {"published", r.published},
      {"passage", r.passage},
      {"value", number(f.value)},
      {"qualifier", qualifier_name(f.qualifier)},
      {"attribution", f.attribution.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.attribution)},
      {"quote", f.quote},
      {"counted", f.counted},
      {"date", f.date ? date_span_to_json(*f.date) : nlohmann::json(nullptr)},
      {"conflicts", r.conflicts},
  };
  if (f.cumulative) {
    j["cumulative"] = true;
  }
  if (f.malformed) {
    j["malformed"] = true;
  }
  if (r.revised_from) {
    j["revised_from"] = number(*r.revised_from);
  }
  if (r.superseded) {
    j["superseded"] = true;
  }
  return j;
}

}  // namespace

nlohmann::json
group_to_json(const AnswerGroup& g) {
  nlohmann::json reports = nlohmann::json::array();
  for (const auto& r : g.reports) {
    reports.push_back(report_to_json(r));
  }
  return {{"event", g.event.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.event)},
          {"head", g.head.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.head)},
          {"counted", g.counted},
          {"date", g.date ? date_span_to_json(*g.date) : nlohmann::json(nullptr)},
          {"reports", std::move(reports)},
          {"low", number(g.low)},
          {"high", number(g.high)},
          {"sources", g.sources},
          {"independent", g.independent},
          {"agree", g.agree}};
}

nlohmann::json
answer_to_json(const SearchAnswer& answer) {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& r : answer.results) {
    nlohmann::json figures = nlohmann::json::array();
    for (const auto& f : r.figures) {
      figures.push_back(figure_to_json(f, r.article));
    }
    nlohmann::json also = nlohmann::json::array();
    for (const auto& a : r.also) {
      also.push_back({{"source", a.source},
                      {"article", a.article},
                      {"published", a.published},
                      {"passage", a.passage}});
    }
    results.push_back({{"rank", r.rank},
                       {"article", r.article},
                       {"source", r.source},
                       {"published", r.published},
                       {"passage", r.passage},
                       {"kind", r.kind},
                       {"score", r.score},
                       {"weight", r.weight},
                       {"title", r.title},
                       {"url", r.url},
                       {"text", r.text},
                       {"figures", std::move(figures)},
                       {"also", std::move(also)}});
  }
  nlohmann::json answers = nlohmann::json::array();
  for (const auto& g : answer.answers) {
    answers.push_back(group_to_json(g));
  }
  nlohmann::json j = {{"format", 1},
                      {"query", answer.query},
                      {"understood", understood_to_json(answer.parsed)},
                      {"total", answer.total},
                      {"results", std::move(results)},
                      {"answers", std::move(answers)}};
  if (answer.suggestion) {
    j["suggestion"] = *answer.suggestion;
  }
  if (!answer.facets.empty()) {
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& [name, counts] : answer.facets) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& [value, count] : counts) {
        list.push_back({{"value", value}, {"count", count}});
      }
      facets[name] = std::move(list);
    }
    j["facets"] = std::move(facets);
  }
  return j;
}

}  // namespace tally::searcher
