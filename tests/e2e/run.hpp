#pragma once
// Running the real programs from the tests: the command line, its stdout and its exit code.

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace tally::testing {

struct Run {
  int status = -1;
  std::string out;
};

inline std::string
bin(const std::string& name) {
  return std::string(TALLY_BINARY_DIR) + "/bin/" + name;
}

// Runs `command` with /bin/sh; stderr is discarded unless the command redirects it itself.
inline Run
run(const std::string& command) {
  Run r;
  const bool own_stderr = command.find("2>") != std::string::npos;
  FILE* p = popen((own_stderr ? command : command + " 2>/dev/null").c_str(), "r");
  if (p == nullptr) {
    return r;
  }
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) {
    r.out.append(buf.data(), n);
  }
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

}  // namespace tally::testing
