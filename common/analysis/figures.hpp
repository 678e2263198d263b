#pragma once
// The figure extractor: counts in English news text with what is counted, what happened to
// it (the event), the qualifier ("at least"), whether it is a running total, and which earlier
// figure it revises. Dates and attributions are added by analyse_article (analyse.hpp), which
// knows the article around the passage.
//
// Decisions (see tests/analysis/figures_test.cpp for each as a golden row):
// - Negated and hypothetical events are not figures: "no one was injured", "could kill
//   hundreds", "threatened to kill 50", "may have died" are Rejections ("negated", "modal").
//   "feared dead" and "believed killed" are kept: news reports them as tolls.
// - A bare "one" counts only when an event applies to it or it is in a list of counts
//   ("five tanks ... and one howitzer were destroyed"); "one option", "one of the" are not.
// - "a man was shot and killed" counts one man; indefinite singulars count only people nouns
//   (lexicons/people.tsv) with an event.
// - An elided counted noun ("At least 50 have now been killed") takes the last counted people
//   noun of the same sentence, else of this paragraph or the last one read for figures
//   (FigureMemory).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/figure.hpp"
#include "common/analysis/tokens.hpp"

namespace tally {

// What the extractor remembers between sentences and passages of one article.
struct FigureMemory {
  std::string last_people_counted;  // "Turkish soldiers": for elided counted nouns
  std::string last_people_head;     // "soldier"
  std::size_t last_people_passage = 0;  // passages.size() when it was counted
  int figures_before = 0;           // figures of earlier passages (for Figure::revises)
  // figures so far in the article, by article index, with their event and head (for revisions)
  std::vector<std::pair<std::string, std::string>> events_heads;
  // numbers of three or more digits read as names ("Boeing 737", "Flight 370"): later bare
  // mentions in the article ("the 737 Max", "737 models") are the same name, not counts
  std::vector<std::string> name_numbers;
  // the last figure of the article, whatever it counts: list items without a noun carry it
  std::string last_counted;
  std::string last_head;
  std::string last_event;
  // a list heading ("The latest figures reported by health authorities:", "For Single Adults:"):
  // what its items ("— Japan: 86", "Mexico — 9,542") count; empty when it names nothing
  bool list_heading = false;
  std::string list_counted;
  std::string list_head;
  std::string list_event;
  // the texts of the article's passages so far (views into its passages, which outlive its
  // analysis), read lazily for what the article speaks of:
  std::vector<std::string_view> passages;
  struct Context {
    bool found = false;
    std::size_t read = 0;  // passages read for it
  };
  // disease ("virus", "outbreak", "measles"): only then are bare "cases" infections rather than
  // court cases; employment ("payrolls", "unemployment rate"): only then are bare "171,000
  // jobs" jobs added
  Context disease;
  Context employment;
  // an illness by name ("coronavirus", "Ebola", "flu"): then people "treated" are the sick
  Context illness;
};

// A figure with the token positions later passes (dates, attribution) need.
struct FigureSpan {
  Figure figure;                // passage, date and attribution left empty
  std::size_t sentence = 0;     // index into TokenizedText::sentences
  std::size_t number_first = 0; // token range of the number expression
  std::size_t number_last = 0;
  std::size_t first = 0;        // token range of the quote
  std::size_t last = 0;
  bool elided = false;          // the counted noun was carried from elsewhere
  int carried_from = -1;        // index (in this passage's list) of the figure it was carried from
  bool list_item = false;       // "— Japan: 86": an item of a list under a heading
};

struct PassageFigures {
  std::vector<FigureSpan> figures;
  std::vector<Rejection> rejections;  // passage left 0: the caller sets it
};

// The figures of one passage. `text` is the passage's analysed text and `tokens` its
// tokenize() result; `memory` carries article state in and out (one per article). `memory`
// keeps a view of `text`: the article's passage texts must outlive it.
PassageFigures extract_figures(std::string_view text, const TokenizedText& tokens,
                               FigureMemory& memory);

// Convenience for tests and tools: the figures of a standalone text (a fresh memory).
std::vector<Figure> figures_in_text(std::string_view text);

// The golden-string form used by the tests: "22 at_least soldier kill", plus " cumulative",
// " malformed", " revises=N" when set; "-" stands for an empty head or event.
std::string describe_figure(const Figure& f);

}  // namespace tally
