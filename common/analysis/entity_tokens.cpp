#include "common/analysis/entity_tokens.hpp"

#include "common/analysis/entity_words.hpp"
#include "common/core/strings.hpp"
#include "common/core/utf8.hpp"

namespace tally::entity_tokens {
namespace {

bool
is_letter(char c) {
  return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool
is_word_char(char c) {
  return is_letter(c) || is_ascii_digit(c);
}

// The dot after the previous word ends a sentence unless that word is an initial ("J."),
// dotted capitals ("U.S.") or a title ("Mr.", "Gen.").
bool
ends_sentence_after(const Word& previous) {
  std::string_view t = previous.text;
  if (t.find('.') != std::string_view::npos || (t.size() == 1 && is_ascii_upper(t[0]))) {
    return false;
  }
  return !entity_words::is_title(t);
}

}  // namespace

bool
is_capitalised(std::string_view word) {
  std::size_t pos = 0;
  if (word.empty()) {
    return false;
  }
  char32_t cp = next_code_point(word, pos);
  if (cp < 0x80) {
    return cp >= 'A' && cp <= 'Z';
  }
  if (cp >= 0xC0 && cp <= 0xDE) {
    return cp != 0xD7;
  }
  return cp >= 0x100 && cp <= 0x17F && cp % 2 == 0;
}

bool
is_acronym(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (is_ascii_lower(c)) {
      return false;
    }
    letters += is_ascii_upper(c) ? 1U : 0U;
  }
  return letters >= 2 && is_ascii_upper(word[0]);
}

std::vector<Word>
split_words(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 5 + 1);
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    std::size_t segment = i;  // start of the part after the last '.' (for "U.N.")
    while (true) {
      while (i < n && is_word_char(text[i])) {
        ++i;
      }
      if (i + 1 >= n) {
        break;
      }
      const char c = text[i];
      const char after = text[i + 1];
      if (c == '-' && is_word_char(after)) {
        ++i;
      } else if (c == '.' && i - segment == 1 && is_ascii_upper(after)) {
        segment = ++i;
      } else if (c == '\'' && i - w.begin == 1 && is_ascii_upper(after)) {
        ++i;  // O'Brien, D'Souza
      } else {
        break;
      }
    }
    w.end = i;
    // "U.N." and the initial "J.": the closing dot belongs to the word.
    if (i < n && text[i] == '.' && i - segment == 1 && is_ascii_upper(text[i - 1])) {
      w.end = ++i;
    }
    w.outer_end = w.end;
    if (i < n && text[i] == '\'') {
      if (i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
          (i + 2 >= n || !is_word_char(text[i + 2]))) {
        w.possessive = true;
        w.outer_end = i + 2;
      } else if (text[i - 1] == 's' && (i + 1 >= n || !is_word_char(text[i + 1]))) {
        w.possessive = true;
        w.outer_end = i + 1;
      }
      i = w.outer_end;
    }
    w.text = text.substr(w.begin, w.end - w.begin);
    // Look back over spaces, quotes and brackets for what ends the previous sentence.
    std::size_t k = w.begin;
    bool only_spaces = true;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"' || text[k - 1] == '(' ||
                     text[k - 1] == '\'' || text[k - 1] == '\n' || text[k - 1] == '\t')) {
      only_spaces = only_spaces && (text[k - 1] == ' ');
      --k;
    }
    const char before = k > 0 ? text[k - 1] : '.';
    const bool dash = k >= 3 && static_cast<unsigned char>(before) == 0x94 &&
                      static_cast<unsigned char>(text[k - 2]) == 0x80;
    if (words.empty()) {
      w.sentence_start = true;
    } else {
      const Word& prev = words.back();
      w.joined_to_previous = only_spaces && prev.outer_end == k;
      bool full_stop = false;
      if (before == '.' && prev.outer_end != k) {
        // A dot inside the previous word ("U.N.") ends nothing; one right after it may.
        full_stop = prev.outer_end + 1 != k || ends_sentence_after(prev);
      }
      w.sentence_start = dash || full_stop || before == '!' || before == '?' || before == ':';
    }
    words.push_back(w);
  }
  return words;
}

bool
is_particle_name(std::string_view word) {
  const std::size_t dash = word.find('-');
  return dash != std::string_view::npos && dash <= 3 &&
         entity_words::is_name_particle(word.substr(0, dash)) &&
         is_capitalised(word.substr(dash + 1));
}

}  // namespace tally::entity_tokens
