#pragma once
// The whole article of a result (:open N): its passages in order, each figure's words marked
// in the text and listed below it, the passage the result pointed at flagged.

#include <string>
#include <vector>

#include <xapian.h>

#include "common/records/passage_record.hpp"
#include "searcher/output/render.hpp"

namespace tally::searcher {

// Every passage of `article_id` (found by its XA term), in passage order. Throws tally::Error
// on a database error.
std::vector<PassageRecord> read_article(const Xapian::Database& db, const std::string& article_id);

// One block per passage, after a heading block (source, date, id, title, URL). `focus` is the
// passage to flag (-1 for none). With colour, a figure's quote is underlined in bold; without,
// it is put between [[ and ]].
std::vector<std::string> render_article(const std::vector<PassageRecord>& passages, int focus,
                                        Colour colour);

// "29 exact · kill · Turkish soldiers · 2020-02-27 · said by a Turkish official"
std::string figure_summary(const Figure& figure);

}  // namespace tally::searcher
