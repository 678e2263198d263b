#pragma once
// Content hashing for ids and for recognising the same text twice.

#include <cstdint>
#include <string>
#include <string_view>

namespace tally {

// 64-bit FNV-1a of the bytes.
std::uint64_t fnv1a(std::string_view bytes);

// fnv1a as 16 lower-case hex digits: the id of an article that has neither id nor URL.
std::string content_hash(std::string_view bytes);

}  // namespace tally
