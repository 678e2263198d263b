#include "searcher/session/article_view.hpp"

#include <algorithm>

#include "common/schema.hpp"
#include "common/store/database.hpp"
#include "searcher/output/ansi.hpp"

namespace tally::searcher {
namespace {

using namespace ansi;

// `text` with each figure's quote marked where it is found (first occurrence after the
// previous mark; quotes that are not found verbatim stay unmarked and are listed anyway).
std::string
mark_figures(const std::string& text, const std::vector<Figure>& figures, bool on) {
  struct Span {
    std::size_t from;
    std::size_t to;
  };
  std::vector<Span> spans;
  for (const auto& f : figures) {
    if (f.quote.empty()) {
      continue;
    }
    for (std::size_t at = text.find(f.quote); at != std::string::npos;
         at = text.find(f.quote, at + 1)) {
      const Span s{at, at + f.quote.size()};
      const bool overlaps = std::any_of(spans.begin(), spans.end(), [&](const Span& o) {
        return s.from < o.to && o.from < s.to;
      });
      if (!overlaps) {
        spans.push_back(s);
        break;
      }
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  std::string out;
  std::size_t at = 0;
  for (const auto& s : spans) {
    out.append(text, at, s.from - at);
    out += on ? kMark : "[[";
    out.append(text, s.from, s.to - s.from);
    out += on ? kReset : "]]";
    at = s.to;
  }
  out.append(text, at, std::string::npos);
  return out;
}

}  // namespace

std::vector<PassageRecord>
read_article(const Xapian::Database& db, const std::string& article_id) {
  try {
    return PassageReader(db).read_article(article_id);
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, "the database", "reading article " + article_id);
  }
}

std::string
figure_summary(const Figure& f) {
  std::string out = format_value(f.value);
  if (f.high > f.low) {
    out = format_value(f.low) + "\xe2\x80\x93" + format_value(f.high);  // low–high
  }
  std::string qualifier = qualifier_name(f.qualifier);
  std::replace(qualifier.begin(), qualifier.end(), '_', ' ');
  out += " " + qualifier;
  out += kDot + (f.event.empty() ? std::string("count") : f.event);
  out += kDot + (f.counted.empty() ? f.head : f.counted);
  if (f.date) {
    out += kDot + f.date->iso();
  }
  if (!f.attribution.empty()) {
    out += std::string(kDot) + "said by " + f.attribution;
  }
  if (f.malformed) {
    out += " (malformed number)";
  }
  if (f.cumulative) {
    out += " (cumulative)";
  }
  if (f.modal) {
    out += " (planned or forecast)";
  }
  return out;
}

std::vector<std::string>
render_article(const std::vector<PassageRecord>& passages, int focus, Colour colour) {
  const bool on = colour == Colour::kOn;
  std::vector<std::string> blocks;
  if (passages.empty()) {
    return blocks;
  }
  const PassageRecord& first = passages.front();
  std::string title;
  std::string url;
  std::size_t figures = 0;
  for (const auto& p : passages) {
    title = title.empty() ? p.title : title;
    url = url.empty() ? p.url : url;
    figures += p.figures.size();
  }
  std::string head = on ? kBold : "";
  head += first.source + kDot + (first.published.empty() ? "(no date)" : first.published) + kDot +
          first.article;
  head += on ? kReset : "";
  head += "\n";
  if (!title.empty()) {
    head += title + "\n";
  }
  if (!url.empty()) {
    head += url + "\n";
  }
  head += std::to_string(passages.size()) + (passages.size() == 1 ? " passage, " : " passages, ") +
          std::to_string(figures) + (figures == 1 ? " figure" : " figures");
  if (focus >= 0) {
    head += "; the result is #" + std::to_string(focus) + ", marked >";
  }
  head += "\n\n";
  blocks.push_back(std::move(head));
  for (const auto& p : passages) {
    std::string block = p.passage == focus ? "> " : "  ";
    block += on ? kDim : "";
    block += "#" + std::to_string(p.passage);
    block += p.kind == "headline" ? " [headline]" : "";
    block += on ? kReset : "";
    block += "  " + mark_figures(p.text, p.figures, on) + "\n";
    for (const auto& f : p.figures) {
      block += "      * " + figure_summary(f) + "\n";
    }
    blocks.push_back(block + "\n");
  }
  return blocks;
}

}  // namespace tally::searcher
