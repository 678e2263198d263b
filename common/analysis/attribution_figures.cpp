// Which frame gives each figure its source: the nearest frame of its sentence that covers it,
// the frame that closes the quotation it stands in or the speaker who closed the quotation just
// before it, or the report of the sentence before it that it continues. The frames come from
// find_attributions (attribution.cpp).

#include "common/analysis/attribution.hpp"

#include <algorithm>

namespace tally {
namespace {

// A frame of the figure's sentence that could give it a source: not one after it that covers
// only what follows ("agents arrested fewer than 2,000, saying the others ...").
bool has_frame(const std::vector<AttributionFrame>& frames, const FigureSpan& f) {
  for (const auto& fr : frames) {
    if (fr.sentence == f.sentence && (fr.covers_before || fr.cue < f.number_first)) {
      return true;
    }
  }
  return false;
}

// The source of the figures of sentence `sentence` that count what `f` counts (the same event,
// or the same plain count): the report `f` continues, if any.
std::string source_continued(const std::vector<FigureSpan>& figures,
                             const std::vector<std::string>& given,
                             const std::vector<bool>& reported, std::size_t sentence,
                             const FigureSpan& f) {
  for (std::size_t i = figures.size(); i-- > 0;) {
    const auto& g = figures[i];
    // the same event, or the same plain count of the same thing ("people" is too general)
    const bool same = f.figure.event.empty()
                          ? g.figure.event.empty() && g.figure.head == f.figure.head &&
                                !f.figure.head.empty() && f.figure.head != "people"
                          : g.figure.event == f.figure.event;
    if (g.sentence == sentence && !given[i].empty() && reported[i] && same) {
      return given[i];
    }
  }
  return {};
}

// Per sentence: whether it starts inside a quotation opened before it, whether a quotation
// closes in it ('"We saw many things. Two nurses contracted Ebola," Burger said.'), and whether
// it opens a quotation it leaves open ('"We saw many things.').
struct Quotations {
  std::vector<bool> quoted;
  std::vector<bool> closes;
  std::vector<bool> opens_unclosed;
};

Quotations read_quotations(const TokenizedText& tt) {
  const std::size_t n = tt.sentences.size();
  Quotations q{std::vector<bool>(n, false), std::vector<bool>(n, false),
               std::vector<bool>(n, false)};
  bool open = false;
  for (std::size_t si = 0; si < n; ++si) {
    const Sentence& s = tt.sentences[si];
    q.quoted[si] = open;
    int marks = 0;
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (is_quotation_mark(tt.tokens[k])) {
        q.closes[si] = q.closes[si] || open;
        open = !open;
        ++marks;
      }
    }
    q.opens_unclosed[si] = s.last > s.first && is_quote(tt.tokens[s.first]) && marks % 2 == 1;
  }
  return q;
}

// The nearest frame of the figure's sentence that covers it. A figure that counts the speakers
// themselves ("two sources told Fox News", "according to two administration officials") is
// reported only by a frame after theirs ("the two chairmen said ..., according to The
// Washington Post").
const AttributionFrame* covering_frame(const std::vector<AttributionFrame>& frames,
                                       const FigureSpan& f) {
  std::size_t own_cue = 0;
  for (const auto& fr : frames) {
    if (fr.sentence == f.sentence && f.number_first >= fr.source_first &&
        f.number_first < fr.source_last) {
      own_cue = std::max(own_cue, fr.cue + 1);
    }
  }
  const AttributionFrame* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& fr : frames) {
    if (fr.sentence != f.sentence || fr.cue < own_cue) {
      continue;
    }
    const bool before = f.number_first < fr.cue;
    // (nor an aside between the subject and its verb, which the writer tells: "Bob Pinnegar,
    // CEO of the National Apartment Association, which has 81,000 members nationwide, said")
    const bool aside = before && fr.source_first < fr.source_last &&
                       f.number_first >= fr.source_last;
    if ((before && (!fr.covers_before || aside)) ||
        (!before && (!fr.covers_after || f.number_first >= fr.covers_until))) {
      continue;
    }
    const std::size_t d = before ? fr.cue - f.number_first : f.number_first - fr.cue;
    if (!best || d < best_distance) {
      best = &fr;
      best_distance = d;
    }
  }
  return best;
}

// The frame of the quotation sentence `si` stands in, when no frame of its own covers it.
const AttributionFrame* quotation_frame(const TokenizedText& tt,
                                        const std::vector<AttributionFrame>& frames,
                                        const Quotations& q, std::size_t si) {
  // a quotation that spans sentences: the frame of the sentence that closes it
  if (q.opens_unclosed[si] || q.quoted[si]) {
    for (const auto& fr : frames) {
      if (fr.sentence > si && fr.covers_before && q.closes[fr.sentence]) {
        return &fr;
      }
    }
  }
  // a quotation opened right after a sentence whose quotation its speaker closed goes on
  // quoting them: '"I just got hit," one witness said. "He got hit three times ..."'
  std::size_t o = si;
  while (o > 0 && q.quoted[o]) {
    --o;
  }
  const Sentence& opener = tt.sentences[o];
  const AttributionFrame* found = nullptr;
  if (o > 0 && opener.last > opener.first && is_quote(tt.tokens[opener.first]) &&
      q.closes[o - 1]) {
    for (const auto& fr : frames) {
      if (fr.sentence == o - 1 && fr.covers_before && !fr.source.empty()) {
        found = &fr;
      }
    }
  }
  return found;
}

}  // namespace

std::vector<std::string> attribute_figures(const TokenizedText& tt,
                                           const std::vector<AttributionFrame>& frames,
                                           const std::vector<FigureSpan>& figures) {
  std::vector<std::string> out(figures.size());
  std::vector<bool> reported(figures.size(), true);  // a source a next sentence may continue
  const Quotations quotations = read_quotations(tt);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const AttributionFrame* best = covering_frame(frames, figures[i]);
    if (!best) {
      best = quotation_frame(tt, frames, quotations, figures[i].sentence);
    }
    if (best) {
      out[i] = best->source;
      reported[i] = best->continues;
    }
  }
  // a sentence with no source of its own continues the report of the sentence before it in
  // the paragraph when it counts the same: "Police said 12 people were arrested on Friday.
  // Another 30 were arrested on Saturday."
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const std::size_t s = figures[i].sentence;
    if (!out[i].empty() || s == 0 || has_frame(frames, figures[i])) {
      continue;
    }
    out[i] = source_continued(figures, out, reported, s - 1, figures[i]);
    // "..., the Bureau of Labor Statistics says. But employers added 162,000 jobs": a sentence
    // opened by a connective goes on with the report of the sentence before
    const auto& opener = tt.tokens[tt.sentences[s].first].lower;
    if (out[i].empty() && (opener == "but" || opener == "and" || opener == "also")) {
      for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        if (it->sentence == s - 1 && !it->source.empty() && !it->pronoun && it->continues) {
          out[i] = it->source;
          break;
        }
      }
    }
  }
  return out;
}

}  // namespace tally
