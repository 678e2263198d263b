// Capitalised words grouped into runs, one passage at a time: words that lead into a name
// dropped, a run the gazetteer knows whole emitted, the rest split where a connector stands
// between two names (entity_runs.cpp reads the pieces).

#include "common/analysis/entity_reader.hpp"

#include "common/analysis/tokens.hpp"

namespace tally::entity_reader {

using entity_tokens::is_capitalised;
using entity_tokens::Word;
using gazetteer::NameKind;

PassageReader::PassageReader(std::string_view text, std::vector<std::string>& people_seen)
    : text_(text), words_(entity_tokens::split_words(text)), people_seen_(people_seen) {
  // A headline in title case ("Syrian Forces Killed After ..."): capitals say nothing, so
  // only the gazetteer and names already seen count.
  // Every word of four letters or more capitalised, verbs too, marks it.
  title_case_ = words_.size() >= 5;
  for (const Word& w : words_) {
    if (w.text.size() >= 4 && !is_capitalised(w.text) && !(w.text[0] >= '0' && w.text[0] <= '9')) {
      title_case_ = false;
    }
  }
}

std::vector<EntitySpan>
PassageReader::read() {
  std::size_t i = 0;
  while (i < words_.size()) {
    if (!starts_name(i)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < words_.size() && !words_[j - 1].possessive && words_[j].joined_to_previous) {
      if (starts_name(j) && !words_[j].sentence_start) {
        ++j;
      } else if (joins_name(j)) {
        j += 2;
      } else if (entity_words::is_name_connector(words_[j].text) && j + 1 < words_.size() &&
                 words_[j + 1].joined_to_previous && joins_name(j + 1)) {
        j += 3;  // "Organization of the Petroleum Exporting Countries"
      } else {
        break;
      }
    }
    read_run(i, j);
    i = j;
  }
  return std::move(out_);
}

// "Meanwhile ..." at a sentence start, "Britain-based ...", "Russia-backed ...": words that
// lead into a name without being part of it.
bool
PassageReader::leads_into_name(std::size_t k) const {
  std::string_view w = words_[k].text;
  if (const std::string_view tail = hyphen_tail(w);
      tail.size() < w.size() && !tail.empty() && tail[0] >= 'a' && tail[0] <= 'z') {
    return true;
  }
  // "Turkish President ...", "Police Chief ...": kept, they are part of the title.
  return words_[k].sentence_start && entity_words::is_not_a_name(w) &&
         !(k + 1 < words_.size() && entity_words::is_title(words_[k + 1].text));
}

void
PassageReader::read_run(std::size_t a, std::size_t b) {
  while (a + 1 < b && leads_into_name(a) && !gazetteer::lookup(join(a, b))) {
    ++a;
  }
  if (auto e = gazetteer::lookup(join(a, b))) {
    if (e->kind == NameKind::kPerson) {
      emit_person(a, b, title_before(a, a));
    } else {
      emit(a, b, entity_kind(e->kind), std::string(e->canonical));
    }
    return;
  }
  if (title_case_) {
    read_plain(a, b);
    return;
  }
  if (read_titled(a, b)) {
    return;
  }
  bool organisation = false;
  for (std::size_t k = a; k < b; ++k) {
    organisation = organisation || entity_words::is_organisation_cue(words_[k].text);
  }
  if (organisation && b - a > 1 && !has_connector_split(a, b)) {
    // "The Syrian Observatory ...", "But Defense Ministry ...": drop what starts the sentence.
    while (a + 1 < b &&
           (words_[a].text == "The" ||
            (words_[a].sentence_start && entity_words::is_not_a_name(words_[a].text)))) {
      ++a;
    }
    emit(a, b, EntityKind::kOrganisation, join(a, b));
    return;
  }
  // Without an organisation cue, "of", "and", "the" do not join names: "Turkey and Russia".
  std::size_t start = a;
  for (std::size_t k = a; k < b; ++k) {
    if (entity_words::is_name_connector(words_[k].text)) {
      read_plain(start, k);
      start = k + 1;
    }
  }
  read_plain(start, b);
}

// "European Union and the U.K.": a connector between two names the gazetteer knows whole.
bool
PassageReader::has_connector_split(std::size_t a, std::size_t b) const {
  for (std::size_t k = a + 1; k + 1 < b; ++k) {
    if (!entity_words::is_name_connector(words_[k].text)) {
      continue;
    }
    std::size_t right = k + 1;
    while (right < b && entity_words::is_name_connector(words_[right].text)) {
      ++right;
    }
    if (gazetteer::lookup(join(a, k)) || (right < b && gazetteer::lookup(join(right, b)))) {
      return true;
    }
  }
  return false;
}

}  // namespace tally::entity_reader
