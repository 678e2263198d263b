#include "searcher/query/term_boost.hpp"

namespace tally::searcher {

TermBoost::TermBoost(std::string term, double weight) : term_(std::move(term)), weight_(weight) {}

void
TermBoost::init(const Xapian::Database& db) {
  db_ = db;
  it_ = db_.postlist_begin(term_);
  end_ = db_.postlist_end(term_);
  termfreq_ = db_.get_termfreq(term_);
  started_ = false;
  set_maxweight(termfreq_ == 0 ? 0 : weight_);
}

void
TermBoost::next(double /*min_wt*/) {
  if (started_) {
    ++it_;
  }
  started_ = true;
}

void
TermBoost::skip_to(Xapian::docid did, double /*min_wt*/) {
  started_ = true;
  it_.skip_to(did);
}

bool
TermBoost::at_end() const {
  return it_ == end_;
}

std::string
TermBoost::get_description() const {
  return "TermBoost(" + term_ + ", " + std::to_string(weight_) + ")";
}

Xapian::Query
boost_query(const std::string& term, double weight) {
  return Xapian::Query((new TermBoost(term, weight))->release());
}

}  // namespace tally::searcher
