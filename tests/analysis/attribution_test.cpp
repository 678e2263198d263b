// Who gives each figure (common/analysis/attribution.hpp). Each row: a passage (or passages
// separated by "\n\n"), the attributions of its figures in order joined by "; " ("-" for none).
#include <catch2/catch.hpp>
#include <string>

#include "common/analysis/attribution.hpp"
#include "common/analysis/figures.hpp"
#include "common/analysis/tokens.hpp"

namespace {

std::string attributions_of(const std::string& article) {
  tally::FigureMemory figures;
  tally::SpeakerMemory speakers;
  std::string out;
  std::size_t pos = 0;
  while (pos <= article.size()) {
    auto end = article.find("\n\n", pos);
    if (end == std::string::npos) {
      end = article.size();
    }
    const std::string passage = article.substr(pos, end - pos);
    const auto tt = tally::tokenize(passage);
    const auto found = tally::extract_figures(passage, tt, figures);
    const auto frames = tally::find_attributions(passage, tt, {}, speakers);
    for (const auto& a : tally::attribute_figures(tt, frames, found.figures)) {
      out += out.empty() ? "" : "; ";
      out += a.empty() ? "-" : a;
    }
    pos = end + 2;
  }
  return out;
}

}  // namespace

TEST_CASE("attribution frames", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"An airstrike killed 29 Turkish soldiers in northeast Syria, a Turkish official said "
       "Friday.",
       "a Turkish official"},
      {"Rahmi Dogan, the governor of Turkey's Hatay province, said 29 troops were killed.",
       "Rahmi Dogan"},
      {"The Syrian Observatory for Human Rights said at least 34 Turkish soldiers were killed.",
       "Syrian Observatory for Human Rights"},
      {"Violence also left three more Turkish soldiers dead, according to Turkey's President "
       "Recep Tayyip Erdogan, raising the number of Turkish troops killed this month to 21.",
       "Recep Tayyip Erdogan; Recep Tayyip Erdogan"},
      {"According to the United Nations, almost 950,000 civilians have been displaced.",
       "United Nations"},
      {"\"Thirty-three of our soldiers were martyred,\" Mr Dogan was quoted as saying by the "
       "Anadolu news agency.",
       "Dogan"},
      {"In a statement, the defense ministry said five tanks were destroyed.",
       "the defense ministry"},
      {"An opposition military source told Reuters that 15,000 Turkish soldiers were in Syria.",
       "An opposition military source"},
      {"The Observatory also reported on the more than 20 villages captured Thursday.",
       "Observatory"},
      {"Three Turkish soldiers were killed earlier Thursday in Idlib.", "-"},
      {"Earlier this month, 13 soldiers were killed, prompting Erdogan to say he would strike.",
       "-"},
      {"Police said two men were arrested, officials said.", "Police"},
      {"Two people were killed, said Taher al-Omar, an activist.", "Taher al-Omar"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("pronouns and titles resolve to the last named speaker", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Rahmi Dogan, the governor, said 29 troops were killed. He said 39 injured were being "
       "treated.",
       "Rahmi Dogan; Rahmi Dogan"},
      {"Hatay province Governor Rahmi Dogan told the media late on Thursday.\n\nWhile he "
       "originally said that nine soldiers had been killed, minutes later the death toll was "
       "revised to 33, the Turkish Anadolu Agency (AA) reported, citing the governor.",
       "Rahmi Dogan; Rahmi Dogan"},
      {"The Health Ministry gave no figure. It said 40 people were injured.",
       "-"},
      {"The Health Ministry said the clinic was full. It said 40 people were injured.",
       "Health Ministry"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("a quotation spanning sentences takes the frame that closes it", "[attribution]") {
  CHECK(attributions_of("\"Twelve soldiers were killed. We will respond,\" Altun said.") ==
        "Altun");
}

TEST_CASE("sources in passive frames, and subjects that are not speakers", "[attribution]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"At least 14 hikers were rescued, according to figures released by the park service.",
       "the park service"},
      {"In all, 230 homes were destroyed, in tallies reported by county officials.",
       "county officials"},
      {"A car bombing killed 12 people near the market and was claimed by no group, the "
       "interior ministry said.",
       "the interior ministry"},
      {"The storm killed nine people, it said.", "-"},
      {"Ohio police said 5 people were hurt.", "Ohio police"},
      {"Four deaths were linked to the outbreak, United States officials said.",
       "United States officials"},
  }));
  CAPTURE(text);
  CHECK(attributions_of(text) == expected);
}

TEST_CASE("the source of a list heading gives its items", "[attribution]") {
  // attribute_figures leaves list items to analyse_article; this checks the heading's frame
  tally::SpeakerMemory speakers;
  const std::string heading = "The latest counts provided by the health ministry:";
  const auto tt = tally::tokenize(heading);
  const auto frames = tally::find_attributions(heading, tt, {}, speakers);
  REQUIRE(frames.size() == 1);
  CHECK(frames[0].source == "the health ministry");
}
