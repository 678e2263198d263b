#include "searcher/search.hpp"

#include "common/records/passage_record.hpp"
#include "common/core/error.hpp"
#include "common/store/database.hpp"
#include "searcher/query_builder.hpp"

namespace tally::searcher {
namespace {

Result
result_from_document(const Xapian::Document& doc) {
  PassageRecord rec = decode_passage_record(doc.get_data());
  Result r;
  r.article = std::move(rec.article);
  r.source = std::move(rec.source);
  r.published = std::move(rec.published);
  r.passage = rec.passage;
  r.kind = std::move(rec.kind);
  r.title = std::move(rec.title);
  r.url = std::move(rec.url);
  r.text = std::move(rec.text);
  r.figures = std::move(rec.figures);
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
