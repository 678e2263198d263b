#include "common/schema.hpp"

#include "common/core/hash.hpp"

namespace tally::schema {

Xapian::valueno
slot_for_event(std::string_view event) {
  if (event == "kill") {
    return kSlotKill;
  }
  if (event == "wound") {
    return kSlotWound;
  }
  if (event == "displace") {
    return kSlotDisplace;
  }
  if (event == "capture") {
    return kSlotCapture;
  }
  if (event == "destroy") {
    return kSlotDestroy;
  }
  if (event == "arrest") {
    return kSlotArrest;
  }
  return kNoSlot;
}

std::string
term(std::string_view prefix, std::string_view value) {
  constexpr std::size_t kMaxTerm = 240;
  std::string t(prefix);
  if (prefix.size() + value.size() <= kMaxTerm) {
    t += value;
    return t;
  }
  t += value.substr(0, kMaxTerm - prefix.size() - 18);
  t += '~';
  t += content_hash(value);
  return t;
}

std::string
passage_id_term(std::string_view article_id, int passage_index) {
  return term(kPrefixId, std::string(article_id) + "#" + std::to_string(passage_index));
}

std::string
article_key(std::string_view article_id) {
  return term(kMetaArticlePrefix, article_id);
}

std::string
text_key(std::string_view article_id) {
  return term(kMetaTextPrefix, article_id);
}

}  // namespace tally::schema
