#include "searcher/query/spelling.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

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

std::optional<std::string>
suggest_word(const Xapian::Database& db, std::string_view word) {
  if (word.size() < 3 || std::isalpha(static_cast<unsigned char>(word.front())) == 0) {
    return std::nullopt;
  }
  const std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_freq = 0;
  // Words that share the first letter: a typo in the first letter is rare and this keeps the
  // scan to a slice of the vocabulary. Unprefixed terms are the lower-case words as written.
  const std::string first(1, word.front());
  for (auto t = db.allterms_begin(first); t != db.allterms_end(first); ++t) {
    const std::string& term = *t;
    const std::size_t len = term.size();
    if (len + limit < word.size() || len > word.size() + limit) {
      continue;
    }
    const std::size_t dist = edit_distance(word, term);
    if (dist == 0 || dist > limit) {
      continue;
    }
    const Xapian::doccount freq = t.get_termfreq();
    if (dist < best_distance || (dist == best_distance && freq > best_freq)) {
      best = term;
      best_distance = dist;
      best_freq = freq;
    }
  }
  return best;
}

}  // namespace tally::searcher
