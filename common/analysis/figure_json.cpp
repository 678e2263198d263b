#include "common/analysis/figure_json.hpp"

#include <cmath>

namespace tally {
namespace {

nlohmann::json
null_if_empty(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

std::optional<Qualifier>
qualifier_from_name(std::string_view name) {
  for (const auto q : {Qualifier::kExact, Qualifier::kAtLeast, Qualifier::kMoreThan,
                       Qualifier::kAbout, Qualifier::kNearly, Qualifier::kUpTo,
                       Qualifier::kLessThan, Qualifier::kVague}) {
    if (name == qualifier_name(q)) {
      return q;
    }
  }
  return std::nullopt;
}

std::optional<CivilDate>
day_from_json(const nlohmann::json& j) {
  if (!j.is_string()) {
    return std::nullopt;
  }
  return parse_published_date(j.get<std::string>());
}

// 33, not 33.0: counts are whole numbers; fractions (rare: "1.5 million" is whole) stay as read.
nlohmann::json
value_to_json(double v) {
  constexpr double kLargestExact = 9007199254740992.0;  // 2^53
  if (std::floor(v) == v && std::fabs(v) < kLargestExact) {
    return static_cast<long long>(v);
  }
  return v;
}

}  // namespace

nlohmann::json
date_span_to_json(const DateSpan& span) {
  if (span.is_day()) {
    return span.from.iso();
  }
  return {{"from", span.from.iso()}, {"to", span.to.iso()}};
}

nlohmann::json
figure_to_json(const Figure& f, std::string_view article_id) {
  nlohmann::json j = {
      {"article", article_id},
      {"passage", f.passage},
      {"quote", f.quote},
      {"value", value_to_json(f.value)},
      {"qualifier", qualifier_name(f.qualifier)},
      {"counted", f.counted},
      {"head", f.head},
      {"event", null_if_empty(f.event)},
      {"date", f.date ? date_span_to_json(*f.date) : nlohmann::json(nullptr)},
      {"attribution", null_if_empty(f.attribution)},
  };
  if (f.malformed) {
    j["malformed"] = true;
  }
  if (f.cumulative) {
    j["cumulative"] = true;
  }
  if (f.modal) {
    j["modal"] = true;
  }
  if (f.high > 0) {
    j["low"] = value_to_json(f.low);
    j["high"] = value_to_json(f.high);
  }
  if (f.revises >= 0) {
    j["revises"] = f.revises;
  }
  return j;
}

Figure
figure_from_json(const nlohmann::json& j) {
  Figure f;
  f.passage = j.value("passage", 0);
  f.quote = j.value("quote", "");
  f.value = j.value("value", 0.0);
  f.qualifier = qualifier_from_name(j.value("qualifier", "exact")).value_or(Qualifier::kExact);
  f.counted = j.value("counted", "");
  f.head = j.value("head", "");
  if (const auto e = j.find("event"); e != j.end() && e->is_string()) {
    f.event = e->get<std::string>();
  }
  if (const auto a = j.find("attribution"); a != j.end() && a->is_string()) {
    f.attribution = a->get<std::string>();
  }
  if (const auto d = j.find("date"); d != j.end()) {
    if (auto day = day_from_json(*d)) {
      f.date = DateSpan{*day, *day};
    } else if (d->is_object()) {
      auto from = day_from_json(d->value("from", nlohmann::json()));
      auto to = day_from_json(d->value("to", nlohmann::json()));
      if (from && to) {
        f.date = DateSpan{*from, *to};
      }
    }
  }
  f.malformed = j.value("malformed", false);
  f.cumulative = j.value("cumulative", false);
  f.modal = j.value("modal", false);
  f.revises = j.value("revises", -1);
  f.low = j.value("low", 0.0);
  f.high = j.value("high", 0.0);
  return f;
}

}  // namespace tally
