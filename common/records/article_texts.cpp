#include "common/records/article_texts.hpp"

#include <zstd.h>

#include "common/records/field_codec.hpp"
#include "common/schema.hpp"

namespace tally {
namespace data {
std::string_view text_dictionary();  // news.zdict, compiled in (CMakeLists.txt)
}  // namespace data

namespace {

constexpr char kFormat = '\x04';
// zstd's level 6: about 4% smaller than the default 3 on news text, still far faster than
// the analysis of the same article.
constexpr int kLevel = 6;

// The dictionary, digested once for each direction; both are read-only and shared by threads.
struct Dictionaries {
  ZSTD_CDict* compress;
  ZSTD_DDict* decompress;
  Dictionaries() {
    const std::string_view d = data::text_dictionary();
    compress = ZSTD_createCDict(d.data(), d.size(), kLevel);
    decompress = ZSTD_createDDict(d.data(), d.size());
  }
  ~Dictionaries() {
    ZSTD_freeCDict(compress);
    ZSTD_freeDDict(decompress);
  }
  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;
};

const Dictionaries&
dictionaries() {
  static const Dictionaries d;
  return d;
}

// One context of each kind per thread: the indexer packs articles on every analysis thread,
// and a context is costly to make for each one.
struct Contexts {
  ZSTD_CCtx* compress = ZSTD_createCCtx();
  ZSTD_DCtx* decompress = ZSTD_createDCtx();
  Contexts() = default;
  ~Contexts() {
    ZSTD_freeCCtx(compress);
    ZSTD_freeDCtx(decompress);
  }
  Contexts(const Contexts&) = delete;
  Contexts& operator=(const Contexts&) = delete;
};

Contexts&
contexts() {
  thread_local Contexts c;
  return c;
}

}  // namespace

std::string
pack_article_texts(const std::vector<std::string>& texts) {
  std::string raw;
  std::size_t total = 0;
  for (const auto& t : texts) {
    total += t.size() + 4;
  }
  raw.reserve(total + 8);
  records::put_number(raw, texts.size());
  for (const auto& t : texts) {
    records::put_field(raw, t);
  }
  std::string out(1 + ZSTD_compressBound(raw.size()), '\0');
  out[0] = kFormat;
  const std::size_t n = ZSTD_compress_usingCDict(contexts().compress, out.data() + 1, out.size() - 1,
                                                raw.data(), raw.size(), dictionaries().compress);
  if (ZSTD_isError(n) != 0) {
    return {};  // cannot happen with a buffer of compressBound; the passages then show no text
  }
  out.resize(1 + n);
  return out;
}

std::vector<std::string>
unpack_article_texts(std::string_view packed) {
  if (packed.size() < 2 || packed.front() != kFormat) {
    return {};
  }
  packed.remove_prefix(1);
  const unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 31)) {
    return {};
  }
  std::string raw(size, '\0');
  const std::size_t n = ZSTD_decompress_usingDDict(contexts().decompress, raw.data(), raw.size(),
                                                  packed.data(), packed.size(),
                                                  dictionaries().decompress);
  if (ZSTD_isError(n) != 0 || n != size) {
    return {};
  }
  records::FieldReader in(raw);
  const std::uint64_t count = in.number();
  std::vector<std::string> texts;
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    texts.push_back(in.field());
  }
  return in.ok() ? texts : std::vector<std::string>{};
}

std::vector<std::string>
read_article_texts(const Xapian::Database& db, std::string_view article_id) {
  return unpack_article_texts(db.get_metadata(schema::text_key(article_id)));
}

}  // namespace tally
