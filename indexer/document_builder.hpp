#pragma once
// One passage of one article -> one Xapian document, as common/schema.hpp declares it.

#include <span>
#include <string>

#include <xapian.h>

#include "common/analysis/figure.hpp"
#include "common/model/article.hpp"
#include "common/model/passage.hpp"

namespace tally::indexer {

// What analysis found in one passage (empty spans when extraction is off).
struct PassageFindings {
  std::span<const Figure> figures;
  std::span<const EntityMention> entities;
};

class DocumentBuilder {
 public:
  DocumentBuilder();

  // Builds the document: positional stemmed terms of the passage text (and of the headline
  // under the title prefix), boolean filter terms, value slots, and the JSON document data
  // the searcher displays.
  Xapian::Document build(const Article& article, const Passage& passage,
                         const PassageFindings& findings);

 private:
  Xapian::TermGenerator terms_;
};

// The document data: the passage's own PassageRecord (common/records/passage_record.hpp); what
// belongs to its article is stored once per article.
std::string document_data(const Passage& passage, const PassageFindings& findings);

}  // namespace tally::indexer
