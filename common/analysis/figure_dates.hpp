#pragma once
// Internal to analyse_article: when each figure happened (figure_dates.cpp), which dates are
// sayings and which is the main event date (figure_main_date.cpp). Not for use outside
// common/analysis.
//
// A figure takes, in order: a date in its own clause (nearest to the number); a date leading its
// sentence ("Earlier this month, 13 soldiers were killed"); the date of the figure its counted
// noun was carried from; publication for "now"; else the article's main event date, for a
// factual event that is not a running total.

#include <optional>
#include <string_view>
#include <vector>

#include "common/analysis/dates.hpp"
#include "common/analysis/figures.hpp"
#include "common/analysis/tokens.hpp"
#include "common/core/civil_date.hpp"

namespace tally::figure_dates {

// One passage as analyse_article reads it.
struct PassageWork {
  std::string_view text;
  TokenizedText tt;
  std::vector<FigureSpan> figures;
  std::vector<DateMention> dates;
  std::vector<bool> speech_date;  // per date mention: it dates the saying, not the event
};

// Per date mention of the passage: whether it dates the saying ("said Friday") rather than
// the event.
std::vector<bool> speech_dates(const TokenizedText& tt, const std::vector<DateMention>& dates);

// The date the article is mostly about: a recent day in its first passages, preferably in a
// sentence with an event figure and not the date of a statement.
std::optional<DateSpan> choose_main_date(const std::vector<PassageWork>& work,
                                         std::optional<CivilDate> published);

// The date of figure `f` of passage `w`; `dated` holds the dates of the passage's figures before
// it.
std::optional<DateSpan> date_of(const PassageWork& w, const FigureSpan& f,
                                const std::vector<std::optional<DateSpan>>& dated,
                                std::optional<DateSpan> main_date,
                                std::optional<CivilDate> published);

}  // namespace tally::figure_dates
