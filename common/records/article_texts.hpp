#pragma once
// The texts of an article's passages, stored once per article rather than in every passage's
// document data: metadata key schema::text_key(id), value pack_article_texts(...). One zstd
// frame over the whole article compresses far better than Xapian's per-entry compression of
// short passages (a third of the raw size on the bench corpus instead of three quarters), which
// is what keeps tally's database no larger than a bare Xapian index of the same text.
//
// Layout: the byte 0x04, then a zstd frame of the passages as length-prefixed fields
// (field_codec.hpp), in passage order, compressed with a dictionary of news text compiled into
// the binaries (news.zdict, from scripts/train-text-dictionary.sh): about a fifth smaller
// than without, since one article is too short to teach the compressor much by itself.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace tally {

std::string pack_article_texts(const std::vector<std::string>& texts);

// The reverse; damaged or foreign data gives no texts, never an error.
std::vector<std::string> unpack_article_texts(std::string_view packed);

// The passage texts of `article_id` in `db`, empty when it has none. May throw Xapian::Error.
std::vector<std::string> read_article_texts(const Xapian::Database& db,
                                            std::string_view article_id);

}  // namespace tally
