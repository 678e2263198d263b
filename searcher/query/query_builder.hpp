#pragma once
// Query text -> Xapian::Query, configured from common/schema.hpp's field table so that every
// field the indexer writes can be asked for: free text (stemmed like the indexer), phrases,
// AND/OR/NOT, +/-, source:/article:/event:/counted:/entity: filters, and ranges
// (published:2020-02-01..2020-02-28, killed:20..40, wounded:>10).

#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

namespace tally::searcher {

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

  // The parser, for callers that need its stemmer or spelling suggestions.
  const Xapian::QueryParser& parser() const { return parser_; }

 private:
  Xapian::QueryParser parser_;
};

}  // namespace tally::searcher
