#pragma once
// Small string helpers shared across common/.

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

namespace tally {

// ASCII character classes, by byte: any byte of a UTF-8 sequence (0x80 and up) is none of them.
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }

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

// ASCII lower case, as every folded key is stored and asked for (sources, fields, tags): the
// indexer and the query parser fold with this one function so that they cannot disagree.
inline std::string
ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (is_ascii_upper(c)) {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

// ASCII upper case: "unicef" -> "UNICEF", the form an acronym is written in.
inline std::string
ascii_upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (is_ascii_lower(c)) {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

// The word with its first letter in ASCII upper case: "sheriff" -> "Sheriff", the form the
// gazetteer and the title lists read a token's lower-case word in.
inline std::string
ascii_capitalized(std::string_view s) {
  std::string out(s);
  if (!out.empty() && is_ascii_lower(out[0])) {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  }
  return out;
}

// "1,234,567": the digits of `n` in groups of three, for people to read.
inline std::string
with_thousands(std::uint64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  return out;
}

}  // namespace tally
