#include "common/analysis/analyse.hpp"

#include <algorithm>
#include <string_view>

#include "common/analysis/attribution.hpp"
#include "common/analysis/dates.hpp"
#include "common/analysis/entities.hpp"
#include "common/analysis/figure_dates.hpp"
#include "common/analysis/figures.hpp"
#include "common/analysis/numbers.hpp"
#include "common/analysis/tokens.hpp"

namespace tally {
namespace {

using figure_dates::PassageWork;

bool mentions_speech(std::string_view text) {
  return text.find("said") != std::string_view::npos ||
         text.find("told") != std::string_view::npos ||
         text.find("according to") != std::string_view::npos ||
         text.find("says") != std::string_view::npos ||
         text.find("announced") != std::string_view::npos ||
         text.find("reported") != std::string_view::npos;
}

// The dates of a lead passage without figures, kept only to date the incidents it names
// ("Rescuers searched the rubble after Saturday's quake."). Tokenized only when it has one.
void read_lead_dates(figure_dates::PassageWork& w, std::optional<CivilDate> published) {
  w.dates = find_dates(w.text, published);
  if (w.dates.empty()) {
    return;
  }
  if (w.tt.tokens.empty()) {
    w.tt = tokenize(w.text);
  }
  w.speech_date = figure_dates::speech_dates(w.tt, w.dates);
}

// A report on employment counts one period, a month: jobs added or cut with no date of their
// own ("Retailers shed 11,000 jobs") take the month the report's other jobs figures were dated
// to, rather than the story's day; not a month counted back ("a 311,000 gain the prior month"
// is the month before the report's). `counted_back` is per figure.
void date_report_period(std::vector<Figure>& figures, const std::vector<bool>& counted_back,
                        const std::optional<DateSpan>& main_date) {
  const auto jobs = [](const Figure& f) {
    return (f.event == "hire" || f.event == "cut") && !f.modal;
  };
  std::optional<DateSpan> month;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const Figure& f = figures[i];
    if (jobs(f) && f.date && !f.date->is_day() && !counted_back[i]) {
      const long days = f.date->length_days();
      if (days >= 27 && days <= 30) {
        month = f.date;
        break;
      }
    }
  }
  if (!month) {
    return;
  }
  for (auto& f : figures) {
    if (jobs(f) && !f.cumulative && (!f.date || (main_date && *f.date == *main_date))) {
      f.date = month;
    }
  }
}

// The text from its first character that is no space.
std::string_view visible(std::string_view text) {
  const auto at = text.find_first_not_of(" \n\t");
  return at == std::string_view::npos ? std::string_view() : text.substr(at);
}

// Whether the text opens with a quote mark, as is_quote reads its first token.
bool opens_with_quote(std::string_view text) {
  const auto rest = visible(text);
  return !rest.empty() && quote_mark_length(rest) > 0;
}

// Whether the text opens with a list's bullet or dash: "-- There is no evidence ...", "— China:
// 636", "• 12 people". Read from the text, before any tokens: the passage may take the hot path
// (figure_lists.cpp's is_list_dash reads the same marks from tokens, bar the bullet).
bool opens_with_list_dash(std::string_view text) {
  const auto rest = visible(text);
  return rest.starts_with("- ") || rest.starts_with("--") || rest.starts_with("* ") ||
         rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93") ||
         rest.starts_with("\xE2\x80\xA2");
}

// The speaker of a passage whose last sentence closes a quotation with its frame ('...
// present," McCrory said in a statement.'), or "".
std::string
closing_quote_speaker(const TokenizedText& tt, const std::vector<AttributionFrame>& frames) {
  if (frames.empty() || tt.sentences.empty()) {
    return {};
  }
  const auto& last = frames.back();
  const Sentence& s = tt.sentences[last.sentence];
  if (last.sentence + 1 != tt.sentences.size() || !last.covers_before || last.source.empty()) {
    return {};
  }
  // a closing quote shortly before the cue: '," McCrory said', '," said Ann Lee'
  for (std::size_t k = last.cue; k > s.first && k + 6 > last.cue; --k) {
    if (is_quotation_mark(tt.tokens[k - 1])) {
      return last.source;
    }
  }
  return {};
}

// Whether anything reads the dates of a tokenized passage: its own figures; in the lead, the
// main event date and the incidents; anywhere, the start of a conflict and a poll's fieldwork.
// Most passages have digits and no figure ("in 2019", "$5 million"): their dates are not read.
bool dates_read(const PassageWork& w) {
  return !w.figures.empty() || w.order < figure_dates::kMainDatePassages ||
         w.order < figure_dates::kIncidentLeadPassages || figure_dates::may_date_conflict(w.tt) ||
         figure_dates::may_date_fieldwork(w.tt);
}

// Sources named by an acronym the article defines, spelled out ("the CEA reports" after
// "Council of Economic Advisers (CEA)"). The passages are read for definitions only when a
// source is an acronym, which few are.
void spell_out_acronyms(const std::vector<PassageWork>& work, std::vector<Figure>& figures) {
  const bool any = std::any_of(figures.begin(), figures.end(),
                               [](const Figure& f) { return is_acronym(f.attribution); });
  if (!any) {
    return;
  }
  AcronymNames acronyms;
  for (const auto& w : work) {
    remember_acronyms(w.text, acronyms);
  }
  for (auto& f : figures) {
    f.attribution = spell_out_acronym(acronyms, f.attribution);
  }
}

}  // namespace

ArticleAnalysis analyse_article(const Passages& passages, std::optional<CivilDate> published,
                                std::string_view outlet) {
  ArticleAnalysis out;
  FigureMemory figure_memory;
  SpeakerMemory speakers;
  std::string last_poll;  // the last poll the article named, for its sample figures
  EntityReader reader;
  std::string list_source;  // who gave the list the last heading opened
  // whether the passage before was that heading, when it named a source, or one of its dashed
  // items (a passage without a dash, figures or not, ends the list)
  bool in_list = false;
  // who closed the quotation that ended the passage before ('..., present," McCrory said.'):
  // a following paragraph that is all quotation, with no frame of its own, goes on quoting them
  std::string quote_speaker;
  std::vector<PassageWork> work(passages.size());
  for (std::size_t p = 0; p < passages.size(); ++p) {
    const Passage& passage = passages[p];
    auto& w = work[p];
    w.text = passage.analysed.empty() ? std::string_view(passage.text)
                                      : std::string_view(passage.analysed);
    // a passage with nothing to read keeps a quotation going only if it is quotation itself
    const bool quotation = opens_with_quote(w.text);
    std::string pending = std::move(quote_speaker);
    quote_speaker = quotation ? pending : std::string();
    w.headline = passage.kind == PassageKind::kHeadline;
    w.order = p;
    // "According to Paulson:\n\n-- Bibeau was not on the list of 90 or so Canadians ...": a
    // dashed item of a list its heading attributes
    const bool dashed_item = in_list && opens_with_list_dash(w.text);
    in_list = dashed_item;
    const auto entities = reader.read(w.text);
    for (const auto& e : entities) {
      out.entities.push_back({passage.index, e.kind, e.name,
                              std::string(w.text.substr(e.begin, e.end - e.begin))});
    }
    // a heading that opens a list ("The latest figures:") tells what its items count
    const auto last_char = w.text.find_last_not_of(" \n");
    const bool list_heading = last_char != std::string_view::npos && w.text[last_char] == ':';
    const bool figures_possible = list_heading || may_contain_figures(w.text);
    if (!figures_possible && !mentions_speech(w.text)) {
      remember_titled_people(entities, 0, w.text.size(), speakers);  // "President Trump"
      if (p < figure_dates::kIncidentLeadPassages) {
        read_lead_dates(w, published);  // "after Saturday's quake" dates the story's incident
      }
      // "A fresh GWU poll ...": for "The poll of 1,000" later (the tokens read_lead_dates
      // kept, else tokens of its own: w.tt stays empty for the dates of figure-less passages)
      if (mentions_poll(w.text)) {
        if (w.tt.tokens.empty()) {
          remember_polls(w.text, tokenize(w.text), last_poll);
        } else {
          remember_polls(w.text, w.tt, last_poll);
        }
      }
      continue;  // the hot path: nothing to count and no speaker to remember, a poll and
                 // titled people at most
    }
    w.tt = tokenize(w.text);
    const auto frames = find_attributions(w.text, w.tt, entities, speakers);
    const std::string continued_quote = quotation && frames.empty() ? pending : "";
    quote_speaker = continued_quote.empty() ? closing_quote_speaker(w.tt, frames)
                                            : continued_quote;
    if (list_heading) {
      // the source of a list's heading gives its items: "The latest figures reported by
      // health authorities:", "Officials listed the numbers of ...:"
      list_source.clear();
      for (const auto& fr : frames) {
        if (!fr.source.empty()) {
          list_source = fr.source;
          break;
        }
      }
      in_list = !list_source.empty();
    }
    if (!figures_possible) {
      if (p < figure_dates::kIncidentLeadPassages) {
        read_lead_dates(w, published);
      }
      remember_polls(w.text, w.tt, last_poll);
      continue;
    }
    auto found = extract_figures(w.text, w.tt, figure_memory);
    const auto attributions = attribute_figures(w.tt, frames, found.figures);
    const auto polls = poll_sources(w.text, w.tt, found.figures, last_poll);
    // a list item's paragraph is part of the list: its other figures ("— China: 636 deaths
    // and 31,161 cases. Hong Kong has had 22 cases.") come from the list's source too
    const bool list_paragraph =
        dashed_item || std::any_of(found.figures.begin(), found.figures.end(),
                                   [](const auto& f) { return f.list_item; });
    for (std::size_t i = 0; i < found.figures.size(); ++i) {
      found.figures[i].figure.passage = passage.index;
      found.figures[i].figure.attribution = attributions[i];
      if (list_paragraph && attributions[i].empty()) {
        found.figures[i].figure.attribution = list_source;
      }
      // (the outlet's own poll is no source beside the outlet: "CNN's poll" in CNN's story)
      if (found.figures[i].figure.attribution.empty() && !outlets_own_poll(polls[i], outlet)) {
        found.figures[i].figure.attribution = polls[i];
      }
      if (found.figures[i].figure.attribution.empty()) {
        found.figures[i].figure.attribution = continued_quote;
      }
    }
    for (auto& r : found.rejections) {
      r.passage = passage.index;
      out.rejections.push_back(std::move(r));
    }
    w.figures = std::move(found.figures);
    if (dates_read(w)) {
      w.dates = find_dates(w.text, published);
      w.speech_date = figure_dates::speech_dates(w.tt, w.dates);
    }
  }
  out.main_event_date = figure_dates::choose_main_date(work, published);
  const figure_dates::ArticleDates article{figure_dates::incident_dates(work),
                                           out.main_event_date,
                                           figure_dates::conflict_start(work, published),
                                           published, figure_dates::fieldwork_dates(work)};
  std::vector<bool> counted_back;  // per figure: dated by "the previous week" or the like
  for (const auto& w : work) {
    std::vector<std::optional<DateSpan>> dated;
    dated.reserve(w.figures.size());
    for (const auto& f : w.figures) {
      dated.push_back(
          figure_dates::date_of(w, f, dated, article));
      Figure fig = f.figure;
      fig.date = dated.back();
      const auto back = [&](const DateMention& m) {
        return m.kind == DateMentionKind::kPrevious && m.span == *fig.date;
      };
      counted_back.push_back(fig.date && std::any_of(w.dates.begin(), w.dates.end(), back));
      out.figures.push_back(std::move(fig));
    }
  }
  date_report_period(out.figures, counted_back, out.main_event_date);
  spell_out_acronyms(work, out.figures);
  return out;
}

}  // namespace tally
