#include "searcher/query/parsed_query.hpp"

namespace tally::searcher {
namespace {

std::string
join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    out += out.empty() ? s : "," + s;
  }
  return out;
}

}  // namespace

std::string
describe(const ParsedQuery& q) {
  std::string out = "text='" + q.text + "'";
  if (!q.events.empty()) {
    out += " events=" + join(q.events);
  }
  if (!q.heads.empty()) {
    out += " heads=" + join(q.heads);
  }
  if (q.date) {
    out += " date=" + q.date->iso();
    out += " (" + q.date_text + ")";
    if (q.strict_date) {
      out += " strict";
    }
  }
  if (!q.events.empty() && !q.asks_figures) {
    out += " keywords";
  }
  if (q.has_operators) {
    out += " operators";
  }
  return out;
}

}  // namespace tally::searcher
