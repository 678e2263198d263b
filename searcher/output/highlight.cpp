#include "searcher/output/highlight.hpp"

#include <xapian/unicode.h>

#include "common/core/utf8.hpp"
#include "common/schema.hpp"

namespace tally::searcher {
namespace {

bool
is_word_char(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  return Xapian::Unicode::is_wordchar(static_cast<unsigned>(cp));
}

bool
is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

std::string
fold(std::string_view word) {
  std::string out;
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = next_code_point(word, pos);
    append_utf8(out, is_apostrophe(cp) ? U'\''
                                       : static_cast<char32_t>(Xapian::Unicode::tolower(
                                             static_cast<unsigned>(cp))));
  }
  return out;
}

}  // namespace

Highlighter::Highlighter(const std::vector<std::string>& terms)
    : stemmer_(std::string(schema::kStemmer)) {
  const std::string title(schema::kPrefixTitle);
  for (std::string t : terms) {
    const bool stemmed = t.starts_with('Z');
    if (stemmed) {
      t.erase(0, 1);
    }
    if (t.starts_with(title)) {
      t.erase(0, title.size());
    }
    if (t.empty() || (t.front() >= 'A' && t.front() <= 'Z')) {
      continue;  // a filter term (source, event ...), not a word of the text
    }
    (stemmed ? stems_ : words_).insert(t);
  }
}

std::vector<Span>
Highlighter::spans(std::string_view text) const {
  std::vector<Span> out;
  if (words_.empty() && stems_.empty()) {
    return out;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(text, pos);
    if (!is_word_char(cp)) {
      continue;
    }
    std::size_t end = pos;
    while (pos < text.size()) {
      std::size_t next = pos;
      cp = next_code_point(text, next);
      if (is_word_char(cp)) {
        end = pos = next;
        continue;
      }
      // An apostrophe between letters stays inside the word ("Turkey's"), as in Xapian.
      std::size_t after = next;
      if (is_apostrophe(cp) && after < text.size() && is_word_char(next_code_point(text, after))) {
        end = pos = after;
        continue;
      }
      break;
    }
    const std::string word = fold(text.substr(start, end - start));
    if (words_.contains(word) || stems_.contains(stemmer_(word))) {
      out.push_back(Span{start, end});
    }
  }
  return out;
}

std::string
Highlighter::mark(std::string_view text, std::string_view open, std::string_view close) const {
  std::string out;
  std::size_t at = 0;
  for (const auto& s : spans(text)) {
    out.append(text.substr(at, s.begin - at));
    out.append(open);
    out.append(text.substr(s.begin, s.end - s.begin));
    out.append(close);
    at = s.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace tally::searcher
