#include "searcher/batch/batch_item.hpp"

#include <algorithm>
#include <cctype>
#include <limits>

#include "common/core/strings.hpp"

namespace tally::searcher {
namespace {

constexpr std::size_t kMaxLimit = 100000;  // as tally-search --limit

const char* kJsonHint =
    R"(one JSON object per line, e.g. {"id": 1, "query": "soldier deaths", "limit": 5})";

// A whole number in [low, high] or nullopt.
std::optional<std::size_t>
whole_number(const nlohmann::json& v, std::size_t low, std::size_t high) {
  if (v.is_number_unsigned() || (v.is_number_integer() && v.get<long long>() >= 0)) {
    const auto n = v.get<unsigned long long>();
    if (n >= low && n <= high) {
      return static_cast<std::size_t>(n);
    }
  }
  return std::nullopt;
}

// Applies the keys of a JSON line to `item`; returns the first problem, if any.
std::optional<std::string>
apply_keys(const nlohmann::json& obj, BatchItem& item) {
  if (const auto id = obj.find("id"); id != obj.end()) {
    item.id = *id;
  }
  const auto query = obj.find("query");
  if (query == obj.end() || !query->is_string()) {
    return std::string(R"(no "query" string)");
  }
  item.request.query = query->get<std::string>();
  if (const auto v = obj.find("limit"); v != obj.end()) {
    const auto n = whole_number(*v, 1, kMaxLimit);
    if (!n) {
      return "\"limit\" must be a whole number from 1 to " + std::to_string(kMaxLimit);
    }
    item.request.limit = *n;
  }
  if (const auto v = obj.find("offset"); v != obj.end()) {
    const auto n = whole_number(*v, 0, std::numeric_limits<std::size_t>::max());
    if (!n) {
      return std::string(R"("offset" must be a whole number, 0 or more)");
    }
    item.request.offset = *n;
  }
  if (const auto v = obj.find("per_source"); v != obj.end()) {
    const auto n = whole_number(*v, 0, kMaxLimit);
    if (!n) {
      return std::string(R"("per_source" must be a whole number, 0 or more)");
    }
    item.request.per_source = *n;
  }
  for (const char* key : {"strict_date", "facets"}) {
    if (const auto v = obj.find(key); v != obj.end()) {
      if (!v->is_boolean()) {
        return "\"" + std::string(key) + "\" must be true or false";
      }
      (std::string_view(key) == "facets" ? item.request.facets : item.request.strict_date) =
          v->get<bool>();
    }
  }
  if (const auto v = obj.find("filters"); v != obj.end()) {
    const nlohmann::json list = v->is_string() ? nlohmann::json::array({*v}) : *v;
    const bool strings = list.is_array() && std::all_of(list.begin(), list.end(), [](const auto& f) {
                           return f.is_string();
                         });
    if (!strings) {
      return std::string(R"("filters" must be a string or a list of strings)");
    }
    for (const auto& f : list) {
      item.request.filters.push_back(f.get<std::string>());
    }
  }
  return std::nullopt;
}

}  // namespace

bool
is_blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](unsigned char c) { return std::isspace(c) != 0; });
}

BatchItem
parse_batch_line(std::string_view line, std::size_t line_number, const SearchRequest& defaults) {
  BatchItem item;
  item.line = line_number;
  item.request = defaults;
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);  // a file written on Windows
  }
  const std::string_view text = trim(line);
  if (text.empty() || text.front() != '{') {
    item.request.query = std::string(text);
    return item;
  }
  const auto obj = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded() || !obj.is_object()) {
    item.error = "malformed JSON";
    item.hint = kJsonHint;
    return item;
  }
  if (auto problem = apply_keys(obj, item)) {
    item.error = *problem;
    item.hint = kJsonHint;
  }
  return item;
}

}  // namespace tally::searcher
