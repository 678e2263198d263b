#pragma once
// Word tokens with byte offsets, and sentences, for the figure extractor and its neighbours.
// ASCII case folding only: the analysed text (normalise_for_analysis) has straight quotes, and
// non-ASCII letters are kept as they are inside words.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tally {

enum class TokenShape {
  kWord,    // starts with a letter: "soldiers", "Thirty-three", "U.S.", "M5", "F-16"
  kNumber,  // starts with a digit: "29", "950,000", "3.6", "1.2bn", "3rd", "10:30", "3-1"
  kPunct,   // one punctuation character (a UTF-8 dash or quote counts as one)
};

struct Token {
  std::size_t begin = 0;  // byte offsets into the tokenized text
  std::size_t end = 0;
  TokenShape shape = TokenShape::kWord;
  std::string lower;          // ASCII lower-case form of the token text; an organisation's
                              // acronym that spells a pronoun keeps its capitals ("WHO")
  bool capitalized = false;   // first character is an ASCII capital
  bool space_before = false;  // whitespace separates it from the previous token
  bool line_before = false;   // a newline separates it from the previous token
};

// A sentence as a token range [first, last) and the byte range [begin, end) it covers.
struct Sentence {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Whether a token of sentence `s` satisfies `pred` (called with the token's lower-case word).
template <typename Pred>
bool sentence_has(const std::vector<Token>& tokens, const Sentence& s, Pred pred) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (pred(std::string_view(tokens[k].lower))) {
      return true;
    }
  }
  return false;
}

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Splits `text` into tokens and sentences. A sentence ends at '.', '!' or '?' (after any closing
// quotes or brackets) followed by a capital, a digit or an opening quote, unless the '.' ends an
// abbreviation ("Mr.", "Gen.", "Feb.", "No. 5") or an initial ("Edith M. Lederer"); it also ends
// at a stop that a capitalised word touches, in text scraped without the space ("on the
// court.Republican Sen."; not "Yahoo!News" or an address), and at a line break. Tokens keep
// byte offsets into `text`, which must outlive nothing: tokens own their lower-case copies.
TokenizedText tokenize(std::string_view text);

// True when the token is the punctuation character `c`.
inline bool is_punct(const Token& t, char c) {
  return t.shape == TokenShape::kPunct && t.lower.size() == 1 && t.lower[0] == c;
}

inline bool is_word(const Token& t) { return t.shape == TokenShape::kWord; }

// The part of a word after its last hyphen, or the whole word: "St." of "Minneapolis-St.",
// "sen" of "then-sen".
inline std::string_view hyphen_tail(std::string_view w) {
  const auto dash = w.rfind('-');
  return dash == std::string_view::npos ? w : w.substr(dash + 1);
}

// A number of four digits from 19 or 20: the form of a year ("in 2019", "a 1992 decision").
inline bool looks_like_year(const Token& t) {
  return t.shape == TokenShape::kNumber && t.lower.size() == 4 &&
         (t.lower.starts_with("19") || t.lower.starts_with("20"));
}

// "Iowa's", "Iowa’s": a word that ends in a possessive "'s" (the tokenizer splits off a curly
// apostrophe, so on tokens only the straight form matches).
inline bool ends_possessive(std::string_view w) {
  return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s");
}

// "senate" for "senate's": a token's lower-case word without its straight possessive "'s" (the
// only one that stays on a token).
inline std::string_view without_possessive(std::string_view w) {
  if (w.ends_with("'s")) {
    w.remove_suffix(2);
  }
  return w;
}

// The byte length of the quote mark that `text` starts with (' " and the UTF-8 curly quotes),
// or 0.
std::size_t quote_mark_length(std::string_view text);

// True for quote characters: ' " and the UTF-8 curly quotes.
bool is_quote(const Token& t);

// A quote that opens or closes a quotation: any but the straight apostrophe, which is as often
// a possessive or an elision.
inline bool is_quotation_mark(const Token& t) {
  return is_quote(t) && t.lower != "'";
}

// True for the UTF-8 em and en dashes ("—", "–").
inline bool is_dash(const Token& t) {
  return t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93";
}

// True for a dash that can set off an aside: an em or en dash (a typed "--" is read as an em
// dash), or a hyphen standing alone between spaces ("a family of six - two adults and four
// children - drowned").
inline bool is_aside_dash(const std::vector<Token>& tokens, std::size_t k) {
  const Token& t = tokens[k];
  return is_dash(t) ||
         (t.lower == "-" && t.space_before && k + 1 < tokens.size() && tokens[k + 1].space_before);
}

// True for an ampersand inside a name: "&" between capitalised words ("PG&E", "Procter &
// Gamble").
inline bool is_name_ampersand(const std::vector<Token>& tokens, std::size_t k) {
  return is_punct(tokens[k], '&') && k > 0 && k + 1 < tokens.size() &&
         tokens[k - 1].capitalized && tokens[k + 1].capitalized;
}

// True for the punctuation that ends a clause inside a sentence: , ; : and the em dash.
inline bool is_clause_break(const Token& t) {
  return is_punct(t, ',') || is_punct(t, ';') || is_punct(t, ':') || t.lower == "\xE2\x80\x94";
}

// The index of the first token that ends after byte offset `byte` (tt.tokens.size() when none):
// the token at or after that byte.
std::size_t token_at(const TokenizedText& tt, std::size_t byte);

// The index of the sentence that holds token `token`: the last sentence for a token past the
// end, 0 when there are no sentences.
std::size_t sentence_of(const TokenizedText& tt, std::size_t token);

}  // namespace tally
