// Which dates are the article's: the dates of sayings ("said Friday"), which only the figures
// that count the speakers take from their sentence, and the main event date that figures
// without a date of their own take.

#include "common/analysis/date_periods.hpp"
#include "common/analysis/figure_dates.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_dates {
namespace {

// How many passages may date the event the headline counts: further than the main date, since
// a story often gives the newest facts (arrests, reactions) first.
constexpr std::size_t kHeadlineEventPassages = 10;
// A main event date lies at most this many days before publication.
constexpr long kMainDateMaxAgeDays = 10;
// A period can be the main event when it is at most this long: a weekend, a few days of fires.
constexpr long kMainPeriodMaxDays = 7;

// Words that may stand between a speech verb and the date of the saying: "said on Friday",
// "said in a statement late Thursday".
bool speech_date_filler(std::string_view w) {
  static const WordSet kWords = {
      "on", "late", "early", "earlier", "later", "in", "at", "a", "an", "statement",
      "interview", "tweet", "briefing", "release", "press", "news", "conference", "first"};
  return kWords.contains(w);
}

// The speech verb at token v is a participle after the things it adds or reports: a number
// or a counted noun within the three words before it, in its clause.
bool reports_things(const TokenizedText& tt, const Sentence& s, std::size_t v) {
  static const WordSet kParticiples = {
      "added", "reported", "announced", "confirmed"};
  static const WordSet kThings = {
      "jobs", "payrolls", "workers", "cuts", "layoffs", "cases", "deaths", "infections",
      "fatalities", "casualties"};
  if (!kParticiples.contains(tt.tokens[v].lower)) {
    return false;
  }
  for (std::size_t b = v; b > s.first && b + 3 > v; --b) {
    const Token& w = tt.tokens[b - 1];
    if (is_clause_break(w)) {
      return false;
    }
    if (w.shape == TokenShape::kNumber || kThings.contains(w.lower)) {
      return true;
    }
  }
  return false;
}

// A date mention right after a speech verb ("said Friday", "told the media late on
// Thursday") dates the statement. Anything else between them makes it the date of what was
// said: "said the toll from Tuesday's quake".
bool is_speech_date(const TokenizedText& tt, std::size_t token) {
  const auto& s = tt.sentences[sentence_of(tt, token)];
  std::size_t others = 0;  // words that are not fillers: the listener of "told"
  for (std::size_t n = 1; n <= 6 && token >= s.first + n; ++n) {
    const Token& t = tt.tokens[token - n];
    if (t.shape == TokenShape::kNumber || is_clause_break(t)) {
      return false;
    }
    if (is_speech_date_verb(t.lower)) {
      // "162,000 Jobs Added In July", "the 606,082 job cuts announced in 2011", "cases
      // reported last week": things added or reported, not words
      if (reports_things(tt, s, token - n)) {
        return false;
      }
      return others == 0 || ((t.lower == "told" || t.lower == "tells") && others <= 3);
    }
    if (!speech_date_filler(t.lower)) {
      ++others;
    }
  }
  return false;
}

// The date at `token` stands in a relative clause set off by a comma, which dates what it
// describes, not the sentence's event: "Senators voted 60-37 to advance the bill extending
// jobless benefits, which expired Dec. 28".
bool in_sentence_relative(const TokenizedText& tt, std::size_t token) {
  const auto& s = tt.sentences[sentence_of(tt, token)];
  return in_relative_clause(tt, s, token, s.first);
}

}  // namespace

std::vector<bool> speech_dates(const TokenizedText& tt, const std::vector<DateMention>& dates) {
  std::vector<bool> out;
  out.reserve(dates.size());
  for (const auto& m : dates) {
    out.push_back(is_speech_date(tt, token_at(tt, m.begin)));
  }
  return out;
}

std::optional<DateSpan> choose_main_date(const std::vector<PassageWork>& work,
                                         std::optional<CivilDate> published) {
  const auto plausible = [&](const DateSpan& d) {
    if (!d.is_day()) {
      return false;
    }
    if (!published) {
      return true;
    }
    const long age = published->days_since_epoch() - d.from.days_since_epoch();
    return age >= -date_periods::kClockLagDays && age <= kMainDateMaxAgeDays;
  };
  // the event the headline counts ("22 Wounded as Terrorists Attack London"): the story's
  std::string_view headline_event;
  for (std::size_t i = 0; !work.empty() && i < work[0].figures.size() && headline_event.empty();
       ++i) {
    headline_event = work[0].figures[i].figure.event;
  }
  // a sentence with an event figure (of the headline's event, when `same`)
  const auto with_event_figure = [&](const PassageWork& w, std::size_t token, bool same) {
    const std::size_t s = sentence_of(w.tt, token);
    for (const auto& f : w.figures) {
      if (f.sentence == s && !f.figure.event.empty() &&
          (!same || f.figure.event == headline_event)) {
        return true;
      }
    }
    return false;
  };
  // a short period that ends at publication: "so far this weekend", "since Sunday"
  const auto recent_period = [&](const DateSpan& d) {
    if (d.is_day() || !published) {
      return false;
    }
    const long length = d.length_days();
    const long age = published->days_since_epoch() - d.to.days_since_epoch();
    return length > 0 && length <= kMainPeriodMaxDays && age >= 0 && age <= 1;
  };
  // passes: a day in a sentence with a figure of the headline's event, not a saying's; a day
  // in a sentence with any event figure, not a saying's; then a recent period there; then any
  // day that is not a saying's; then a saying's day in a sentence with a figure; then any day
  if (!headline_event.empty()) {
    for (std::size_t p = 1; p < work.size() && p < kHeadlineEventPassages; ++p) {
      const auto& w = work[p];
      for (std::size_t d = 0; d < w.dates.size(); ++d) {
        const auto& m = w.dates[d];
        if (plausible(m.span) && !w.speech_date[d] &&
            with_event_figure(w, token_at(w.tt, m.begin), true) &&
            !in_sentence_relative(w.tt, token_at(w.tt, m.begin))) {
          return m.span;
        }
      }
    }
  }
  // (the day of a saying comes after a day the lead gives without a figure: "The shooting
  // happened on Sunday. Police said Monday that three were killed" is Sunday's)
  static constexpr int kOrder[] = {0, 1, 3, 2, 4};
  for (const int pass : kOrder) {
    const bool period = pass == 1;
    const int day_pass = pass == 0 ? 0 : pass - 1;
    const bool need_figure = day_pass < 2;
    const bool allow_speech = !period && day_pass % 2 == 1;
    for (std::size_t p = 0; p < work.size() && p < kMainDatePassages; ++p) {
      const auto& w = work[p];
      // a passage without figures (read for its incidents, or for figures it did not have)
      // counts only in pass 3, for a plain day: after the figures' own days and periods,
      // before the day of a saying, never with the date of a saying ("the House on Tuesday
      // passed ..." before "By a vote of 245-182")
      if (w.figures.empty() && pass != 3) {
        continue;
      }
      for (std::size_t d = 0; d < w.dates.size(); ++d) {
        const auto& m = w.dates[d];
        if (!(period ? recent_period(m.span) : plausible(m.span)) ||
            (!allow_speech && w.speech_date[d])) {
          continue;
        }
        if (need_figure && (!with_event_figure(w, token_at(w.tt, m.begin), false) ||
                            in_sentence_relative(w.tt, token_at(w.tt, m.begin)))) {
          continue;
        }
        return m.span;
      }
    }
  }
  // no day anywhere near the lead, and a headline that counts an event ("Four Americans
  // Killed in Islamic State Attack"): breaking news, told on the day it happened
  if (!headline_event.empty() && published) {
    return DateSpan{*published, *published};
  }
  return std::nullopt;
}

}  // namespace tally::figure_dates
