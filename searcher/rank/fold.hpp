#pragma once
// Shaping the ranked passages for a reader: the same text reprinted by several outlets (wire
// copy) is shown once with all its sources, and the first page covers the sources instead of
// filling up with one outlet's paragraphs.

#include <vector>

#include "searcher/search.hpp"

namespace tally::searcher {

// Folds each result into the first (best) result with the same text hash; the kept result
// lists the folded ones in `also`. Results without a hash are never folded.
void fold_duplicates(std::vector<Result>& results);

// Re-orders greedily by weight * decay^n, n being how many results of the same source are
// already placed above, so that with decay < 1 every source gets an early place while a much
// stronger passage still comes first. decay 1 keeps Xapian's order.
void diversify(std::vector<Result>& results, double decay);

}  // namespace tally::searcher
