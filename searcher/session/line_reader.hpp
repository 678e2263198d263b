#pragma once
// Reading the lines of a session. On a terminal: GNU readline (line editing, persistent
// history, Ctrl-C cancels the line being typed). Otherwise (stdin not a terminal, TERM=dumb):
// plain lines from stdin, no escape codes.

#include <memory>
#include <optional>
#include <string>

namespace tally::searcher {

class LineReader {
 public:
  virtual ~LineReader() = default;
  // The next line without its newline; nullopt at the end of input (Ctrl-D).
  virtual std::optional<std::string> read(const std::string& prompt) = 0;
  // Whether output goes to a person's terminal (colour and paging make sense).
  virtual bool terminal() const = 0;
};

enum class LineMode { kTerminal, kPlain };

// kTerminal when stdin and stdout are terminals and TERM is set and not "dumb".
LineMode detect_line_mode();

// `history_file`: where the terminal mode keeps its history ("" for none); each line is
// appended as soon as it is entered, so that nothing is lost however the session ends.
std::unique_ptr<LineReader> make_line_reader(LineMode mode, const std::string& history_file);

// $XDG_STATE_HOME/tally/history, else ~/.local/state/tally/history; "" when neither
// XDG_STATE_HOME nor HOME is set.
std::string default_history_file();

}  // namespace tally::searcher
