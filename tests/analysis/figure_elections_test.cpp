// Figures of elections in news English: votes cast, won and needed, seats and delegates won,
// held and at stake. Each row: text, the figures as "value qualifier head event" joined by "; ".
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/figure_strings.hpp"

using tally::testing::figures_of;

TEST_CASE("votes, seats and delegates won, held and needed", "[figures]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // votes to be won, and a state's electoral votes, are not cast; votes won are
      {"It needs a minimum of 60 votes", "60 at_least vote -"},
      {"There is a path to 50 votes", "50 exact vote -"},
      {"Negotiators want to pick up as many as two dozen Republican votes",
       "24 up_to vote -"},
      {"Texas has 38 electoral votes", "38 exact vote -"},
      {"Texas has 38 votes", "38 exact vote vote"},
      {"The battle for New Hampshire's four electoral votes has gotten close",
       "4 exact vote -"},
      {"He won by winning Michigan's 16 electoral votes", "16 exact vote win"},
      {"Obama won Ohio\u2019s 18 electoral votes", "18 exact vote win"},
      {"Florida, with 29 electoral votes, is key", "29 exact vote -"},
      {"Romney leads in states with 180 electoral votes", "180 exact vote -"},
      {"With 18 electoral votes at stake, both are there", "18 exact vote -"},
      {"Trump won with 289 electoral votes", "289 exact vote vote"},
      // delegates a candidate has or gets are won; a threshold or a state's share is not
      {"Trump leads with 664 delegates, and Sanders has 573 delegates.",
       "664 exact delegate win; 573 exact delegate win"},
      {"He is scooping up 90 delegates.", "90 exact delegate win"},
      {"It takes 2,383 total delegates to win.", "2383 exact delegate - cumulative"},
      {"Securing the GOP nomination requires 1,237 delegates.", "1237 exact delegate -"},
      {"Trump hopes to secure the 1,237 delegates he needs.", "1237 exact delegate -"},
      {"She hopes to secure the 2,383 delegates that she needs.", "2383 exact delegate -"},
      {"He must collect the nearly 500 delegates he'll need.", "500 nearly delegate -"},
      {"He hopes to collect the nearly 500 delegates he still needs.",
       "500 nearly delegate -"},
      // seats and delegates gathered, in any tense
      {"Democrats capture 12 seats in the House.", "12 exact seat win"},
      {"The party gains 12 seats.", "12 exact seat win"},
      // seats a party needs to gather, or a net gain of seats, are a threshold or a change
      {"Democrats need to flip 23 seats.", "23 exact seat -"},
      {"They need to capture a net of four Republican-held seats.", "4 exact seat -"},
      {"The result is a net gain of six seats.", "6 exact seat -"},
      // a possessive before the tally is a determiner, not a name
      {"After Thursday's 58-40 vote, he left", "58 exact vote vote; 40 exact vote vote"},
      {"The Senate approved the measure Thursday 85-8", "85 exact vote vote; 8 exact vote vote"},
      {"The final tally was 36-3", "36 exact vote vote; 3 exact vote vote"},
      // delegates a candidate holds were won; what a state holds was not
      {"Clinton has won 1,243 delegates. Clinton has 1,712, to Sanders' 1,004.",
       "1243 exact delegate win; 1712 exact delegate win; 1004 exact delegate win"},
      {"Trump has won 743 delegates. He currently has 661.",
       "743 exact delegate win; 661 exact delegate win"},
      {"DC was granted 19 delegates, while Florida, the biggest state, has 99.",
       "19 exact delegate -; 99 exact delegate -"},
      {"DC was granted 19 delegates. Florida has 99.", "19 exact delegate -; 99 exact delegate -"},
      // delegates seized are won
      {"Trump won, seizing 32 of the 40 delegates", "32 exact delegate win; 40 exact delegate -"},
  }));
  CAPTURE(text);
  CHECK(figures_of(text) == expected);
}
