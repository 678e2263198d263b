#include "common/analysis/entities.hpp"

#include "common/analysis/entity_tokens.hpp"
#include "common/analysis/entity_words.hpp"
#include "common/analysis/gazetteer.hpp"

#include <optional>

namespace tally {
namespace {

using entity_tokens::is_acronym;
using entity_tokens::is_capitalised;
using entity_tokens::Word;
using gazetteer::NameKind;

EntityKind
entity_kind(NameKind k) {
  return k == NameKind::kPerson         ? EntityKind::kPerson
         : k == NameKind::kOrganisation ? EntityKind::kOrganisation
                                        : EntityKind::kPlace;
}

bool
ends_with_words(std::string_view full, std::string_view tail) {
  return full.size() > tail.size() && full.ends_with(tail) &&
         full[full.size() - tail.size() - 1] == ' ';
}

// Reads one passage: groups capitalised words into runs and decides what each run names.
class PassageReader {
 public:
  PassageReader(std::string_view text, std::vector<std::string>& people_seen)
      : text_(text), words_(entity_tokens::split_words(text)), people_seen_(people_seen) {
    // A headline in title case ("Syrian Forces Killed After ..."): capitals say nothing, so
    // only the gazetteer and names already seen count.
    // Every word of four letters or more capitalised, verbs too, marks it.
    title_case_ = words_.size() >= 5;
    for (const Word& w : words_) {
      if (w.text.size() >= 4 && !is_capitalised(w.text) &&
          !(w.text[0] >= '0' && w.text[0] <= '9')) {
        title_case_ = false;
      }
    }
  }

  std::vector<EntitySpan> read() {
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

 private:
  // "Rahmi", "NATO", and "al-Assad", "el-Sissi": a particle joined to a capitalised name.
  bool starts_name(std::size_t i) const {
    std::string_view w = words_[i].text;
    std::size_t dash = w.find('-');
    return is_capitalised(w) || (dash != std::string_view::npos && dash <= 3 &&
                                 entity_words::is_name_particle(w.substr(0, dash)) &&
                                 is_capitalised(w.substr(dash + 1)));
  }
  // A particle or connector with a capitalised word after it: "al-" is one word already, but
  // "bin Salman", "Observatory for Human Rights" are not.
  bool joins_name(std::size_t j) const {
    return j + 1 < words_.size() && !words_[j].possessive &&
           (entity_words::is_name_particle(words_[j].text) ||
            entity_words::is_name_connector(words_[j].text)) &&
           words_[j + 1].joined_to_previous && starts_name(j + 1) && !words_[j + 1].sentence_start;
  }

  std::string join(std::size_t a, std::size_t b) const {
    std::string s;
    for (std::size_t k = a; k < b; ++k) {
      if (!s.empty()) {
        s += ' ';
      }
      s += words_[k].text;
    }
    return s;
  }

  void emit(
      std::size_t a, std::size_t b, EntityKind kind, std::string name, std::string title = {}) {
    out_.push_back(
        {words_[a].begin, words_[b - 1].outer_end, kind, std::move(name), std::move(title)});
  }

  bool has_connector_split(std::size_t a, std::size_t b) const;
  bool leads_into_name(std::size_t k) const;
  void read_run(std::size_t a, std::size_t b);
  bool read_titled(std::size_t a, std::size_t b);
  void read_plain(std::size_t a, std::size_t b);
  void read_unknown(std::size_t a, std::size_t b);
  void emit_person(std::size_t a, std::size_t b, std::string title);
  std::string title_before(std::size_t first, std::size_t title_end) const;

  std::string_view text_;
  std::vector<Word> words_;
  std::vector<std::string>& people_seen_;
  std::vector<EntitySpan> out_;
  bool title_case_ = false;
};

// "Meanwhile ..." at a sentence start, "Britain-based ...", "Russia-backed ...": words that
// lead into a name without being part of it.
bool
PassageReader::leads_into_name(std::size_t k) const {
  std::string_view w = words_[k].text;
  std::size_t dash = w.rfind('-');
  if (dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
      w[dash + 1] <= 'z') {
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
  for (std::size_t k = name; k < b; ++k) {
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

}  // namespace

EntityReader::EntityReader() = default;

std::vector<EntitySpan>
EntityReader::read(std::string_view passage_text) {
  return PassageReader(passage_text, people_seen_).read();
}

std::string
canonical_entity(std::string_view name) {
  std::string s;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!s.empty() && s.back() != ' ') {
        s += ' ';
      }
    } else {
      s += c;
    }
  }
  while (!s.empty() && s.back() == ' ') {
    s.pop_back();
  }
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (s.size() > suffix.size() && s.ends_with(suffix)) {
      s.resize(s.size() - suffix.size());
      break;
    }
  }
  if (auto e = gazetteer::lookup(s)) {
    return std::string(e->canonical);
  }
  return s;
}

}  // namespace tally
