#include "searcher/search.hpp"

#include <algorithm>

#include "common/core/error.hpp"
#include "common/core/strings.hpp"
#include "common/records/passage_reader.hpp"
#include "common/schema.hpp"
#include "common/store/database.hpp"
#include "searcher/query/query_builder.hpp"
#include "searcher/query/spelling.hpp"
#include "searcher/query/understand.hpp"
#include "searcher/rank/figure_match.hpp"
#include "searcher/rank/fold.hpp"

namespace tally::searcher {
namespace {

// How much each further passage of one source is discounted when the page is diversified.
constexpr double kSourceDecay = 0.8;
// Passages beyond the page that folding, diversity and answer grouping look at.
constexpr std::size_t kExtraWindow = 20;
constexpr std::size_t kAnswerWindow = 30;

// Without its text: only the results shown get theirs (Searcher::run).
Result
result_from_document(PassageReader& passages, const Xapian::Document& doc) {
  PassageRecord rec = passages.read(doc, PassageReader::Text::kWithout);
  Result r;
  r.article = std::move(rec.article);
  r.source = std::move(rec.source);
  r.published = std::move(rec.published);
  r.passage = rec.passage;
  r.kind = std::move(rec.kind);
  r.title = std::move(rec.title);
  r.url = std::move(rec.url);
  r.figures = std::move(rec.figures);
  r.text_hash = doc.get_value(schema::kSlotTextHash);
  return r;
}

std::optional<CivilDate>
newest_published(const Xapian::Database& db) {
  const std::string top = db.get_value_upper_bound(schema::kSlotPublished);
  return top.size() == 8 ? parse_published_date(top) : std::nullopt;
}

QueryContext
context_for(const Xapian::Database& db) {
  QueryContext ctx;
  ctx.newest = newest_published(db);
  ctx.is_counted = [db](const std::string& head) {
    return db.term_exists(schema::term(schema::kPrefixHead, head));
  };
  return ctx;
}

// Figure `index` of an article's figure list: its passages' figures in passage order.
FigureLookup
figure_lookup(PassageReader& passages) {
  return [&passages](const std::string& article, int index) -> std::optional<Figure> {
    int at = 0;
    for (const auto& p : passages.read_article(article, PassageReader::Text::kWithout)) {
      for (const auto& f : p.figures) {
        if (at++ == index) {
          return f;
        }
      }
    }
    return std::nullopt;
  };
}

// The query with each word the index has never seen replaced by its nearest known word.
std::optional<std::string>
corrected(const Xapian::Database& db, const std::string& query, const ParsedQuery& parsed,
          const SpellStem& spell) {
  std::string out = query;
  bool changed = false;
  for (const auto& w : parsed.words) {
    if (w.size() < 3 || is_known_word(db, w)) {
      continue;
    }
    const auto better = suggest_word(db, w, spell);
    if (!better) {
      continue;
    }
    // Replace the word as typed (any case), whole words only.
    const std::string lower_out = ascii_lower(out);
    for (std::size_t at = lower_out.find(w); at != std::string::npos;
         at = lower_out.find(w, at + 1)) {
      const bool start = at == 0 || std::isalnum(static_cast<unsigned char>(out[at - 1])) == 0;
      const std::size_t end = at + w.size();
      const bool stop = end >= out.size() || std::isalnum(static_cast<unsigned char>(out[end])) == 0;
      if (start && stop) {
        out.replace(at, w.size(), *better);
        changed = true;
        break;
      }
    }
  }
  return changed ? std::optional<std::string>(out) : std::nullopt;
}

}  // namespace

Searcher::Searcher(Xapian::Database db) : db_(std::move(db)), builder_(db_), passages_(db_) {}

SearchAnswer
Searcher::run(const SearchRequest& request) {
  SearchAnswer answer;
  answer.query = request.query;
  try {
    if (!context_) {
      context_ = context_for(db_);
    }
    const QueryContext& ctx = *context_;
    answer.parsed = understand(request.query, ctx);
    answer.parsed.strict_date = request.strict_date;
    // Ranked with these boosts; adjust_for_figures takes back the ones a passage did not earn.
    const Boosts boosts{};
    Xapian::Query query = builder_.build(answer.parsed, boosts);
    for (const auto& f : request.filters) {
      const Xapian::Query filter = builder_.build(f);
      query = query.empty() ? filter : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
    }
    for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
      answer.terms.push_back(*t);
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    if (request.per_source > 0) {
      enquire.set_collapse_key(schema::kSlotSource,
                               static_cast<Xapian::doccount>(request.per_source));
    }
    Facets facets;
    if (request.facets) {
      facets.attach(enquire);
    }
    // The answer table reads at least kAnswerWindow passages, whatever the page size.
    const std::size_t window =
        std::max(request.offset + request.limit, kAnswerWindow) + kExtraWindow;
    const Xapian::MSet mset =
        enquire.get_mset(0, static_cast<Xapian::doccount>(window), request.facets ? 10000 : 0);
    answer.total = mset.get_matches_estimated();
    std::vector<Result> ranked;
    for (auto m = mset.begin(); m != mset.end(); ++m) {
      Result r = result_from_document(passages_, m.get_document());
      r.score = m.get_percent() / 100.0;
      r.weight = m.get_weight();
      ranked.push_back(std::move(r));
    }
    std::vector<Evidence> evidence;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      const auto& r = ranked[i];
      evidence.push_back(
          {i + 1, r.article, r.source, r.published, r.passage, r.text_hash, r.figures});
    }
    answer.answers = group_figures(evidence, answer.parsed, figure_lookup(passages_));
    adjust_for_figures(ranked, answer.parsed, boosts);
    fold_duplicates(ranked);
    // A figure question wants every source's report on the first page; a keyword search
    // keeps BM25's order (bench/search-speed.sh: diversity costs keyword queries a little).
    if (answer.parsed.asks_figures) {
      diversify(ranked, kSourceDecay);
    }
    for (std::size_t i = request.offset; i < ranked.size() && i < request.offset + request.limit;
         ++i) {
      ranked[i].rank = i + 1;
      ranked[i].text = passages_.text(ranked[i].article, ranked[i].passage);
      answer.results.push_back(std::move(ranked[i]));
    }
    if (request.facets) {
      answer.facets = facets.read(10);
    }
    // A stem is spelt as the first passage that holds it writes it.
    const SpellStem spell = [this](const std::string& stem) -> std::optional<std::string> {
      const auto p = db_.postlist_begin("Z" + stem);
      if (p == db_.postlist_end("Z" + stem)) {
        return std::nullopt;
      }
      return word_for_stem(passages_.read(db_.get_document(*p)).text, stem);
    };
    if (const auto fix = corrected(db_, request.query, answer.parsed, spell)) {
      Xapian::Enquire check(db_);
      check.set_query(builder_.build(understand(*fix, ctx)));
      if (!check.get_mset(0, 1).empty()) {
        answer.suggestion = fix;
      }
    }
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, "the database", "searching");
  }
  return answer;
}

SearchAnswer
search(const Xapian::Database& db, const SearchRequest& request) {
  return Searcher(db).run(request);
}

}  // namespace tally::searcher
