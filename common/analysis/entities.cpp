// People, places and organisations: EntityReader, one per article, over the passage reader of
// entity_reader.hpp; canonical_entity folds gazetteer aliases and possessives.

#include "common/analysis/entities.hpp"

#include "common/analysis/entity_reader.hpp"
#include "common/analysis/gazetteer.hpp"

namespace tally {

EntityReader::EntityReader() = default;

std::vector<EntitySpan>
EntityReader::read(std::string_view passage_text) {
  return entity_reader::PassageReader(passage_text, people_seen_).read();
}

std::string
canonical_entity(std::string_view name) {
  std::string s;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!s.empty() && s.back() != ' ') {
        s += ' ';
      }
    } else {
      s += c;
    }
  }
  while (!s.empty() && s.back() == ' ') {
    s.pop_back();
  }
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (s.size() > suffix.size() && s.ends_with(suffix)) {
      s.resize(s.size() - suffix.size());
      break;
    }
  }
  if (auto e = gazetteer::lookup(s)) {
    return std::string(e->canonical);
  }
  return s;
}

}  // namespace tally
