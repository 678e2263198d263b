// The candidates of each sentence (figure_candidates.cpp) assembled into figures: moods and
// units rejected, revisions linked, elided counted nouns carried over (figure_elision.cpp).

#include "common/analysis/figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"

namespace tally {
namespace fp = figure_parts;
namespace {

std::string format_value(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

}  // namespace

PassageFigures extract_figures(std::string_view text, const TokenizedText& tt,
                               FigureMemory& memory) {
  PassageFigures out;
  const auto& tokens = tt.tokens;
  memory.passages.push_back(text);  // read only when "cases" or bare jobs come up
  for (std::size_t si = 0; si < tt.sentences.size(); ++si) {
    const Sentence& s = tt.sentences[si];
    auto cands = fp::sentence_candidates(text, tokens, s, memory, out.rejections);
    const std::size_t sentence_base = out.figures.size();
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      fp::Candidate& c = cands[ci];
      const std::string quote_all(fp::span_text(text, tokens, c.start, c.np_end));
      // ", including 67 gunshot victims": a part of the nearest figure before it that can hold
      // it ("left more than 150 wounded and nearly two-dozen dead, including 67 ..."; a vague
      // one can hold any: "Thousands have been killed, including more than 1,500 civilians")
      for (std::size_t w = ci; c.including && c.event.event.empty() && w-- > 0;) {
        if (cands[w].number.value >= c.number.value || cands[w].number.vague) {
          c.event = cands[w].event;
          break;
        }
      }
      // "were killed along with two gunmen": the event of the count before it in the
      // sentence, whatever its size, else of the passive before the connector ("He was killed
      // along with five others")
      if (c.alongside && c.event.event.empty()) {
        c.event = ci > 0 && !cands[ci - 1].event.event.empty()
                      ? cands[ci - 1].event
                      : fp::passive_before_alongside(tokens, s, c.start);
      }
      fp::share_as_have_event(tokens, s, cands, ci);
      if (fp::in_condition(tokens, s, c.start)) {
        c.event.mood = fp::Mood::kHypothetical;  // "If 30 people die, ..."
      }
      if (c.negated || c.event.mood == fp::Mood::kNegated ||
          c.event.mood == fp::Mood::kHypothetical) {
        out.rejections.push_back(
            {0, quote_all, c.event.mood == fp::Mood::kHypothetical ? "hypothetical" : "negated"});
        continue;
      }
      if (!c.np.counted.empty() && c.np.last > c.np.first) {
        const auto unit = unit_kind(tokens[c.np.last - 1].lower);
        if (unit == UnitKind::kMeasure || unit == UnitKind::kMoney || unit == UnitKind::kDuration) {
          out.rejections.push_back({0, quote_all, unit == UnitKind::kMoney ? "money" : "measure"});
          continue;
        }
      }
      if (c.number.kind == NumberKind::kOne && c.event.event.empty() && !c.listed) {
        out.rejections.push_back({0, quote_all, "one"});
        continue;
      }
      FigureSpan f;
      f.sentence = si;
      f.number_first = c.number.first;
      f.number_last = c.number.last;
      f.figure.value = c.number.value;
      f.list_item = c.list_item;
      if (c.high > 0) {
        f.figure.low = c.low;
        f.figure.high = c.high;
      }
      f.figure.qualifier = c.qualifier;
      f.figure.malformed = c.number.malformed;
      f.figure.cumulative = c.cumulative;
      f.figure.modal = c.event.mood == fp::Mood::kModal;
      f.figure.event = std::string(c.event.event);
      f.figure.counted = c.np.counted;
      f.figure.head = c.np.head;
      if (c.revision) {
        fp::carry_revised(memory, out.figures, f);
      }
      bool named_share = false;  // "Washington with 101": the name quoted with its share
      const fp::ElisionScope scope{text, tokens, s, cands, out.figures, sentence_base, memory};
      if (!fp::carry_elided(scope, c, f, named_share)) {
        out.rejections.push_back({0, quote_all, "nothing counted"});
        continue;
      }
      // "That figure includes more than 7,000 children": they share the event counted last
      if (f.figure.event.empty() && !f.figure.head.empty() && !memory.last_event.empty() &&
          fp::part_of_total(tokens, s, c)) {
        f.figure.event = memory.last_event;
      }
      f.first = named_share ? c.start - 2 : c.start;  // "Washington with 101"
      f.last = c.np_end;
      if (!c.event.event.empty() && c.event.last > c.event.first) {
        f.first = std::min(f.first, c.event.first);
        f.last = std::max(f.last, c.event.last);
      }
      f.figure.quote = std::string(fp::span_text(text, tokens, f.first, f.last));
      if (fp::has_people_head(f.figure.head)) {
        memory.last_people_counted = f.figure.counted;
        memory.last_people_head = f.figure.head;
        memory.last_people_passage = memory.passages.size();
      }
      memory.events_heads.emplace_back(f.figure.event, f.figure.head);
      memory.last_counted = f.figure.counted;
      memory.last_head = f.figure.head;
      memory.last_event = f.figure.event;
      out.figures.push_back(std::move(f));
    }
  }
  memory.figures_before += static_cast<int>(out.figures.size());
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) {
    --end;
  }
  if (end > 0 && text[end - 1] == ':') {
    fp::read_list_heading(text, tt, memory);
  }
  return out;
}

std::vector<Figure> figures_in_text(std::string_view text) {
  FigureMemory memory;
  const auto tt = tokenize(text);
  std::vector<Figure> out;
  for (auto& f : extract_figures(text, tt, memory).figures) {
    out.push_back(std::move(f.figure));
  }
  return out;
}

std::string describe_figure(const Figure& f) {
  std::string s = format_value(f.value);
  s += ' ';
  s += qualifier_name(f.qualifier);
  s += ' ';
  s += f.head.empty() ? "-" : f.head;
  s += ' ';
  s += f.event.empty() ? "-" : f.event;
  if (f.cumulative) {
    s += " cumulative";
  }
  if (f.modal) {
    s += " modal";
  }
  if (f.malformed) {
    s += " malformed";
  }
  if (f.revises >= 0) {
    s += " revises=" + std::to_string(f.revises);
  }
  return s;
}

}  // namespace tally
