#include "searcher/session/line_reader.hpp"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <readline/history.h>
#include <readline/readline.h>

namespace tally::searcher {
namespace {

constexpr int kHistoryLines = 2000;  // kept in the file

// Set by the signal handlers, read by the loop around readline (nothing else is safe there).
volatile std::sig_atomic_t g_interrupted = 0;
volatile std::sig_atomic_t g_resized = 0;

extern "C" void
on_interrupt(int /*signal*/) {
  g_interrupted = 1;
}

extern "C" void
on_resize(int /*signal*/) {
  g_resized = 1;
}

class PlainReader final : public LineReader {
 public:
  std::optional<std::string> read(const std::string& prompt) override {
    if (isatty(STDIN_FILENO) != 0) {
      std::cout << prompt << std::flush;  // a person on a dumb terminal still needs a prompt
    }
    std::string line;
    if (!std::getline(std::cin, line)) {
      return std::nullopt;
    }
    return line;
  }
  bool terminal() const override { return false; }
};

// readline's callback interface inside a poll() loop: signals only set flags, and the loop
// acts on them between keystrokes, where readline's state is consistent.
class ReadlineReader final : public LineReader {
 public:
  explicit ReadlineReader(std::string history_file) : history_file_(std::move(history_file)) {
    rl_readline_name = "tally";          // for $if tally in ~/.inputrc
    rl_catch_signals = 0;                // this class handles SIGINT and SIGWINCH
    rl_catch_sigwinch = 0;
    rl_inhibit_completion = 1;           // Tab is a character, not a file-name completion
    using_history();
    stifle_history(kHistoryLines);
    if (!history_file_.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(std::filesystem::path(history_file_).parent_path(), ec);
      // Created private: queries say what a person is looking for.
      const int fd = ::open(history_file_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      if (fd >= 0) {
        ::close(fd);
      }
      read_history(history_file_.c_str());
    }
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int_);
    sa.sa_handler = on_resize;
    sigaction(SIGWINCH, &sa, &old_winch_);
  }

  ~ReadlineReader() override {
    if (!history_file_.empty()) {
      history_truncate_file(history_file_.c_str(), kHistoryLines);
    }
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGWINCH, &old_winch_, nullptr);
  }

  ReadlineReader(const ReadlineReader&) = delete;
  ReadlineReader& operator=(const ReadlineReader&) = delete;

  std::optional<std::string> read(const std::string& prompt) override {
    done_ = false;
    eof_ = false;
    line_.clear();
    g_interrupted = 0;
    current_ = this;
    rl_callback_handler_install(prompt.c_str(), &ReadlineReader::on_line);
    while (!done_) {
      if (g_resized != 0) {
        g_resized = 0;
        rl_resize_terminal();
      }
      if (g_interrupted != 0) {
        g_interrupted = 0;
        cancel_line();
      }
      pollfd in{STDIN_FILENO, POLLIN, 0};
      const int ready = poll(&in, 1, -1);
      if (ready < 0 && errno != EINTR) {
        eof_ = true;
        break;
      }
      if (ready > 0) {
        rl_callback_read_char();
      }
    }
    rl_callback_handler_remove();
    current_ = nullptr;
    if (eof_) {
      std::cout << '\n' << std::flush;  // leave the prompt's line, as shells do
      return std::nullopt;
    }
    remember(line_);
    return line_;
  }

  bool terminal() const override { return true; }

 private:
  static void on_line(char* text) {
    ReadlineReader* self = current_;
    if (text == nullptr) {
      self->eof_ = true;
    } else {
      self->line_ = text;
      std::free(text);  // NOLINT: readline allocates with malloc
    }
    self->done_ = true;
    // Removing the handler here keeps readline from printing the prompt again before the
    // answer (read() installs it anew for the next line).
    rl_callback_handler_remove();
  }

  // Ctrl-C: drop what was typed, show ^C and a fresh prompt; history is untouched.
  static void cancel_line() {
    rl_free_line_state();
    rl_callback_sigcleanup();
    std::fputs("^C\n", rl_outstream != nullptr ? rl_outstream : stdout);
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
  }

  // Appends a line to the history and its file at once: a crash or a kill loses nothing.
  void remember(const std::string& line) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      return;
    }
    const HIST_ENTRY* last = history_length > 0 ? history_get(history_base + history_length - 1)
                                                : nullptr;
    if (last != nullptr && line == last->line) {
      return;  // no run of the same line
    }
    add_history(line.c_str());
    if (!history_file_.empty()) {
      append_history(1, history_file_.c_str());
    }
  }

  static inline ReadlineReader* current_ = nullptr;
  std::string history_file_;
  std::string line_;
  bool done_ = false;
  bool eof_ = false;
  struct sigaction old_int_ {};
  struct sigaction old_winch_ {};
};

}  // namespace

LineMode
detect_line_mode() {
  const char* term = std::getenv("TERM");
  const bool dumb = term == nullptr || *term == '\0' || std::string_view(term) == "dumb";
  const bool ttys = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0;
  return ttys && !dumb ? LineMode::kTerminal : LineMode::kPlain;
}

std::unique_ptr<LineReader>
make_line_reader(LineMode mode, const std::string& history_file) {
  if (mode == LineMode::kTerminal) {
    return std::make_unique<ReadlineReader>(history_file);
  }
  return std::make_unique<PlainReader>();
}

std::string
default_history_file() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state == '/') {
    return std::string(state) + "/tally/history";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.local/state/tally/history";
  }
  return {};
}

}  // namespace tally::searcher
