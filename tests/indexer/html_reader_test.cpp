// The HTML page reader (common/readers/html_reader.hpp): what a page gives as an article.
#include <catch2/catch.hpp>

#include <vector>

#include "common/readers/html_reader.hpp"
#include "common/readers/readers.hpp"

using namespace tally;

namespace {

// "id|source|published|title|url|paragraph / paragraph", or "skipped: message".
std::string
summary(const std::string& html) {
  std::string skipped;
  const auto a = parse_html_article("pages/p.html", html, [&](const Diagnostic& d) {
    if (d.severity == Severity::kSkipped) {
      skipped = d.message;
    }
  });
  if (!a) {
    return "skipped: " + skipped;
  }
  std::string text = a->text;
  for (std::size_t at = 0; (at = text.find("\n\n", at)) != std::string::npos;) {
    text.replace(at, 2, " / ");
  }
  return a->id + "|" + a->source + "|" + (a->published ? a->published->iso() : "-") + "|" +
         a->title + "|" + a->url + "|" + text;
}

}  // namespace

TEST_CASE("HTML pages: article text and metadata, without page furniture", "[html]") {
  auto [html, want] = GENERATE(table<std::string, std::string>({
      // No metadata at all: the file stem is the id, <body> the text.
      {"<p>One.</p><p>Two <b>bold</b>\n words.</p>", "p|unknown|-|||One. / Two bold words."},
      // <title> when there is no og:title; a first heading equal to the title is dropped.
      {"<title> Big news </title><h1>Big news</h1><p>Body.</p>", "p|unknown|-|Big news||Body."},
      // Open Graph metadata wins over <title> and JSON-LD; og:url is the id.
      {R"(<meta property="og:title" content="T"><meta property="og:site_name" content="AP">)"
       R"(<meta property="og:url" content="https://x/1"><title>Other</title><p>B.</p>)",
       "https://x/1|AP|-|T|https://x/1|B."},
      // JSON-LD when there is no Open Graph: headline, datePublished, publisher.name.
      {R"(<script type="application/ld+json">{"@graph":[{"headline":"H","datePublished":)"
       R"("2020-02-27T10:00:00Z","publisher":{"name":"Reuters"}}]}</script><p>B.</p>)",
       "p|Reuters|2020-02-27|H||B."},
      // <link rel=canonical> is the URL without og:url; <time datetime> the date.
      {R"(<link rel="canonical" href="https://x/c"><p>B <time datetime="2019-05-01">May 1</time>.</p>)",
       "https://x/c|unknown|2019-05-01||https://x/c|B May 1."},
      // Scripts, styles, navigation, asides, forms, footers and furniture classes are dropped.
      {"<nav>Menu</nav><script>x()</script><style>p{}</style><p>Kept.</p><aside>Aside</aside>"
       "<form>Comment form</form><footer>Footer</footer><div class=\"social-share\">Share</div>"
       "<div id=\"comments\">Comments</div><div class=\"newsletter\">Sign up</div>",
       "p|unknown|-|||Kept."},
      // The longest <article> is the story; teasers in other <article>s are left out.
      {"<article><p>Teaser.</p></article><article><p>The story itself, longer.</p></article>",
       "p|unknown|-|||The story itself, longer."},
      // <main> when there is no <article>.
      {"<div>Masthead</div><main><p>Main text.</p></main>", "p|unknown|-|||Main text."},
      // Entities decoded, whitespace collapsed, list items and captions are paragraphs.
      {"<p>&ldquo;Quote&rdquo;&nbsp;said</p><ul><li>One</li><li>Two</li></ul>"
       "<figure><figcaption>Caption</figcaption></figure>",
       "p|unknown|-|||\xe2\x80\x9cQuote\xe2\x80\x9d\xc2\xa0said / One / Two / Caption"},
      // Broken markup is parsed as browsers do.
      {"<p>Unclosed <b>bold<p>Next", "p|unknown|-|||Unclosed bold / Next"},
      // A page without text is skipped, with the reason.
      {"<title>Only a title</title><nav>Menu</nav>", "skipped: no article text in the page"},
  }));
  CAPTURE(html);
  CHECK(summary(html) == want);
}

TEST_CASE("HTML pages: a whole news page from tests/indexer/pages", "[html]") {
  std::vector<Article> got;
  std::vector<std::string> messages;
  const ReadCounts counts = read_articles(
      {std::string(TALLY_SOURCE_DIR) + "/tests/indexer/pages"},
      [&](Article&& a) { got.push_back(std::move(a)); },
      [&](const Diagnostic& d) { messages.push_back(format_diagnostic(d)); });
  CHECK(messages.empty());
  CHECK(counts.articles == 1);
  REQUIRE(got.size() == 1);
  const Article& a = got[0];
  CHECK(a.id == "https://courier.example/2021/03/04/flood");
  CHECK(a.source == "The Valley Courier");
  CHECK(a.published->iso() == "2021-03-04");
  CHECK(a.title == "Flood kills 12 in river town");
  CHECK(a.text ==
        "At least 12 people were killed when the river burst its banks on Wednesday, officials "
        "said.\n\n"
        "Rescuers in Millbrook on Wednesday. (Photo: J. Doe)\n\n"
        "About 300 homes were flooded, and 40 people were taken to hospital.\n\n"
        "\xe2\x80\x9cWe have never seen water this high,\xe2\x80\x9d the mayor said.");
}
