#include "searcher/query/query_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "common/core/error.hpp"
#include "common/core/strings.hpp"
#include "common/core/utf8.hpp"
#include "common/schema.hpp"
#include "searcher/query/lexicons.hpp"
#include "searcher/query/term_boost.hpp"

namespace tally::searcher {
namespace {

// A boolean field whose values are stored lower-cased: lower-cases what the user typed.
class LowerCaseField : public Xapian::FieldProcessor {
 public:
  explicit LowerCaseField(std::string prefix) : prefix_(std::move(prefix)) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(schema::term(prefix_, ascii_lower(value)));
  }

 private:
  std::string prefix_;
};

// kind:headline | kind:body. Only headline passages carry a kind term (schema::kPrefixKind):
// a body passage is one without it. Any other kind is a lower-cased term, as for LowerCaseField.
class KindField : public LowerCaseField {
 public:
  KindField() : LowerCaseField(std::string(schema::kPrefixKind)) {}
  Xapian::Query operator()(const std::string& value) override {
    if (ascii_lower(value) == "body") {
      return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                           LowerCaseField::operator()("headline"));
    }
    return LowerCaseField::operator()(value);
  }
};

std::string
format_number(double v) {
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%.6f", v);
  std::string s = buf.data();
  while (s.back() == '0') {
    s.pop_back();
  }
  if (s.back() == '.') {
    s.pop_back();
  }
  return s;
}

bool
is_range_field(std::string_view name) {
  return std::any_of(schema::kFields.begin(), schema::kFields.end(), [&](const auto& f) {
    return f.name == name && f.kind == schema::FieldKind::kNumberRange;
  });
}

}  // namespace

std::string
expand_comparisons(std::string_view q) {
  std::string out;
  std::size_t i = 0;
  while (i < q.size()) {
    // At the start of a word: NAME:OP NUMBER?
    const bool word_start = i == 0 || std::isspace(static_cast<unsigned char>(q[i - 1])) != 0 ||
                            q[i - 1] == '(';
    const auto colon = q.find(':', i);
    if (word_start && colon != std::string_view::npos && colon + 1 < q.size() &&
        (q[colon + 1] == '>' || q[colon + 1] == '<') && is_range_field(q.substr(i, colon - i))) {
      std::size_t p = colon + 1;
      const char op = q[p++];
      const bool inclusive = p < q.size() && q[p] == '=';
      p += inclusive ? 1 : 0;
      std::size_t end = p;
      while (end < q.size() && (std::isdigit(static_cast<unsigned char>(q[end])) != 0 ||
                                q[end] == '.' || q[end] == ',')) {
        ++end;
      }
      std::string digits(q.substr(p, end - p));
      digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
      if (!digits.empty()) {
        const double v = std::stod(digits);
        out.append(q.substr(i, colon + 1 - i));
        if (op == '>') {
          out += format_number(inclusive ? v : v + 1e-6) + "..";
        } else {
          out += ".." + format_number(inclusive ? v : v - 1e-6);
        }
        i = end;
        continue;
      }
    }
    out += q[i++];
  }
  return out;
}

void
check_balanced(std::string_view q) {
  int depth = 0;
  bool in_quote = false;
  std::size_t quote_at = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (q[i] == '"') {
      in_quote = !in_quote;
      quote_at = i;
    } else if (!in_quote && q[i] == '(') {
      ++depth;
    } else if (!in_quote && q[i] == ')' && --depth < 0) {
      throw Error("malformed query: unmatched ')' at column " + std::to_string(i + 1),
                  "remove it or add the '(' it closes");
    }
  }
  if (in_quote) {
    throw Error("malformed query: unclosed '\"' at column " + std::to_string(quote_at + 1),
                "close the phrase with a second '\"'");
  }
  if (depth > 0) {
    throw Error("malformed query: " + std::to_string(depth) + " unclosed '('",
                "close each '(' with a ')'");
  }
}

QueryBuilder::QueryBuilder(const Xapian::Database& db) {
  parser_.set_database(db);
  parser_.set_stemmer(Xapian::Stem(std::string(schema::kStemmer)));
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);  // schema::kAnalysis
  parser_.set_default_op(Xapian::Query::OP_OR);
  // No stopper: keyword queries drawn from headlines rank better with every word kept
  // (bench/search-speed.sh measures it), and question words of figure queries ("how many ...
  // were") weigh little by BM25's own idf.
  for (const auto& f : schema::kFields) {
    const std::string name(f.name);
    switch (f.kind) {
      case schema::FieldKind::kFreeText:
        parser_.add_prefix(name, std::string(f.prefix));
        break;
      case schema::FieldKind::kBoolean:
        if (f.prefix == schema::kPrefixKind) {
          parser_.add_boolean_prefix(name, (new KindField)->release());
        } else if (f.lower_case) {
          parser_.add_boolean_prefix(
              name, (new LowerCaseField(std::string(f.prefix)))->release());
        } else {
          parser_.add_boolean_prefix(name, std::string(f.prefix));
        }
        break;
      case schema::FieldKind::kDateRange:
        parser_.add_rangeprocessor(
            (new Xapian::DateRangeProcessor(f.slot, name + ":", 0, 1970))->release());
        break;
      case schema::FieldKind::kNumberRange:
        parser_.add_rangeprocessor((new Xapian::NumberRangeProcessor(f.slot, name + ":"))->release());
        break;
    }
  }
}

Xapian::Query
QueryBuilder::build(std::string_view text) {
  const std::string normalised = normalise_for_analysis(text);
  check_balanced(normalised);
  try {
    return parser_.parse_query(expand_comparisons(normalised),
                               Xapian::QueryParser::FLAG_DEFAULT |
                                   Xapian::QueryParser::FLAG_PURE_NOT |
                                   Xapian::QueryParser::FLAG_WILDCARD);
  } catch (const Xapian::QueryParserError& e) {
    throw Error("malformed query: " + e.get_msg(),
                "check field names and ranges; see tally-search --help for the syntax");
  }
}

namespace {

// One boost over the days of a span: OP_MAX, so a passage with two figures on the day counts once.
Xapian::Query
day_boost(std::string_view prefix, CivilDate from, CivilDate to, double weight) {
  std::vector<Xapian::Query> days;
  for (CivilDate d = from; d <= to && static_cast<long>(days.size()) < kMaxDateTerms;
       d = d.plus_days(1)) {
    days.push_back(boost_query(schema::term(prefix, d.compact()), weight));
  }
  return Xapian::Query(Xapian::Query::OP_MAX, days.begin(), days.end());
}

Xapian::Query
date_filter(const DateSpan& span) {
  const long days = span.length_days() + 1;
  if (days > kMaxDateTerms) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotEventDate,
                         span.from.compact(), span.to.compact());
  }
  std::vector<Xapian::Query> terms;
  for (CivilDate d = span.from; d <= span.to; d = d.plus_days(1)) {
    terms.emplace_back(schema::term(schema::kPrefixEventDate, d.compact()));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// The words news uses for an event, stemmed as the indexer stems them, as one synonym term:
// "wounded" also finds "injured" and "hurt".
Xapian::Query
event_synonyms(const std::string& event, const Xapian::Stem& stem) {
  std::vector<Xapian::Query> terms;
  std::vector<std::string> seen;
  for (const auto& w : event_words(event)) {
    std::string t = "Z";
    t += stem(w);
    if (std::find(seen.begin(), seen.end(), t) == seen.end()) {
      seen.push_back(t);
      terms.emplace_back(t);
    }
  }
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

}  // namespace

Xapian::Query
QueryBuilder::build(const ParsedQuery& q, const Boosts& boosts) {
  Xapian::Query text = q.text.empty() ? Xapian::Query() : build(q.text);
  if (!q.has_operators && !q.asks_figures && !text.empty()) {
    const Xapian::Query title = parser_.parse_query(normalise_for_analysis(q.text),
                                                    Xapian::QueryParser::FLAG_DEFAULT,
                                                    std::string(schema::kPrefixTitle));
    text = Xapian::Query(Xapian::Query::OP_OR, text,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, title, boosts.title));
  }
  if (!q.has_operators && q.asks_figures) {
    const Xapian::Stem stem{std::string(schema::kStemmer)};
    std::vector<Xapian::Query> more;
    for (const auto& event : q.events) {
      more.push_back(event_synonyms(event, stem));
    }
    if (!text.empty()) {
      more.insert(more.begin(), text);
    }
    text = Xapian::Query(Xapian::Query::OP_OR, more.begin(), more.end());
  }
  std::vector<Xapian::Query> raise;
  if (q.asks_figures) {  // an event word among keywords raises nothing
    for (const auto& event : q.events) {
      std::vector<Xapian::Query> figures;
      for (const auto& head : q.heads) {
        figures.push_back(
            boost_query(schema::term(schema::kPrefixFigure, event + ":" + head), boosts.figure));
      }
      figures.push_back(boost_query(schema::term(schema::kPrefixEvent, event), boosts.event));
      raise.emplace_back(Xapian::Query::OP_MAX, figures.begin(), figures.end());
    }
  }
  if (q.date) {
    raise.push_back(day_boost(schema::kPrefixEventDate, q.date->from, q.date->to, boosts.date));
    raise.push_back(day_boost(schema::kPrefixPublished, q.date->from, q.date->to.plus_days(2),
                              boosts.published));
  }
  Xapian::Query result = text;
  if (!raise.empty()) {
    const Xapian::Query boost(Xapian::Query::OP_OR, raise.begin(), raise.end());
    if (text.empty()) {
      result = boost;
    } else {
      result = Xapian::Query(q.has_operators ? Xapian::Query::OP_AND_MAYBE : Xapian::Query::OP_OR,
                             text, boost);
    }
  }
  if (q.date && q.strict_date) {
    result = result.empty() ? date_filter(*q.date)
                            : Xapian::Query(Xapian::Query::OP_FILTER, result, date_filter(*q.date));
  }
  return result;
}

}  // namespace tally::searcher
