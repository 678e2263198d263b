#include "common/core/utf8.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "common/core/strings.hpp"

namespace tally {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// An en dash that joins the word `out` ends with to the letter `next` as a hyphen would:
// between two names ("Trump–Russia", "D–Mass.") or after a prefix ("non–Native", "then–FBI").
// Between lower-case words it is a dash set closed ("two separate areas–the west area").
bool en_dash_joins_words(std::string_view out, char next) {
  std::size_t start = out.size();
  while (start > 0 && is_ascii_letter(out[start - 1])) {
    --start;
  }
  const std::string_view word = out.substr(start);
  if (word.empty() || !is_ascii_letter(next)) {
    return false;
  }
  if (is_ascii_upper(word.front()) && is_ascii_upper(next)) {
    return true;
  }
  static constexpr std::string_view kPrefixes[] = {"non", "anti", "pro",  "post", "pre",
                                                   "ex",  "then", "mid",  "self", "co",
                                                   "semi", "multi", "inter", "trans"};
  const std::string lower = ascii_lower(word);
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), lower) != std::end(kPrefixes);
}

// Length of the valid sequence starting at pos, or 0 when it is invalid.
std::size_t
valid_sequence_length(std::string_view s, std::size_t pos, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1Fu;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0Fu;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07u;
    min = 0x10000;
  } else {
    return 0;
  }
  if (pos + len > s.size()) {
    return 0;
  }
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

}  // namespace

void
append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t
next_code_point(std::string_view text, std::size_t& pos) {
  char32_t cp = 0;
  const std::size_t len = valid_sequence_length(text, pos, cp);
  if (len == 0) {
    ++pos;
    return kReplacement;
  }
  pos += len;
  return cp;
}

Utf8Repair
repair_utf8(std::string_view bytes) {
  Utf8Repair r;
  r.text.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    char32_t cp = 0;
    const std::size_t len = valid_sequence_length(bytes, pos, cp);
    if (len == 0) {
      if (r.replaced == 0) {
        r.first_bad = pos;
      }
      ++r.replaced;
      append_utf8(r.text, kReplacement);
      ++pos;
      // A run of continuation bytes after a bad lead is one error, not many.
      while (pos < bytes.size() && (static_cast<unsigned char>(bytes[pos]) & 0xC0) == 0x80) {
        ++pos;
      }
      continue;
    }
    r.text.append(bytes.substr(pos, len));
    pos += len;
  }
  return r;
}

bool
is_valid_utf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    char32_t cp = 0;
    const std::size_t len = valid_sequence_length(bytes, pos, cp);
    if (len == 0) {
      return false;
    }
    pos += len;
  }
  return true;
}

bool
looks_binary(std::string_view prefix) {
  std::size_t control = 0;
  for (const char c : prefix) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) {
      return true;
    }
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
      ++control;
    }
  }
  return !prefix.empty() && control * 10 > prefix.size();
}

std::string
normalise_for_analysis(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {  // fast path: ASCII passes through
      out += static_cast<char>(b);
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = next_code_point(text, pos);
    switch (cp) {
      case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
      case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
      case 0x202F: case 0x205F: case 0x3000:
        out += ' ';
        break;
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        out += '\'';
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        out += '"';
        break;
      case 0x2026:
        out += "...";
        break;
      // an en dash between digits is a tally or a range ("2–1" reads as "2-1"); between
      // words it may join a compound as a hyphen does (en_dash_joins_words)
      case 0x2013:
        if (!out.empty() && pos < text.size() &&
            ((is_ascii_digit(out.back()) && is_ascii_digit(text[pos])) ||
             en_dash_joins_words(out, text[pos]))) {
          out += '-';
        } else {
          out.append(text.substr(start, pos - start));
        }
        break;
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        break;
      default:
        out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace tally
