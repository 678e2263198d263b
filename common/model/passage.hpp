#pragma once
// A passage: the unit tally indexes and ranks (one Xapian document each).

#include <string>
#include <vector>

namespace tally {

enum class PassageKind {
  kHeadline,  // the article's title, passage 0 when the article has one
  kBody,      // a paragraph of the body
};

struct Passage {
  int index = 0;           // position among the article's kept passages, from 0
  PassageKind kind = PassageKind::kBody;
  std::string text;        // as written, for display
  std::string analysed;    // normalise_for_analysis(text): what analysis and indexing read
};

using Passages = std::vector<Passage>;

}  // namespace tally
