#include <catch2/catch.hpp>

#include <limits>

#include "searcher/answers/answer_group.hpp"
#include "searcher/answers/consistency.hpp"
#include "searcher/output/render.hpp"

using namespace tally;
using namespace tally::searcher;

namespace {

Figure
fig(double value, Qualifier q, const std::string& event, const std::string& head,
    std::optional<DateSpan> date, const std::string& attribution = "") {
  Figure f;
  f.value = value;
  f.qualifier = q;
  f.event = event;
  f.head = head;
  f.counted = head + "s";
  f.date = date;
  f.attribution = attribution;
  return f;
}

DateSpan
day(int m, int d) {
  return {CivilDate{2020, m, d}, CivilDate{2020, m, d}};
}

// "group: event head date low-high sources | source=value,value ..." for every group.
std::string
summary(const std::vector<AnswerGroup>& groups) {
  std::string out;
  for (const auto& g : groups) {
    out += g.event + " " + g.head + " " + (g.date ? g.date->from.iso() : "-") + " " +
           format_value(g.low) + "-" + format_value(g.high) + " " + std::to_string(g.sources) +
           (g.agree ? " agree" : " conflict") + " |";
    for (const auto& r : g.reports) {
      out += " " + r.source + "=" + format_value(r.figure.value);
    }
    out += "\n";
  }
  return out;
}

ParsedQuery
query(std::vector<std::string> events, std::vector<std::string> heads,
      std::optional<DateSpan> date) {
  ParsedQuery q;
  q.events = std::move(events);
  q.heads = std::move(heads);
  q.date = date;
  return q;
}

}  // namespace

TEST_CASE("qualified figures stand for ranges; reports conflict when ranges do not meet",
          "[answers]") {
  auto [a, qa, b, qb, ok] = GENERATE(table<double, Qualifier, double, Qualifier, bool>({
      {22, Qualifier::kAtLeast, 33, Qualifier::kExact, true},
      {29, Qualifier::kExact, 33, Qualifier::kExact, false},
      {33, Qualifier::kExact, 33, Qualifier::kExact, true},
      {50, Qualifier::kMoreThan, 50, Qualifier::kExact, false},
      {1000000, Qualifier::kNearly, 950000, Qualifier::kAbout, true},
      {12, Qualifier::kVague, 40, Qualifier::kExact, true},
      {100, Qualifier::kUpTo, 150, Qualifier::kAtLeast, false},
      {10, Qualifier::kLessThan, 9, Qualifier::kExact, true},
  }));
  CAPTURE(a, b);
  CHECK(consistent(range_of(a, qa), range_of(b, qb)) == ok);
}

TEST_CASE("figures are grouped per quantity across sources, best group first", "[answers]") {
  const std::vector<Evidence> evidence = {
      {1, "a1", "AP", "2020-02-28", 0, "h1",
       {fig(29, Qualifier::kExact, "kill", "soldier", day(2, 27), "a Turkish official")}},
      {2, "b1", "AFP", "2020-02-28", 2, "h2",
       {fig(22, Qualifier::kAtLeast, "kill", "soldier", day(2, 27))}},
      {3, "c1", "Reuters", "2020-02-28", 1, "h3",
       {fig(33, Qualifier::kExact, "kill", "troop", day(2, 27)),
        fig(7, Qualifier::kExact, "kill", "civilian", day(2, 27))}},
      {4, "d1", "Reuters", "2020-02-21", 2, "h4",
       {fig(2, Qualifier::kExact, "kill", "soldier", day(2, 20)),
        fig(5, Qualifier::kExact, "wound", "soldier", day(2, 20))}},
      {5, "e1", "BBC", "2020-02-28", 4, "h5",
       {fig(34, Qualifier::kAtLeast, "kill", "", std::nullopt, "Syrian Observatory")}},
  };
  SECTION("a date in the query splits the quantities by day") {
    const auto groups = group_figures(
        evidence, query({"kill"}, {"soldier", "troop", "personnel"}, day(2, 27)));
    CHECK(summary(groups) ==
          "kill soldier 2020-02-27 22-34 4 conflict | AFP=22 AP=29 BBC=34 Reuters=33\n"
          "kill civilian 2020-02-27 7-7 1 agree | Reuters=7\n"
          "kill soldier 2020-02-20 2-2 1 agree | Reuters=2\n");
    const auto& top = groups.front();
    CHECK(top.reports[0].conflicts.empty());           // at least 22: consistent with all
    CHECK(top.reports[1].conflicts.size() == 2);       // 29 conflicts with 33 and 34
  }
  SECTION("a report dated a day either side of the asked day is the same event") {
    std::vector<Evidence> late = evidence;
    late[1].figures[0].date = day(2, 28);  // "Friday" for an airstrike of late Thursday
    const auto groups = group_figures(late, query({"kill"}, {"soldier"}, day(2, 27)));
    CHECK_THAT(summary(groups),
               Catch::StartsWith("kill soldier 2020-02-27 22-34 4 conflict | AFP=22 AP=29"));
  }
  SECTION("without a date, one quantity whatever day each report names") {
    const auto groups = group_figures(evidence, query({"kill"}, {"soldier"}, std::nullopt));
    CHECK(summary(groups) ==
          "kill soldier - 2-34 4 conflict | AFP=22 AP=29 BBC=34 Reuters=33 Reuters=2\n"
          "kill civilian - 7-7 1 agree | Reuters=7\n");
  }
  SECTION("another event is not an answer") {
    const auto groups = group_figures(evidence, query({"wound"}, {}, std::nullopt));
    CHECK(summary(groups) == "wound soldier - 5-5 1 agree | Reuters=5\n");
  }
}

TEST_CASE("a revision names the figure it replaces; running totals keep their own group",
          "[answers]") {
  Figure nine = fig(9, Qualifier::kExact, "kill", "soldier", day(2, 27), "Rahmi Dogan");
  Figure revised = fig(33, Qualifier::kExact, "kill", "soldier", day(2, 27), "Rahmi Dogan");
  revised.revises = 0;
  Figure total = fig(42, Qualifier::kExact, "kill", "soldier", std::nullopt);
  total.cumulative = true;
  const std::vector<Evidence> evidence = {{1, "a1", "AA", "2020-02-28", 1, "h", {nine, revised}},
                                          {2, "b1", "AFP", "2020-02-28", 4, "k", {total}}};
  const FigureLookup lookup = [&](const std::string& article, int index) -> std::optional<Figure> {
    if (article == "a1" && index == 0) {
      return nine;
    }
    return std::nullopt;
  };
  const auto groups = group_figures(evidence, query({"kill"}, {"soldier"}, day(2, 27)), lookup);
  CHECK(summary(groups) ==
        "kill soldier 2020-02-27 33-33 1 agree | AA=9 AA=33\n"
        "kill soldier - 42-42 1 agree | AFP=42\n");
  CHECK(groups[0].reports[0].superseded);
  CHECK(groups[0].reports[1].revised_from == 9);
}

TEST_CASE("outlets that print the same text are one independent source", "[answers]") {
  const std::vector<Evidence> evidence = {
      {1, "a1", "AP", "", 0, "same", {fig(29, Qualifier::kExact, "kill", "soldier", std::nullopt)}},
      {2, "b1", "Fox", "", 3, "same", {fig(29, Qualifier::kExact, "kill", "soldier", std::nullopt)}},
      {3, "c1", "AFP", "", 1, "own", {fig(22, Qualifier::kAtLeast, "kill", "soldier", std::nullopt)}},
  };
  const auto groups = group_figures(evidence, query({"kill"}, {"soldier"}, std::nullopt));
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].sources == 3);
  CHECK(groups[0].independent == 2);
}

TEST_CASE("figure values are written for people", "[answers]") {
  auto [value, want] = GENERATE(table<double, std::string>({
      {950000, "950,000"}, {33, "33"}, {3.5, "3.5"}, {1000000, "1,000,000"}, {0, "0"}}));
  CHECK(format_value(value) == want);
}

TEST_CASE("a plan or a forecast is no report of what happened", "[answers]") {
  Figure cut = fig(15000, Qualifier::kExact, "cut", "job", day(5, 8), "GM");
  Figure plan = fig(4000, Qualifier::kExact, "cut", "job", std::nullopt, "GM");
  plan.modal = true;
  const std::vector<Evidence> evidence = {{1, "a1", "Reuters", "2020-05-09", 1, "h", {cut, plan}}};
  const auto groups = group_figures(evidence, query({"cut"}, {"job"}, std::nullopt),
                                    [](const std::string&, int) { return std::nullopt; });
  CHECK(summary(groups) == "cut job - 15,000-15,000 1 agree | Reuters=15,000\n");
}
