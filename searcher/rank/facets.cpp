#include "searcher/rank/facets.hpp"

#include <algorithm>

#include "common/schema.hpp"

namespace tally::searcher {
namespace {

FacetCounts
top_of(std::vector<std::pair<std::string, Xapian::doccount>> all, std::size_t n) {
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (all.size() > n) {
    all.resize(n);
  }
  return all;
}

FacetCounts
top_values(const Xapian::ValueCountMatchSpy& spy, std::size_t n, bool as_date) {
  FacetCounts out;
  for (auto v = spy.top_values_begin(n); v != spy.top_values_end(n); ++v) {
    std::string value = *v;
    if (as_date && value.size() == 8) {
      value = value.substr(0, 4) + "-" + value.substr(4, 2) + "-" + value.substr(6, 2);
    }
    out.emplace_back(std::move(value), v.get_termfreq());
  }
  return out;
}

}  // namespace

void
MultiValueCountSpy::operator()(const Xapian::Document& doc, double /*wt*/) {
  const std::string joined = doc.get_value(slot_);
  std::size_t at = 0;
  while (at < joined.size()) {
    auto nl = joined.find('\n', at);
    if (nl == std::string::npos) {
      nl = joined.size();
    }
    if (nl > at) {
      ++counts_[joined.substr(at, nl - at)];
    }
    at = nl + 1;
  }
}

FacetCounts
MultiValueCountSpy::top(std::size_t n) const {
  return top_of({counts_.begin(), counts_.end()}, n);
}

void
Facets::attach(Xapian::Enquire& enquire) {
  sources_ = std::make_unique<Xapian::ValueCountMatchSpy>(schema::kSlotSource);
  entities_ = std::make_unique<MultiValueCountSpy>(schema::kSlotEntities);
  events_ = std::make_unique<MultiValueCountSpy>(schema::kSlotEvents);
  dates_ = std::make_unique<Xapian::ValueCountMatchSpy>(schema::kSlotEventDate);
  enquire.add_matchspy(sources_.get());
  enquire.add_matchspy(entities_.get());
  enquire.add_matchspy(events_.get());
  enquire.add_matchspy(dates_.get());
}

std::vector<std::pair<std::string, FacetCounts>>
Facets::read(std::size_t n) const {
  if (!sources_) {
    return {};
  }
  return {{"sources", top_values(*sources_, n, false)},
          {"entities", entities_->top(n)},
          {"events", events_->top(n)},
          {"dates", top_values(*dates_, n, true)}};
}

}  // namespace tally::searcher
