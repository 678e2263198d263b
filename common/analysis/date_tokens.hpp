#pragma once
// The token stream dates.cpp reads: runs of letters, runs of digits, and single punctuation
// characters, with byte offsets into the text. Bytes of multi-byte UTF-8 characters count as
// letters, so "Türkiye" is one word, except the dashes, double quotes and ellipsis, which are
// punctuation tokens: "week—police" is three tokens.

#include <cstddef>
#include <string_view>
#include <vector>

namespace tally::date_tokens {

enum class TokenType { kWord, kNumber, kPunct };

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  TokenType type = TokenType::kPunct;
  std::string_view text;
  long value = -1;  // for kNumber: the value, or -1 when longer than 9 digits
};

std::vector<Token> tokenise(std::string_view text);

// True when the text has a digit or a word that could start a date expression; a cheap test
// that lets most passages skip tokenising.
bool may_contain_date(std::string_view text);

}  // namespace tally::date_tokens
