#include "common/analysis/gazetteer.hpp"

#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/word_map.hpp"
#include "common/analysis/word_set.hpp"

#include <algorithm>
#include <string>

namespace tally::gazetteer {
namespace {

struct Table {
  WordMap<Entry> names;  // keys and canonical names are views of the embedded gazetteer
  WordSet given;
  WordMap<std::size_t> max_words_from;  // by first word
  std::size_t max_words = 1;
};

std::string_view
trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits `s` at `sep`, calling `f` with each trimmed, non-empty part.
template <typename F>
void
for_each_part(std::string_view s, char sep, F f) {
  while (!s.empty()) {
    std::size_t cut = s.find(sep);
    std::string_view part = trim(s.substr(0, cut));
    if (!part.empty()) {
      f(part);
    }
    if (cut == std::string_view::npos) {
      break;
    }
    s.remove_prefix(cut + 1);
  }
}

std::size_t
word_count(std::string_view s) {
  std::size_t n = 1;
  for (char c : s) {
    n += c == ' ' ? 1 : 0;
  }
  return n;
}

Table
load() {
  Table t;
  for_each_part(tally::data::lexicon_gazetteer(), '\n', [&t](std::string_view line) {
    if (line.front() == '#') {
      return;
    }
    std::size_t tab1 = line.find('\t');
    std::string_view canonical = trim(line.substr(0, tab1));
    std::string_view rest = tab1 == std::string_view::npos ? "" : line.substr(tab1 + 1);
    std::size_t tab2 = rest.find('\t');
    std::string_view kind = trim(rest.substr(0, tab2));
    std::string_view aliases = tab2 == std::string_view::npos ? "" : rest.substr(tab2 + 1);
    if (kind == "given") {
      t.given.add(canonical);
      return;
    }
    Entry e{canonical, kind == "person"         ? NameKind::kPerson
                       : kind == "organisation" ? NameKind::kOrganisation
                                                : NameKind::kPlace};
    auto add = [&t, e](std::string_view name) {
      t.names.insert(name, e);  // the first entry to claim a name keeps it
      const std::size_t words = word_count(name);
      t.max_words = std::max(t.max_words, words);
      std::size_t& from = t.max_words_from.insert(name.substr(0, name.find(' ')), 0);
      from = std::max(from, words);
    };
    add(canonical);
    for_each_part(aliases, '|', add);
  });
  return t;
}

const Table&
table() {
  static const Table kTable = load();
  return kTable;
}

// "ISTANBUL" -> "Istanbul", "AL-QAEDA" -> "Al-Qaeda": capitals after the first of each word
// (words split at spaces and dashes) lowered.
std::string
title_case(std::string_view s) {
  std::string title(s);
  bool word_start = true;
  for (char& c : title) {
    if (!word_start && c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    word_start = c == ' ' || c == '-';
  }
  return title;
}

bool
is_all_caps(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

}  // namespace

std::optional<Entry>
lookup(std::string_view name) {
  const Table& t = table();
  if (const Entry* e = t.names.find(name)) {
    return *e;
  }
  if (name.size() > 3 && is_all_caps(name)) {
    if (const Entry* e = t.names.find(title_case(name))) {
      return *e;
    }
  }
  return std::nullopt;
}

bool
is_given_name(std::string_view word) {
  return table().given.contains(word);
}

std::size_t
max_words() {
  return table().max_words;
}

std::size_t
max_words_from(std::string_view first) {
  const Table& t = table();
  std::size_t most = 0;
  if (const std::size_t* n = t.max_words_from.find(first)) {
    most = *n;
  }
  const bool has_lower =
      std::any_of(first.begin(), first.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!has_lower) {
    if (const std::size_t* n = t.max_words_from.find(title_case(first))) {
      most = std::max(most, *n);
    }
  }
  return most;
}

}  // namespace tally::gazetteer
