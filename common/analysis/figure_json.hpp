#pragma once
// The JSON form of analysis records, as ../shared/eval/README.md defines the figure record.
// Shared by `tally-index --analyze`, the document data, and `tally-search --json`.

#include <string_view>

#include <nlohmann/json.hpp>

#include "common/analysis/figure.hpp"

namespace tally {

// {"article", "passage", "quote", "value", "qualifier", "counted", "head", "event", "date",
//  "attribution"} plus "malformed", "cumulative", "revises" when set. A day is "YYYY-MM-DD", a
// period {"from": ..., "to": ...}; absent values are null.
nlohmann::json figure_to_json(const Figure& f, std::string_view article_id);

// The reverse, for figures read back from document data. Unknown fields are ignored.
Figure figure_from_json(const nlohmann::json& j);

nlohmann::json date_span_to_json(const DateSpan& span);

}  // namespace tally
