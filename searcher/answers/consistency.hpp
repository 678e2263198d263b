#pragma once
// Whether two reports of one quantity can both be true: each qualified figure stands for a
// range of values ("at least 22" is 22 and up; "nearly 1,000,000" is a little under it), and
// two reports conflict when their ranges do not meet. "At least 22" is consistent with 33;
// 29 and 33 conflict.

#include "common/analysis/figure.hpp"

namespace tally::searcher {

struct ValueRange {
  double low = 0;
  double high = 0;  // may be infinity
};

// exact v: [v, v]; at_least: [v, inf); more_than: (v, inf); about: [0.8v, 1.2v];
// nearly: [0.8v, v]; up_to: [0, v]; less_than: [0, v); vague: [v, 10v) ("dozens" 12..119).
ValueRange range_of(double value, Qualifier qualifier);

bool consistent(const ValueRange& a, const ValueRange& b);

}  // namespace tally::searcher
