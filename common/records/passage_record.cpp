#include "common/records/passage_record.hpp"

#include <nlohmann/json.hpp>

#include "common/analysis/figure_json.hpp"

namespace tally {
namespace {

std::optional<EntityKind>
entity_kind_from_name(std::string_view name) {
  for (const auto k : {EntityKind::kPerson, EntityKind::kPlace, EntityKind::kOrganisation}) {
    if (name == entity_kind_name(k)) {
      return k;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string
encode_passage_record(const PassageRecord& r) {
  nlohmann::json data = {
      {"article", r.article}, {"source", r.source}, {"published", r.published},
      {"passage", r.passage}, {"kind", r.kind},     {"title", r.title},
      {"url", r.url},         {"text", r.text},
  };
  nlohmann::json figures = nlohmann::json::array();
  for (const auto& f : r.figures) {
    figures.push_back(figure_to_json(f, r.article));
  }
  data["figures"] = std::move(figures);
  nlohmann::json entities = nlohmann::json::array();
  for (const auto& e : r.entities) {
    entities.push_back({{"name", e.name}, {"kind", entity_kind_name(e.kind)}});
  }
  data["entities"] = std::move(entities);
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

PassageRecord
decode_passage_record(std::string_view data) {
  PassageRecord r;
  const auto j = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) {
    return r;
  }
  r.article = j.value("article", "");
  r.source = j.value("source", "");
  r.published = j.value("published", "");
  r.passage = j.value("passage", 0);
  r.kind = j.value("kind", "body");
  r.title = j.value("title", "");
  r.url = j.value("url", "");
  r.text = j.value("text", "");
  if (const auto it = j.find("figures"); it != j.end() && it->is_array()) {
    for (const auto& f : *it) {
      Figure fig = figure_from_json(f);
      fig.passage = r.passage;
      r.figures.push_back(std::move(fig));
    }
  }
  if (const auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) {
      if (!e.is_object()) {
        continue;
      }
      EntityMention m;
      m.passage = r.passage;
      m.name = e.value("name", "");
      m.kind = entity_kind_from_name(e.value("kind", "")).value_or(EntityKind::kPerson);
      r.entities.push_back(std::move(m));
    }
  }
  return r;
}

}  // namespace tally
