// What a run of capitalised words names: a person after a title ("Hatay province Governor
// Rahmi Dogan"), the names the gazetteer knows inside it, and for the rest the evidence around
// it (a place cue, an acronym, a speech verb, a given name, a preposition).

#include "common/analysis/entity_reader.hpp"

#include <algorithm>

namespace tally::entity_reader {

using entity_tokens::is_acronym;
using gazetteer::NameKind;

// "Hatay province Governor Rahmi Dogan", "U.N. Secretary-General Antonio Guterres".
bool
PassageReader::read_titled(std::size_t a, std::size_t b) {
  std::size_t t = b;
  for (std::size_t k = a; k + 1 < b; ++k) {
    if (entity_words::is_title(words_[k].text) && !words_[k].possessive) {
      t = k;
    }
  }
  if (t == b) {
    return false;
  }
  std::size_t name = t + 1;
  // "Secretary of State Mike Pompeo": the name starts at a given name, or after "of X".
  for (std::size_t k = name; k < b; ++k) {
    if (gazetteer::is_given_name(words_[k].text)) {
      name = k;
      break;
    }
  }
  if (name == t + 1 && entity_words::is_name_connector(words_[name].text) && name + 2 < b) {
    name += 2;
  }
  bool titles_only = true;  // "the Inspector General", "Attorney General": an office
  for (std::size_t k = name; k < b; ++k) {
    titles_only = titles_only && entity_words::is_title(words_[k].text);
  }
  if (titles_only) {
    return false;
  }
  for (std::size_t k = name; k < b; ++k) {
    // "Senator Dianne Feinstein of California": the place a titled person is from
    const auto from = k > name && k + 1 < b && (words_[k].text == "of" || words_[k].text == "from")
                          ? gazetteer::lookup(join(k + 1, b))
                          : std::nullopt;
    if (from && from->kind == NameKind::kPlace) {
      emit(k + 1, b, entity_kind(from->kind), std::string(from->canonical));
      b = k;
      break;
    }
    if (entity_words::is_organisation_cue(words_[k].text) ||
        entity_words::is_name_connector(words_[k].text)) {
      return false;  // "Prime Minister's Office", "Minister of Defence"
    }
  }
  std::string title = title_before(a, name);
  // Places and organisations inside the title ("U.N." in "U.N. Secretary-General") count too.
  for (std::size_t k = a; k < t; ++k) {
    if (auto e = gazetteer::lookup(words_[k].text); e && e->kind != NameKind::kPerson) {
      emit(k, k + 1, entity_kind(e->kind), std::string(e->canonical));
    }
  }
  if (auto e = gazetteer::lookup(join(name, b)); e && e->kind != NameKind::kPerson) {
    emit(name, b, entity_kind(e->kind), std::string(e->canonical));
  } else {
    emit_person(name, b, std::move(title));
  }
  return true;
}

// A run without connectors: known names inside it first, then the evidence for the rest.
void
PassageReader::read_plain(std::size_t a, std::size_t b) {
  while (a < b && entity_words::is_not_a_name(words_[a].text) && !gazetteer::lookup(join(a, b))) {
    ++a;
  }
  if (a >= b) {
    return;
  }
  // "Chad Smith", "Jordan Peterson": a given name first makes the run a person.
  if (b - a > 1 && gazetteer::is_given_name(words_[a].text) && !gazetteer::lookup(join(a, b))) {
    emit_person(a, b, title_before(a, a));
    return;
  }
  std::size_t start = a;
  std::size_t k = a;
  while (k < b) {
    std::size_t found = 0;
    const std::size_t longest = gazetteer::max_words_from(words_[k].text);
    for (std::size_t len = std::min(longest, b - k); len > 0 && found == 0; --len) {
      if (gazetteer::lookup(join(k, k + len))) {
        found = len;
      }
    }
    if (found == 0) {
      ++k;
      continue;
    }
    read_unknown(start, k);
    auto e = gazetteer::lookup(join(k, k + found));
    if (e->kind == NameKind::kPerson) {
      emit_person(k, k + found, title_before(k, k));
    } else {
      emit(k, k + found, entity_kind(e->kind), std::string(e->canonical));
    }
    k += found;
    start = k;
  }
  read_unknown(start, b);
}

// A run the gazetteer does not know: a person, place or organisation only on evidence.
void
PassageReader::read_unknown(std::size_t a, std::size_t b) {
  if (a >= b) {
    return;
  }
  const std::string name = join(a, b);
  for (const std::string& seen : people_seen_) {
    if (seen == name || ends_with_words(seen, name)) {
      emit_person(a, b, title_before(a, a));
      return;
    }
  }
  if (title_case_) {
    return;
  }
  const bool at_start = words_[a].sentence_start;
  std::string_view before = a > 0 && words_[a].joined_to_previous ? words_[a - 1].text : "";
  std::string_view after = b < words_.size() && words_[b].joined_to_previous ? words_[b].text : "";
  std::string_view before2 = a > 1 && words_[a - 1].joined_to_previous ? words_[a - 2].text : "";
  if (entity_words::is_place_cue_after(after) ||
      (before == "of" && entity_words::is_place_cue_after(before2))) {
    emit(a, b, EntityKind::kPlace, name);
    return;
  }
  if (b - a == 1 && is_acronym(words_[a].text) && !entity_words::is_common_acronym(name)) {
    emit(a, b, EntityKind::kOrganisation, name);
    return;
  }
  const bool speaker = entity_words::is_speech_verb(after) && !words_[a].possessive;
  if (b - a > 1 && (speaker || entity_words::is_lower_title(before) || !at_start)) {
    bool person = speaker || entity_words::is_lower_title(before);
    for (std::size_t k = a; k < b && !person; ++k) {
      person = gazetteer::is_given_name(words_[k].text);
    }
    if (person) {
      emit_person(a, b, title_before(a, a));
      return;
    }
  }
  if (b - a <= 2 && !at_start && entity_words::is_place_preposition(before)) {
    emit(a, b, EntityKind::kPlace, name);
  }
}

}  // namespace tally::entity_reader
