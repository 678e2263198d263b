#pragma once
// A fixed set of words for the per-token tests of the extractors ("is this a speech verb?"),
// with a pre-check that rejects most words before hashing: a word whose first byte and length
// no member shares is not a member. Case-sensitive; the views must outlive the set (string
// literals in practice). Immutable after construction, so safe to share between threads.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace tally {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    for (const auto w : words) {
      if (w.empty()) {
        continue;
      }
      shapes_[static_cast<unsigned char>(w[0])] |= w.size() < 64 ? std::uint64_t{1} << w.size() : 1U;
    }
  }

  bool contains(std::string_view w) const {
    if (w.empty()) {
      return words_.contains(w);
    }
    const std::uint64_t bit = w.size() < 64 ? std::uint64_t{1} << w.size() : 1U;  // bit 0: long
    return (shapes_[static_cast<unsigned char>(w[0])] & bit) != 0 && words_.contains(w);
  }

 private:
  std::array<std::uint64_t, 256> shapes_{};  // by first byte: bit n set when a member has n bytes
  std::unordered_set<std::string_view> words_;
};

}  // namespace tally
