#pragma once
// The words entity reading works on: names-aware word splitting ("U.N.", "al-Assad",
// "O'Brien" stay whole; "Turkey's" loses its possessive) and where sentences start.

#include <cstddef>
#include <string_view>
#include <vector>

namespace tally::entity_tokens {

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;        // the word without a possessive
  std::size_t outer_end = 0;  // with "'s" or a plural "'" when there is one
  std::string_view text;      // [begin, end)
  bool possessive = false;
  bool sentence_start = false;      // first word of the passage or of a sentence
  bool joined_to_previous = false;  // only spaces separate it from the previous word
};

std::vector<Word> split_words(std::string_view text);

// First letter upper case (ASCII or Latin-1/Latin Extended-A capitals such as "Ö", "Ş").
bool is_capitalised(std::string_view word);
// "NATO", "U.N.", "FBI": two or more letters, all capitals (dots allowed).
bool is_acronym(std::string_view word);
// "al-Assad", "el-Sissi": a name particle joined by a hyphen to a capitalised name.
bool is_particle_name(std::string_view word);

}  // namespace tally::entity_tokens
