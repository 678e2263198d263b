#include "common/analysis/tokens.hpp"

#include <array>
#include <string_view>

#include "common/analysis/gazetteer.hpp"
#include "common/core/strings.hpp"

namespace tally {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Multi-byte punctuation the normaliser keeps: dashes (U+2010..U+2015), curly quotes that may
// survive in unnormalised input (U+2018..U+201F), the ellipsis, bullets.
std::size_t punct_length_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const auto c2 = static_cast<unsigned char>(text[i + 2]);
    if (c2 >= 0x90 && c2 <= 0xA6) {
      return 3;
    }
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    const auto c1 = static_cast<unsigned char>(text[i + 1]);
    if (c1 == 0xA3 || c1 == 0xA5 || c1 == 0xAB || c1 == 0xBB || c1 == 0xB7) {  // £ ¥ « » ·
      return 2;
    }
  }
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x82 &&
      static_cast<unsigned char>(text[i + 2]) == 0xAC) {  // €
    return 3;
  }
  return 0;
}

bool is_word_byte(std::string_view text, std::size_t i) {
  if (is_ascii_letter(text[i]) || is_ascii_digit(text[i])) {
    return true;
  }
  return static_cast<unsigned char>(text[i]) >= 0x80 && punct_length_at(text, i) == 0;
}

// Reads "U.S.", "U.N.", "p.m." at i: single letters each followed by '.', at least two of them.
std::size_t dotted_abbreviation_end(std::string_view text, std::size_t i) {
  std::size_t j = i;
  int letters = 0;
  while (j + 1 < text.size() && is_ascii_letter(text[j]) &&
         text[j + 1] == '.' && (j == i || text[j - 1] == '.')) {
    j += 2;
    ++letters;
    if (j < text.size() && is_ascii_letter(text[j]) &&
        (j + 1 >= text.size() || text[j + 1] != '.')) {
      return i;  // "e.g" followed by letters: not an abbreviation of this form
    }
  }
  return letters >= 2 ? j : i;
}

std::size_t word_end(std::string_view text, std::size_t i) {
  if (const auto abbr = dotted_abbreviation_end(text, i); abbr != i) {
    // "U.S.-born", "U.N.-backed": a lower-case word joined by a hyphen makes one compound
    // modifier, as "Britain-based" is one word; "U.S.-Mexico" stays two names
    if (abbr + 1 < text.size() && text[abbr] == '-' &&
        is_ascii_lower(text[abbr + 1])) {
      return word_end(text, abbr + 1);
    }
    return abbr;
  }
  std::size_t j = i;
  while (j < text.size()) {
    if (is_word_byte(text, j)) {
      ++j;
      continue;
    }
    const char c = text[j];
    const bool has_next = j + 1 < text.size();
    const bool prev_digit = j > i && is_ascii_digit(text[j - 1]);
    const bool next_digit = has_next && is_ascii_digit(text[j + 1]);
    if ((c == ',' || c == '.' || c == ':') && prev_digit && next_digit) {
      ++j;
      continue;
    }
    if ((c == '-' || c == '\'') && j > i && has_next && is_word_byte(text, j + 1) &&
        is_word_byte(text, j - 1)) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

constexpr std::array<std::string_view, 50> kAbbreviations = {
    "mr",  "mrs",  "ms",  "dr",   "gen",  "st",   "inc",  "no",  "jan", "feb", "mar",
    "apr", "jun",  "jul", "aug",  "sep",  "sept", "oct",  "nov", "dec", "lt",  "col",
    "sgt", "capt", "gov", "sen",  "rep",  "prof", "jr",   "sr",  "co",  "corp", "ltd",
    "mt",  "ft",   "ave", "rev",  "hon",  "pres", "maj",  "adm", "cmdr", "vs", "messrs",
    "cpl", "pvt",  "pfc", "spc",  "det",  "supt"};

bool is_abbreviation(const Token& t) {
  if (t.shape != TokenShape::kWord) {
    return false;
  }
  if (t.lower.size() == 1 && t.capitalized) {
    return true;  // an initial: "Edith M. Lederer"
  }
  // (or the last part of a hyphened name: "the Minneapolis-St. Paul area")
  const std::string_view word = hyphen_tail(t.lower);
  for (const auto a : kAbbreviations) {
    if (word == a) {
      return true;
    }
  }
  return false;
}

bool starts_sentence(const Token& t) {
  return t.capitalized || t.shape == TokenShape::kNumber || is_quote(t);
}

// Text scraped without the space after a stop: "... on the court.Republican Sen. Pat Toomey
// said", "officers.In 2019", "said.\"We": the stop at `stop`, then a capitalised word at
// `next` touching it, after a word or a number ("in 2019.The"); not "Yahoo!News" or an address
// ("Rebecca.Ballhaus@wsj.com"). Initials never reach it: a single capital before the stop is an
// abbreviation, tested first ("George H.W.Bush").
bool joined_sentence_start(const std::vector<Token>& toks, std::size_t stop, std::size_t next) {
  if (stop == 0 || next >= toks.size() || toks[next].space_before || is_punct(toks[stop], '!')) {
    return false;
  }
  const Token& before = toks[stop - 1];
  const Token& start = toks[next];
  if (!start.capitalized || start.lower.size() < 2 || before.lower.size() < 2 ||
      before.shape == TokenShape::kPunct) {
    return false;
  }
  const auto touching = [&](std::size_t k) { return k < toks.size() && !toks[k].space_before; };
  const bool address = touching(next + 1) &&
                       (is_punct(toks[next + 1], '@') ||
                        (is_punct(toks[next + 1], '.') && touching(next + 2) &&
                         toks[next + 2].shape == TokenShape::kWord));
  return !address;
}

// "WHO", "NATO": two or more letters, all ASCII capitals.
bool all_capitals(std::string_view text, const Token& t) {
  if (t.shape != TokenShape::kWord || t.end - t.begin < 2) {
    return false;
  }
  for (std::size_t i = t.begin; i < t.end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return true;
}

// Pronouns, which the analysis takes for grammar wherever they stand.
bool is_pronoun_form(std::string_view lower) {
  for (const std::string_view w : {"who", "which", "that", "it", "us", "we", "he", "she", "they",
                                   "them", "me"}) {
    if (lower == w) {
      return true;
    }
  }
  return false;
}

// An organisation's acronym that spells a pronoun keeps its capitals in `lower`, so that no
// word list takes it for the pronoun: "the WHO said" is the World Health Organization's saying,
// not a relative clause. Not when a word next to it is all capitals too: in a headline set in
// capitals ("WHO WILL PAY?") the word may be the pronoun.
void keep_acronym_names(std::string_view text, std::vector<Token>& toks) {
  const auto shouted = [&](std::size_t k) {
    return k < toks.size() && all_capitals(text, toks[k]);
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    Token& t = toks[k];
    if (!t.capitalized || !all_capitals(text, t) || !is_pronoun_form(t.lower) ||
        (k > 0 && shouted(k - 1)) || shouted(k + 1)) {
      continue;
    }
    const auto name = text.substr(t.begin, t.end - t.begin);
    if (const auto entry = gazetteer::lookup(name);
        entry && entry->kind == gazetteer::NameKind::kOrganisation) {
      t.lower = std::string(name);
    }
  }
}

}  // namespace

std::size_t quote_mark_length(std::string_view text) {
  if (text.starts_with('"') || text.starts_with('\'')) {
    return 1;
  }
  for (const std::string_view curly :
       {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"}) {
    if (text.starts_with(curly)) {
      return curly.size();
    }
  }
  return 0;
}

bool is_quote(const Token& t) {
  return t.shape == TokenShape::kPunct && !t.lower.empty() &&
         quote_mark_length(t.lower) == t.lower.size();
}

TokenizedText tokenize(std::string_view text) {
  TokenizedText out;
  out.tokens.reserve(text.size() / 5 + 1);
  bool space = false;
  bool line = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      space = true;
      line = line || c == '\n' || c == '\r';
      ++i;
      continue;
    }
    Token t;
    bool typed_dash = false;
    t.begin = i;
    t.space_before = space;
    t.line_before = line;
    if (is_word_byte(text, i)) {
      t.end = word_end(text, i);
      t.shape = is_ascii_digit(text[i]) ? TokenShape::kNumber : TokenShape::kWord;
      t.capitalized = is_ascii_upper(text[i]);
    } else {
      // "--" typed for an em dash reads as one: "Four justices -- Breyer ... -- dissented"
      typed_dash = c == '-' && i + 1 < text.size() && text[i + 1] == '-' &&
                   (i + 2 >= text.size() || text[i + 2] != '-') && (i == 0 || text[i - 1] != '-');
      const auto len = typed_dash ? 2 : punct_length_at(text, i);
      t.end = i + (len == 0 ? 1 : len);
      t.shape = TokenShape::kPunct;
    }
    t.lower = typed_dash ? std::string("\xE2\x80\x94")
                         : ascii_lower(text.substr(t.begin, t.end - t.begin));
    out.tokens.push_back(std::move(t));
    i = out.tokens.back().end;
    space = false;
    line = false;
  }
  keep_acronym_names(text, out.tokens);

  // Sentences.
  const auto& toks = out.tokens;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    if (last > first) {
      out.sentences.push_back({first, last, toks[first].begin, toks[last - 1].end});
    }
    first = last;
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (k > first && toks[k].line_before) {
      close(k);
    }
    const Token& t = toks[k];
    if (!(is_punct(t, '.') || is_punct(t, '!') || is_punct(t, '?'))) {
      continue;
    }
    if (is_punct(t, '.') && k > 0 && !t.space_before && is_abbreviation(toks[k - 1])) {
      const bool number_follows = k + 1 < toks.size() && toks[k + 1].shape == TokenShape::kNumber;
      if (toks[k - 1].lower != "no" || number_follows) {
        continue;
      }
    }
    std::size_t end = k + 1;
    while (end < toks.size() && !toks[end].space_before &&
           (is_quote(toks[end]) || is_punct(toks[end], ')') || is_punct(toks[end], ']') ||
            is_punct(toks[end], '.'))) {
      ++end;
    }
    if (end >= toks.size() || (toks[end].space_before && starts_sentence(toks[end])) ||
        joined_sentence_start(toks, k, end)) {
      close(end);
      k = end - 1;
    }
  }
  close(toks.size());
  return out;
}

std::size_t token_at(const TokenizedText& tt, std::size_t byte) {
  std::size_t lo = 0;
  std::size_t hi = tt.tokens.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (tt.tokens[mid].end <= byte) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

std::size_t sentence_of(const TokenizedText& tt, std::size_t token) {
  for (std::size_t s = 0; s < tt.sentences.size(); ++s) {
    if (token < tt.sentences[s].last) {
      return s;
    }
  }
  return tt.sentences.empty() ? 0 : tt.sentences.size() - 1;
}

}  // namespace tally
