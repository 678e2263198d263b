#pragma once
// Internal to common/analysis: the reader of one passage behind EntityReader (entities.hpp).
// It groups capitalised words into runs and decides what each run names. Not for use outside
// common/analysis.
//
//   entity_reader.cpp  words grouped into runs; words leading into a name dropped, runs the
//                      gazetteer knows whole emitted, the rest split at connectors
//   entity_runs.cpp    what a run names: a titled person, known names inside it, and the
//                      evidence for a name the gazetteer does not know
//   entity_people.cpp  people: names met earlier in the article, and the titles before names
//   entities.cpp       EntityReader (one per article) and canonical_entity

#include "common/analysis/entities.hpp"
#include "common/analysis/entity_tokens.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/gazetteer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tally::entity_reader {

// The entity kind of a gazetteer entry.
inline EntityKind
entity_kind(gazetteer::NameKind k) {
  return k == gazetteer::NameKind::kPerson         ? EntityKind::kPerson
         : k == gazetteer::NameKind::kOrganisation ? EntityKind::kOrganisation
                                                   : EntityKind::kPlace;
}

// `tail` is the last whole words of `full`: "Erdogan" of "Recep Tayyip Erdogan".
inline bool
ends_with_words(std::string_view full, std::string_view tail) {
  return full.size() > tail.size() && full.ends_with(tail) &&
         full[full.size() - tail.size() - 1] == ' ';
}

// Reads one passage: groups capitalised words into runs and decides what each run names.
// `people_seen` is the article's memory of full names, read and extended; it must outlive
// the reader.
class PassageReader {
 public:
  PassageReader(std::string_view text, std::vector<std::string>& people_seen);

  std::vector<EntitySpan> read();

 private:
  // "Rahmi", "NATO", and "al-Assad", "el-Sissi": a particle joined to a capitalised name.
  bool starts_name(std::size_t i) const {
    const std::string_view w = words_[i].text;
    return entity_tokens::is_capitalised(w) || entity_tokens::is_particle_name(w);
  }
  // A particle or connector with a capitalised word after it: "al-" is one word already, but
  // "bin Salman", "Observatory for Human Rights" are not.
  bool joins_name(std::size_t j) const {
    return j + 1 < words_.size() && !words_[j].possessive &&
           (entity_words::is_name_particle(words_[j].text) ||
            entity_words::is_name_connector(words_[j].text)) &&
           words_[j + 1].joined_to_previous && starts_name(j + 1) && !words_[j + 1].sentence_start;
  }

  std::string join(std::size_t a, std::size_t b) const {
    std::string s;
    for (std::size_t k = a; k < b; ++k) {
      if (!s.empty()) {
        s += ' ';
      }
      s += words_[k].text;
    }
    return s;
  }

  void emit(
      std::size_t a, std::size_t b, EntityKind kind, std::string name, std::string title = {}) {
    out_.push_back(
        {words_[a].begin, words_[b - 1].outer_end, kind, std::move(name), std::move(title)});
  }

  bool has_connector_split(std::size_t a, std::size_t b) const;
  bool leads_into_name(std::size_t k) const;
  void read_run(std::size_t a, std::size_t b);
  bool read_titled(std::size_t a, std::size_t b);
  void read_plain(std::size_t a, std::size_t b);
  void read_unknown(std::size_t a, std::size_t b);
  void emit_person(std::size_t a, std::size_t b, std::string title);
  std::string title_before(std::size_t first, std::size_t title_end) const;

  std::string_view text_;
  std::vector<entity_tokens::Word> words_;
  std::vector<std::string>& people_seen_;
  std::vector<EntitySpan> out_;
  bool title_case_ = false;
};

}  // namespace tally::entity_reader
