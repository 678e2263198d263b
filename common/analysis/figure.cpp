#include "common/analysis/figure.hpp"

namespace tally {

const char*
qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAbout:
      return "about";
    case Qualifier::kNearly:
      return "nearly";
    case Qualifier::kUpTo:
      return "up_to";
    case Qualifier::kLessThan:
      return "less_than";
    case Qualifier::kVague:
      return "vague";
  }
  return "exact";
}

const char*
entity_kind_name(EntityKind k) {
  switch (k) {
    case EntityKind::kPerson:
      return "person";
    case EntityKind::kPlace:
      return "place";
    case EntityKind::kOrganisation:
      return "organisation";
  }
  return "person";
}

}  // namespace tally
