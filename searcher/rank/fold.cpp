#include "searcher/rank/fold.hpp"

#include <cmath>
#include <map>
#include <unordered_map>

namespace tally::searcher {

void
fold_duplicates(std::vector<Result>& results) {
  std::unordered_map<std::string, std::size_t> first;
  std::vector<Result> kept;
  kept.reserve(results.size());
  for (auto& r : results) {
    if (!r.text_hash.empty()) {
      if (const auto it = first.find(r.text_hash); it != first.end()) {
        kept[it->second].also.push_back({r.source, r.article, r.published, r.passage});
        continue;
      }
      first.emplace(r.text_hash, kept.size());
    }
    kept.push_back(std::move(r));
  }
  results = std::move(kept);
}

void
diversify(std::vector<Result>& results, double decay) {
  if (decay >= 1.0 || results.size() < 2) {
    return;
  }
  std::vector<Result> placed;
  placed.reserve(results.size());
  std::vector<bool> used(results.size(), false);
  std::map<std::string, int> per_source;
  for (std::size_t n = 0; n < results.size(); ++n) {
    std::size_t best = results.size();
    double best_score = -1;
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (used[i]) {
        continue;
      }
      const double s = results[i].weight * std::pow(decay, per_source[results[i].source]);
      if (s > best_score) {
        best = i;
        best_score = s;
      }
    }
    used[best] = true;
    ++per_source[results[best].source];
    placed.push_back(std::move(results[best]));
  }
  results = std::move(placed);
}

}  // namespace tally::searcher
