#include "searcher/answers/consistency.hpp"

#include <limits>

namespace tally::searcher {

ValueRange
range_of(double v, Qualifier q) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  constexpr double kStep = 1e-9;  // an open end: "more than 50" is not 50
  switch (q) {
    case Qualifier::kExact:
      return {v, v};
    case Qualifier::kAtLeast:
      return {v, kInf};
    case Qualifier::kMoreThan:
      return {v + kStep, kInf};
    case Qualifier::kAbout:
      return {0.8 * v, 1.2 * v};
    case Qualifier::kNearly:
      return {0.8 * v, v};
    case Qualifier::kUpTo:
      return {0, v};
    case Qualifier::kLessThan:
      return {0, v - kStep};
    case Qualifier::kVague:
      return {v, 10 * v - kStep};
  }
  return {v, v};
}

bool
consistent(const ValueRange& a, const ValueRange& b) {
  return a.low <= b.high && b.low <= a.high;
}

}  // namespace tally::searcher
