#pragma once
// Query text -> Xapian::Query, configured from common/schema.hpp's field table so that every
// field the indexer writes can be asked for: free text (stemmed like the indexer), phrases,
// AND/OR/NOT, +/-, source:/article:/event:/counted:/entity: filters, and ranges
// (published:2020-02-01..2020-02-28, killed:20..40, wounded:>10).

#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

#include "searcher/query/parsed_query.hpp"

namespace tally::searcher {

// How much a passage is raised for holding what an understood query asks for, in BM25 units
// (a query word that occurs once in a short passage weighs about 2 to 8).
struct Boosts {
  double figure = 7.0;     // a figure of an asked event counting an asked thing (XF event:head)
  double event = 3.0;      // a figure of an asked event, whatever it counts (XE event)
  double date = 5.0;       // a figure dated on the asked day or in the asked period (XD day)
  double published = 1.0; // published on the asked day or the two days after
  // A keyword query's words in a headline (the title field, S prefix), added to their BM25 in
  // the text, as BM25F weighs fields: a headline names what the article is about. Not for
  // figure questions, whose answers are the body passages that report the figures (the seed
  // queries' p@5 fell from 0.93 to 0.73 with it). bench/search-speed.sh: MRR@10 0.704 -> 0.956
  // at 0.3, the same as at 1.0 (0.917 at 0.1); that measure judges the article by its
  // headline, so it favours this by construction.
  double title = 0.3;
};

// The days a date constraint covers, at most this many (longer periods use the range slot).
inline constexpr long kMaxDateTerms = 62;

// Rewrites comparison shorthands of range fields into Xapian's range syntax:
// "wounded:>10" -> "wounded:10.000001..", "killed:>=5" -> "killed:5..", "killed:<3" ->
// "killed:..2.999999", "killed:<=3" -> "killed:..3". Other text is unchanged.
std::string expand_comparisons(std::string_view query);

// Throws tally::Error (malformed query) for unbalanced double quotes or parentheses, naming the
// column, since Xapian would silently reinterpret them.
void check_balanced(std::string_view query);

class QueryBuilder {
 public:
  explicit QueryBuilder(const Xapian::Database& db);

  // Parses `text` (normalised for analysis first, as the indexer normalised passages).
  // Throws tally::Error on a malformed query.
  Xapian::Query build(std::string_view text);

  // The understood query: its free text as above, raised (or, strict_date, filtered) by the
  // figure terms of its events, counted things and date. Free text and boosts are OR'd, so a
  // passage reporting "29 troops were killed" answers "soldier deaths" without either word;
  // when the user typed operators or fields, boosts only rank (AND_MAYBE). Each asked event
  // is also one free-text term of all the words news uses for it (OP_SYNONYM): "deaths" finds
  // "killed", "dead" and "death toll" as one word would.
  Xapian::Query build(const ParsedQuery& query, const Boosts& boosts = {});

  // The parser, for callers that need its stemmer or spelling suggestions.
  const Xapian::QueryParser& parser() const { return parser_; }

 private:
  Xapian::QueryParser parser_;
};

}  // namespace tally::searcher
