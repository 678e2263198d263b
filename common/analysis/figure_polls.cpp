// Polls: "The poll was conducted Sept. 18-24 ... Pollsters interviewed 924 Americans": the
// sample a poll questioned counts people on the days of its fieldwork, which the article gives
// in a sentence of its own, before or after the sample.

#include "common/analysis/attribution_words.hpp"
#include "common/analysis/figure_dates.hpp"
#include "common/analysis/lexicon.hpp"

#include <algorithm>

namespace tally::figure_dates {
namespace {

using attribution_words::is_fieldwork_verb;

// A poll or its pollsters: "poll", "surveys", "pollsters".
bool names_poll(const TokenizedText& tt, const Sentence& s) {
  return sentence_has(tt.tokens, s, [](std::string_view w) {
    return attribution_words::is_poll_noun(w) || attribution_words::is_pollster(w);
  });
}

// The sentence names a poll of its own, with "a" or "an" ("A Quinnipiac University poll of
// Pennsylvania conducted in early May"), not the one the article is about.
bool new_poll(const TokenizedText& tt, const Sentence& s) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (!attribution_words::is_poll_noun(tt.tokens[k].lower)) {
      continue;
    }
    // back over its modifiers to the determiner ("their poll", "this survey", "the poll")
    const auto determiner = [&](std::string_view w) {
      return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || w == "these" ||
             w == "those" || is_possessive_determiner(w);
    };
    std::size_t j = k;
    while (j > s.first && k - j < 5 && tt.tokens[j - 1].shape == TokenShape::kWord &&
           !determiner(tt.tokens[j - 1].lower)) {
      --j;
    }
    return j > s.first && (tt.tokens[j - 1].lower == "a" || tt.tokens[j - 1].lower == "an");
  }
  return false;
}

// How far a fieldwork date may stand after its verb, in tokens: "was conducted by telephone
// from Sept. 18-24".
constexpr std::size_t kFieldworkReach = 30;
// The longest fieldwork, in days: a poll is taken over days or weeks, not a season.
constexpr long kFieldworkDays = 31;

}  // namespace

bool may_date_fieldwork(const TokenizedText& tt) {
  return std::any_of(tt.tokens.begin(), tt.tokens.end(),
                     [](const Token& t) { return is_fieldwork_verb(t.lower); });
}

std::vector<FieldworkDate> fieldwork_dates(const std::vector<PassageWork>& work) {
  std::vector<FieldworkDate> out;
  for (std::size_t p = 0; p < work.size(); ++p) {
    const auto& w = work[p];
    if (w.tt.tokens.empty()) {
      continue;
    }
    for (const auto& m : w.dates) {
      const long days = m.span.length_days();
      if (days > kFieldworkDays) {
        continue;
      }
      // "The poll was conducted May 17-18", "The survey polled 1,196 likely voters ... from
      // Sept. 18-24": a verb of fieldwork before the date in a sentence that names the poll
      const std::size_t date_token = token_at(w.tt, m.begin);
      const std::size_t sentence = sentence_of(w.tt, date_token);
      const Sentence& s = w.tt.sentences[sentence];
      bool verb = false;
      for (std::size_t k = date_token; k > s.first && k + kFieldworkReach > date_token && !verb;
           --k) {
        verb = is_fieldwork_verb(w.tt.tokens[k - 1].lower);
      }
      if (!verb || !names_poll(w.tt, s)) {
        continue;
      }
      // two days of one sentence are its fieldwork: "on Nov. 7 and Nov. 8"
      if (!out.empty() && out.back().passage == p && out.back().sentence == sentence) {
        auto& span = out.back().span;
        const DateSpan joined{std::min(span.from, m.span.from), std::max(span.to, m.span.to)};
        if (joined.length_days() <= kFieldworkDays) {
          span = joined;
        }
        continue;
      }
      out.push_back({p, sentence, m.begin, m.span, new_poll(w.tt, s)});
    }
  }
  return out;
}

std::optional<DateSpan> sample_period(const std::vector<FieldworkDate>& fieldwork,
                                      const PassageWork& w, const FigureSpan& f) {
  if (fieldwork.empty() || !attribution_words::counts_poll_sample(f.figure.event, f.figure.head)) {
    return std::nullopt;
  }
  // the sample's sentence names the poll, or the one before it does ("Pollsters interviewed
  // 924 Americans ... Of those, 822 were registered voters")
  const auto& tt = w.tt;
  if (!names_poll(tt, tt.sentences[f.sentence]) &&
      (f.sentence == 0 || !names_poll(tt, tt.sentences[f.sentence - 1]))) {
    return std::nullopt;
  }
  // the fieldwork nearest the sample, in passages, the one before it on a tie
  const std::size_t at = tt.tokens[f.number_first].begin;
  const FieldworkDate* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& d : fieldwork) {
    const bool before = d.passage < w.order || (d.passage == w.order && d.begin < at);
    if (!before && d.new_poll && (d.passage != w.order || d.sentence != f.sentence)) {
      continue;  // a later sentence's other poll
    }
    const std::size_t distance = d.passage < w.order ? w.order - d.passage : d.passage - w.order;
    if (!best || distance < best_distance || (distance == best_distance && before)) {
      best = &d;
      best_distance = distance;
    }
  }
  return best ? std::optional<DateSpan>(best->span) : std::nullopt;
}

}  // namespace tally::figure_dates
