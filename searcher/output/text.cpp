#include <array>
#include <cmath>
#include <cstdio>

#include "common/core/utf8.hpp"
#include "searcher/output/ansi.hpp"
#include "searcher/output/highlight.hpp"
#include "searcher/output/render.hpp"

namespace tally::searcher {
namespace {

using namespace ansi;

// `s` cut or padded to `width` code points (an ellipsis marks a cut).
std::string
fit(std::string_view s, std::size_t width) {
  std::string out;
  std::size_t pos = 0;
  std::size_t n = 0;
  while (pos < s.size()) {
    const std::size_t before = pos;
    next_code_point(s, pos);
    if (n + 1 == width && pos < s.size()) {
      out += "\xe2\x80\xa6";  // …
      ++n;
      break;
    }
    out.append(s.substr(before, pos - before));
    ++n;
  }
  out.append(width > n ? width - n : 0, ' ');
  return out;
}

std::string
date_text(const std::optional<DateSpan>& d) {
  if (!d) {
    return "date unknown";
  }
  return d->iso();
}

std::string
qualifier_text(Qualifier q) {
  std::string s = qualifier_name(q);
  for (auto& c : s) {
    c = c == '_' ? ' ' : c;
  }
  return s;
}

std::string
group_heading(const AnswerGroup& g, bool on) {
  std::string out = on ? kBold : "";
  out += g.event.empty() ? "count" : g.event;
  out += kDot;
  out += g.counted.empty() ? (g.head.empty() ? std::string("(unspecified)") : g.head) : g.counted;
  out += kDot;
  out += date_text(g.date);
  out += on ? kReset : "";
  out += "   ";
  out += g.low == g.high ? format_value(g.low) : format_value(g.low) + "\xe2\x80\x93" + format_value(g.high);
  out += " from " + std::to_string(g.sources) + (g.sources == 1 ? " source" : " sources");
  if (g.independent != g.sources) {
    out += " (" + std::to_string(g.independent) + " independent)";
  }
  if (!g.agree) {
    out += on ? std::string(", ") + kWarn + "reports conflict" + kReset : ", reports conflict";
  } else if (g.reports.size() > 1) {
    out += ", consistent";
  }
  return out + "\n";
}

std::string
report_line(const Report& r, bool on) {
  std::string out = "  ";
  out += fit(r.source, 18);
  out += ' ';
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%11s", format_value(r.figure.value).c_str());
  out += buf.data();
  out += "  ";
  out += fit(qualifier_text(r.figure.qualifier), 10);
  out += ' ';
  out += fit(r.figure.attribution.empty() ? std::string_view("-") : r.figure.attribution, 28);
  out += on ? kDim : "";
  out += " " + r.article + " #" + std::to_string(r.passage);
  out += on ? kReset : "";
  std::string notes;
  if (r.revised_from) {
    notes += " revised from ";
    notes += format_value(*r.revised_from);
  }
  if (r.superseded) {
    notes += " superseded";
  }
  if (r.figure.cumulative) {
    notes += " cumulative";
  }
  if (r.figure.malformed) {
    notes += " malformed number";
  }
  if (!r.conflicts.empty()) {
    notes += " conflicts";
  }
  if (!notes.empty()) {
    out += ' ';
    out += on ? kWarn : "";
    out += '[';
    out.append(notes, 1);
    out += ']';
    out += on ? kReset : "";
  }
  return out + "\n";
}

}  // namespace

std::string
format_value(double v) {
  std::array<char, 64> buf{};
  if (std::floor(v) != v || std::fabs(v) >= 1e15) {
    std::snprintf(buf.data(), buf.size(), "%g", v);
    return buf.data();
  }
  std::snprintf(buf.data(), buf.size(), "%.0f", std::fabs(v));
  std::string digits = buf.data();
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  if (v < 0) {
    out.insert(out.begin(), '-');
  }
  return out;
}

std::string
render_answer_table(const SearchAnswer& answer, Colour colour, std::size_t groups) {
  const bool on = colour == Colour::kOn;
  std::string out;
  std::size_t shown = 0;
  for (const auto& g : answer.answers) {
    if (shown == groups) {
      break;
    }
    out += group_heading(g, on);
    for (const auto& r : g.reports) {
      out += report_line(r, on);
    }
    out += "\n";
    ++shown;
  }
  if (answer.answers.size() > shown) {
    out += '(';
    out += std::to_string(answer.answers.size() - shown);
    out += " more figure groups: --format tsv or --json lists them all)\n\n";
  }
  return out;
}

std::string
render_text(const SearchAnswer& answer, Colour colour) {
  const bool on = colour == Colour::kOn;
  std::string out;
  if (answer.suggestion) {
    out += "Did you mean: " + *answer.suggestion + "\n\n";
  }
  out += render_answer_table(answer, colour);
  const Highlighter highlighter(answer.terms);
  std::array<char, 64> buf{};
  for (const auto& r : answer.results) {
    std::snprintf(buf.data(), buf.size(), "%3zu. ", r.rank);
    out += buf.data();
    out += on ? kBold : "";
    out += r.source;
    out += on ? kReset : "";
    out += "  ";
    out += r.published.empty() ? "(no date)" : r.published;
    out += on ? kDim : "";
    out += "  " + r.article + " #" + std::to_string(r.passage);
    if (r.kind == "headline") {
      out += "  [headline]";
    }
    out += on ? kReset : "";
    if (!r.also.empty()) {
      out += "  also in";
      for (std::size_t i = 0; i < r.also.size(); ++i) {
        out += (i == 0 ? " " : ", ") + r.also[i].source;
      }
    }
    out += "\n     ";
    out += on ? highlighter.mark(r.text, kMatch, kReset) : r.text;
    out += "\n\n";
  }
  return out;
}

std::string
render_facets(const SearchAnswer& answer) {
  std::string out;
  for (const auto& [name, counts] : answer.facets) {
    out += name + ":";
    for (std::size_t i = 0; i < counts.size(); ++i) {
      out += (i == 0 ? " " : ", ") + counts[i].first + " " + std::to_string(counts[i].second);
    }
    out += "\n";
  }
  return out;
}

}  // namespace tally::searcher
