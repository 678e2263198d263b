#include "searcher/output/render.hpp"

namespace tally::searcher {
namespace {

std::string
field(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

std::string
date_field(const std::optional<DateSpan>& d) {
  if (!d) {
    return "";
  }
  return d->iso();
}

std::string
plain_number(double v) {
  nlohmann::json j = v;
  if (static_cast<double>(static_cast<long long>(v)) == v) {
    j = static_cast<long long>(v);
  }
  return j.dump();
}

}  // namespace

std::string
render_tsv(const SearchAnswer& answer) {
  std::string out =
      "group\tevent\thead\tdate\tsource\tvalue\tqualifier\tattribution\tarticle\tpassage\t"
      "published\tflags\tquote\n";
  for (std::size_t i = 0; i < answer.answers.size(); ++i) {
    const auto& g = answer.answers[i];
    for (const auto& r : g.reports) {
      std::string flags;
      const auto flag = [&flags](const char* f) { flags += flags.empty() ? f : std::string(",") + f; };
      if (r.figure.cumulative) {
        flag("cumulative");
      }
      if (r.superseded) {
        flag("superseded");
      }
      if (r.revised_from) {
        flag("revision");
      }
      if (!r.conflicts.empty()) {
        flag("conflict");
      }
      if (r.figure.malformed) {
        flag("malformed");
      }
      out += std::to_string(i + 1) + '\t' + field(g.event) + '\t' + field(g.head) + '\t' +
             date_field(r.figure.date ? r.figure.date : g.date) + '\t' + field(r.source) + '\t' +
             plain_number(r.figure.value) + '\t' + qualifier_name(r.figure.qualifier) + '\t' +
             field(r.figure.attribution) + '\t' + field(r.article) + '\t' +
             std::to_string(r.passage) + '\t' + r.published + '\t' + flags + '\t' +
             field(r.figure.quote) + '\n';
    }
  }
  return out;
}

}  // namespace tally::searcher
