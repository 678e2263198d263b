#pragma once
// Environmental failures: one exception type that carries what went wrong, what to do about it,
// and the exit code the CLI layer should return. Per-item problems (a bad article, a bad date)
// are not errors: they are Diagnostic values, reported and counted (see diagnostics.hpp).

#include <stdexcept>
#include <string>

namespace tally {

enum class ExitCode : int {
  kOk = 0,
  kNoResults = 1,  // tally-search: the query matched nothing
  kError = 2,      // bad usage, missing or locked database, malformed query
};

class Error : public std::runtime_error {
 public:
  Error(std::string message, std::string hint, ExitCode code = ExitCode::kError)
      : std::runtime_error(std::move(message)), hint_(std::move(hint)), code_(code) {}

  const std::string& hint() const { return hint_; }
  ExitCode code() const { return code_; }

 private:
  std::string hint_;
  ExitCode code_;
};

}  // namespace tally
