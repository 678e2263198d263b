#pragma once
// Line-at-a-time input from a plain file, a zstd-compressed file, or standard input, so that a
// feed of any size is read in constant memory.

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

namespace tally {

class LineSource {
 public:
  // Opens `path` ("-" is standard input); a name ending in ".zst" is decompressed as it is read.
  // Throws tally::Error when the file cannot be opened.
  explicit LineSource(const std::string& path);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // Reads the next line without its "\n" (and "\r"). Returns false at the end of input.
  // Throws tally::Error on a read or decompression error.
  bool next(std::string& line);
  std::size_t line_number() const { return line_number_; }

 private:
  bool fill();  // refills buffer_ from the file (decompressing); false at end of input

  std::string path_;
  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  struct Zstd;
  std::unique_ptr<Zstd> zstd_;  // set for .zst input
  std::string buffer_;          // decoded bytes not yet returned
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;
};

}  // namespace tally
