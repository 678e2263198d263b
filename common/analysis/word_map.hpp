#pragma once
// A fixed map from words to values for the per-token lookups of the analysis (word lists,
// lexicons, the gazetteer), which run on every word of every passage: one flat array probed
// linearly from a cheap hash of the word, so that a lookup touches one or two cache lines and
// allocates nothing, where a node-based std::unordered_map follows a bucket and a node and
// hashes with a slower general function. Keys are views: they must outlive the map (string
// literals, the embedded lexicons, or strings the owner keeps in place). Built once, then
// immutable and safe to share between threads.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace tally {

// A hash of a short word: its bytes taken eight at a time, mixed by multiplication.
inline std::uint64_t word_hash(std::string_view w) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ w.size();
  std::size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, w.data() + i, 8);
    h = (h ^ x) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  std::uint64_t x = 0;
  if (i < w.size()) {
    std::memcpy(&x, w.data() + i, w.size() - i);
  }
  h = (h ^ x) * 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

template <typename V>
class WordMap {
 public:
  // Adds `key` with `value` unless it is there (the first value stays, as emplace keeps it);
  // returns the value stored under `key`, valid until the next insert (which may grow the map).
  V& insert(std::string_view key, V value) {
    const std::uint64_t h = word_hash(key);
    if (!slots_.empty()) {
      if (Slot& s = probe(key, h); s.used) {
        return s.value;
      }
    }
    if ((size_ + 1) * 2 > slots_.size()) {
      grow();
    }
    Slot& s = probe(key, h);
    s = Slot{key, std::move(value), true, static_cast<std::uint32_t>(h >> 32)};
    ++size_;
    return s.value;
  }

  // The value stored under `key`, or nullptr.
  const V* find(std::string_view key) const {
    if (slots_.empty()) {
      return nullptr;
    }
    const std::uint64_t h = word_hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) {
        return nullptr;
      }
      if (s.tag == tag && s.key == key) {
        return &s.value;
      }
    }
  }

  bool contains(std::string_view key) const { return find(key) != nullptr; }
  std::size_t size() const { return size_; }

  // Each key and value, in no particular order.
  template <typename F>
  void for_each(F f) const {
    for (const Slot& s : slots_) {
      if (s.used) {
        f(s.key, s.value);
      }
    }
  }

 private:
  struct Slot {
    std::string_view key;
    V value{};
    bool used = false;
    std::uint32_t tag = 0;  // the hash's high half: most mismatches end before comparing keys
  };

  Slot& probe(std::string_view key, std::uint64_t h) {
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used || (s.tag == tag && s.key == key)) {
        return s;
      }
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (Slot& s : old) {
      if (s.used) {
        probe(s.key, word_hash(s.key)) = std::move(s);
      }
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace tally
