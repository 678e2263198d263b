#pragma once
// Making a compact database and putting it in place atomically.
//
// Xapian's compactor writes a new database (tables packed full, ~35% smaller than one grown by
// updates, and merged from several when given several). tally builds it beside the real one and
// exchanges the two directories in one rename (Linux renameat2 RENAME_EXCHANGE): a searcher or
// a crash sees either the old database or the new one, never a mix.

#include <string>
#include <vector>

namespace tally::indexer {

// The scratch folder beside the database `db_path`: "<db_path>.staging".
std::string staging_path(const std::string& db_path);

// Compacts (merging) the databases `sources` into a new database at `out`.
// Throws tally::Error.
void compact_databases(const std::vector<std::string>& sources, const std::string& out);

// Swaps the directories `a` and `b` atomically (falling back to two renames on file systems
// without RENAME_EXCHANGE). Throws tally::Error.
void exchange_directories(const std::string& a, const std::string& b);

}  // namespace tally::indexer
