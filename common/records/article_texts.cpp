#include "common/records/article_texts.hpp"

#include <zstd.h>

#include <memory>

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

// Owns a zstd object: frees it with `Free` (ZSTD_freeCDict, ZSTD_freeDCtx ...).
template <auto Free>
struct ZstdFree {
  template <typename T>
  void operator()(T* p) const { Free(p); }
};
template <typename T, auto Free>
using ZstdPtr = std::unique_ptr<T, ZstdFree<Free>>;

// The dictionary, digested once for each direction, when first needed (the searcher only ever
// decompresses); read-only, so shared by threads.
const ZSTD_CDict*
compress_dictionary() {
  static const ZstdPtr<ZSTD_CDict, ZSTD_freeCDict> dict(ZSTD_createCDict(
      data::text_dictionary().data(), data::text_dictionary().size(), kLevel));
  return dict.get();
}

const ZSTD_DDict*
decompress_dictionary() {
  static const ZstdPtr<ZSTD_DDict, ZSTD_freeDDict> dict(
      ZSTD_createDDict(data::text_dictionary().data(), data::text_dictionary().size()));
  return dict.get();
}

// One context per thread and direction: the indexer packs articles on every analysis thread,
// and a context is costly to make for each one.
ZSTD_CCtx*
compress_context() {
  thread_local const ZstdPtr<ZSTD_CCtx, ZSTD_freeCCtx> ctx(ZSTD_createCCtx());
  return ctx.get();
}

ZSTD_DCtx*
decompress_context() {
  thread_local const ZstdPtr<ZSTD_DCtx, ZSTD_freeDCtx> ctx(ZSTD_createDCtx());
  return ctx.get();
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
  const std::size_t n = ZSTD_compress_usingCDict(compress_context(), out.data() + 1, out.size() - 1,
                                                raw.data(), raw.size(), compress_dictionary());
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
  const std::size_t n = ZSTD_decompress_usingDDict(decompress_context(), raw.data(), raw.size(),
                                                  packed.data(), packed.size(),
                                                  decompress_dictionary());
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
