// Query speed and ranking, side by side in one process on one database: a bare Xapian top-10
// query with snippets (QueryParser as Xapian's own tools set it up, with the index's stemming,
// Enquire, MSet::snippet of each passage's text) against tally's whole answer (query understanding, ranking with figure
// boosts, folding, diversity, answer grouping, and the terminal view). Each query runs bare then
// tally, alternately, after one warm-up round, so both meet the same cache.
//
// usage: search_bench DB QUERIES [RELEVANT.tsv]
//   QUERIES: one query per line. RELEVANT.tsv (optional): "query<TAB>article id" lines, the
//   articles that answer each query; with it, MRR@10 of the first relevant passage is printed
//   for both systems (does tally rank ordinary keyword queries at least as well as BM25?).
// Prints per-query milliseconds (p50, p90, p99, mean) for both and the ratio tally / bare.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/records/passage_reader.hpp"
#include "common/schema.hpp"
#include "searcher/output/render.hpp"
#include "searcher/search.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double
ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// The articles of each ranked passage (more than one when tally folded reprinted text).
using Ranked = std::vector<std::vector<std::string>>;

// Bare Xapian: the top 10 passages and a snippet of each.
Ranked
bare_query(const Xapian::Database& db, tally::PassageReader& passages, Xapian::QueryParser& qp,
           const std::string& text, std::size_t& bytes) {
  Xapian::Enquire enquire(db);
  Xapian::Query q;
  try {
    q = qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT);
  } catch (const Xapian::QueryParserError&) {
    return {};
  }
  enquire.set_query(q);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  Ranked articles;
  for (auto m = mset.begin(); m != mset.end(); ++m) {
    const tally::PassageRecord rec = passages.read(m.get_document());
    bytes += mset.snippet(rec.text, 200).size();
    articles.push_back({rec.article});
  }
  return articles;
}

Ranked
tally_query(tally::searcher::Searcher& searcher, const std::string& text, std::size_t& bytes) {
  tally::searcher::SearchRequest request;
  request.query = text;
  request.limit = 10;
  Ranked articles;
  try {
    const auto answer = searcher.run(request);
    bytes += tally::searcher::render_text(answer, tally::searcher::Colour::kOff).size();
    for (const auto& r : answer.results) {
      articles.push_back({r.article});
      for (const auto& a : r.also) {  // the same passage, shown once for several outlets
        articles.back().push_back(a.article);
      }
    }
  } catch (const std::exception&) {
  }
  return articles;
}

double
percentile(std::vector<double> v, double p) {
  if (v.empty()) {
    return 0;
  }
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

double
reciprocal_rank(const std::vector<std::vector<std::string>>& ranked,
                const std::set<std::string>& relevant) {
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    for (const auto& article : ranked[i]) {
      if (relevant.count(article) != 0) {
        return 1.0 / static_cast<double>(i + 1);
      }
    }
  }
  return 0;
}

}  // namespace

int
main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: search_bench DB QUERIES [RELEVANT.tsv]\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    std::vector<std::string> queries;
    std::ifstream in(argv[2]);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) {
        queries.push_back(line);
      }
    }
    std::map<std::string, std::set<std::string>> relevant;
    if (argc > 3) {
      std::ifstream rel(argv[3]);
      for (std::string line; std::getline(rel, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) {
          relevant[line.substr(0, tab)].insert(line.substr(tab + 1));
        }
      }
    }
    Xapian::QueryParser qp;
    qp.set_database(db);
    qp.set_stemmer(Xapian::Stem(std::string(tally::schema::kStemmer)));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);  // as the index is built
    tally::PassageReader passages(db);
    tally::searcher::Searcher searcher(db);
    std::size_t bytes = 0;
    for (const auto& q : queries) {  // warm-up round
      bare_query(db, passages, qp, q, bytes);
      tally_query(searcher, q, bytes);
    }
    std::vector<double> bare_ms;
    std::vector<double> tally_ms;
    double bare_rr = 0;
    double tally_rr = 0;
    std::size_t judged = 0;
    const bool verbose = std::getenv("BENCH_VERBOSE") != nullptr;  // list queries ranked apart
    for (const auto& q : queries) {
      auto t0 = Clock::now();
      const auto b = bare_query(db, passages, qp, q, bytes);
      bare_ms.push_back(ms_since(t0));
      t0 = Clock::now();
      const auto t = tally_query(searcher, q, bytes);
      tally_ms.push_back(ms_since(t0));
      if (const auto it = relevant.find(q); it != relevant.end()) {
        const double brr = reciprocal_rank(b, it->second);
        const double trr = reciprocal_rank(t, it->second);
        bare_rr += brr;
        tally_rr += trr;
        if (verbose && brr != trr) {
          std::printf("  reciprocal rank bare %.2f tally %.2f: %s\n", brr, trr, q.c_str());
        }
        ++judged;
      }
    }
    const auto mean = [](const std::vector<double>& v) {
      double s = 0;
      for (const double x : v) {
        s += x;
      }
      return v.empty() ? 0 : s / static_cast<double>(v.size());
    };
    std::printf("%zu queries, %u passages in the index (output %zu bytes)\n", queries.size(),
                db.get_doccount(), bytes);
    std::printf("%-28s %8s %8s %8s %8s\n", "ms per query", "p50", "p90", "p99", "mean");
    std::printf("%-28s %8.2f %8.2f %8.2f %8.2f\n", "bare Xapian top 10+snippets",
                percentile(bare_ms, 0.5), percentile(bare_ms, 0.9), percentile(bare_ms, 0.99),
                mean(bare_ms));
    std::printf("%-28s %8.2f %8.2f %8.2f %8.2f\n", "tally whole answer", percentile(tally_ms, 0.5),
                percentile(tally_ms, 0.9), percentile(tally_ms, 0.99), mean(tally_ms));
    std::printf("%-28s %8.2f %8.2f %8.2f %8.2f\n", "ratio tally / bare",
                percentile(tally_ms, 0.5) / percentile(bare_ms, 0.5),
                percentile(tally_ms, 0.9) / percentile(bare_ms, 0.9),
                percentile(tally_ms, 0.99) / percentile(bare_ms, 0.99),
                mean(tally_ms) / mean(bare_ms));
    if (judged > 0) {
      std::printf("MRR@10 of the article the query was drawn from, %zu queries: bare %.3f, "
                  "tally %.3f\n",
                  judged, bare_rr / static_cast<double>(judged),
                  tally_rr / static_cast<double>(judged));
    }
    return 0;
  } catch (const Xapian::Error& e) {
    std::cerr << "search_bench: " << e.get_description() << '\n';
    return 2;
  }
}
