#pragma once
// Per-item problems found while reading or analysing input: values, never exceptions.
// Every diagnostic names where it happened (file and, where there is one, line).

#include <cstddef>
#include <functional>
#include <string>

namespace tally {

enum class Severity {
  kWarning,  // the item was repaired or partly used (e.g. broken UTF-8 replaced)
  kSkipped,  // the item was left out (e.g. a JSON line that does not parse)
};

struct Diagnostic {
  std::string file;   // path as given on the command line, or "-" for stdin
  std::size_t line;   // 1-based line number; 0 when the problem is about the whole file
  Severity severity;
  std::string message;
};

// "file:line: skipped: message" (or "file: warning: message" without a line).
std::string format_diagnostic(const Diagnostic& d);

using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace tally
