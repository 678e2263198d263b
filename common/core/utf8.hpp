#pragma once
// UTF-8 validation and repair, and the one normalisation every analysis step applies.

#include <cstddef>
#include <string>
#include <string_view>

namespace tally {

struct Utf8Repair {
  std::string text;             // valid UTF-8
  std::size_t replaced = 0;     // invalid byte sequences replaced by U+FFFD
  std::size_t first_bad = 0;    // byte offset of the first invalid sequence (when replaced > 0)
};

// Returns the text with every invalid sequence (stray continuation bytes, truncated or
// overlong sequences, surrogates, code points above U+10FFFF) replaced by U+FFFD.
Utf8Repair repair_utf8(std::string_view bytes);

bool is_valid_utf8(std::string_view bytes);

// True when the bytes look like a binary file rather than text: a NUL byte, or more than
// 10% control characters other than tab, CR, LF and FF, in the given prefix.
bool looks_binary(std::string_view prefix);

// The analysis form of a text, shared by indexing and querying: Unicode spaces (NBSP, thin,
// ideographic ...) become ' ', curly quotes and primes become ' and ", the ellipsis becomes "...",
// soft hyphens and zero-width characters are dropped. An en dash between two digits, two
// names or after a prefix becomes a hyphen ("2–1", "Trump–Russia", "non–Native"); other dashes
// are kept. The stored text stays as written; only analysis sees this form.
std::string normalise_for_analysis(std::string_view text);

// Decodes one code point at `pos` (advancing it); returns U+FFFD on an invalid sequence.
char32_t next_code_point(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

}  // namespace tally
