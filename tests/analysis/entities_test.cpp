// Golden tests for EntityReader and canonical_entity: each row is one or more passages of an
// article (separated by " || ") and the entities read from the last one, as
// "kind:name" or "kind:name[title]" joined by "; ".
#include "common/analysis/entities.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string
read_last(const std::string& passages) {
  tally::EntityReader reader;
  std::vector<tally::EntitySpan> spans;
  std::string_view rest = passages;
  std::string_view passage;
  while (true) {
    std::size_t cut = rest.find(" || ");
    passage = rest.substr(0, cut);
    spans = reader.read(passage);
    if (cut == std::string_view::npos) {
      break;
    }
    rest.remove_prefix(cut + 4);
  }
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) {
      out += "; ";
    }
    out += s.kind == tally::EntityKind::kPerson  ? "person:"
           : s.kind == tally::EntityKind::kPlace ? "place:"
                                                 : "org:";
    out += s.name;
    if (!s.title.empty()) {
      out += "[" + s.title + "]";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("people, with titles kept apart", "[entities]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"said Hatay province Governor Rahmi Dogan.",
       "place:Hatay; person:Rahmi Dogan[Hatay province Governor]"},
      {"Turkish President Recep Tayyip Erdogan spoke by phone",
       "person:Recep Tayyip Erdogan[Turkish President]"},
      {"Kremlin spokesman Dmitry Peskov told reporters",
       "org:Kremlin; person:Dmitry Peskov[Kremlin spokesman]"},
      {"U.N. Secretary-General Antonio Guterres called for a ceasefire",
       "org:United Nations; person:Antonio Guterres[U.N. Secretary-General]"},
      {"Secretary of State Mike Pompeo said", "person:Mike Pompeo[Secretary of State]"},
      {"The goal was scored by Marcus Rashford in the second half", "person:Marcus Rashford"},
      {"Sarah Thompson, who runs a bakery, said prices had doubled", "person:Sarah Thompson"},
      {"Coach Gregg Popovich said the Spurs played well", "person:Gregg Popovich[Coach]"},
      {"Syrian President Bashar al-Assad's forces advanced",
       "person:Bashar al-Assad[Syrian President]"},
      {"Meanwhile Turkish Foreign Minister Mevlut Cavusoglu spoke",
       "person:Mevlut Cavusoglu[Turkish Foreign Minister]"},
      {"Police Chief Maria Lopez told reporters", "person:Maria Lopez[Police Chief]"},
      // the place a titled person is from is no part of the name
      {"Senator Dianne Feinstein of California said",
       "place:California; person:Dianne Feinstein[Senator]"},
  }));
  CAPTURE(text);
  CHECK(read_last(text) == expected);
}

TEST_CASE("later mentions meet the full name seen earlier", "[entities]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Turkish President Recep Tayyip Erdogan spoke. || Erdogan's office said",
       "person:Recep Tayyip Erdogan"},
      {"Tayyip Erdogan said so.", "person:Recep Tayyip Erdogan"},
      {"Hatay Governor Rahmi Dogan said. || Dogan added that 39 were injured",
       "person:Rahmi Dogan"},
      {"Democratic candidate Elizabeth Warren spoke. || Later, Warren said",
       "person:Elizabeth Warren"},
      {"Warren said", ""},
  }));
  CAPTURE(text);
  CHECK(read_last(text) == expected);
}

TEST_CASE("places and organisations", "[entities]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The U.N. said almost 950,000 civilians have been displaced", "org:United Nations"},
      {"the United Nations and NATO", "org:United Nations; org:NATO"},
      {"Turkey's Defense Ministry said", "place:Turkey; org:Defense Ministry"},
      {"according to the Syrian Observatory for Human Rights",
       "org:Syrian Observatory for Human Rights"},
      {"Syrian state news agency SANA reported", "org:SANA"},
      {"ISTANBUL (AP) — Turkey and Russia traded blame",
       "place:Istanbul; org:Associated Press; place:Turkey; place:Russia"},
      {"troops in Idlib province near the border", "place:Idlib"},
      {"shelling in the town of Saraqeb", "place:Saraqeb"},
      {"The FBI arrested two men in Ohio", "org:Federal Bureau of Investigation; place:Ohio"},
      {"Shares of Apple and Microsoft rose on Wall Street", "org:Apple; org:Microsoft"},
      {"the Hellenic Statistical Authority said", "org:Hellenic Statistical Authority"},
      {"a rally in Türkiye", "place:Turkey"},
      {"the Britain-based Observatory for Human Rights said", "org:Observatory for Human Rights"},
      {"Syrian Forces Killed After Two Turkish Soldiers Die In Idlib", "place:Idlib"},
      {"the European Union and the U.K. agreed", "org:European Union; place:United Kingdom"},
      {"The Lakers beat the Celtics in Los Angeles", "place:Los Angeles"},
  }));
  CAPTURE(text);
  CHECK(read_last(text) == expected);
}

TEST_CASE("capitalised words that are not entities", "[entities]") {
  auto [text] = GENERATE(table<std::string>({
      {"Thursday was the deadliest day"},
      {"The attack killed 29 soldiers"},
      {"Officials said the GDP figures were on TV"},
      {"But rebels fought back in the afternoon"},
      {"In February, prices rose"},
  }));
  CAPTURE(text);
  CHECK(read_last(text).empty());
}

TEST_CASE("canonical_entity folds aliases and possessives", "[entities]") {
  auto [name, expected] = GENERATE(table<std::string, std::string>({
      {"U.N.", "United Nations"},
      {"UN", "United Nations"},
      {"United Nations", "United Nations"},
      {"Turkey's", "Turkey"},
      {"Türkiye", "Turkey"},
      {"US", "United States"},
      {"Britain", "United Kingdom"},
      {"WHO", "World Health Organization"},
      {"  Rahmi   Dogan ", "Rahmi Dogan"},
      {"Erdogan's", "Recep Tayyip Erdogan"},
      {"Reuters", "Reuters"},
      {"AP", "Associated Press"},
  }));
  CAPTURE(name);
  CHECK(tally::canonical_entity(name) == expected);
}
