#pragma once
// The index schema: every term prefix, value slot and metadata key tally's database uses,
// declared once. The indexer writes what this says; the searcher's query parser is configured
// from the same table, so the two cannot disagree. Prefixes follow Xapian Omega's conventions
// (Q unique id, S title, X... custom).

#include <array>
#include <string>
#include <string_view>

#include <xapian.h>

namespace tally::schema {

// Bumped whenever a prefix, slot, stored-data field or analysis setting changes meaning.
// A database with another version is refused with a hint to rebuild it.
inline constexpr int kVersion = 4;  // 4: stems only, passage texts per article (zstd)

// ---- metadata keys (Xapian::Database::get_metadata) --------------------------------------
inline constexpr std::string_view kMetaSchema = "tally:schema";      // kVersion as decimal text
inline constexpr std::string_view kMetaStemmer = "tally:stemmer";    // Snowball language
inline constexpr std::string_view kMetaAnalysis = "tally:analysis";  // normalisation settings
inline constexpr std::string_view kMetaArticles = "tally:articles";  // article count, decimal
// One key per indexed article: kMetaArticlePrefix + article id (shortened like a term, see
// term()), value an ArticleRecord (common/records/article_record.hpp): the content hash that
// lets a later run skip the article unchanged without analysing it, the file it came from (for
// --prune), its title and URL (stored once here, not on every passage).
inline constexpr std::string_view kMetaArticlePrefix = "tally:article:";
// One key per indexed article: kMetaTextPrefix + article id, value its passages' texts packed
// and compressed together (common/records/article_texts.hpp). Apart from the ArticleRecord so
// that reading every record (a later run's check for unchanged articles) stays cheap.
inline constexpr std::string_view kMetaTextPrefix = "tally:text:";

inline constexpr std::string_view kStemmer = "english";
// Words are indexed as Snowball stems only (Xapian's STEM_ALL_Z: "Z" + stem, with positions),
// not also as written: half the terms of STEM_SOME for the same matches, as in Lucene's or
// FTS5's english analysers; phrases match on stems ("soldiers killed" finds "soldier killed").
inline constexpr std::string_view kAnalysis = "normalise=1;stem=all_z";

// ---- value slots -----------------------------------------------------------------------
enum Slot : Xapian::valueno {
  kSlotPublished = 0,  // "YYYYMMDD" published date (string order = date order); empty if unknown
  kSlotSource = 1,     // source label, lower case: collapse key for one-per-source diversity
  kSlotArticle = 2,    // article id: collapse key for one-passage-per-article
  // Hash of the passage's folded text (fnv1a of dedupe_key of the analysed text, its 8 bytes
  // big-endian): equal
  // values mean the same wording, e.g. one wire story published by several outlets. Each outlet
  // keeps its own passage (who reported what is evidence); the searcher folds on this slot
  // (Enquire::set_collapse_key, or grouping results by value) to show the text once.
  kSlotTextHash = 3,
  kSlotEventDate = 4,  // "YYYYMMDD" first day of the earliest event date among the figures
  kSlotEntities = 5,   // canonical entity names joined by '\n', for facets
  kSlotEvents = 6,     // event names of the passage's figures joined by '\n', for facets
  // Numeric figure slots (Xapian::sortable_serialise of the largest value of that event in the
  // passage), so that `killed:20..40` and `wounded:>10` are value ranges.
  kSlotKill = 10,
  kSlotWound = 11,
  kSlotDisplace = 12,
  kSlotCapture = 13,
  kSlotDestroy = 14,
  kSlotArrest = 15,
  kSlotAnyFigure = 16,  // the largest figure of any event: `figure:>1000`
};

// ---- term prefixes ---------------------------------------------------------------------
// Q<article>#<passage>: unique passage id. Declared for tools; since version 3 not written
// (a unique term per passage costs space and nothing reads it: passages are found, replaced
// and deleted through their article's XA term).
inline constexpr std::string_view kPrefixId = "Q";
inline constexpr std::string_view kPrefixTitle = "S";      // headline words (positional)
inline constexpr std::string_view kPrefixArticle = "XA";   // article id (boolean)
inline constexpr std::string_view kPrefixSource = "XS";    // source, lower case (boolean)
inline constexpr std::string_view kPrefixPublished = "XP"; // published day YYYYMMDD (boolean)
// Passage kind: XKheadline on headline passages; body passages have none (a term on 95% of
// the documents filters nothing a negation cannot): `kind:body` is NOT XKheadline.
inline constexpr std::string_view kPrefixKind = "XK";
inline constexpr std::string_view kPrefixEvent = "XE";     // figure event: kill, wound ...
inline constexpr std::string_view kPrefixHead = "XH";      // counted head noun: soldier ...
inline constexpr std::string_view kPrefixEventDate = "XD"; // event day YYYYMMDD of a figure
inline constexpr std::string_view kPrefixEntity = "XN";    // canonical entity, lower case
inline constexpr std::string_view kPrefixFigure = "XF";    // "<event>:<head>" pair of a figure

// ---- query fields ----------------------------------------------------------------------
// How the query language reaches the prefixes and slots above.
enum class FieldKind {
  kFreeText,  // words, stemmed and positional: title:idlib
  kBoolean,   // exact filter terms: source:AP, event:kill
  kDateRange, // a range over a YYYYMMDD slot: published:2020-02-01..2020-02-28
  kNumberRange,  // a range over a sortable_serialise slot: killed:20..40, wounded:>10
};

struct Field {
  std::string_view name;    // as typed in a query, before the colon
  FieldKind kind;
  std::string_view prefix;  // for kFreeText and kBoolean
  Xapian::valueno slot;     // for ranges
  bool lower_case;          // the query value is lower-cased before it becomes a term
};

inline constexpr Xapian::valueno kNoSlot = Xapian::BAD_VALUENO;

inline constexpr std::array kFields = {
    Field{"title", FieldKind::kFreeText, kPrefixTitle, kNoSlot, false},
    Field{"source", FieldKind::kBoolean, kPrefixSource, kNoSlot, true},
    Field{"article", FieldKind::kBoolean, kPrefixArticle, kNoSlot, false},
    Field{"kind", FieldKind::kBoolean, kPrefixKind, kNoSlot, true},
    Field{"event", FieldKind::kBoolean, kPrefixEvent, kNoSlot, true},
    Field{"counted", FieldKind::kBoolean, kPrefixHead, kNoSlot, true},
    Field{"entity", FieldKind::kBoolean, kPrefixEntity, kNoSlot, true},
    Field{"published", FieldKind::kDateRange, {}, kSlotPublished, false},
    Field{"date", FieldKind::kDateRange, {}, kSlotEventDate, false},
    Field{"killed", FieldKind::kNumberRange, {}, kSlotKill, false},
    Field{"wounded", FieldKind::kNumberRange, {}, kSlotWound, false},
    Field{"displaced", FieldKind::kNumberRange, {}, kSlotDisplace, false},
    Field{"captured", FieldKind::kNumberRange, {}, kSlotCapture, false},
    Field{"destroyed", FieldKind::kNumberRange, {}, kSlotDestroy, false},
    Field{"arrested", FieldKind::kNumberRange, {}, kSlotArrest, false},
    Field{"figure", FieldKind::kNumberRange, {}, kSlotAnyFigure, false},
};

constexpr bool
fields_are_consistent() {
  for (const auto& f : kFields) {
    const bool has_prefix = !f.prefix.empty();
    const bool has_slot = f.slot != kNoSlot;
    const bool term_field = f.kind == FieldKind::kFreeText || f.kind == FieldKind::kBoolean;
    if (term_field != has_prefix || term_field == has_slot) {
      return false;
    }
  }
  return true;
}
static_assert(fields_are_consistent(), "a term field needs a prefix and no slot, a range a slot");

// The numeric slot for an event type, or kNoSlot when the event has none.
Xapian::valueno slot_for_event(std::string_view event);

// A term: prefix + value, with values too long for a Xapian term (245 bytes) shortened to a
// prefix of the value and a hash, so that any id can be a term.
std::string term(std::string_view prefix, std::string_view value);

// The unique id term of a passage (not stored since version 3, see kPrefixId).
std::string passage_id_term(std::string_view article_id, int passage_index);

// The metadata key of an article's ArticleRecord.
std::string article_key(std::string_view article_id);

// The metadata key of an article's packed passage texts.
std::string text_key(std::string_view article_id);

}  // namespace tally::schema
