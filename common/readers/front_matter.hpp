#pragma once
// Front matter: an optional header at the top of a text article, between two lines of "---":
//
//   ---
//   id: 000_7b4532b69401a9ef
//   source: AP
//   published: 2020-02-28
//   title: 22 Turkish Soldiers Killed in Syria's Idlib
//   url: https://...
//   ---
//   body, byte for byte
//
// Keys are case-insensitive; unknown keys are ignored; values may be wrapped in quotes.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

struct FrontMatter {
  std::map<std::string, std::string> fields;  // lower-case key -> value
  std::string_view body;                       // the text after the closing "---" line
};

// Returns nullopt when the text does not start with a front-matter block (then the whole text
// is the body). A block that opens but never closes is not front matter either.
std::optional<FrontMatter> parse_front_matter(std::string_view text);

}  // namespace tally
