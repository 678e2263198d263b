// The candidates of each sentence (figure_candidates.cpp) assembled into figures: moods and
// units rejected, revisions linked, elided counted nouns carried from the sentence or the article.

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
      if (c.including && c.event.event.empty() && ci > 0) {
        c.event = cands[ci - 1].event;
      }
      // "215 have tested positive, as have 191 correctional officers": the same event
      if (c.event.event.empty() && ci > 0 && c.start >= s.first + 2 &&
          tokens[c.start - 2].lower == "as" &&
          (tokens[c.start - 1].lower == "have" || tokens[c.start - 1].lower == "has" ||
           tokens[c.start - 1].lower == "had" || tokens[c.start - 1].lower == "did" ||
           tokens[c.start - 1].lower == "were" || tokens[c.start - 1].lower == "was")) {
        c.event = cands[ci - 1].event;
        c.event.first = c.start - 2;  // the quote holds "as have", not the verb before
        c.event.last = c.start;
        for (std::size_t cj = ci + 1; cj < cands.size() && cands[cj].event.event.empty(); ++cj) {
          if (cands[cj].start > c.np_end && tokens[cands[cj].start - 1].lower == "and") {
            cands[cj].event = c.event;  // "... and 34 other employees"
            cands[cj].event.first = cands[cj].event.last = cands[cj].start;
          }
        }
      }
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
      const int article_index = memory.figures_before + static_cast<int>(out.figures.size());
      if (c.revision) {
        for (int x = article_index - 1; x >= 0; --x) {
          if (memory.events_heads[static_cast<std::size_t>(x)].first == f.figure.event) {
            f.figure.revises = x;
            if (f.figure.counted.empty() && x >= memory.figures_before) {
              const auto& src = out.figures[static_cast<std::size_t>(x - memory.figures_before)];
              f.figure.counted = src.figure.counted;
              f.figure.head = src.figure.head;
              f.elided = true;
              f.carried_from = x - memory.figures_before;
            }
            break;
          }
        }
      }
      bool named_share = false;  // "Washington with 101": the name quoted with its share
      // "compared with N"; a gapped conjunct: "added 223,000 jobs in May and 27,000 in April"
      if (f.figure.counted.empty() && f.figure.head.empty() && f.figure.event.empty() &&
          out.figures.size() > sentence_base &&
          (fp::compared_with_previous(tokens, s, c) || fp::compared_after(tokens, s, c) ||
           fp::gapped_after_previous(tokens, s, c, out.figures.back()) ||
           fp::chained_after_previous(tokens, s, c, out.figures.back()))) {
        const auto& prev = out.figures.back().figure;
        f.figure.counted = prev.counted;
        f.figure.head = prev.head;
        f.figure.event = prev.event;
        f.carried_from = static_cast<int>(out.figures.size() - 1);
        f.elided = true;
      }
      // "61 of 62 counties", "Ten of the 13": a bare part counts what its whole counts (a bare
      // whole: the figure of its number before; "the remaining three": what the article
      // counted last)
      if (f.figure.counted.empty() && f.figure.head.empty()) {
        const auto whole = fp::partitive_whole(tokens, s, c, cands);
        if (whole && !cands[*whole].np.head.empty()) {
          f.figure.counted = cands[*whole].np.counted;
          f.figure.head = cands[*whole].np.head;
          f.elided = true;
          c.np_end = std::max(c.np_end, cands[*whole].np_end);  // "61 of 62 counties"
          // jobs are added and cut; "eliminated 41 of 42 jurors" is no cut
          if ((f.figure.event == "hire" || f.figure.event == "cut") &&
              !fp::is_staff_head(f.figure.head)) {
            f.figure.event.clear();
          }
        } else if (whole) {
          // "13 bodies were found. Ten of the 13 ...": the whole counted before in the passage
          for (std::size_t x = out.figures.size(); x-- > 0;) {
            const auto& prev = out.figures[x].figure;
            if (prev.value == cands[*whole].number.value && !prev.head.empty()) {
              f.figure.counted = prev.counted;
              f.figure.head = prev.head;
              f.elided = true;
              f.carried_from = static_cast<int>(x);
              break;
            }
          }
        } else if (fp::remaining_bare(tokens, s, c) && !memory.last_head.empty()) {
          f.figure.counted = memory.last_counted;
          f.figure.head = memory.last_head;
          f.elided = true;
        }
      }
      if (f.figure.counted.empty() && f.figure.head.empty()) {
        if (!f.figure.event.empty() && !fp::people_event(f.figure.event)) {
          // the object of a thing event, elided: the thing counted before it in the sentence
          // ("destroyed 70,000 houses and damaged an additional 530,000", "won nine of them")
          for (std::size_t x = out.figures.size(); x-- > sentence_base;) {
            if (!out.figures[x].figure.head.empty()) {
              f.figure.counted = out.figures[x].figure.counted;
              f.figure.head = out.figures[x].figure.head;
              f.carried_from = static_cast<int>(x);
              break;
            }
          }
          if (f.figure.head.empty()) {
            out.rejections.push_back({0, quote_all, "nothing counted"});
            continue;
          }
        }
        // "the toll has topped 4,000 — including 26 in the U.S.": a part of the figure before
        if (c.including && !f.figure.event.empty() && out.figures.size() > sentence_base &&
            out.figures.back().figure.event == f.figure.event) {
          f.figure.counted = out.figures.back().figure.counted;
          f.figure.head = out.figures.back().figure.head;
          f.carried_from = static_cast<int>(out.figures.size() - 1);
        }
        // elided: the last people noun of this sentence, else of the article so far
        for (std::size_t x = out.figures.size();
             !f.figure.event.empty() && f.figure.head.empty() && x-- > sentence_base;) {
          if (fp::has_people_head(out.figures[x].figure.head)) {
            f.figure.counted = out.figures[x].figure.counted;
            f.figure.head = out.figures[x].figure.head;
            if (f.figure.head == "person") {
              f.figure.head = "people";  // "One person was killed and eight others injured"
              f.figure.counted = "people";
            }
            f.carried_from = static_cast<int>(x);
            break;
          }
        }
        // an object or "others" stands for people of this sentence, else people in general;
        // a subject ("At least 50 have been killed") for the people the article counts
        // ("with almost 2,000 killed" too: an absolute phrase, not the article's subject)
        const bool sentence_only = c.object_elided || c.others ||
                                   (c.start > s.first && tokens[c.start - 1].lower == "with");
        // ("Two of them contracted Ebola" too; a headline's "Two shot and killed", with no
        // auxiliary, counts people in general)
        const bool auxiliary_after =
            c.np_end < s.last &&
            (tokens[c.np_end].lower == "have" || tokens[c.np_end].lower == "has" ||
             tokens[c.np_end].lower == "had" || tokens[c.np_end].lower == "were" ||
             tokens[c.np_end].lower == "was" || tokens[c.np_end].lower == "are" ||
             tokens[c.np_end].lower == "is" || tokens[c.np_end].lower == "remain" ||
             tokens[c.np_end].lower == "remained");
        if (f.figure.head.empty() && !memory.last_people_head.empty() && !f.figure.event.empty() &&
            !sentence_only && (auxiliary_after || fp::of_pronoun(tokens, s, c))) {
          f.figure.counted = memory.last_people_counted;
          f.figure.head = memory.last_people_head;
        }
        named_share = f.figure.head.empty() && f.figure.event.empty() &&
                      fp::shares_out_by_name(tokens, s, c);
        for (std::size_t x = out.figures.size(); named_share && x-- > sentence_base;) {
          if (!out.figures[x].figure.head.empty()) {
            f.figure.counted = out.figures[x].figure.counted;
            f.figure.head = out.figures[x].figure.head;
            f.carried_from = static_cast<int>(x);
            break;
          }
        }
        // "Clinton has 1,712", "the Atlantic had only three": a bare number held by someone
        // counts what the paragraph counted last
        if (f.figure.head.empty() && f.figure.event.empty() && !out.figures.empty() &&
            fp::held_bare(tokens, s, c)) {
          // what the places hold, not the places: "released in each of 10 states, with Texas
          // receiving 4,280"
          std::size_t from = out.figures.size() - 1;
          while (from > 0 && fp::is_place_noun(out.figures[from].figure.head)) {
            --from;
          }
          const auto& prev = out.figures[from].figure;
          f.figure.counted = prev.counted;
          f.figure.head = prev.head;
          f.carried_from = static_cast<int>(from);
          if (prev.head == "case" || prev.head == "death") {
            f.figure.event = prev.event;  // cases are infections, deaths are deaths
          }
        }
        // "The BBC says the number is 48": the count of what the article counted last
        if (f.figure.head.empty() && f.figure.event.empty() && !memory.last_head.empty() &&
            (fp::restates_total(tokens, s, c) || fp::period_changes(tokens, s, c) ||
             fp::estimates_count(tokens, s, c) || fp::change_of_count(tokens, s, c))) {
          f.figure.counted = memory.last_counted;
          f.figure.head = memory.last_head;
          f.figure.event = memory.last_event;
        }
        // "41 of them": a part of the figure before it in the sentence, with its event; "of
        // whom" opens a clause with its own predicate ("tens of thousands of whom are sleeping
        // rough"), so only what is counted carries
        if (f.figure.head.empty() && f.figure.event.empty() && out.figures.size() > sentence_base &&
            fp::of_pronoun(tokens, s, c)) {
          const auto& prev = out.figures.back().figure;
          f.figure.counted = prev.counted;
          f.figure.head = prev.head;
          if (tokens[c.number.last + 1].lower != "whom") {
            f.figure.event = prev.event;
          }
          f.carried_from = static_cast<int>(out.figures.size() - 1);
        }
        // "jumped to 19,410 in 2016 from 9,580 in 2015", "from 64 ... to nearly 3,000": the
        // other end of a change counts what its partner counts
        if (f.figure.head.empty() && f.figure.event.empty() && !c.others) {
          const auto partner = fp::change_partner(tokens, s, c, cands, out.figures, sentence_base);
          if (partner) {
            f.figure.counted = partner->counted;
            f.figure.head = partner->head;
            f.figure.event = partner->event;
          }
        }
        if (f.figure.head.empty() && f.figure.event.empty() && !c.others) {
          out.rejections.push_back({0, quote_all, "nothing counted"});
          continue;
        }
        // "2,400 inmates were moved and 1,200 others approved": others with nothing befalling
        // them are more of what was counted last
        if (f.figure.head.empty() && f.figure.event.empty() && c.others &&
            !memory.last_head.empty()) {
          f.figure.head = memory.last_head;
        }
        if (f.figure.head.empty()) {
          f.figure.head = "people";  // "killing 22", "45 others had been found"
        }
        f.elided = true;
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
