#pragma once
// Opening tally's Xapian database: where it lives by default, the schema-version check, and the
// one place where Xapian's exceptions become tally::Error with a hint.

#include <string>

#include <xapian.h>

namespace tally {

// $TALLY_DB if set and non-empty, else ${XDG_DATA_HOME:-$HOME/.local/share}/tally/index.
std::string default_database_path();

// Opens (creating it, and its parent folders, if needed) for writing. A new database is stamped
// with the schema version and analysis settings. Throws tally::Error when the database is
// locked by another writer, is not a tally database, or has another schema version.
Xapian::WritableDatabase open_for_writing(const std::string& path);

// Creates (overwriting) a scratch database at `path` for a build stage that is merged into the
// real one later: stamped like open_for_writing, but without fsync on commit (a crash loses
// only the stage, which the next run rebuilds). Throws tally::Error.
Xapian::WritableDatabase create_scratch_database(const std::string& path);

// Opens for searching. Throws tally::Error when it does not exist (hint: run tally-index), is
// not a tally database, or has another schema version.
Xapian::Database open_for_reading(const std::string& path);

// Throws tally::Error with a hint for any Xapian::Error; `what` says what tally was doing.
[[noreturn]] void rethrow_as_tally_error(const Xapian::Error& e, const std::string& path,
                                         const std::string& what);

}  // namespace tally
