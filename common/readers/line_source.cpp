#include "common/readers/line_source.hpp"

#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "common/core/error.hpp"

namespace tally {

struct LineSource::Zstd {
  ZSTD_DStream* stream = ZSTD_createDStream();
  std::vector<char> in = std::vector<char>(ZSTD_DStreamInSize());
  ZSTD_inBuffer input{nullptr, 0, 0};
  ~Zstd() { ZSTD_freeDStream(stream); }
  Zstd() = default;
  Zstd(const Zstd&) = delete;
  Zstd& operator=(const Zstd&) = delete;
};

LineSource::LineSource(const std::string& path) : path_(path) {
  if (path == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    owns_file_ = true;
    if (file_ == nullptr) {
      throw Error(std::string("cannot open: ") + std::strerror(errno),
                  "check that the file exists and is readable");
    }
  }
  if (path.ends_with(".zst")) {
    zstd_ = std::make_unique<Zstd>();
    ZSTD_initDStream(zstd_->stream);
  }
}

LineSource::~LineSource() {
  if (owns_file_ && file_ != nullptr) {
    std::fclose(file_);
  }
}

bool
LineSource::fill() {
  constexpr std::size_t kChunk = 1 << 16;
  buffer_.erase(0, pos_);
  pos_ = 0;
  if (!zstd_) {
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    const std::size_t got = std::fread(buffer_.data() + old, 1, kChunk, file_);
    buffer_.resize(old + got);
    if (got == 0 && std::ferror(file_) != 0) {
      throw Error(std::string("read error: ") + std::strerror(errno), "is the file still there?");
    }
    return got > 0;
  }
  Zstd& z = *zstd_;
  while (true) {
    if (z.input.pos == z.input.size) {
      const std::size_t got = std::fread(z.in.data(), 1, z.in.size(), file_);
      if (got == 0) {
        return false;
      }
      z.input = ZSTD_inBuffer{z.in.data(), got, 0};
    }
    const std::size_t old = buffer_.size();
    buffer_.resize(old + ZSTD_DStreamOutSize());
    ZSTD_outBuffer out{buffer_.data() + old, ZSTD_DStreamOutSize(), 0};
    const std::size_t rc = ZSTD_decompressStream(z.stream, &out, &z.input);
    buffer_.resize(old + out.pos);
    if (ZSTD_isError(rc) != 0U) {
      throw Error(std::string("not a valid zstd stream: ") + ZSTD_getErrorName(rc),
                  "decompress it with zstd -t to check the file");
    }
    if (out.pos > 0) {
      return true;
    }
  }
}

bool
LineSource::next(std::string& line) {
  while (true) {
    const auto nl = buffer_.find('\n', pos_);
    if (nl != std::string::npos) {
      line.assign(buffer_, pos_, nl - pos_);
      pos_ = nl + 1;
      break;
    }
    if (eof_ || !fill()) {
      eof_ = true;
      if (pos_ >= buffer_.size()) {
        return false;
      }
      line.assign(buffer_, pos_);  // a last line without "\n"
      pos_ = buffer_.size();
      break;
    }
  }
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  ++line_number_;
  return true;
}

}  // namespace tally
