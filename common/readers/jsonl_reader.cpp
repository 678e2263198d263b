#include "common/readers/jsonl_reader.hpp"

#include <nlohmann/json.hpp>

#include "common/core/utf8.hpp"
#include "common/readers/article_fields.hpp"

namespace tally {
namespace {

// A field as a string: strings as they are, numbers in their JSON form, anything else empty.
std::string
string_field(const nlohmann::json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    return {};
  }
  if (it->is_string()) {
    return it->get<std::string>();
  }
  if (it->is_number()) {
    return it->dump();
  }
  return {};
}

}  // namespace

std::optional<Article>
parse_jsonl_article(const std::string& file, std::size_t line_number, std::string line,
                    const DiagnosticSink& diagnostics) {
  const auto report = [&](Severity s, std::string message) {
    diagnostics(Diagnostic{file, line_number, s, std::move(message)});
  };
  if (!is_valid_utf8(line)) {
    Utf8Repair r = repair_utf8(line);
    report(Severity::kWarning, "invalid UTF-8 repaired (" + std::to_string(r.replaced) +
                                   " sequence(s) replaced by U+FFFD)");
    line = std::move(r.text);
  }
  nlohmann::json obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) {
    report(Severity::kSkipped, "not a JSON object (malformed JSON)");
    return std::nullopt;
  }
  if (!obj.is_object()) {
    report(Severity::kSkipped, std::string("not a JSON object (a JSON ") + obj.type_name() + ")");
    return std::nullopt;
  }
  Article a;
  a.origin = file + ":" + std::to_string(line_number);
  a.text = string_field(obj, "text");
  a.title = string_field(obj, "title");
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    report(Severity::kSkipped, "record has no \"text\"");
    return std::nullopt;
  }
  a.url = string_field(obj, "url");
  a.id = string_field(obj, "id");
  if (a.id.empty()) {
    a.id = a.url.empty() ? content_hash(a.title + "\n" + a.text) : a.url;
  }
  a.source = string_field(obj, "source");
  if (a.source.empty()) {
    a.source = "unknown";
  }
  set_published(a, string_field(obj, "published"),
                Diagnostic{file, line_number, Severity::kWarning, {}}, diagnostics);
  return a;
}

}  // namespace tally
