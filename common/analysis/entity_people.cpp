// People in a passage: a name met earlier in the article stands for its longer form
// ("Erdogan" -> "Recep Tayyip Erdogan"), and the title written before a name is kept apart.

#include "common/analysis/entity_reader.hpp"

namespace tally::entity_reader {

using entity_tokens::is_capitalised;
using entity_tokens::Word;
using gazetteer::NameKind;

void
PassageReader::emit_person(std::size_t a, std::size_t b, std::string title) {
  std::string name = join(a, b);
  if (auto e = gazetteer::lookup(name); e && e->kind == NameKind::kPerson) {
    name = std::string(e->canonical);
  }
  const std::string* longest = nullptr;
  for (const std::string& seen : people_seen_) {
    if ((seen == name || ends_with_words(seen, name)) &&
        (!longest || seen.size() > longest->size())) {
      longest = &seen;
    }
  }
  if (longest) {
    name = *longest;
  } else if (name.find(' ') != std::string::npos) {
    people_seen_.push_back(name);
  }
  emit(a, b, EntityKind::kPerson, std::move(name), std::move(title));
}

// The title written before a name: from `title_end` back over capitalised words, place cues
// and a lower-case title word ("Hatay province Governor", "Kremlin spokesman").
std::string
PassageReader::title_before(std::size_t first, std::size_t title_end) const {
  std::size_t begin = first;
  std::size_t end = title_end;  // the title is words [begin, end)
  if (first == title_end) {
    // "Kremlin spokesman Dmitry Peskov": a lower-case title just before the name.
    if (first == 0 || !words_[first].joined_to_previous ||
        !entity_words::is_lower_title(words_[first - 1].text)) {
      return {};
    }
    begin = first - 1;
    end = first;
  }
  while (begin > 0 && words_[begin].joined_to_previous && !words_[begin].sentence_start) {
    const Word& w = words_[begin - 1];
    const bool part = (is_capitalised(w.text) && !entity_words::is_not_a_name(w.text)) ||
                      entity_words::is_place_cue_after(w.text) ||
                      entity_words::is_lower_title(w.text);
    if (!part) {
      break;
    }
    --begin;
  }
  return std::string(text_.substr(words_[begin].begin, words_[end - 1].end - words_[begin].begin));
}

}  // namespace tally::entity_reader
