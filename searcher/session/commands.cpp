#include "searcher/session/commands.hpp"

#include <array>
#include <charconv>

#include "common/core/strings.hpp"

namespace tally::searcher {
namespace {

struct Name {
  std::string_view word;
  CommandKind kind;
};

constexpr std::array kNames = {
    Name{"more", CommandKind::kMore},       Name{"m", CommandKind::kMore},
    Name{"open", CommandKind::kOpen},       Name{"o", CommandKind::kOpen},
    Name{"sources", CommandKind::kSources}, Name{"facets", CommandKind::kFacets},
    Name{"json", CommandKind::kJson},       Name{"filter", CommandKind::kFilter},
    Name{"clear", CommandKind::kClear},     Name{"help", CommandKind::kHelp},
    Name{"h", CommandKind::kHelp},          Name{"?", CommandKind::kHelp},
    Name{"quit", CommandKind::kQuit},       Name{"q", CommandKind::kQuit},
    Name{"exit", CommandKind::kQuit},
};

bool
takes_argument(CommandKind kind) {
  return kind == CommandKind::kOpen || kind == CommandKind::kFilter;
}

}  // namespace

Command
parse_command(std::string_view line) {
  const std::string_view text = trim(line);
  if (text.empty()) {
    return {};
  }
  if (text.front() != ':') {
    return {CommandKind::kQuery, std::string(text)};
  }
  const std::size_t space = text.find_first_of(" \t");
  const std::string_view word = text.substr(1, space == std::string_view::npos ? space : space - 1);
  const std::string_view argument =
      space == std::string_view::npos ? std::string_view{} : trim(text.substr(space));
  for (const auto& name : kNames) {
    if (name.word != word) {
      continue;
    }
    if (!argument.empty() && !takes_argument(name.kind)) {
      return {CommandKind::kBadArgument, std::string(text)};
    }
    Command c{name.kind, std::string(argument)};
    if (c.kind == CommandKind::kOpen) {
      const auto [end, ec] =
          std::from_chars(argument.data(), argument.data() + argument.size(), c.number);
      if (ec != std::errc() || end != argument.data() + argument.size() || c.number == 0) {
        return {CommandKind::kBadArgument, std::string(text)};
      }
    }
    return c;
  }
  return {CommandKind::kUnknown, std::string(word)};
}

const char*
session_help() {
  return R"(Type a query (the syntax of tally-search --help), or a command:
  :more, :m          the next page of results (or of the article on screen)
  :open N, :o N      the whole article of result N, its figures marked
  :sources           the sources of the last query's matches, with counts
  :facets            sources, entities, events and dates of the matches
  :json              the last answer as JSON (format 1, as tally-search --json)
  :filter QUERY      later queries must also match QUERY (e.g. :filter source:AP);
                     kept until :clear; :filter alone lists the filters
  :clear             drop the filters
  :help              this text
  :quit, :q          leave (Ctrl-D too); Ctrl-C cancels the line being typed
)";
}

}  // namespace tally::searcher
