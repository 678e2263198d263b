#include "searcher/query/spelling.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/core/strings.hpp"
#include "common/schema.hpp"

namespace tally::searcher {

std::size_t
edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) {
    d[i][0] = i;
  }
  for (std::size_t j = 0; j <= m; ++j) {
    d[0][j] = j;
  }
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

namespace {

const Xapian::Stem&
stemmer() {
  // One per thread: a Snowball stemmer keeps its working state in the object, and --batch -j
  // runs Searchers on several threads.
  thread_local const Xapian::Stem stem{std::string(schema::kStemmer)};
  return stem;
}

}  // namespace

bool
is_known_word(const Xapian::Database& db, const std::string& word) {
  return db.term_exists("Z" + stemmer()(word));
}

std::optional<std::string>
suggest_word(const Xapian::Database& db, std::string_view word, const SpellStem& spell) {
  if (word.size() < 3 || std::isalpha(static_cast<unsigned char>(word.front())) == 0) {
    return std::nullopt;
  }
  const std::size_t limit = word.size() <= 4 ? 1 : 2;
  const std::string stem = stemmer()(std::string(word));
  if (stem.empty()) {
    return std::nullopt;
  }
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_freq = 0;
  // Stems that share the first letter: a typo in the first letter is rare and this keeps the
  // scan to a slice of the vocabulary. Word terms are "Z" + stem.
  const std::string first = "Z" + stem.substr(0, 1);
  for (auto t = db.allterms_begin(first); t != db.allterms_end(first); ++t) {
    const std::string z_term = *t;
    const std::string_view term = std::string_view(z_term).substr(1);  // the stem, without "Z"
    const std::size_t len = term.size();
    if (len + limit < stem.size() || len > stem.size() + limit) {
      continue;
    }
    const std::size_t dist = edit_distance(stem, term);
    if (dist == 0 || dist > limit) {
      continue;
    }
    const Xapian::doccount freq = t.get_termfreq();
    if (dist < best_distance || (dist == best_distance && freq > best_freq)) {
      best = std::string(term);
      best_distance = dist;
      best_freq = freq;
    }
  }
  return best ? spell(*best) : std::nullopt;
}

std::optional<std::string>
word_for_stem(std::string_view text, std::string_view stem) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) == 0) {
      ++i;
    }
    std::size_t end = i;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])) != 0) {
      ++end;
    }
    if (end > i) {
      const std::string w = ascii_lower(text.substr(i, end - i));
      if (stemmer()(w) == stem) {
        return w;
      }
    }
    i = end;
  }
  return std::nullopt;
}

}  // namespace tally::searcher
