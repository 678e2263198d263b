#pragma once
// The terminal's escape codes and separators, shared by every view that colours its text
// (the answer and passage view, the session's article view). Used only when colour is on.

namespace tally::searcher::ansi {

inline constexpr const char* kBold = "\x1b[1m";
inline constexpr const char* kDim = "\x1b[2m";
inline constexpr const char* kMatch = "\x1b[1;31m";   // a query word in a passage
inline constexpr const char* kMark = "\x1b[1;4m";     // a figure in an article
inline constexpr const char* kWarn = "\x1b[33m";      // conflicts, revisions
inline constexpr const char* kReset = "\x1b[0m";
inline constexpr const char* kDot = " \xc2\xb7 ";     // " · " between fields

}  // namespace tally::searcher::ansi
