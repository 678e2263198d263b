#include "searcher/rank/figure_match.hpp"

#include <algorithm>

namespace tally::searcher {

void
adjust_for_figures(std::vector<Result>& results, const ParsedQuery& q, const Boosts& boosts) {
  if (!q.asks_figures) {
    return;  // no figure boost was given
  }
  bool changed = false;
  for (auto& r : results) {
    bool precise = false;
    bool vague = false;
    bool counted = false;  // the boost was the figure boost: the head was asked for too
    for (const auto& f : r.figures) {
      if (std::find(q.events.begin(), q.events.end(), f.event) == q.events.end()) {
        continue;
      }
      (f.qualifier == Qualifier::kVague ? vague : precise) = true;
      counted = counted || std::find(q.heads.begin(), q.heads.end(), f.head) != q.heads.end();
    }
    if (vague && !precise) {
      r.weight -= counted ? boosts.figure : boosts.event;
      changed = true;
    }
  }
  if (changed) {
    std::stable_sort(results.begin(), results.end(),
                     [](const Result& a, const Result& b) { return a.weight > b.weight; });
  }
}

}  // namespace tally::searcher
