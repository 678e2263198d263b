// Numbers and what they are (common/analysis/numbers.hpp).
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "common/analysis/numbers.hpp"
#include "common/analysis/tokens.hpp"

namespace {

std::string kind_name(tally::NumberKind k) {
  const auto reason = tally::number_kind_reason(k);
  if (!reason.empty()) {
    return std::string(reason);
  }
  return k == tally::NumberKind::kOne ? "one" : "count";
}

// "950000 count malformed; 2016 year"
std::string numbers_of(const std::string& text) {
  const auto tt = tally::tokenize(text);
  std::string out;
  for (const auto& m : tally::find_numbers(tt.tokens, 0, tt.tokens.size())) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", m.value);
    out += out.empty() ? "" : "; ";
    out += buf;
    out += " " + kind_name(m.kind);
    out += m.vague ? " vague" : "";
    out += m.malformed ? " malformed" : "";
  }
  return out;
}

}  // namespace

TEST_CASE("numbers in digits and words have canonical values", "[numbers]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"950,000 civilians", "950000 count"},
      {"3.6 million Syrians", "3600000 count"},
      {"15,000 Turkish soldiers", "15000 count"},
      {"a 1.2bn loss of assets", "1200000000 count"},
      {"two soldiers", "2 count"},
      {"nine soldiers", "9 count"},
      {"Thirty-three of our soldiers", "33 count"},
      {"killed thirty-four soldiers", "34 count"},
      {"one million people", "1000000 count"},
      {"half a million people", "500000 count"},
      {"a dozen people", "12 count"},
      {"a hundred people", "100 count"},
      {"two dozen people", "24 count"},
      {"nearly two-dozen dead", "24 count"},  // hyphenated like "forty-thousand"
      {"three-hundred people", "300 count"},
      {"as many as two dozens states", "24 count"},  // the plural slip multiplies too
      {"three hundred and fifty people", "350 count"},
      {"2,000 people", "2000 count"},
      {"1,500 soldiers", "1500 count"},
      {"1500 soldiers", "1500 count"},
  }));
  CAPTURE(text);
  CHECK(numbers_of(text) == expected);
}

TEST_CASE("vague quantities are kept as such", "[numbers]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"dozens of villages", "12 count vague"},
      {"scores of people", "20 count vague"},
      {"hundreds of civilians", "100 count vague"},
      {"thousands of soldiers", "1000 count vague"},
      {"tens of thousands of people", "10000 count vague"},
      {"hundreds of thousands of civilians", "100000 count vague"},
      {"millions of people", "1000000 count vague"},
      {"dozens more were injured", "12 count vague"},
      {"thousands fled", "1000 count vague"},
      {"the team scores goals", ""},
  }));
  CAPTURE(text);
  CHECK(numbers_of(text) == expected);
}

TEST_CASE("numbers that are not counts say what they are", "[numbers]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"in 2016", "2016 year"},
      {"under a 2018 deal", "2018 year"},
      {"since 2012.", "2012 year"},
      {"on Feb. 27, 2020", "27 date; 2020 year"},
      {"on January 14", "14 date"},
      {"on 27 February", "27 date"},
      {"at 10:30", "0 time"},
      {"at 3 p.m.", "3 time"},
      {"the nine-year-old war", "0 age"},
      {"a 23-year-old man", "0 age"},
      {"aged 45", "45 age"},
      {"the nine-year conflict", "0 duration"},
      {"spent two days", "2 duration"},
      {"the 3rd battalion", "3 ordinal"},
      {"the No. 1 U.S. automaker", "1 ordinal"},
      {"ranked No. 12 in the poll", "12 ordinal"},
      {"Route 66", "66 name"},
      {"a Boeing 737 crashed", "737 name"},
      {"its Falcon 9 rockets", "9 name"},
      {"Proposition 12 requires more space", "12 name"},
      {"a Category 4 hurricane", "4 name"},
      // market indexes and lists: "S&P 500", "Fortune 500", "Russell 2000", "Dow 30,000"
      {"the S&P 500 sees its fastest correction", "500 name"},
      {"Fortune 500 companies", "500 name"},
      {"the Russell 2000 index", "2000 name"},
      {"the Rossiya 24 television", "24 name"},
      // in a title-case headline a capital before the number names nothing when a plural noun
      // follows past a modifier or two; in running text the capital still makes a name
      {"Economy Adds 280,000 New Jobs In May", "280000 count"},
      {"Economy Adding 280K New Full-Time Jobs In May", "280000 count"},
      {"Kremlin Launches Rossiya 24 Broadcast With New Graphics", "24 name"},
      {"the Rossiya 24 evening bulletins", "24 name"},
      // so in prose after a name's possessive, with lower-case words up to the plural noun
      // (not a capitalised model, nor a verb and its object)
      {"the battle for Michigan's 16 electoral votes", "16 count"},
      {"Facebook's 1.79 billion monthly active users", "1790000000 count"},
      {"the grounding of Boeing's 737 MAX airliners", "737 name"},
      {"Nate Silver's 538 model gives Clinton a chance", "538 name"},
      {"call 555-123-4567", "555 phone"},
      {"$3 million", "3000000 money"},
      {"\xC2\xA3" "50 fine", "50 money"},
      {"5 billion euros", "5000000000 money"},
      {"40% of voters", "40 percent"},
      {"40 percent of voters", "40 percent"},
      {"40 per cent", "40 percent"},
      {"won 3-1", "3 score"},
      // a tally or ratio written with "to", and digit groups that are no phone number
      {"by 3-to-1 Americans think so", "3 score"},
      {"a 5-to-4 decision", "5 score"},
      {"the coveted 18-to-34 age range", "18 score"},
      {"between 1,000-2,000 people marched", "1000 count"},
      {"the recession of 2007-09", "2007 year"},
      {"the 1939-1945 war", "1939 year"},
      {"the Gang of Eight senators", "8 name"},
      {"the Group of Seven leaders", "7 name"},
      {"the Big Three automakers", "3 name"},
      {"a crew of Eight people died", "8 count"},
      {"read Bidens Five takeaways from the debate", "5 count"},
      {"Five Of Eight Crew Members Die", "5 count; 8 count"},
      {"It contained 13 micrograms of lead", "13 measure"},
      {"20-30 people", "20 count"},
      {"a magnitude 7.2 quake", "7.2 measure"},
      {"3.6 refugees", "3.6 measure"},
      {"one of the gains", "1 partitive"},
      {"as one option", "1 one"},
  }));
  CAPTURE(text);
  CHECK(numbers_of(text) == expected);
}

TEST_CASE("names with digits are words, not numbers", "[numbers]") {
  auto [text] = GENERATE(table<std::string>({
      {"the M5 highway"}, {"an F-16 jet"}, {"COVID-19 cases rose"}, {"the G20 summit"}}));
  CAPTURE(text);
  CHECK(numbers_of(text).empty());
}

TEST_CASE("wrong digit grouping is flagged, never read as a bigger number", "[numbers]") {
  auto [token, value, malformed] = GENERATE(table<std::string, double, bool>({
      {"950,000", 950000, false},
      {"950,0000", 950000, true},
      {"1,2345", 1234, true},
      {"95,00", 9500, true},
      {"12,345,678", 12345678, false},
      {"3.6", 3.6, false},
      {"1.2bn", 1.2e9, false},
  }));
  CAPTURE(token);
  const auto d = tally::parse_digits(token);
  CHECK(d.value == Approx(value));
  CHECK(d.malformed == malformed);
}

TEST_CASE("the pre-check skips text without digits, number words or events", "[numbers]") {
  CHECK(tally::may_contain_figures("29 soldiers"));
  CHECK(tally::may_contain_figures("Thirty-three of our soldiers"));
  CHECK(tally::may_contain_figures("dozens of villages"));
  CHECK(tally::may_contain_figures("a man was killed"));
  CHECK_FALSE(tally::may_contain_figures("The talks went on in Ankara."));
  CHECK(tally::may_contain_figures("a player tested positive"));  // a phrase's first word
}

TEST_CASE("the pre-check knows every kind of word a figure starts with", "[numbers]") {
  auto [text, expected] = GENERATE(table<std::string, bool>({
      {"Seventeen of them", true},      {"a hundred more", true},     {"half of them", true},
      {"tens of thousands", true},      {"SCORES OF VILLAGES", true}, {"a dozen came", true},
      {"the death toll rose", true},    {"protesters were arrested", true},
      {"ninety-nine", true},            {"no one came", true},        {"on his own", false},
      {"the tenth time", false},        {"a quiet Tuesday", false},   {"seventeenth", false},
  }));
  CAPTURE(text);
  CHECK(tally::may_contain_figures(text) == expected);
}

TEST_CASE("number words, with and without a hyphen", "[numbers]") {
  auto [word, value] = GENERATE(table<std::string, double>({
      {"one", 1},          {"nine", 9},           {"eleven", 11},  {"seventeen", 17},
      {"twenty", 20},      {"ninety", 90},        {"thirty-four", 34}, {"seventy-seven", 77},
      {"twenty-twelve", -1}, {"four-five", -1},   {"One", -1},     {"hundred", -1},
      {"ones", -1},        {"", -1},
  }));
  CAPTURE(word);
  CHECK(tally::number_word_value(word) == value);
}

TEST_CASE("years, slashes and units found on the bench corpus", "[numbers]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"the 2020 Democrats", "2020 year"},
      {"2020 census forms", "2020 year"},
      {"killed 1500 people", "1500 count"},
      {"the 9/11 hijackers", "9 date; 11 date"},
      {"over 1.14 million immigrants", "1140000 count"},
      {"poll: 2014 voters gloomy", "2014 year"},
      {"2016 candidates flocked to Iowa", "2016 year"},
      {"2014 incumbents fared well", "2014 year"},
      {"poll: 2016 challengers gloomy", "2016 year"},
      {"poll: 2014 donors gloomy", "2014 year"},
      {"more than 2014 voters", "2014 count"},
      {"May Roll Back '65 Voting Rights Act", "65 year"},
      {"created five and a half million jobs", "5500000 count"},
      {"people under the age of 45", "45 age"},
      {"two and a half years", "2.5 duration"},
      {"He said '25 people died' there", "25 count"},
  }));
  CAPTURE(text);
  CHECK(numbers_of(text) == expected);
}
