#include "common/core/diagnostics.hpp"

namespace tally {

std::string
format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':';
    out += std::to_string(d.line);
  }
  out += d.severity == Severity::kSkipped ? ": skipped: " : ": warning: ";
  out += d.message;
  return out;
}

}  // namespace tally
