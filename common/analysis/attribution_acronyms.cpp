// An acronym a source is named by, spelled out where the article defines it: "the White
// House's Council of Economic Advisers (CEA) ... the CEA reports" gives "Council of Economic
// Advisers (CEA)", as the definition itself reads, so that both names of one source meet.

#include "common/analysis/attribution.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "common/core/strings.hpp"

namespace tally {
namespace {

constexpr std::size_t kMinLetters = 2;
constexpr std::size_t kMaxLetters = 6;
// The most words a name before its acronym may run to: "Centers for Disease Control and
// Prevention" is six.
constexpr std::size_t kMaxNameWords = 10;

// Small words inside a name: "Council of Economic Advisers", "Customs and Border Protection".
bool is_name_joiner(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "on" || w == "the" || w == "&";
}

// The words of `text` before byte `end`, last first, as far as a name may run: capitalised
// words and joiners, stopping at punctuation, a possessive or a lower-case word.
std::vector<std::string_view> name_words_before(std::string_view text, std::size_t end) {
  std::vector<std::string_view> words;
  std::size_t k = end;
  while (words.size() < kMaxNameWords) {
    while (k > 0 && text[k - 1] == ' ') {
      --k;
    }
    std::size_t b = k;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') {
      --b;
    }
    if (b == k) {
      break;
    }
    const std::string_view w = text.substr(b, k - b);
    const bool capital = is_ascii_upper(w.front()) && w.find('\'') == std::string_view::npos &&
                         w.find("\xE2\x80\x99") == std::string_view::npos &&
                         w.find_first_of(",.;:\"()") == std::string_view::npos;
    if (!capital && !is_name_joiner(w)) {
      break;
    }
    words.push_back(w);
    k = b;
  }
  // a name neither starts nor ends with a joiner
  while (!words.empty() && is_name_joiner(words.back())) {
    words.pop_back();
  }
  return words;
}

// The longest run of `words` (last first) that ends before the parenthesis, starts with a
// word of the acronym's first letter, and whose capitalised words' initials hold its letters
// in order: "Centers for Disease Control and Prevention" for CDC, "Pacific Gas and Electric"
// for PGE (not "Today Pacific Gas ...").
std::string spelled_out(const std::vector<std::string_view>& words, std::string_view acronym) {
  for (std::size_t start = words.size(); start-- > 0;) {
    if (words[start].front() != acronym.front()) {
      continue;
    }
    std::size_t matched = 0;
    for (std::size_t i = start + 1; i-- > 0 && matched < acronym.size();) {
      if (!is_name_joiner(words[i]) && words[i].front() == acronym[matched]) {
        ++matched;
      }
    }
    if (matched == acronym.size()) {
      std::string name;
      for (std::size_t i = start + 1; i-- > 0;) {
        name += name.empty() ? "" : " ";
        name += words[i];
      }
      return name;
    }
  }
  return {};
}

}  // namespace

bool is_acronym(std::string_view w) {
  if (w.size() < kMinLetters || w.size() > kMaxLetters) {
    return false;
  }
  for (const char c : w) {
    if (!is_ascii_upper(c)) {
      return false;
    }
  }
  return true;
}

void remember_acronyms(std::string_view text, AcronymNames& names) {
  for (std::size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos) {
      return;
    }
    const std::string_view acronym = text.substr(open + 1, close - open - 1);
    if (!is_acronym(acronym) || names.contains(std::string(acronym))) {
      continue;
    }
    const std::string name = spelled_out(name_words_before(text, open), acronym);
    if (!name.empty()) {
      names.emplace(std::string(acronym), name + " (" + std::string(acronym) + ")");
    }
  }
}

std::string spell_out_acronym(const AcronymNames& names, const std::string& source) {
  if (!is_acronym(source)) {
    return source;
  }
  const auto it = names.find(source);
  return it == names.end() ? source : it->second;
}

}  // namespace tally
