#include "common/core/hash.hpp"

#include <array>
#include <cstdio>

namespace tally {

std::uint64_t
fnv1a(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string
content_hash(std::string_view bytes) {
  std::array<char, 17> buf{};
  std::snprintf(buf.data(), buf.size(), "%016llx", static_cast<unsigned long long>(fnv1a(bytes)));
  return buf.data();
}

}  // namespace tally
