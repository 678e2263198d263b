#pragma once
// People, places and organisations in English news text, normalised so that aliases meet.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/figure.hpp"

namespace tally {

struct EntitySpan {
  std::size_t begin = 0;  // byte offsets into the text given to EntityReader::read
  std::size_t end = 0;
  EntityKind kind = EntityKind::kPerson;
  std::string name;       // canonical: "Recep Tayyip Erdogan", "United Nations", "Turkey"
  std::string title;      // for people, the title kept apart: "Hatay province Governor"
};

// Reads one article's passages in order; remembers the names it has seen so that a later
// "Erdogan" meets an earlier "Recep Tayyip Erdogan". One reader per article; not thread-safe.
class EntityReader {
 public:
  EntityReader();
  std::vector<EntitySpan> read(std::string_view passage_text);

 private:
  std::vector<std::string> people_seen_;  // full names seen so far in this article
};

// The canonical form of a name: gazetteer aliases ("U.N.", "UN" -> "United Nations"),
// possessives dropped ("Turkey's" -> "Turkey"). Names not in the gazetteer come back trimmed.
std::string canonical_entity(std::string_view name);

}  // namespace tally
