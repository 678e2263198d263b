#include "searcher/query/lexicons.hpp"

#include <unordered_map>
#include <unordered_set>

#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/core/strings.hpp"

namespace tally::searcher {
namespace {

// The rows of a lexicon as trimmed, non-empty cells (the shared reader of the lexicon format).
std::vector<std::vector<std::string>>
rows(std::string_view text) {
  std::vector<std::vector<std::string>> out;
  for_each_lexicon_row(text, [&out](const std::vector<std::string_view>& cols) {
    std::vector<std::string> cells;
    for (const auto col : cols) {
      if (const auto cell = trim(col); !cell.empty()) {
        cells.emplace_back(cell);
      }
    }
    if (!cells.empty()) {
      out.push_back(std::move(cells));
    }
  });
  return out;
}

struct Synonyms {
  std::vector<std::vector<std::string>> sets;
  std::unordered_map<std::string, std::size_t> set_of;
};

const Synonyms&
synonyms() {
  static const Synonyms table = [] {
    Synonyms s;
    s.sets = rows(data::lexicon_synonyms());
    for (std::size_t i = 0; i < s.sets.size(); ++i) {
      for (const auto& w : s.sets[i]) {
        s.set_of.emplace(w, i);
      }
    }
    return s;
  }();
  return table;
}

}  // namespace

std::vector<std::string>
counted_synonyms(std::string_view singular) {
  const auto& s = synonyms();
  if (const auto it = s.set_of.find(std::string(singular)); it != s.set_of.end()) {
    return s.sets[it->second];
  }
  return {std::string(singular)};
}

std::string
canonical_counted(std::string_view singular) {
  const auto& s = synonyms();
  if (const auto it = s.set_of.find(std::string(singular)); it != s.set_of.end()) {
    return s.sets[it->second].front();
  }
  return std::string(singular);
}

const std::vector<std::string>&
event_words(std::string_view event) {
  static const std::unordered_map<std::string, std::vector<std::string>> table = [] {
    std::unordered_map<std::string, std::vector<std::string>> out;
    for (auto& r : rows(data::lexicon_events())) {
      if (r.size() >= 2 && r[0].find(' ') == std::string::npos) {
        out[r[1]].push_back(r[0]);
      }
    }
    return out;
  }();
  static const std::vector<std::string> none;
  const auto it = table.find(std::string(event));
  return it == table.end() ? none : it->second;
}

const std::vector<std::string>&
stopwords() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (auto& r : rows(data::lexicon_stopwords())) {
      out.push_back(std::move(r.front()));
    }
    return out;
  }();
  return words;
}

bool
is_stopword(std::string_view lower) {
  static const std::unordered_set<std::string> set(stopwords().begin(), stopwords().end());
  return set.count(std::string(lower)) != 0;
}

}  // namespace tally::searcher
