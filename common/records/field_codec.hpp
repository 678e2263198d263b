#pragma once
// Length-prefixed fields for the stored records (passage and article records): a varint length
// (7 bits a byte, low bits first) before each string. Reading past the end gives empty fields,
// never an error, so damaged data decodes to an empty record.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tally::records {

inline void
put_number(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7f) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

inline void
put_field(std::string& out, std::string_view field) {
  put_number(out, field.size());
  out += field;
}

class FieldReader {
 public:
  explicit FieldReader(std::string_view data) : data_(data) {}

  std::uint64_t number() {
    std::uint64_t n = 0;
    for (int shift = 0; pos_ < data_.size() && shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(data_[pos_++]);
      n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) {
        return n;
      }
    }
    ok_ = false;
    return 0;
  }

  std::string field() {
    const std::uint64_t n = number();
    if (!ok_ || n > data_.size() - pos_) {
      ok_ = false;
      pos_ = data_.size();
      return {};
    }
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }

  char byte() {
    if (pos_ >= data_.size()) {
      ok_ = false;
      return '\0';
    }
    return data_[pos_++];
  }

  bool ok() const { return ok_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace tally::records
