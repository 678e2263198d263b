// Running conflicts: "a war that has killed nearly 1,900 Palestinians ... The war broke out on
// July 8": a toll counted so far in a war, an offensive or an outbreak runs from the day the
// article says it began to the day of publication.

#include "common/analysis/figure_dates.hpp"

#include <algorithm>

#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_dates {
namespace {

bool is_conflict_word(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_conflicts(), "conflict");
  return kWords.contains(lower);
}

bool is_start_word(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_conflicts(), "start");
  return kWords.contains(lower);
}

bool names_conflict(const TokenizedText& tt, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k < last; ++k) {
    if (is_conflict_word(tt.tokens[k].lower)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<CivilDate> conflict_start(const std::vector<PassageWork>& work,
                                        std::optional<CivilDate> published) {
  if (!published) {
    return std::nullopt;
  }
  // the earliest such day: the war itself, not a later phase ("the ground operation began
  // on July 17")
  std::optional<CivilDate> earliest;
  for (const auto& w : work) {
    for (std::size_t d = 0; d < w.dates.size(); ++d) {
      const auto& m = w.dates[d];
      // a day or a month: "in 2016" is too loose a start for a toll
      const long length = m.span.length_days();
      if (w.speech_date[d] || w.tt.tokens.empty() || m.span.from > *published || length > 31) {
        continue;
      }
      // "The war broke out on July 8", "since the offensive began on Oct. 9", "fighting that
      // erupted on March 19": a conflict word in the date's sentence, and a verb of starting in
      // the date's clause, or anywhere when the date leads ("On July 8, Israel launched ...");
      // not "cases on Wednesday, the highest rise since the pandemic began"
      const std::size_t at = token_at(w.tt, m.begin);
      const Sentence& s = w.tt.sentences[sentence_of(w.tt, at)];
      const auto [lo, hi] = at <= s.first + 1 ? std::pair{s.first, s.last}
                                               : clause_around(w.tt, s, at, at);
      bool start = false;
      for (std::size_t k = lo; k < hi && !start; ++k) {
        start = is_start_word(w.tt.tokens[k].lower);
      }
      if (start && names_conflict(w.tt, s.first, s.last) && m.span.from < *published &&
          (!earliest || m.span.from < *earliest)) {
        earliest = m.span.from;
      }
    }
  }
  return earliest;
}

bool may_date_conflict(const TokenizedText& tt) {
  const auto start = [](const Token& t) { return is_start_word(t.lower); };
  return std::any_of(tt.tokens.begin(), tt.tokens.end(), start) &&
         names_conflict(tt, 0, tt.tokens.size());
}

std::optional<DateSpan> conflict_period(const PassageWork& w, const FigureSpan& f,
                                        std::optional<CivilDate> start,
                                        std::optional<CivilDate> published) {
  if (!start || !published || f.figure.event.empty()) {
    return std::nullopt;
  }
  const auto& tt = w.tt;
  const Sentence& s = tt.sentences[f.sentence];
  // counted so far: a running total, or the perfect ("has killed", "have been killed")
  bool so_far = f.figure.cumulative;
  for (std::size_t k = s.first; k < f.last && !so_far; ++k) {
    const auto& t = tt.tokens[k].lower;
    so_far = t == "has" || t == "have";
  }
  // in a sentence that names the conflict, or right after one ("... a war that has killed
  // nearly 1,900 Palestinians. Israel has lost 67 people.")
  const bool named = names_conflict(tt, s.first, s.last) ||
                     (f.sentence > 0 && names_conflict(tt, tt.sentences[f.sentence - 1].first,
                                                       tt.sentences[f.sentence - 1].last));
  if (!so_far || !named) {
    return std::nullopt;
  }
  return DateSpan{*start, *published};
}

}  // namespace tally::figure_dates
