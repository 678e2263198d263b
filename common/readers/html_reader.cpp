#include "common/readers/html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/core/strings.hpp"
#include "common/core/utf8.hpp"
#include "common/readers/article_fields.hpp"
#include "common/readers/text_reader.hpp"

namespace tally {
namespace {

// Tags whose content is never article text.
bool
is_dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

// Tags that end a paragraph.
bool
is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

std::string
attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string{} : std::string(a->value);
}

// class or id naming page furniture rather than the story.
bool
is_furniture(const GumboElement& e) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "comment", "share",     "social", "related", "newsletter", "subscribe",
      "advert",  "promo",     "sidebar", "cookie", "breadcrumb", "byline-social"};
  const std::string names = ascii_lower(attribute(e, "class") + " " + attribute(e, "id"));
  return std::any_of(kWords.begin(), kWords.end(),
                     [&](std::string_view w) { return names.find(w) != std::string::npos; });
}

class TextCollector {
 public:
  explicit TextCollector(std::string_view source) : source_(source) {}

  void walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      if (!in_dropped_source(node->v.text.start_pos.offset)) {
        append(node->v.text.text);
      }
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) {
      return;
    }
    const GumboElement& e = node->v.element;
    if (is_dropped_tag(e.tag) || is_furniture(e)) {
      // gumbo 0.10 hangs the text of a <form> after it rather than in it: remember where the
      // element was in the source, and leave out text from there too.
      unsigned end = e.end_pos.offset;
      if (end <= e.start_pos.offset) {  // no end position recorded: find the end tag
        const std::string closing = std::string("</") + gumbo_normalized_tagname(e.tag);
        const auto from = source_.begin() + std::min<std::ptrdiff_t>(e.start_pos.offset, static_cast<std::ptrdiff_t>(source_.size()));
        const auto at = std::search(from, source_.end(), closing.begin(), closing.end(),
                                    [](char a, char b) {
                                      return std::tolower(static_cast<unsigned char>(a)) == b;
                                    });
        end = static_cast<unsigned>(at - source_.begin());
      }
      if (end > e.start_pos.offset) {
        dropped_.emplace_back(e.start_pos.offset, end);
      }
      return;
    }
    const bool block = is_block_tag(e.tag);
    if (block) {
      end_paragraph();
    }
    for (unsigned i = 0; i < e.children.length; ++i) {
      walk(static_cast<const GumboNode*>(e.children.data[i]));
    }
    if (block) {
      end_paragraph();
    }
  }

  std::vector<std::string> paragraphs() {
    end_paragraph();
    return std::move(paragraphs_);
  }

 private:
  void append(std::string_view text) {
    for (const char c : text) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !current_.empty();
      } else {
        if (pending_space_) {
          current_ += ' ';
          pending_space_ = false;
        }
        current_ += c;
      }
    }
  }
  void end_paragraph() {
    if (!current_.empty()) {
      paragraphs_.push_back(std::move(current_));
    }
    current_.clear();
    pending_space_ = false;
  }

  bool in_dropped_source(unsigned offset) const {
    return std::any_of(dropped_.begin(), dropped_.end(), [offset](const auto& r) {
      return offset >= r.first && offset < r.second;
    });
  }

  std::string_view source_;  // the page, for positions gumbo does not record
  std::vector<std::pair<unsigned, unsigned>> dropped_;  // source byte ranges left out
  std::string current_;
  bool pending_space_ = false;
  std::vector<std::string> paragraphs_;
};

// The text content of a node, whitespace collapsed.
std::string
text_of(const GumboNode* node, std::string_view source) {
  TextCollector c(source);
  c.walk(node);
  std::string out;
  for (const auto& p : c.paragraphs()) {
    out += out.empty() ? "" : " ";
    out += p;
  }
  return out;
}

struct PageMeta {
  std::string og_title, title_tag, ld_headline;
  std::string published, ld_published, time_datetime;
  std::string site_name, ld_publisher;
  std::string og_url, canonical;
};

void
read_json_ld(const std::string& json, PageMeta& m) {
  const auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  const auto take = [&m](const nlohmann::json& o) {
    if (!o.is_object()) {
      return;
    }
    if (m.ld_headline.empty() && o.contains("headline") && o["headline"].is_string()) {
      m.ld_headline = o["headline"].get<std::string>();
    }
    if (m.ld_published.empty() && o.contains("datePublished") && o["datePublished"].is_string()) {
      m.ld_published = o["datePublished"].get<std::string>();
    }
    if (m.ld_publisher.empty() && o.contains("publisher") && o["publisher"].is_object() &&
        o["publisher"].contains("name") && o["publisher"]["name"].is_string()) {
      m.ld_publisher = o["publisher"]["name"].get<std::string>();
    }
  };
  if (j.is_array()) {
    for (const auto& o : j) {
      take(o);
    }
  } else if (j.is_object() && j.contains("@graph") && j["@graph"].is_array()) {
    for (const auto& o : j["@graph"]) {
      take(o);
    }
  } else {
    take(j);
  }
}

// Metadata from anywhere in the page; the candidate text roots, in document order.
void
scan(const GumboNode* node, PageMeta& m, std::vector<const GumboNode*>& articles,
     const GumboNode*& main_node, const GumboNode*& body) {
  if (node->type != GUMBO_NODE_ELEMENT) {
    return;
  }
  const GumboElement& e = node->v.element;
  switch (e.tag) {
    case GUMBO_TAG_META: {
      const std::string key = ascii_lower(attribute(e, "property").empty() ? attribute(e, "name")
                                                                      : attribute(e, "property"));
      const std::string content = attribute(e, "content");
      if (key == "og:title" && m.og_title.empty()) {
        m.og_title = content;
      } else if (key == "article:published_time" && m.published.empty()) {
        m.published = content;
      } else if (key == "og:site_name" && m.site_name.empty()) {
        m.site_name = content;
      } else if (key == "og:url" && m.og_url.empty()) {
        m.og_url = content;
      }
      break;
    }
    case GUMBO_TAG_TITLE:
      if (m.title_tag.empty()) {
        for (unsigned i = 0; i < e.children.length; ++i) {
          const auto* c = static_cast<const GumboNode*>(e.children.data[i]);
          if (c->type == GUMBO_NODE_TEXT) {
            m.title_tag += c->v.text.text;
          }
        }
      }
      break;
    case GUMBO_TAG_LINK:
      if (ascii_lower(attribute(e, "rel")) == "canonical" && m.canonical.empty()) {
        m.canonical = attribute(e, "href");
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (ascii_lower(attribute(e, "type")) == "application/ld+json" && e.children.length > 0) {
        const auto* c = static_cast<const GumboNode*>(e.children.data[0]);
        if (c->type == GUMBO_NODE_TEXT) {
          read_json_ld(c->v.text.text, m);
        }
      }
      return;
    case GUMBO_TAG_TIME:
      if (m.time_datetime.empty()) {
        m.time_datetime = attribute(e, "datetime");
      }
      break;
    case GUMBO_TAG_ARTICLE:
      articles.push_back(node);
      break;
    case GUMBO_TAG_MAIN:
      main_node = main_node == nullptr ? node : main_node;
      break;
    case GUMBO_TAG_BODY:
      body = node;
      break;
    default:
      break;
  }
  for (unsigned i = 0; i < e.children.length; ++i) {
    scan(static_cast<const GumboNode*>(e.children.data[i]), m, articles, main_node, body);
  }
}

std::string
first_of(std::initializer_list<const std::string*> candidates) {
  for (const auto* c : candidates) {
    std::string t(trim(*c));
    if (!t.empty()) {
      return t;
    }
  }
  return {};
}

}  // namespace

std::optional<Article>
parse_html_article(const std::string& path, std::string bytes, const DiagnosticSink& diagnostics) {
  if (!is_valid_utf8(bytes)) {
    Utf8Repair r = repair_utf8(bytes);
    diagnostics(Diagnostic{path, 0, Severity::kWarning,
                           "invalid UTF-8 repaired (" + std::to_string(r.replaced) +
                               " sequence(s) replaced by U+FFFD)"});
    bytes = std::move(r.text);
  }
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  PageMeta m;
  std::vector<const GumboNode*> articles;
  const GumboNode* main_node = nullptr;
  const GumboNode* body = nullptr;
  scan(out->root, m, articles, main_node, body);
  // The longest <article> is the story; the others are teasers of other stories.
  const GumboNode* root = body != nullptr ? body : out->root;
  std::size_t longest = 0;
  for (const auto* a : articles) {
    if (const std::size_t n = text_of(a, bytes).size(); n > longest) {
      longest = n;
      root = a;
    }
  }
  if (articles.empty() && main_node != nullptr) {
    root = main_node;
  }
  TextCollector collector(bytes);
  collector.walk(root);
  std::vector<std::string> paragraphs = collector.paragraphs();
  gumbo_destroy_output(&kGumboDefaultOptions, out);

  Article a;
  a.origin = path;
  a.title = first_of({&m.og_title, &m.ld_headline, &m.title_tag});
  a.url = first_of({&m.og_url, &m.canonical});
  a.id = a.url.empty() ? file_stem(path) : a.url;
  a.source = first_of({&m.site_name, &m.ld_publisher});
  if (a.source.empty()) {
    a.source = "unknown";
  }
  set_published(a, first_of({&m.published, &m.ld_published, &m.time_datetime}),
                Diagnostic{path, 0, Severity::kWarning, {}}, diagnostics);
  if (!paragraphs.empty() && paragraphs.front() == a.title) {
    paragraphs.erase(paragraphs.begin());  // the page's <h1>: the headline passage has it
  }
  for (const auto& p : paragraphs) {
    a.text += a.text.empty() ? "" : "\n\n";
    a.text += p;
  }
  if (a.text.empty()) {
    diagnostics(Diagnostic{path, 0, Severity::kSkipped, "no article text in the page"});
    return std::nullopt;
  }
  return a;
}

std::optional<Article>
read_html_article(const std::string& path, const DiagnosticSink& diagnostics) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxTextArticleBytes) {
    diagnostics(Diagnostic{path, 0, Severity::kSkipped,
                           ec ? "cannot read: " + ec.message() : "page too large for an article"});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) {
    diagnostics(Diagnostic{path, 0, Severity::kSkipped, "cannot read the file"});
    return std::nullopt;
  }
  std::string data = std::move(bytes).str();
  if (looks_binary(std::string_view(data).substr(0, 8192))) {
    diagnostics(Diagnostic{path, 0, Severity::kSkipped, "binary file, not a web page"});
    return std::nullopt;
  }
  return parse_html_article(path, std::move(data), diagnostics);
}

}  // namespace tally
