#include "searcher/search.hpp"

#include "common/analysis/figure_json.hpp"
#include "common/core/error.hpp"
#include "common/store/database.hpp"
#include "searcher/query_builder.hpp"

namespace tally::searcher {
namespace {

Result
result_from_document(const Xapian::Document& doc) {
  Result r;
  const auto data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
  if (!data.is_object()) {
    return r;  // not written by tally-index: shown with what it has (nothing)
  }
  r.article = data.value("article", "");
  r.source = data.value("source", "");
  r.published = data.value("published", "");
  r.passage = data.value("passage", 0);
  r.kind = data.value("kind", "body");
  r.title = data.value("title", "");
  r.url = data.value("url", "");
  r.text = data.value("text", "");
  if (const auto it = data.find("figures"); it != data.end() && it->is_array()) {
    for (const auto& f : *it) {
      r.figures.push_back(figure_from_json(f));
    }
  }
  return r;
}

}  // namespace

SearchAnswer
search(const Xapian::Database& db, const SearchRequest& request) {
  SearchAnswer answer;
  answer.query = request.query;
  try {
    QueryBuilder builder(db);
    const Xapian::Query query = builder.build(request.query);
    for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
      answer.terms.push_back(*t);
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit));
    answer.total = mset.get_matches_estimated();
    std::size_t rank = request.offset;
    for (auto m = mset.begin(); m != mset.end(); ++m) {
      Result r = result_from_document(m.get_document());
      r.rank = ++rank;
      r.score = m.get_percent() / 100.0;
      answer.results.push_back(std::move(r));
    }
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, "the database", "searching");
  }
  return answer;
}

}  // namespace tally::searcher
