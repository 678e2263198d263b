#pragma once
// Facets of the matching passages (--facets, :facets): counts of sources, entities, events and
// event dates, gathered by Xapian match spies while the match runs.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace tally::searcher {

using FacetCounts = std::vector<std::pair<std::string, Xapian::doccount>>;  // most frequent first

// Counts each of the values a slot holds joined by '\n' (entities, events of a passage).
class MultiValueCountSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double wt) override;
  Xapian::MatchSpy* clone() const override { return new MultiValueCountSpy(slot_); }
  std::string name() const override { return "tally::MultiValueCountSpy"; }
  FacetCounts top(std::size_t n) const;

 private:
  Xapian::valueno slot_;
  std::map<std::string, Xapian::doccount> counts_;
};

// The spies of one search, registered on an Enquire, read after get_mset().
class Facets {
 public:
  void attach(Xapian::Enquire& enquire);
  // {"sources", ...}, {"entities", ...}, {"events", ...}, {"dates", ...}: top `n` of each.
  std::vector<std::pair<std::string, FacetCounts>> read(std::size_t n) const;

 private:
  std::unique_ptr<Xapian::ValueCountMatchSpy> sources_;
  std::unique_ptr<MultiValueCountSpy> entities_;
  std::unique_ptr<MultiValueCountSpy> events_;
  std::unique_ptr<Xapian::ValueCountMatchSpy> dates_;
};

}  // namespace tally::searcher
