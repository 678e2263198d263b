#include <catch2/catch.hpp>

#include <set>

#include "searcher/query/query_builder.hpp"
#include "searcher/query/understand.hpp"

using namespace tally;
using namespace tally::searcher;

namespace {

QueryContext
context() {
  QueryContext ctx;
  ctx.newest = CivilDate{2020, 2, 28};  // a Friday
  ctx.is_counted = [](const std::string& head) {
    static const std::set<std::string> counted = {"job", "home", "vote"};
    return counted.count(head) != 0;
  };
  return ctx;
}

}  // namespace

TEST_CASE("query understanding reads dates, events and counted things", "[understand]") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      {"soldier deaths Feb 27",
       "text='soldier' events=kill heads=soldier,troop,personnel,serviceman,servicemember,"
       "servicewoman date=2020-02-27 (Feb 27)"},
      {"27 February 2020 attack", "text='attack' date=2020-02-27 (27 February 2020)"},
      {"killed 2020-02-27", "text='' events=kill date=2020-02-27 (2020-02-27)"},
      {"Feb 20-28 killed", "text='' events=kill date=2020-02-20..2020-02-28 (Feb 20-28)"},
      {"troops killed Feb 20 to 22",
       "text='troops' events=kill heads=soldier,troop,personnel,serviceman,servicemember,"
       "servicewoman date=2020-02-20..2020-02-22 (Feb 20 to 22)"},
      {"wounded last week", "text='' events=wound date=2020-02-17..2020-02-23 (last week)"},
      {"how many civilians were displaced",
       "text='how many civilians were' events=displace heads=civilian"},
      {"death toll Idlib", "text='Idlib' events=kill"},
      {"Turkish soldiers injured",
       "text='Turkish soldiers' events=wound heads=soldier,troop,personnel,serviceman,"
       "servicemember,servicewoman"},
      {"jobs lost in Ohio", "text='jobs lost in Ohio' heads=job,position,post"},
      {"houses destroyed", "text='houses' events=destroy heads=home,house,dwelling"},
      {"budget votes", "text='budget votes' events=vote keywords"},
      {"budget vote", "text='budget vote'"},
      {"climate summit", "text='climate summit'"},
      {"House Resolution Thursday", "text='House Resolution Thursday'"},
      {"\"killed Feb 27\"", "text='\"killed Feb 27\"'"},
      {"source:AP killed", "text='source:AP killed' events=kill keywords operators"},
      {"Dead Trump Program", "text='Dead Trump Program' events=kill keywords"},
      {"how many wounded", "text='how many' events=wound"},
      {"idlib -killed", "text='idlib -killed' operators"},
  }));
  CAPTURE(text);
  CHECK(describe(understand(text, context())) == want);
}

TEST_CASE("without a newest article, dates without a year stay words", "[understand]") {
  const QueryContext none;
  CHECK(describe(understand("deaths Feb 27", none)) == "text='deaths Feb 27' events=kill keywords");
  CHECK(describe(understand("deaths 2020-02-27", none)) ==
        "text='' events=kill date=2020-02-27 (2020-02-27)");
}

TEST_CASE("an understood query becomes a Xapian query with figure boosts", "[understand]") {
  const Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  QueryBuilder builder(db);
  auto [text, strict, want] = GENERATE(table<std::string, bool, std::string>({
      // keyword queries: the words in the text, and in headlines at Boosts::title
      {"climate summit", false,
       "Query(((Zclimat@1 OR Zsummit@2) OR 0.2999999999999999889 * (ZSclimat@1 OR ZSsummit@2)))"},
      {"wounded", false, "Query((Zwound@1 OR 0.2999999999999999889 * ZSwound@1))"},
      {"how many wounded", false,
       "Query((((Zhow@1 OR Zmani@2) OR (Zwound SYNONYM Zinjur SYNONYM Zinjuri SYNONYM Zhurt)) OR "
       "PostingSource(TermBoost(XEwound, 3.000000))))"},
      {"killed Feb 27", true,
       "Query((((Zkill SYNONYM Zdead SYNONYM Zdie) OR (PostingSource(TermBoost(XEkill, "
       "3.000000)) OR PostingSource(TermBoost(XD20200227, 5.000000)) OR (PostingSource("
       "TermBoost(XP20200227, 1.000000)) MAX PostingSource(TermBoost(XP20200228, 1.000000)) MAX "
       "PostingSource(TermBoost(XP20200229, 1.000000))))) FILTER XD20200227))"},
      {"source:AP wounded", false, "Query((Zwound@1 FILTER XSap))"},
      {"source:AP wounded Feb 27", false,
       "Query(((Zwound@1 FILTER XSap) AND_MAYBE (PostingSource(TermBoost(XEwound, 3.000000)) OR "
       "PostingSource(TermBoost(XD20200227, 5.000000)) OR (PostingSource(TermBoost(XP20200227, "
       "1.000000)) MAX PostingSource(TermBoost(XP20200228, 1.000000)) MAX PostingSource("
       "TermBoost(XP20200229, 1.000000))))))"},
  }));
  CAPTURE(text);
  QueryContext ctx;
  ctx.newest = CivilDate{2020, 2, 28};
  ParsedQuery q = understand(text, ctx);
  q.strict_date = strict;
  std::string got = builder.build(q).get_description();
  // The synonym set is as long as the lexicon's list of words for the event: compare the
  // first words (the typed word's own stem first, as the lexicon lists it) and the rest.
  for (const std::string last : {" SYNONYM Zhurt", " SYNONYM Zdie"}) {
    if (const auto cut = got.find(last); cut != std::string::npos) {
      got = got.substr(0, cut + last.size()) + got.substr(got.find(')', cut));
    }
  }
  CHECK(got == want);
}
