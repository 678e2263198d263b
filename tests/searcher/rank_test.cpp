#include <catch2/catch.hpp>

#include "searcher/query/spelling.hpp"
#include "searcher/rank/fold.hpp"

using namespace tally::searcher;

namespace {

Result
result(const std::string& source, double weight, const std::string& hash) {
  Result r;
  r.source = source;
  r.article = source + "-" + std::to_string(static_cast<int>(weight));
  r.weight = weight;
  r.text_hash = hash;
  return r;
}

std::string
order(const std::vector<Result>& results) {
  std::string out;
  for (const auto& r : results) {
    out += (out.empty() ? "" : " ") + r.article;
    for (const auto& a : r.also) {
      out += "+" + a.source;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the same text from two outlets is shown once with both", "[rank]") {
  std::vector<Result> rs = {result("AP", 9, "x"), result("Fox", 8, "x"), result("AFP", 7, "y"),
                            result("CNN", 6, "")};
  fold_duplicates(rs);
  CHECK(order(rs) == "AP-9+Fox AFP-7 CNN-6");
}

TEST_CASE("diversity gives each source an early place without burying strong passages",
          "[rank]") {
  std::vector<Result> rs = {result("AP", 10, "a"), result("AP", 9, "b"), result("AP", 8, "c"),
                            result("AFP", 7, "d"), result("BBC", 3, "e")};
  SECTION("decay 0.8") {
    diversify(rs, 0.8);
    CHECK(order(rs) == "AP-10 AP-9 AFP-7 AP-8 BBC-3");  // 9 * 0.8 > 7 > 8 * 0.8 * 0.8
  }
  SECTION("decay 1 keeps the order") {
    diversify(rs, 1.0);
    CHECK(order(rs) == "AP-10 AP-9 AP-8 AFP-7 BBC-3");
  }
}

TEST_CASE("edit distance counts a swap of two letters as one edit", "[spelling]") {
  auto [a, b, d] = GENERATE(table<std::string, std::string, std::size_t>({
      {"soldeirs", "soldiers", 1}, {"kiled", "killed", 1}, {"idlib", "idlib", 0},
      {"displcaed", "displaced", 1}, {"turkey", "turkish", 3}, {"", "abc", 3}}));
  CHECK(edit_distance(a, b) == d);
}

TEST_CASE("a misspelt word meets the nearest, most frequent word of the index", "[spelling]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::vector<std::string> texts = {"Soldiers killed", "soldiers wounded", "solders"};
  for (const auto& text : texts) {
    Xapian::Document doc;
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);  // as tally indexes
    tg.set_document(doc);
    tg.index_text(text);
    db.add_document(doc);
  }
  // Spelt from the first text that holds the stem, as the searcher does with its passages.
  const SpellStem spell = [&](const std::string& stem) -> std::optional<std::string> {
    for (const auto& t : texts) {
      if (auto w = word_for_stem(t, stem)) {
        return w;
      }
    }
    return std::nullopt;
  };
  CHECK(suggest_word(db, "soldeirs", spell).value_or("-") == "soldiers");
  CHECK(suggest_word(db, "kiled", spell).value_or("-") == "killed");
  CHECK(suggest_word(db, "woundde", spell).value_or("-") == "wounded");
  CHECK_FALSE(suggest_word(db, "xylophone", spell).has_value());
  CHECK_FALSE(suggest_word(db, "ab", spell).has_value());
}

TEST_CASE("a stem is spelt as the text writes the word", "[spelling]") {
  auto [text, stem, word] = GENERATE(table<std::string, std::string, std::string>({
      {"Soldiers were killed", "soldier", "soldiers"},
      {"the killing of 22", "kill", "killing"},
      {"Idlib's governor", "idlib", "idlib"},
      {"nothing here", "soldier", "-"},
      {"", "kill", "-"}}));
  CAPTURE(text, stem);
  CHECK(word_for_stem(text, stem).value_or("-") == word);
}
