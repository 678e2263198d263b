#include "indexer/ledger.hpp"

#include <algorithm>
#include <filesystem>

#include "common/records/article_record.hpp"
#include "common/schema.hpp"

namespace tally::indexer {
namespace {

bool
is_under(const std::string& path, const std::string& root) {
  if (path == root) {
    return true;
  }
  return path.size() > root.size() && path.starts_with(root) &&
         (root.ends_with('/') || path[root.size()] == '/');
}

}  // namespace

void
Ledger::load(const Xapian::Database& db) {
  const std::string prefix(schema::kMetaArticlePrefix);
  for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
    ArticleRecord r = decode_article_record(db.get_metadata(*key));
    if (!r.id.empty()) {
      stored_[r.id] = Stored{std::move(r.content_hash), std::move(r.origin)};
    }
  }
}

Verdict
Ledger::classify(const std::string& id, const std::string& content_hash) {
  const auto [seen, first_time] = this_run_.try_emplace(id, content_hash);
  if (!first_time) {  // the same id twice in one run: the later version wins
    if (seen->second == content_hash) {
      return Verdict::kUnchanged;
    }
    seen->second = content_hash;
    return Verdict::kChanged;
  }
  const auto it = stored_.find(id);
  if (it == stored_.end()) {
    return Verdict::kNew;
  }
  return it->second.hash == content_hash ? Verdict::kUnchanged : Verdict::kChanged;
}

const std::string&
Ledger::origin_of(const std::string& id) const {
  static const std::string kNone;
  const auto it = stored_.find(id);
  return it == stored_.end() ? kNone : it->second.origin;
}

std::vector<std::string>
Ledger::prune_candidates(const std::unordered_set<std::string>& complete_files,
                         const std::vector<std::string>& roots) const {
  std::vector<std::string> out;
  std::unordered_map<std::string, bool> exists;  // one stat per origin file
  for (const auto& [id, stored] : stored_) {
    const std::string& origin = stored.origin;
    if (origin.empty() || origin == "-") {
      continue;  // read from stdin: no file to check
    }
    if (!roots.empty() &&
        std::none_of(roots.begin(), roots.end(), [&](const auto& r) { return is_under(origin, r); })) {
      continue;
    }
    auto [e, fresh] = exists.try_emplace(origin, false);
    if (fresh) {
      std::error_code ec;
      e->second = std::filesystem::exists(origin, ec);
    }
    const bool gone = !e->second;
    const bool dropped_from_file = complete_files.contains(origin) && !this_run_.contains(id);
    if (gone || dropped_from_file) {
      out.push_back(id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace tally::indexer
