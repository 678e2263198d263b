// Sentence splitting and word tokens (common/analysis/tokens.hpp).
#include <catch2/catch.hpp>
#include <string>

#include "common/analysis/tokens.hpp"

namespace {

std::string sentences_of(const std::string& text) {
  const auto tt = tally::tokenize(text);
  std::string out;
  for (const auto& s : tt.sentences) {
    out += out.empty() ? "" : " | ";
    out += text.substr(s.begin, s.end - s.begin);
  }
  return out;
}

std::string tokens_of(const std::string& text) {
  const auto tt = tally::tokenize(text);
  std::string out;
  for (const auto& t : tt.tokens) {
    out += out.empty() ? "" : " ";
    out += t.shape == tally::TokenShape::kNumber ? "#" : t.shape == tally::TokenShape::kPunct ? "~" : "";
    out += t.lower;
  }
  return out;
}

}  // namespace

TEST_CASE("sentences end at . ! ? but not after abbreviations and initials", "[tokens]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Three were killed. Five were hurt.", "Three were killed. | Five were hurt."},
      {"Mr. Dogan said 29 died. He left.", "Mr. Dogan said 29 died. | He left."},
      {"Dr. Smith and Gen. Jones met.", "Dr. Smith and Gen. Jones met."},
      {"Cpl. Diaz and Det. Lee left.", "Cpl. Diaz and Det. Lee left."},
      {"The U.S. and the U.N. agreed.", "The U.S. and the U.N. agreed."},
      {"On Feb. 27, 2020 it ended.", "On Feb. 27, 2020 it ended."},
      {"Edith M. Lederer reported. Then nothing.", "Edith M. Lederer reported. | Then nothing."},
      {"He lives at No. 10 Downing St. in London.", "He lives at No. 10 Downing St. in London."},
      {"Acme Inc. said so. It rose.", "Acme Inc. said so. | It rose."},
      {"\"We won.\" She smiled.", "\"We won.\" | She smiled."},
      {"Is it over? Yes! 12 more died.", "Is it over? | Yes! | 12 more died."},
      {"the air strike... by the forces", "the air strike... by the forces"},
      {"Headline here\nBody text.", "Headline here | Body text."},
      // scraped text that lost the space after a stop; not a brand, an address or an initial
      {"on the court.Republican Sen. Pat Toomey said",
       "on the court. | Republican Sen. Pat Toomey said"},
      {"\"We lost,\" he said.\"We won.\"", "\"We lost,\" he said.\" | We won.\""},
      {"Is it over?Yes.", "Is it over? | Yes."},
      {"Yahoo!News said", "Yahoo!News said"},
      {"Write to Rebecca.Ballhaus@wsj.com now", "Write to Rebecca.Ballhaus@wsj.com now"},
      {"George H.W.Bush spoke.", "George H.W.Bush spoke."},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text) == expected);
}

TEST_CASE("tokens keep numbers, hyphenated words and dotted abbreviations whole", "[tokens]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"950,000 civilians", "#950,000 civilians"},
      {"3.6 million", "#3.6 million"},
      {"1.2bn euros", "#1.2bn euros"},
      {"Thirty-three of our", "thirty-three of our"},
      {"the U.S. said", "the u.s. said"},
      // a lower-case word hyphened to an abbreviation makes one modifier; a name does not
      {"12 U.S.-born workers", "#12 u.s.-born workers"},
      {"the U.N.-backed government", "the u.n.-backed government"},
      {"the U.S.-Mexico border", "the u.s. ~- mexico border"},
      {"at 10:30 p.m.", "at #10:30 p.m."},
      {"Erdogan's spokesman", "erdogan's spokesman"},
      {"the M5 and F-16s", "the m5 and f-16s"},
      {"$3 million", "~$ #3 million"},
      {"40%.", "#40 ~% ~."},
      {"won 3-1", "won #3-1"},
      {"29, 30 and 31.", "#29 ~, #30 and #31 ~."},
      // "--" typed for an em dash is one dash; a longer rule is not
      {"Four -- all men", "four ~\xE2\x80\x94 all men"},
      {"a --- b", "a ~- ~- ~- b"},
      // an organisation's acronym that spells a pronoun keeps its capitals, except among
      // capitals, and no other acronym does
      {"the WHO said", "the WHO said"},
      {"WHO WILL PAY", "who will pay"},
      {"the FBI and US said", "the fbi and us said"},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("tokens carry byte offsets into the text", "[tokens]") {
  const std::string text = "BEIRUT \xE2\x80\x94 killed 29";
  const auto tt = tally::tokenize(text);
  REQUIRE(tt.tokens.size() == 4);
  CHECK(tt.tokens[1].shape == tally::TokenShape::kPunct);
  CHECK(text.substr(tt.tokens[3].begin, tt.tokens[3].end - tt.tokens[3].begin) == "29");
  CHECK(tt.tokens[0].capitalized);
}
