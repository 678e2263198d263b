#pragma once
// Small string helpers shared across common/.

#include <cctype>
#include <string_view>

namespace tally {

// The text without leading and trailing ASCII white space.
inline std::string_view
trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace tally
