#include "searcher/query/understand.hpp"

#include <algorithm>
#include <cctype>

#include "common/analysis/dates.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/core/strings.hpp"
#include "common/core/utf8.hpp"
#include "searcher/query/lexicons.hpp"

namespace tally::searcher {
namespace {

bool
is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool
is_operator(std::string_view w) {
  return w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || w == "NEAR" || w == "ADJ";
}

// The query with phrases, field:value terms, operators and +/- words blanked out (same
// length, so offsets still hold): what remains are plain words that understanding may read.
std::string
plain_part(std::string_view q, bool& has_operators) {
  std::string out(q);
  std::size_t i = 0;
  while (i < q.size()) {
    if (std::isspace(static_cast<unsigned char>(q[i])) != 0 || q[i] == '(' || q[i] == ')') {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool in_quote = false;
    while (end < q.size() &&
           (in_quote || (std::isspace(static_cast<unsigned char>(q[end])) == 0 && q[end] != ')'))) {
      in_quote = q[end] == '"' ? !in_quote : in_quote;
      ++end;
    }
    const std::string_view token = q.substr(i, end - i);
    const bool field = token.find(':') != std::string_view::npos &&
                       std::isalpha(static_cast<unsigned char>(token.front())) != 0;
    const bool sign = token.front() == '+' || token.front() == '-';
    const bool op = is_operator(token);
    if (field || sign || op) {
      has_operators = true;
    }
    if (field || sign || op || token.find('"') != std::string_view::npos) {
      std::fill(out.begin() + static_cast<long>(i), out.begin() + static_cast<long>(end), ' ');
    }
    i = end;
  }
  return out;
}

// "Feb 20-28", "Feb 20 to 28": a day range after a day mention. Returns the end offset and
// the last day, or nothing.
std::optional<std::pair<std::size_t, CivilDate>>
range_suffix(std::string_view text, std::size_t at, const CivilDate& first) {
  std::size_t p = at;
  while (p < text.size() && text[p] == ' ') {
    ++p;
  }
  if (text.substr(p, 1) == "-") {
    ++p;
  } else if (text.substr(p, 3) == "\xe2\x80\x93") {  // en dash
    p += 3;
  } else if (ascii_lower(text.substr(p, 3)) == "to ") {
    p += 3;
  } else if (ascii_lower(text.substr(p, 8)) == "through ") {
    p += 8;
  } else {
    return std::nullopt;
  }
  while (p < text.size() && text[p] == ' ') {
    ++p;
  }
  std::size_t end = p;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0) {
    ++end;
  }
  if (end == p || end - p > 2 || (end < text.size() && is_word_char(text[end]))) {
    return std::nullopt;
  }
  const int day = std::stoi(std::string(text.substr(p, end - p)));
  if (day <= first.day || !is_valid_date(first.year, first.month, day)) {
    return std::nullopt;
  }
  return std::make_pair(end, CivilDate{first.year, first.month, day});
}

bool
names_weekday(std::string_view mention) {
  const std::string l = ascii_lower(mention);
  for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday"}) {
    if (l.find(day) != std::string::npos) {
      return true;
    }
  }
  return false;
}

void
read_date(std::string& text, std::string& plain, ParsedQuery& q, const QueryContext& ctx) {
  for (const auto& m : find_dates(plain, ctx.newest)) {
    if (m.kind == DateMentionKind::kSince && !ctx.newest) {
      continue;
    }
    if (m.kind == DateMentionKind::kRelative && names_weekday(plain.substr(m.begin, m.end - m.begin))) {
      continue;  // "Thursday" means a day near an article's publication; a query has none
    }
    DateSpan span = m.span;
    std::size_t end = m.end;
    if (span.is_day()) {
      if (const auto r = range_suffix(plain, end, span.from)) {
        end = r->first;
        span.to = r->second;
      }
    }
    q.date_text += (q.date_text.empty() ? "" : ", ") + text.substr(m.begin, end - m.begin);
    q.date = q.date ? DateSpan{std::min(q.date->from, span.from), std::max(q.date->to, span.to)}
                    : span;
    std::fill(text.begin() + static_cast<long>(m.begin), text.begin() + static_cast<long>(end),
              ' ');
    std::fill(plain.begin() + static_cast<long>(m.begin), plain.begin() + static_cast<long>(end),
              ' ');
  }
}

struct Word {
  std::string lower;
  std::size_t begin;
  std::size_t end;
};

std::vector<Word>
words_of(std::string_view plain) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < plain.size()) {
    if (!is_word_char(plain[i]) || plain[i] == '\'') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < plain.size() && is_word_char(plain[end])) {
      ++end;
    }
    std::string w = ascii_lower(plain.substr(i, end - i));
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) {
      w.resize(w.size() - 2);
    }
    words.push_back({std::move(w), i, end});
    i = end;
  }
  return words;
}

void
add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) {
    v.push_back(s);
  }
}

// "how many", "how much", "number of", "toll": the query asks for a figure even without
// naming what is counted or when.
bool
asks_how_many(const std::vector<Word>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    const std::string next = i + 1 < words.size() ? words[i + 1].lower : std::string{};
    if ((w == "how" && (next == "many" || next == "much")) || (w == "number" && next == "of") ||
        w == "toll" || w == "tally") {
      return true;
    }
  }
  return false;
}

// Reads events and counted things from the plain words. When the query asks for figures (an
// event with a counted thing, a date or "how many") and the user typed no operators, event
// words leave the free text (blanked in `text`): the query builder asks for every word of the
// event alike ("wounded" is "injured" is "hurt"). An event word among keywords ("Dead Trump
// Program") stays a plain word.
void
read_words(const std::vector<Word>& words, std::string& text, ParsedQuery& q,
           const QueryContext& ctx) {
  std::vector<std::pair<std::size_t, std::size_t>> event_spans;
  const auto take = [&](std::size_t from, std::size_t to, std::string_view event) {
    add_unique(q.events, std::string(event));
    event_spans.emplace_back(words[from].begin, words[to].end);
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    if (i + 1 < words.size()) {
      if (const auto e = event_for_word(w + " " + words[i + 1].lower); !e.empty()) {
        take(i, i + 1, e);
        ++i;
        continue;
      }
    }
    if (const auto e = event_for_word(w); !e.empty()) {
      take(i, i, e);
      continue;
    }
    if (is_stopword(w) || std::isdigit(static_cast<unsigned char>(w.front())) != 0) {
      continue;
    }
    std::string head(people_singular(w));
    if (head.empty()) {
      head = singular_noun(w);
      if (head == w) {
        continue;  // a thing is asked for as a count in the plural ("jobs", "homes"): "Trump"
                   // and "Program" are names and topics even where some figure counts them
      }
      const auto set = counted_synonyms(head);
      if (!ctx.is_counted ||
          std::none_of(set.begin(), set.end(), [&](const auto& s) { return ctx.is_counted(s); })) {
        continue;
      }
    }
    for (const auto& s : counted_synonyms(head)) {
      add_unique(q.heads, s);
    }
  }
  q.asks_figures = !q.events.empty() && (!q.heads.empty() || q.date || asks_how_many(words));
  if (q.asks_figures && !q.has_operators) {
    for (const auto& [from, to] : event_spans) {
      std::fill(text.begin() + static_cast<long>(from), text.begin() + static_cast<long>(to), ' ');
    }
  }
}

}  // namespace

ParsedQuery
understand(std::string_view query, const QueryContext& context) {
  ParsedQuery q;
  std::string text = normalise_for_analysis(query);
  std::string plain = plain_part(text, q.has_operators);
  read_date(text, plain, q, context);
  const auto words = words_of(plain);
  for (const auto& w : words) {
    q.words.push_back(w.lower);
  }
  read_words(words, text, q, context);
  // Collapse the blanks left by removed dates.
  std::string collapsed;
  for (const char c : text) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) {
      continue;
    }
    collapsed += c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') {
    collapsed.pop_back();
  }
  q.text = std::move(collapsed);
  return q;
}

}  // namespace tally::searcher
