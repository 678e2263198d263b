#include "searcher/batch/batch_output.hpp"

#include "searcher/output/render.hpp"

namespace tally::searcher {

std::string
json_line(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string
answer_line(const BatchItem& item, const SearchAnswer& answer) {
  nlohmann::json out = answer_to_json(answer);
  if (item.id) {
    out["id"] = *item.id;
  }
  return json_line(out);
}

std::string
error_line(const BatchItem& item, const std::string& error, const std::string& hint) {
  nlohmann::json out = {{"format", 1}, {"line", item.line}, {"error", error}, {"hint", hint}};
  if (item.id) {
    out["id"] = *item.id;
  }
  if (!item.request.query.empty()) {
    out["query"] = item.request.query;
  }
  return json_line(out);
}

}  // namespace tally::searcher
