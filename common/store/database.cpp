#include "common/store/database.hpp"

#include <cstdlib>
#include <filesystem>

#include "common/core/error.hpp"
#include "common/schema.hpp"

namespace tally {
namespace {

std::string
env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? std::string{} : std::string(v);
}

void
check_schema(const Xapian::Database& db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(schema::kMetaSchema));
  if (version.empty()) {
    if (db.get_doccount() == 0) {
      return;  // new and empty: the writer stamps it
    }
    throw Error(path + " is a Xapian database but not one of tally's",
                "point --db (or $TALLY_DB) at a tally index, or build one with tally-index");
  }
  if (version != std::to_string(schema::kVersion)) {
    throw Error(path + " has index schema version " + version + ", this tally reads version " +
                    std::to_string(schema::kVersion),
                "rebuild it: rm -r '" + path + "' && tally-index --db '" + path + "' SOURCES...");
  }
}

void
stamp(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(schema::kMetaSchema), std::to_string(schema::kVersion));
  db.set_metadata(std::string(schema::kMetaStemmer), std::string(schema::kStemmer));
  db.set_metadata(std::string(schema::kMetaAnalysis), std::string(schema::kAnalysis));
  db.commit();
}

}  // namespace

std::string
default_database_path() {
  if (const std::string db = env("TALLY_DB"); !db.empty()) {
    return db;
  }
  std::string data = env("XDG_DATA_HOME");
  if (data.empty()) {
    const std::string home = env("HOME");
    if (home.empty()) {
      throw Error("cannot find a default database: neither $TALLY_DB, $XDG_DATA_HOME nor $HOME is set",
                  "pass --db PATH");
    }
    data = home + "/.local/share";
  }
  return data + "/tally/index";
}

void
rethrow_as_tally_error(const Xapian::Error& e, const std::string& path, const std::string& what) {
  const std::string type = e.get_type();
  if (type == "DatabaseLockError") {
    throw Error("database " + path + " is locked by another writer",
                "is another tally-index running on it? wait for it to finish");
  }
  if (type == "DatabaseNotFoundError" || type == "DatabaseOpeningError") {
    throw Error("no tally database at " + path + " (" + e.get_msg() + ")",
                "build one first: tally-index --db '" + path + "' corpus/");
  }
  if (type == "DatabaseVersionError") {
    throw Error(path + " was written by another Xapian version: " + e.get_msg(),
                "rebuild it with this tally-index");
  }
  if (type == "DatabaseCorruptError") {
    throw Error("database " + path + " is corrupt: " + e.get_msg(),
                "run xapian-check on it; rebuild it if that fails");
  }
  if (type == "QueryParserError") {
    throw Error("malformed query: " + e.get_msg(),
                "check quotes and brackets; see tally-search --help for the syntax");
  }
  throw Error(what + " " + path + " failed: " + type + ": " + e.get_msg(),
              "check the disk and the database's permissions");
}

Xapian::WritableDatabase
open_for_writing(const std::string& path) {
  try {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    check_schema(db, path);
    if (db.get_metadata(std::string(schema::kMetaSchema)).empty()) {
      stamp(db);
    }
    return db;
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path, "opening");
  }
}

Xapian::WritableDatabase
create_scratch_database(const std::string& path) {
  try {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS |
                                          Xapian::DB_NO_SYNC);
    stamp(db);
    return db;
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path, "creating");
  }
}

Xapian::Database
open_for_reading(const std::string& path) {
  try {
    if (!std::filesystem::exists(path)) {
      throw Error("no tally database at " + path,
                  "build one first: tally-index --db '" + path + "' corpus/ (or set $TALLY_DB)");
    }
    Xapian::Database db(path);
    check_schema(db, path);
    return db;
  } catch (const Xapian::Error& e) {
    rethrow_as_tally_error(e, path, "opening");
  }
}

}  // namespace tally
