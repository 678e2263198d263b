#pragma once
// A fixed weight for the documents indexed by one boolean term. Boolean terms (event:kill,
// the figure's event date ...) carry no BM25 weight, so this is how ranking is raised for a
// passage that holds a figure of the asked event or date while Xapian's matcher still prunes
// by maximum weight.

#include <string>

#include <xapian.h>

namespace tally::searcher {

class TermBoost : public Xapian::PostingSource {
 public:
  TermBoost(std::string term, double weight);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return termfreq_; }
  Xapian::doccount get_termfreq_est() const override { return termfreq_; }
  Xapian::doccount get_termfreq_max() const override { return termfreq_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override;
  Xapian::docid get_docid() const override { return *it_; }
  double get_weight() const override { return weight_; }
  TermBoost* clone() const override { return new TermBoost(term_, weight_); }
  std::string name() const override { return "tally::TermBoost"; }
  std::string get_description() const override;

 private:
  std::string term_;
  double weight_;
  Xapian::Database db_;
  Xapian::PostingIterator it_;
  Xapian::PostingIterator end_;
  Xapian::doccount termfreq_ = 0;
  bool started_ = false;
};

// The query of a TermBoost (the source is owned by the query).
Xapian::Query boost_query(const std::string& term, double weight);

}  // namespace tally::searcher
