#include "indexer/document_builder.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "common/core/hash.hpp"
#include "common/core/strings.hpp"
#include "common/passages/boilerplate.hpp"
#include "common/records/passage_record.hpp"
#include "common/schema.hpp"

namespace tally::indexer {
namespace {

// Figure terms and slots: event, counted head, event dates, and per-event maxima.
void
add_figures(Xapian::Document& doc, std::span<const Figure> figures) {
  std::map<Xapian::valueno, double> maxima;
  std::set<std::string> events;
  std::string earliest;
  for (const auto& f : figures) {
    const std::string head = ascii_lower(f.head);
    if (!f.event.empty()) {
      doc.add_boolean_term(schema::term(schema::kPrefixEvent, f.event));
      events.insert(f.event);
      if (const auto slot = schema::slot_for_event(f.event); slot != schema::kNoSlot) {
        maxima[slot] = std::max(maxima[slot], f.value);
      }
    }
    if (!head.empty()) {
      doc.add_boolean_term(schema::term(schema::kPrefixHead, head));
      doc.add_boolean_term(schema::term(schema::kPrefixFigure, f.event + ":" + head));
    }
    maxima[schema::kSlotAnyFigure] = std::max(maxima[schema::kSlotAnyFigure], f.value);
    if (f.date) {
      // A day is one term; a period is its first and last day (filters by day use the range
      // slot; the terms serve exact-day filters and facets).
      doc.add_boolean_term(schema::term(schema::kPrefixEventDate, f.date->from.compact()));
      if (!f.date->is_day()) {
        doc.add_boolean_term(schema::term(schema::kPrefixEventDate, f.date->to.compact()));
      }
      if (earliest.empty() || f.date->from.compact() < earliest) {
        earliest = f.date->from.compact();
      }
    }
  }
  for (const auto& [slot, value] : maxima) {
    doc.add_value(slot, Xapian::sortable_serialise(value));
  }
  if (!earliest.empty()) {
    doc.add_value(schema::kSlotEventDate, earliest);
  }
  std::string joined;
  for (const auto& e : events) {
    joined += joined.empty() ? "" : "\n";
    joined += e;
  }
  if (!joined.empty()) {
    doc.add_value(schema::kSlotEvents, joined);
  }
}

void
add_entities(Xapian::Document& doc, std::span<const EntityMention> entities) {
  std::set<std::string> names;
  for (const auto& e : entities) {
    names.insert(e.name);
  }
  std::string joined;
  for (const auto& n : names) {
    doc.add_boolean_term(schema::term(schema::kPrefixEntity, ascii_lower(n)));
    joined += joined.empty() ? "" : "\n";
    joined += n;
  }
  if (!joined.empty()) {
    doc.add_value(schema::kSlotEntities, joined);
  }
}

// The kSlotTextHash value: 8 bytes rather than 16 hex digits, on every passage.
std::string
text_hash_value(const std::string& analysed) {
  std::uint64_t h = fnv1a(dedupe_key(analysed));
  std::string out(8, '\0');
  for (int i = 7; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = static_cast<char>(h & 0xffU);
    h >>= 8;
  }
  return out;
}

}  // namespace

DocumentBuilder::DocumentBuilder() {
  terms_.set_stemmer(Xapian::Stem(std::string(schema::kStemmer)));
  terms_.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);  // schema::kAnalysis
}

std::string
document_data(const Passage& passage, const PassageFindings& findings) {
  PassageRecord record;
  record.passage = passage.index;
  record.kind = passage.kind == PassageKind::kHeadline ? "headline" : "body";
  record.figures.assign(findings.figures.begin(), findings.figures.end());
  record.entities.assign(findings.entities.begin(), findings.entities.end());
  return encode_passage_record(record);
}

Xapian::Document
DocumentBuilder::build(const Article& article, const Passage& passage,
                       const PassageFindings& findings) {
  Xapian::Document doc;
  terms_.set_document(doc);
  terms_.index_text(passage.analysed);
  if (passage.kind == PassageKind::kHeadline) {
    terms_.increase_termpos();
    terms_.index_text(passage.analysed, 1, std::string(schema::kPrefixTitle));
  }
  doc.add_boolean_term(schema::term(schema::kPrefixArticle, article.id));
  doc.add_boolean_term(schema::term(schema::kPrefixSource, ascii_lower(article.source)));
  if (passage.kind == PassageKind::kHeadline) {
    doc.add_boolean_term(schema::term(schema::kPrefixKind, "headline"));
  }
  if (article.published) {
    const std::string day = article.published->compact();
    doc.add_boolean_term(schema::term(schema::kPrefixPublished, day));
    doc.add_value(schema::kSlotPublished, day);
  }
  doc.add_value(schema::kSlotSource, ascii_lower(article.source));
  doc.add_value(schema::kSlotArticle, article.id);
  doc.add_value(schema::kSlotTextHash, text_hash_value(passage.analysed));
  add_figures(doc, findings.figures);
  add_entities(doc, findings.entities);
  doc.set_data(document_data(passage, findings));
  return doc;
}

}  // namespace tally::indexer
