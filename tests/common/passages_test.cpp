#include <catch2/catch.hpp>

#include "common/passages/boilerplate.hpp"
#include "common/passages/split.hpp"

namespace {

// Passages as "kind:text" lines, for golden comparison.
std::string
split_to_string(const std::string& title, const std::string& text) {
  tally::Article a;
  a.title = title;
  a.text = text;
  std::string out;
  for (const auto& p : tally::split_passages(a)) {
    out += (p.kind == tally::PassageKind::kHeadline ? "H:" : "B:") + p.text + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("lines that carry no sentence of the article are boilerplate", "[passages]") {
  auto [line, want] = GENERATE(table<std::string, bool>({
      {"Share on:", true},
      {"Leave a Reply", true},
      {"Your email address will not be published. Required fields are marked *", true},
      {"Send in e-mailSend in e-mail", true},
      {"Accessibility links", true},
      {"Load More", true},
      {"Read more: Flare-up in fighting | Turkey's adventures are disasters.", true},
      {"Politics | World | Business | Sport", true},
      {"Photo: Reuters", true},
      {"Source: Agencies", true},
      {"ADVERTISEMENT", true},
      {"* * *", true},
      {"Tags:", true},
      // a list's heading that names its source is no widget label
      {"According to Paulson:", false},
      {"Police said:", false},
      {"Erdogan calls meeting", false},
      {"'Worst-case scenario'", false},
      {"22 Turkish Soldiers Killed in Syria's Idlib", false},
      {"Three Turkish soldiers were killed earlier Thursday in Idlib.", false},
      {"Share prices fell 3% on Monday as investors sold bank stocks.", false},
      {"Read the full statement below.", false},
      {"(REUTERS/Umit Bektas)", true},
      {"(Reuters Photo: A. Photographer)", true},
      // a wire story's opening line is news, however short
      {"(Reuters) - At least 17 people were killed on Sunday, officials said.", false},
  }));
  CAPTURE(line);
  CHECK(tally::is_boilerplate(line) == want);
}

TEST_CASE("photo credits are cut from the end of a caption", "[passages]") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      {"Erdogan speaks in Ankara, January 14, 2020Credit: Burhan Ozbilici,AP",
       "Erdogan speaks in Ankara, January 14, 2020"},
      {"Smoke rises over Saraqeb. (AP Photo/Ghaith Alsayed)", "Smoke rises over Saraqeb."},
      {"Credit where it is due, he said. The team won.",
       "Credit where it is due, he said. The team won."},
      {"No credit here.", "No credit here."},
  }));
  CHECK(std::string(tally::strip_credit(text)) == want);
}

TEST_CASE("articles split into headline and paragraphs, boilerplate and repeats dropped",
          "[passages]") {
  auto [title, text, want] = GENERATE(table<std::string, std::string, std::string>({
      // blank-line paragraphs
      {"", "One.\n\nTwo.\n", "B:One.\nB:Two.\n"},
      // single-newline paragraphs
      {"", "One.\nTwo.\nThree.", "B:One.\nB:Two.\nB:Three.\n"},
      // hard-wrapped lines join
      {"", "A sentence that\nwraps here.\n\nThen more.", "B:A sentence that wraps here.\nB:Then more.\n"},
      // the headline first; the body's copy of it dropped
      {"Big News", "Big News\n\nBody.", "H:Big News\nB:Body.\n"},
      // a caption printed twice, once with a credit, is kept once
      {"", "Caption, Jan 14, 2020\nCaption, Jan 14, 2020Credit: A. Photographer,AP\nText.",
       "B:Caption, Jan 14, 2020\nB:Text.\n"},
      // widgets around the story
      {"", "Share on:\n\nStory.\n\nLeave a Reply\n\nYour email address will not be published.",
       "B:Story.\n"},
      // NBSP-only lines are blank
      {"", "One.\n\xc2\xa0\nTwo.", "B:One.\nB:Two.\n"},
      // stored text stays as written (curly quote and NBSP kept)
      {"", "Turkey\xe2\x80\x99s\xc2\xa0troops.", "B:Turkey\xe2\x80\x99s\xc2\xa0troops.\n"},
      {"", "", ""},
  }));
  CHECK(split_to_string(title, text) == want);
}

TEST_CASE("passages carry their index and analysed form", "[passages]") {
  tally::Article a;
  a.title = "Title";
  a.text = "Turkey\xe2\x80\x99s army.\n\nSecond.";
  const auto ps = tally::split_passages(a);
  REQUIRE(ps.size() == 3);
  CHECK(ps[0].index == 0);
  CHECK(ps[2].index == 2);
  CHECK(ps[1].analysed == "Turkey's army.");
}
