// WordSet: membership is exact; the shape pre-check only ever says no for non-members.
#include "common/analysis/word_set.hpp"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("a word set holds exactly its words", "[word_set]") {
  const tally::WordSet set{"said", "told", "according", "a", ""};
  auto [word, expected] = GENERATE(table<std::string, bool>({
      {"said", true},  {"told", true},   {"according", true}, {"a", true},   {"", true},
      {"Said", false}, {"sail", false},  {"saids", false},    {"an", false}, {"b", false},
      {std::string(70, 's'), false},
  }));
  CAPTURE(word);
  CHECK(set.contains(word) == expected);
}

TEST_CASE("a word set takes words longer than the pre-check's lengths", "[word_set]") {
  const std::string long_word(70, 'x');
  const tally::WordSet set{long_word};
  CHECK(set.contains(long_word));
  CHECK_FALSE(set.contains(std::string(71, 'x')));
}
