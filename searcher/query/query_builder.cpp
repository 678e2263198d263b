#include "searcher/query_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "common/core/error.hpp"
#include "common/core/utf8.hpp"
#include "common/schema.hpp"

namespace tally::searcher {
namespace {

// A boolean field whose values are stored lower-cased: lower-cases what the user typed.
class LowerCaseField : public Xapian::FieldProcessor {
 public:
  explicit LowerCaseField(std::string prefix) : prefix_(std::move(prefix)) {}
  Xapian::Query operator()(const std::string& value) override {
    std::string v = value;
    std::transform(v.begin(), v.end(), v.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return Xapian::Query(schema::term(prefix_, v));
  }

 private:
  std::string prefix_;
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
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_default_op(Xapian::Query::OP_OR);
  for (const auto& f : schema::kFields) {
    const std::string name(f.name);
    switch (f.kind) {
      case schema::FieldKind::kFreeText:
        parser_.add_prefix(name, std::string(f.prefix));
        break;
      case schema::FieldKind::kBoolean:
        if (f.lower_case) {
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

}  // namespace tally::searcher
