#include <catch2/catch.hpp>

#include <set>

#include "common/schema.hpp"

using namespace tally;

TEST_CASE("field names, prefixes and slots are each declared once", "[schema]") {
  std::set<std::string_view> names;
  std::set<std::string_view> prefixes;
  for (const auto& f : schema::kFields) {
    CHECK(names.insert(f.name).second);
    if (!f.prefix.empty()) {
      CHECK(prefixes.insert(f.prefix).second);
      // Xapian convention: custom prefixes start with X, or are a single capital.
      CHECK((f.prefix.size() == 1 || f.prefix.front() == 'X'));
    }
  }
}

TEST_CASE("event names map to their numeric slots", "[schema]") {
  auto [event, slot] = GENERATE(table<std::string, Xapian::valueno>({
      {"kill", schema::kSlotKill},
      {"wound", schema::kSlotWound},
      {"displace", schema::kSlotDisplace},
      {"capture", schema::kSlotCapture},
      {"destroy", schema::kSlotDestroy},
      {"arrest", schema::kSlotArrest},
      {"vote", schema::kNoSlot},
  }));
  CHECK(schema::slot_for_event(event) == slot);
}

TEST_CASE("terms of any length fit Xapian's term limit", "[schema]") {
  CHECK(schema::term("XA", "short") == "XAshort");
  const std::string long_id(400, 'x');
  const std::string t = schema::term("XA", long_id);
  CHECK(t.size() <= 240);
  CHECK(t != schema::term("XA", long_id + "y"));
  CHECK(schema::passage_id_term("000_abc", 3) == "Q000_abc#3");
}
