// When each figure happened: the clause's own date, else the sentence's, else the article's
// main event date (chosen in figure_main_date.cpp).

#include "common/analysis/figure_dates.hpp"

#include <algorithm>

#include "common/analysis/date_periods.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_dates {

namespace {

// A capitalised word, which may be (a part of) a place's name.
bool place_word(const Token& t) {
  return t.shape == TokenShape::kWord && t.capitalized;
}

// The comma at `k` opens or closes a place's region set off by commas, which breaks no clause:
// "killed in Dayton, Ohio, on Sunday", "at an El Paso, Texas, Walmart", "in Chatsworth, Calif.,
// in September 2008".
bool place_comma(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  constexpr std::size_t kLongest = 3;  // "New South Wales"
  const auto region_after = [&](std::size_t open) {
    if (open <= s.first || open + 2 >= s.last || !place_word(tokens[open - 1]) ||
        !place_word(tokens[open + 1])) {
      return false;
    }
    std::size_t words = 1;
    for (std::size_t e = open + 2; e < s.last; ++e) {
      if (is_punct(tokens[e], ',')) {
        return true;
      }
      // the stop of an abbreviated region: "in Chatsworth, Calif., in September 2008"
      const bool stop = is_punct(tokens[e], '.') && !tokens[e].space_before &&
                        e + 1 < s.last && is_punct(tokens[e + 1], ',');
      if (!stop && (!place_word(tokens[e]) || ++words > kLongest)) {
        return false;
      }
    }
    return false;
  };
  if (!is_punct(tokens[k], ',')) {
    return false;
  }
  if (region_after(k)) {
    return true;
  }
  // (the comma closing a region of kLongest words and a stop)
  for (std::size_t open = k; open-- > s.first && open + kLongest + 2 >= k;) {
    if (is_punct(tokens[open], ',')) {
      return region_after(open);
    }
  }
  return false;
}

}  // namespace

std::pair<std::size_t, std::size_t> clause_around(const TokenizedText& tt, const Sentence& s,
                                                  std::size_t a, std::size_t b) {
  const auto breaks = [&](std::size_t k) {
    return is_clause_break(tt.tokens[k]) && !place_comma(tt.tokens, s, k);
  };
  while (a > s.first && !breaks(a - 1)) {
    --a;
  }
  while (b < s.last && !breaks(b)) {
    ++b;
  }
  return {a, b};
}

namespace {

// Token `k` is the comma that opens a relative clause: ", who died", ", which began".
bool opens_relative_clause(const TokenizedText& tt, const Sentence& s, std::size_t k) {
  return k + 1 < s.last && is_punct(tt.tokens[k], ',') &&
         (tt.tokens[k + 1].lower == "who" || tt.tokens[k + 1].lower == "which");
}

// Where the clause that ends at token `b` (a clause break) goes on past a relative clause set
// off by commas: "when a gunman, who died in a shootout with police, opened fire in the early
// hours of June 12, 2016". `b` when no relative clause stands there.
std::size_t end_past_relative(const TokenizedText& tt, const Sentence& s, std::size_t b) {
  if (!opens_relative_clause(tt, s, b)) {
    return b;
  }
  std::size_t e = b + 2;
  while (e < s.last && !is_clause_break(tt.tokens[e])) {
    ++e;
  }
  // the interrupted clause goes on with its verb or a phrase of time or place, not with a new
  // clause ("which was the best year, the economy will reach", "..., while Starbucks")
  static const WordSet kNewClause = {
      "the", "a", "an", "that", "these", "those", "his", "her", "its", "their", "our", "my",
      "he", "she", "it", "they", "we", "i", "you", "while", "and", "but", "or", "although",
      "though", "as", "according", "which", "who", "where", "when", "saying", "said", "says"};
  if (e + 1 >= s.last || !is_punct(tt.tokens[e], ',') ||
      tt.tokens[e + 1].shape != TokenShape::kWord || tt.tokens[e + 1].capitalized ||
      kNewClause.contains(tt.tokens[e + 1].lower)) {
    return b;
  }
  b = e + 1;
  while (b < s.last && !is_clause_break(tt.tokens[b])) {
    ++b;
  }
  return b;
}

// The tokens [first, last) name an incident, as a noun or a verb: "Plane with 71 aboard
// crashes", "Shooting at ...".
bool names_incident(const TokenizedText& tt, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k < last; ++k) {
    std::string_view w = tt.tokens[k].lower;
    if (is_incident_word(w) || (w.ends_with("es") && is_incident_word(w.substr(0, w.size() - 2))) ||
        (w.ends_with("s") && is_incident_word(w.substr(0, w.size() - 1)))) {
      return true;
    }
  }
  return false;
}

// Units of a time offset that leaves the day of the main event ("days before"); hours do not.
bool is_offset_unit(std::string_view w) {
  return w == "day" || w == "days" || w == "week" || w == "weeks" || w == "month" ||
         w == "months" || w == "year" || w == "years" || w == "decade" || w == "decades";
}

bool is_offset_word(std::string_view w) {
  return w == "before" || w == "after" || w == "earlier" || w == "later" || w == "ago" ||
         w == "prior";
}

// "days before", "two weeks after" in tokens [first, last): a time offset the text does not
// resolve.
bool has_offset(const TokenizedText& tt, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k + 1 < last; ++k) {
    if (is_offset_unit(tt.tokens[k].lower) && is_offset_word(tt.tokens[k + 1].lower)) {
      return true;
    }
  }
  return false;
}

// The clause [first, last) around figure f is told in the simple past: "were", "was", "had",
// an irregular past, or an -ed verb right before the number or right after the counted noun;
// and nothing in it is present, future or modal.
bool past_tense(const TokenizedText& tt, const FigureSpan& f, std::size_t first,
                std::size_t last) {
  static const WordSet kPast = {
      "was", "were", "had", "saw", "heard", "fired", "struck", "drew", "took", "left", "fled",
      "found", "gave", "met", "sent", "shot", "fought", "brought", "came", "went", "held"};
  static const WordSet kNotPast = {
      "is", "are", "has", "have", "will", "would", "can", "could", "may", "might", "must",
      "should", "says", "say", "each", "every", "annual", "annually", "usually", "typically"};
  bool past = false;
  for (std::size_t k = first; k < last; ++k) {
    const auto& w = tt.tokens[k].lower;
    if (kNotPast.contains(w)) {
      return false;
    }
    past = past || kPast.contains(w);
  }
  const auto verb_ed = [&](std::size_t k) {
    const auto& t = tt.tokens[k];
    return t.shape == TokenShape::kWord && !t.capitalized && t.lower.size() > 4 &&
           t.lower.ends_with("ed");
  };
  return past || (f.first > first && verb_ed(f.first - 1)) || (f.last < last && verb_ed(f.last));
}

// The figure is the speaker of the speech verb a date follows: "Two officials said Tuesday",
// "Four U.S. intelligence agencies reported last year that ..."; the day of the saying is the
// day those it counts spoke.
bool figure_speaks(const TokenizedText& tt, const FigureSpan& f, std::size_t date_token) {
  constexpr std::size_t kMaxGap = 2;  // words between the figure's quote and the verb
  for (std::size_t k = f.last; k < date_token && k <= f.last + kMaxGap; ++k) {
    const Token& t = tt.tokens[k];
    if (t.shape == TokenShape::kNumber) {  // (no break: the date is in the figure's clause)
      return false;
    }
    if (is_speech_date_verb(t.lower)) {
      return true;
    }
  }
  return false;
}

// The date at token `date_token` follows figure f right after its quote, or after one
// preposition: "97,000 in 2018", "40 deaths on Tuesday".
bool follows_figure(const TokenizedText& tt, const FigureSpan& f, std::size_t date_token) {
  if (date_token == f.last) {
    return true;
  }
  if (date_token != f.last + 1) {
    return false;
  }
  const auto& w = tt.tokens[f.last].lower;
  return w == "in" || w == "on" || w == "during";
}

// The text at byte `at` is a possessive ending: "'s", "\u2019s".
bool possessive_after(std::string_view text, std::size_t at) {
  const auto rest = text.substr(std::min(at, text.size()));
  return rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s");
}

// A figure of sentence `sentence` has its number strictly between bytes `lo` and `hi`.
bool figure_between(const PassageWork& w, std::size_t sentence, std::size_t lo, std::size_t hi) {
  for (const auto& g : w.figures) {
    const std::size_t gb = w.tt.tokens[g.number_first].begin;
    if (g.sentence == sentence && gb > lo && gb < hi) {
      return true;
    }
  }
  return false;
}

// Figure f stands after byte `at`, or is the last of its sentence before it.
bool next_before(const PassageWork& w, const FigureSpan& f, std::size_t at) {
  const std::size_t number = w.tt.tokens[f.number_first].begin;
  return number > at || !figure_between(w, f.sentence, number, at);
}

std::optional<DateSpan> date_told(const PassageWork& w, const FigureSpan& f,
                                  const std::vector<std::optional<DateSpan>>& dated,
                                  const ArticleDates& article) {
  const auto& incidents = article.incidents;
  const auto& main_date = article.main_date;
  const auto& published = article.published;
  if (f.figure.modal) {
    return std::nullopt;  // a plan or a forecast has not happened
  }
  const auto& tt = w.tt;
  const Sentence& s = tt.sentences[f.sentence];
  const auto [c_first, c_last] = clause_around(tt, s, f.first, f.last);
  const std::size_t clause_begin = tt.tokens[c_first].begin;
  // (the dates of an event's clause reach past a relative clause set off by commas)
  const std::size_t dates_end =
      tt.tokens[(f.figure.event.empty() ? c_last : end_past_relative(tt, s, c_last)) - 1].end;
  const std::size_t number_byte = tt.tokens[f.number_first].begin;
  bool clause_incident = false;  // an incident word in the clause: "the toll from Saturday's fire"
  for (std::size_t k = c_first; k < c_last && !clause_incident; ++k) {
    clause_incident = is_incident_word(tt.tokens[k].lower);
  }
  // 1. a date in the figure's own clause: the one right after it ("from 5,000 in 2008 to
  //    97,000 in 2018": the date before 97,000 is 5,000's), else the nearest to the number;
  //    the date of a saying only for the figures that count its speakers ("Two officials
  //    said Tuesday")
  const DateMention* best = nullptr;
  std::size_t best_distance = 0;
  for (std::size_t d = 0; d < w.dates.size(); ++d) {
    const auto& m = w.dates[d];
    if (m.begin < clause_begin || m.begin >= dates_end) {
      continue;
    }
    const std::size_t date_token = token_at(tt, m.begin);
    if (w.speech_date[d] && !figure_speaks(tt, f, date_token)) {
      continue;
    }
    // (the clause reaches over a relative clause, whose dates are its own)
    if (date_token >= c_last && in_relative_clause(tt, s, date_token, f.number_last)) {
      continue;
    }
    // "increased by 20,000 after a 311,000 gain the prior month": a period counted back dates
    // only the figure next before it, and those after it
    if (m.kind == DateMentionKind::kPrevious && !next_before(w, f, m.begin)) {
      continue;
    }
    // a possessive date opening a conjunct after the number owns the noun after it, a new
    // subject: "July's gain was raised from 147,000 to 165,000 and August's from 201,000 to
    // 270,000" (not an incident's day: "arrested after Wednesday's protests")
    if (m.begin > number_byte && possessive_after(w.text, m.end) && date_token > s.first &&
        (tt.tokens[date_token - 1].lower == "and" || tt.tokens[date_token - 1].lower == "or" ||
         tt.tokens[date_token - 1].lower == "while")) {
      continue;
    }
    if (follows_figure(tt, f, date_token)) {
      best = &m;
      break;
    }
    const std::size_t dist = m.begin > number_byte ? m.begin - number_byte : number_byte - m.begin;
    if (!best || dist < best_distance) {
      best = &m;
      best_distance = dist;
    }
  }
  // 1b. the incident the clause names between that date and the number, or anywhere in the
  //     clause without a date: "The U.N. appealed on Wednesday to help Nepal cope with the
  //     disaster that has killed more than 5,500" is the day of the quake, not Wednesday
  // (not over a date that leads the sentence: "Last October, two people were killed ... in an
  // off-campus shooting" is October's)
  bool leading_date = false;
  for (std::size_t d = 0; d < w.dates.size() && !best; ++d) {
    const auto& m = w.dates[d];
    leading_date = leading_date || (!w.speech_date[d] && m.begin >= s.begin &&
                                    m.begin < clause_begin && token_at(tt, m.begin) == s.first);
  }
  if (!f.figure.event.empty() && !f.figure.cumulative && !has_offset(tt, s.first, c_last) &&
      !leading_date) {
    std::size_t from = c_first;
    std::size_t to = c_last;
    if (best) {
      const std::size_t date_token = token_at(tt, best->begin);
      from = date_token < f.number_first ? date_token : f.number_last;
      to = date_token < f.number_first ? f.number_first : date_token;
    }
    if (const auto d = incident_date(incidents, tt, from, to)) {
      return d;
    }
  }
  if (best) {
    // a running total "as of" a day has no start: "cases surpassed 3 million on Wednesday"
    // (the toll of a dated incident is that day's: "the toll from Saturday's fire")
    if (f.figure.cumulative && best->span.is_day() && !clause_incident) {
      return std::nullopt;
    }
    return best->span;
  }
  // 2. the nearest date before the clause in the sentence, when no other figure stands
  //    between ("reopened Thursday after being closed since August, when a gunman opened fire,
  //    killing 22"); a leading adverbial dates the whole sentence ("And on Sunday, four people
  //    were killed and six wounded")
  std::size_t lead_end = s.end;  // where the sentence's first clause ends
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (is_clause_break(tt.tokens[k])) {
      lead_end = tt.tokens[k].begin;
      break;
    }
  }
  bool figure_in_lead = false;
  for (const auto& g : w.figures) {
    figure_in_lead = figure_in_lead ||
                     (g.sentence == f.sentence && tt.tokens[g.number_first].begin < lead_end);
  }
  for (std::size_t d = w.dates.size(); d-- > 0;) {
    const auto& m = w.dates[d];
    // (a period counted back only when it leads: "The previous week, lawyers had identified
    // five babies")
    if (w.speech_date[d] || m.begin < s.begin || m.begin >= clause_begin ||
        (m.kind == DateMentionKind::kPrevious && token_at(tt, m.begin) != s.first)) {
      continue;
    }
    // "struck Nepal on Tuesday, just over two weeks after a quake killed more than 8,000"
    if (has_offset(tt, token_at(tt, m.end), f.number_first)) {
      continue;
    }
    // a running total as of that day has no start ("246 deaths were reported Thursday,
    // bringing the total to 1,195")
    if (f.figure.cumulative && m.span.is_day()) {
      continue;
    }
    if (!figure_between(w, f.sentence, m.begin, number_byte) ||
        (m.end <= lead_end && !figure_in_lead)) {
      return m.span;
    }
  }
  // 3. the figure its counted noun was carried from ("..., and more than 300 have been killed")
  const auto carried = static_cast<std::size_t>(f.carried_from);
  if (f.carried_from >= 0 && w.figures[carried].sentence == f.sentence) {
    if (const auto& d = dated[carried]) {
      return d;
    }
  }
  // 3b. jobless claims with no date of their own are the week before the report: "Jobless
  //     Claims Fall to 1.5 Million", "2.1 million initial unemployment claims"
  if (f.figure.head == "claim" && published) {
    bool jobless = false;
    for (std::size_t k = s.first; k < s.last && !jobless; ++k) {
      const auto& t = tt.tokens[k].lower;
      jobless = t == "jobless" || t == "unemployment" || t == "initial" || t == "continuing" ||
                t == "weekly";
    }
    if (jobless) {
      const auto monday = date_periods::week_start(*published).plus_days(-7);
      return DateSpan{monday, monday.plus_days(6)};
    }
  }
  // 3c. a poll's sample with no date of its own was questioned on the poll's days: "The poll
  //     was conducted Oct. 28-29. Pollsters interviewed 924 Americans"
  if (const auto period = sample_period(article.fieldwork, w, f)) {
    return period;
  }
  // 4. "now": as of publication ("50 have now been killed", "15,000 soldiers were now in
  //    Syria"); a plain count in the present is a standing fact ("the 11 million immigrants
  //    now living here", "4,000 troops are now set to help")
  //    "currently" says the count stands on the day of the report, even in the present ("The
  //    court currently consists of five conservatives and four liberals", "100 senior leaders
  //    are currently under investigation")
  const auto standing = [&] {
    return f.figure.event.empty() && !past_tense(tt, f, c_first, c_last);
  };
  for (std::size_t k = c_first; k < c_last && published; ++k) {
    const auto& t = tt.tokens[k].lower;
    if (t == "currently" || (t == "now" && !standing())) {
      return DateSpan{*published, *published};
    }
  }
  // 5. the date of the incident the sentence names ("the quake killed 5,500": the day of
  //    "Saturday's earthquake"), else the main event date, for a factual event that is not a
  //    running total
  const auto& fig = f.figure;
  // a toll so far in a running conflict: from the day it began ("The war broke out on July 8")
  if (const auto period = conflict_period(w, f, article.conflict_start, published)) {
    return period;
  }
  // (a staff employed is a standing fact, not an event of a day: "Magpul employs more than 200
  // people", "the 20,000 border agents who work for ICE")
  if (fig.cumulative || fig.event == "displace" || fig.event == "employ") {
    return std::nullopt;
  }

  // a plain count told in the past tense belongs to the story's event ("There were 105
  // passengers", "police fired nine shots"), and so does one in a headline about an incident
  // ("Plane with 71 aboard crashes"); in the present it is a standing fact
  if (fig.event.empty() && !(w.headline && names_incident(tt, c_first, c_last)) &&
      !past_tense(tt, f, c_first, c_last)) {
    return std::nullopt;
  }
  // further down, a plain count is background ("the 87 counties", "threw 16 touchdowns")
  // unless its sentence names an incident ("nine shots were fired at the mall")
  if (fig.event.empty() && w.order >= kLeadPassages && !names_incident(tt, s.first, s.last)) {
    return std::nullopt;
  }
  bool perfect = false;
  for (std::size_t k = c_first; k < c_last; ++k) {
    perfect = perfect || tt.tokens[k].lower == "have" || tt.tokens[k].lower == "has";
  }
  if (perfect && !clause_incident) {
    return std::nullopt;
  }
  // an offset we cannot resolve moves the event away from the main one: "Just days before,
  // two employees were killed"
  if (has_offset(tt, s.first, c_last)) {
    return std::nullopt;
  }
  if (!fig.event.empty()) {
    if (const auto d = incident_date(incidents, tt, s.first, s.last)) {
      return d;
    }
  }
  // no recent day to tell the story by: an event counted in the past tense belongs to the
  // incident the article dates ("the shootings on November 5, 2009 ... Thirteen people were
  // killed")
  if (!main_date && !fig.event.empty() && !incidents.empty()) {
    return incidents.front().span;
  }
  return main_date;
}

}  // namespace

std::optional<DateSpan> date_of(const PassageWork& w, const FigureSpan& f,
                                const std::vector<std::optional<DateSpan>>& dated,
                                const ArticleDates& article) {
  auto date = date_told(w, f, dated, article);
  // a day still to come has not happened: "a vote scheduled for June 8", "by Nov. 3, 2020"
  if (date && article.published &&
      date->from > article.published->plus_days(date_periods::kClockLagDays)) {
    return std::nullopt;
  }
  return date;
}

bool in_relative_clause(const TokenizedText& tt, const Sentence& s, std::size_t k,
                        std::size_t after) {
  while (k > s.first && !is_clause_break(tt.tokens[k - 1])) {
    --k;
  }
  return k > after && opens_relative_clause(tt, s, k - 1);
}

}  // namespace tally::figure_dates
