// WordSet: membership is exact; the shape pre-check only ever says no for non-members. The
// word-list lexicons (reporting.tsv, titles.tsv, ...) load into word sets list by list. WordMap,
// the flat table under word sets, the gazetteer and the lexicons: the first value stays, a
// missing word finds nothing, and growing keeps every entry.
#include "common/analysis/word_set.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_map.hpp"

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

TEST_CASE("a word map finds each word's first value and nothing else", "[word_map]") {
  tally::WordMap<int> map;
  map.insert("killed", 1);
  map.insert("wounded", 2);
  map.insert("killed", 3);  // the first value stays
  map.insert("", 4);
  map.insert("Killed", 5);
  auto [word, expected] = GENERATE(table<std::string, int>({
      {"killed", 1}, {"wounded", 2}, {"", 4}, {"Killed", 5},
      {"kille", 0},  {"killedx", 0}, {"KILLED", 0}, {"wounde", 0}, {std::string(70, 'k'), 0},
  }));
  CAPTURE(word);
  const int* found = map.find(word);
  CHECK((found == nullptr ? 0 : *found) == expected);
  CHECK(map.size() == 4);
}

TEST_CASE("a word map keeps every entry as it grows", "[word_map]") {
  // keys of every length from 5 to 44 bytes and many sharing a prefix, so that the table grows
  // several times and probes run past occupied slots
  std::vector<std::string> keys;
  for (int i = 0; i < 2000; ++i) {
    keys.push_back("word" + std::to_string(i) + std::string(static_cast<std::size_t>(i % 37), 'x'));
  }
  tally::WordMap<int> map;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    map.insert(keys[i], static_cast<int>(i));
  }
  REQUIRE(map.size() == keys.size());
  std::size_t visited = 0;
  map.for_each([&](std::string_view, int) { ++visited; });
  CHECK(visited == keys.size());
  std::vector<std::string> wrong;  // keys found with another value, or missing, or extended
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const int* found = map.find(keys[i]);
    if (found == nullptr || *found != static_cast<int>(i) || map.contains(keys[i] + "y")) {
      wrong.push_back(keys[i]);
    }
  }
  CHECK(wrong.empty());
  CHECK_FALSE(tally::WordMap<int>{}.contains("word1"));
}

namespace {

// The word-list lexicons (rows: word, list name) by file name.
std::string_view word_list_lexicon(const std::string& name) {
  if (name == "reporting") return tally::data::lexicon_reporting();
  if (name == "titles") return tally::data::lexicon_titles();
  if (name == "organisations") return tally::data::lexicon_organisations();
  if (name == "names") return tally::data::lexicon_names();
  if (name == "numbers") return tally::data::lexicon_numbers();
  return {};
}

}  // namespace

TEST_CASE("the word-list lexicons load each list exactly", "[word_set][lexicon]") {
  auto [lexicon, list, word, expected] =
      GENERATE(table<std::string, std::string, std::string, bool>({
          {"reporting", "speech", "said", true},
          {"reporting", "speech", "quoted", true},
          {"reporting", "speech", "Said", false},
          {"reporting", "speech_after_name", "said", true},
          {"reporting", "speech_after_name", "saying", false},
          {"reporting", "passive_source", "released", true},
          {"reporting", "subject_adverb", "had", true},
          {"reporting", "subject_stop", "towards", true},
          {"reporting", "speaker_noun", "witnesses", true},
          {"reporting", "document_noun", "tally", true},
          {"reporting", "incident_noun", "earthquake", true},
          {"reporting", "incident_noun", "said", false},
          {"titles", "name_title", "Secretary-General", true},
          {"titles", "name_title", "president", false},
          {"titles", "lower_title", "spokesman", true},
          {"titles", "source_title", "u.s.", true},
          {"organisations", "name_cue", "Observatory", true},
          {"organisations", "name_cue", "plc", true},
          {"organisations", "source_word", "corp.", true},
          {"organisations", "epithet", "automaker", true},
          {"organisations", "bare_anaphor", "agency", true},
          {"organisations", "bare_anaphor", "automaker", false},
          {"names", "particle", "bin", true},
          {"names", "connector", "of", true},
          {"names", "not_name", "Officials", true},
          {"names", "acronym", "GDP", true},
          {"names", "place_cue", "province", true},
          {"names", "place_preposition", "near", true},
          {"numbers", "figure_word", "seventeen", true},
          {"numbers", "figure_word", "half", true},
          {"numbers", "figure_word", "killed", false},  // events.tsv adds it, not this list
          {"numbers", "no_such_list", "one", false},
      }));
  CAPTURE(lexicon, list, word);
  CHECK(tally::lexicon_word_list(word_list_lexicon(lexicon), list).contains(word) == expected);
}

TEST_CASE("every row of a word-list lexicon is a bare word and a list name",
          "[word_set][lexicon]") {
  const auto lexicon = GENERATE(as<std::string>{}, "reporting", "titles", "organisations", "names",
                                "numbers");
  CAPTURE(lexicon);
  std::size_t rows = 0;
  const auto check_row = [&](const std::vector<std::string_view>& cols) {
    CAPTURE(cols[0]);
    ++rows;
    REQUIRE(cols.size() == 2);
    CHECK(!cols[0].empty());
    CHECK(cols[0].find(' ') == std::string_view::npos);
    CHECK(!cols[1].empty());
  };
  tally::for_each_lexicon_row(word_list_lexicon(lexicon), check_row);
  CHECK(rows > 0);
}

TEST_CASE("no lexicon holds a row twice", "[lexicon]") {
  // (a repeated row is dead weight, and a sign the two copies were meant to differ)
  const std::vector<std::pair<std::string, std::string_view>> lexicons = {
      {"gazetteer", tally::data::lexicon_gazetteer()},
      {"events", tally::data::lexicon_events()},
      {"qualifiers", tally::data::lexicon_qualifiers()},
      {"people", tally::data::lexicon_people()},
      {"units", tally::data::lexicon_units()},
      {"incidents", tally::data::lexicon_incidents()},
      {"reporting", tally::data::lexicon_reporting()},
      {"titles", tally::data::lexicon_titles()},
      {"organisations", tally::data::lexicon_organisations()},
      {"names", tally::data::lexicon_names()},
      {"numbers", tally::data::lexicon_numbers()},
      {"changes", tally::data::lexicon_changes()},
      {"conflicts", tally::data::lexicon_conflicts()},
      {"domains", tally::data::lexicon_domains()},
      {"holidays", tally::data::lexicon_holidays()},
      {"prepositions", tally::data::lexicon_prepositions()},
  };
  for (const auto& [name, text] : lexicons) {
    CAPTURE(name);
    std::set<std::string> seen;
    std::vector<std::string> repeated;
    tally::for_each_lexicon_row(text, [&](const std::vector<std::string_view>& cols) {
      std::string row;
      for (const auto col : cols) {
        row += std::string(col) + "\t";
      }
      if (!seen.insert(row).second) {
        repeated.push_back(row);
      }
    });
    CHECK(!seen.empty());
    CHECK(repeated.empty());
  }
}
