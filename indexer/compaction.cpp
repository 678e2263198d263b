#include "indexer/compaction.hpp"

#include <fcntl.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <xapian.h>

#include "common/core/error.hpp"
#include "common/store/database.hpp"

namespace tally::indexer {

std::string
staging_path(const std::string& db_path) {
  std::string p = std::filesystem::path(db_path).lexically_normal().string();
  while (p.size() > 1 && p.back() == '/') {
    p.pop_back();
  }
  return p + ".staging";
}

void
compact_databases(const std::vector<std::string>& sources, const std::string& out) {
  try {
    Xapian::Database all;
    for (const auto& s : sources) {
      all.add_database(Xapian::Database(s));
    }
    all.compact(out, Xapian::DBCOMPACT_MULTIPASS | Xapian::DB_BACKEND_GLASS);
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, out, "compacting into");
  }
}

void
exchange_directories(const std::string& a, const std::string& b) {
  if (renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) {
    return;
  }
  if (errno != EINVAL && errno != ENOSYS) {
    throw Error("cannot put the new database " + a + " in place of " + b + ": " +
                    std::strerror(errno),
                "check the permissions of " + std::filesystem::path(b).parent_path().string());
  }
  // No RENAME_EXCHANGE here: two renames, with a moment in which `b` does not exist.
  const std::string aside = a + ".old";
  if (std::rename(b.c_str(), aside.c_str()) != 0 || std::rename(a.c_str(), b.c_str()) != 0 ||
      std::rename(aside.c_str(), a.c_str()) != 0) {
    throw Error("cannot put the new database " + a + " in place of " + b + ": " +
                    std::strerror(errno),
                "check the permissions of " + std::filesystem::path(b).parent_path().string());
  }
}

}  // namespace tally::indexer
