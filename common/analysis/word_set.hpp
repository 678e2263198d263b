#pragma once
// A fixed set of words for the per-token tests of the extractors ("is this a speech verb?"),
// with a pre-check that rejects most words before hashing: a word whose first byte and length
// no member shares is not a member. Case-sensitive; the views must outlive the set (string
// literals, or the embedded lexicons: lexicon_word_list() in lexicon_rows.hpp). Immutable after
// construction, so safe to share between threads.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "common/analysis/word_map.hpp"

namespace tally {

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.end()) {}

  template <typename It>
  WordSet(It first, It last) {
    for (; first != last; ++first) {
      add(*first);
    }
  }

  void add(std::string_view w) {
    words_.insert(w, true);
    if (!w.empty()) {
      shapes_[static_cast<unsigned char>(w[0])] |= shape_bit(w);
    }
  }

  bool contains(std::string_view w) const {
    if (w.empty()) {
      return words_.contains(w);
    }
    return (shapes_[static_cast<unsigned char>(w[0])] & shape_bit(w)) != 0 && words_.contains(w);
  }

 private:
  // Bit n for a word of n bytes; bit 0 for every word of 64 bytes or more.
  static std::uint64_t shape_bit(std::string_view w) {
    return w.size() < 64 ? std::uint64_t{1} << w.size() : std::uint64_t{1};
  }

  std::array<std::uint64_t, 256> shapes_{};  // by first byte: bit n set when a member has n bytes
  WordMap<bool> words_;
};

}  // namespace tally
