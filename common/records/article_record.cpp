#include "common/records/article_record.hpp"

#include "common/records/field_codec.hpp"
#include "common/schema.hpp"

namespace tally {
namespace {

constexpr char kFormat = '\x04';

}  // namespace

std::string
encode_article_record(const ArticleRecord& r) {
  std::string out(1, kFormat);
  records::put_field(out, r.id);
  records::put_field(out, r.content_hash);
  records::put_field(out, r.origin);
  records::put_field(out, r.title);
  records::put_field(out, r.url);
  records::put_field(out, r.source);
  records::put_field(out, r.published);
  return out;
}

ArticleRecord
decode_article_record(std::string_view data) {
  if (data.empty() || data.front() != kFormat) {
    return {};
  }
  records::FieldReader in(data.substr(1));
  ArticleRecord r;
  r.id = in.field();
  r.content_hash = in.field();
  r.origin = in.field();
  r.title = in.field();
  r.url = in.field();
  r.source = in.field();
  r.published = in.field();
  return in.ok() ? r : ArticleRecord{};
}

std::optional<ArticleRecord>
read_article_record(const Xapian::Database& db, std::string_view article_id) {
  const std::string data = db.get_metadata(schema::article_key(article_id));
  if (data.empty()) {
    return std::nullopt;
  }
  return decode_article_record(data);
}

}  // namespace tally
