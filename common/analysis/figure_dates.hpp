#pragma once
// Internal to analyse_article: when each figure happened (figure_dates.cpp), which dates are
// sayings and which is the main event date (figure_main_date.cpp). Not for use outside
// common/analysis.
//
// A figure takes, in order: a date in its own clause (the one right after it, else the nearest
// to the number; a saying's date only for the figures that count its speakers); a date leading
// its sentence ("Earlier this month, 13 soldiers were killed"); the date of the figure its
// counted noun was carried from; for a poll's sample, the days of the poll's fieldwork;
// publication for "now"; else the article's main event date, for a factual event that is not
// a running total. A plan or a forecast (modal) has no date.

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
  bool headline = false;  // the title: its present tense tells the past ("Plane crashes")
  std::size_t order = 0;  // its place in the article: the title and the first paragraphs
                          // (order < kLeadPassages) tell the story's own event
};

// Per date mention of the passage: whether it dates the saying ("said Friday") rather than
// the event.
std::vector<bool> speech_dates(const TokenizedText& tt, const std::vector<DateMention>& dates);

// How many leading passages may hold the article's main event date.
inline constexpr std::size_t kMainDatePassages = 6;

// The date the article is mostly about: a recent day in its first passages, preferably in a
// sentence with an event figure and not the date of a statement.
std::optional<DateSpan> choose_main_date(const std::vector<PassageWork>& work,
                                         std::optional<CivilDate> published);

// The clause (comma-bounded) around tokens [a, b) of sentence s, as a token range.
std::pair<std::size_t, std::size_t> clause_around(const TokenizedText& tt, const Sentence& s,
                                                  std::size_t a, std::size_t b);

// Token `k` stands in a relative clause set off by a comma that opens after token `after`:
// ", which began March 21,".
bool in_relative_clause(const TokenizedText& tt, const Sentence& s, std::size_t k,
                        std::size_t after);

// --- figure_incidents.cpp ---

// Incidents are dated from the story's lead, its first passages: a round-up of other incidents
// further down ("In a separate shooting on Thursday ...") does not date the main one.
inline constexpr std::size_t kIncidentLeadPassages = 6;
// A plain count (no event) tells of the story's event in its lead, the title and the first
// two paragraphs ("There were 105 passengers"); further down, only beside an incident word.
inline constexpr std::size_t kLeadPassages = 3;

// A word naming a single incident: "attack", "earthquake", "explosion", "crash".
bool is_incident_word(std::string_view lower);

// An incident the article dates: "Saturday's earthquake", "the explosion on Friday".
struct IncidentDate {
  std::string_view noun;  // the incident, normalised: "earthquake" for "quake"
  DateSpan span;
};

// The first day the article's lead gives each incident it names, in article order: the main
// event comes first in news, and later background ("a 1934 earthquake") does not replace it.
std::vector<IncidentDate> incident_dates(const std::vector<PassageWork>& work);

// The date of the first dated incident named in tokens [first, last), if any; "the disaster"
// names the first incident of the article.
std::optional<DateSpan> incident_date(const std::vector<IncidentDate>& incidents,
                                      const TokenizedText& tt, std::size_t first,
                                      std::size_t last);

// --- figure_conflicts.cpp ---

// The day the article's running conflict began ("The war broke out on July 8", "since the
// offensive began on Oct. 9"): a date before publication in a sentence with a conflict word,
// and a verb of starting in the date's clause (anywhere when the date leads the sentence).
std::optional<CivilDate> conflict_start(const std::vector<PassageWork>& work,
                                        std::optional<CivilDate> published);

// Whether the passage may tell a conflict's start: a conflict word and a verb of starting.
bool may_date_conflict(const TokenizedText& tt);

// The period of a toll counted so far in that conflict (an event figure, cumulative or in the
// perfect, in a sentence naming a conflict or right after one): from its start to publication.
std::optional<DateSpan> conflict_period(const PassageWork& w, const FigureSpan& f,
                                        std::optional<CivilDate> start,
                                        std::optional<CivilDate> published);

// --- figure_polls.cpp ---

// The days a poll was conducted, as the article gives them: "The poll was conducted Sept.
// 18-24", "Pollsters interviewed 924 Americans on Oct. 28-29".
struct FieldworkDate {
  std::size_t passage = 0;   // PassageWork::order
  std::size_t sentence = 0;  // in the passage
  std::size_t begin = 0;     // byte offset in the passage
  DateSpan span;
  bool new_poll = false;     // "A Quinnipiac poll ... conducted in May": not the article's poll
};

// Every fieldwork date of the article, in reading order: a date of up to a month after a verb
// of fieldwork ("conducted", "interviewed") in a sentence that names a poll.
std::vector<FieldworkDate> fieldwork_dates(const std::vector<PassageWork>& work);

// Whether the passage may date a poll's fieldwork: it has a verb of fieldwork.
bool may_date_fieldwork(const TokenizedText& tt);

// The fieldwork period of the poll whose sample figure `f` counts ("1,000 likely voters",
// "924 Americans"; no event, in or right after a sentence naming a poll): the fieldwork
// nearest to it in the article.
std::optional<DateSpan> sample_period(const std::vector<FieldworkDate>& fieldwork,
                                      const PassageWork& w, const FigureSpan& f);

// --- figure_dates.cpp ---

// What the whole article tells about dates, read before any figure is dated.
struct ArticleDates {
  std::vector<IncidentDate> incidents;
  std::optional<DateSpan> main_date;
  std::optional<CivilDate> conflict_start;
  std::optional<CivilDate> published;
  std::vector<FieldworkDate> fieldwork;
};

// The date of figure `f` of passage `w`; `dated` holds the dates of the passage's figures before
// it.
std::optional<DateSpan> date_of(const PassageWork& w, const FigureSpan& f,
                                const std::vector<std::optional<DateSpan>>& dated,
                                const ArticleDates& article);

}  // namespace tally::figure_dates
