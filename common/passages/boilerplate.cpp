#include "common/passages/boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "common/core/strings.hpp"

namespace tally {
namespace {

using namespace std::string_view_literals;

// Whole lines that are widget labels, after folding to lower-case letters and single spaces.
const std::unordered_set<std::string_view>&
widget_labels() {
  static const std::unordered_set<std::string_view> kLabels = {
      "share", "share on", "share this", "share this article", "share this story", "share via",
      "share on facebook", "share on twitter", "share on whatsapp", "share by email", "tweet",
      "email", "e mail", "send in e mail", "send in email", "print", "print this", "comments",
      "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
      "show comments", "view comments", "load more", "load more comments", "show more",
      "read more", "see more", "more", "continue reading", "advertisement", "advertising",
      "sponsored", "sponsored content", "related", "related articles", "related stories",
      "related content", "related coverage", "you may also like", "recommended",
      "recommended for you", "most read", "most popular", "trending", "trending now",
      "top stories", "accessibility links", "skip to content", "skip to main content",
      "breaking news", "sign up", "sign in", "log in", "login", "register", "subscribe",
      "subscribe now", "newsletter", "follow us", "close", "menu", "home", "back to top",
      "next", "previous", "next article", "previous article", "watch", "video", "listen",
      "play video", "image", "photo", "photos", "gallery", "view gallery", "copy link",
      "link copied", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest",
      "cookies", "accept cookies", "name", "website", "required", "report an error",
  };
  return kLabels;
}

// Lines that start so are boilerplate when they carry no long sentence. (Not "(Reuters)": it
// opens Reuters stories, "(Reuters) - At least 17 people were killed ...".)
constexpr std::array kPrefixes = {
    "read more:"sv, "read more at"sv, "read more about"sv, "read also:"sv, "also read:"sv,
    "see also:"sv, "related:"sv, "more:"sv, "click here"sv, "sign up for"sv, "sign up to"sv,
    "subscribe to"sv, "follow us on"sv, "follow us"sv, "copyright"sv, "\xc2\xa9"sv,
    "all rights reserved"sv, "photo:"sv, "photograph:"sv, "credit:"sv, "image:"sv,
    "photo credit"sv, "source:"sv, "(photo"sv, "(ap photo"sv, "(reuters photo"sv, "(reuters/"sv, "your email address"sv,
    "required fields are marked"sv, "this article was"sv, "download the app"sv,
    "get the latest"sv, "we use cookies"sv, "by continuing to use"sv, "send in e-mail"sv,
};

std::string
fold_words(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0) {
      if (space && !out.empty()) {
        out += ' ';
      }
      space = false;
      out += static_cast<char>(std::tolower(u));
    } else {
      space = true;
    }
  }
  return out;
}

std::size_t
word_count(std::string_view text) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool w = std::isspace(static_cast<unsigned char>(c)) == 0;
    n += static_cast<std::size_t>(w && !in_word);
    in_word = w;
  }
  return n;
}

bool
has_sentence_end(std::string_view text) {
  return text.find_first_of(".!?") != std::string_view::npos;
}

// "Send in e-mailSend in e-mail": the same label written twice or more with nothing else.
bool
is_repeated_label(std::string_view folded) {
  const std::string_view s = folded;
  for (std::size_t period = 2; period * 2 <= s.size(); ++period) {
    if (s.size() % period != 0) {
      continue;
    }
    bool repeats = true;
    for (std::size_t i = period; i < s.size() && repeats; ++i) {
      repeats = s[i] == s[i - period];
    }
    if (repeats) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view
strip_credit(std::string_view text) {
  for (const std::string_view marker : {"Credit:"sv, "Photo credit:"sv, "Photograph:"sv}) {
    const auto at = text.rfind(marker);
    // A credit is a few names ("Credit: A. Photographer,AP"), not a sentence.
    if (at != std::string_view::npos && at > 0 && word_count(text.substr(at)) <= 8 &&
        text.substr(at).find_first_of("!?") == std::string_view::npos) {
      text = text.substr(0, at);
      break;
    }
  }
  if (text.ends_with(')')) {
    const auto open = text.rfind('(');
    if (open != std::string_view::npos) {
      const std::string tail = fold_words(text.substr(open));
      if (tail.find(" photo") != std::string::npos || tail.starts_with("photo") ||
          tail.find("getty images") != std::string::npos) {
        text = text.substr(0, open);
      }
    }
  }
  return trim(text);
}

std::string
dedupe_key(std::string_view text) {
  std::string key;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || u >= 0x80) {
      key += static_cast<char>(std::tolower(u));
    }
  }
  return key;
}

bool
is_boilerplate(std::string_view line) {
  const std::string folded = fold_words(line);
  if (folded.empty()) {
    return true;  // punctuation, separators, symbols only
  }
  if (widget_labels().contains(folded) || is_repeated_label(folded)) {
    return true;
  }
  const std::size_t words = word_count(line);
  std::string lower(line.substr(0, 40));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto prefix : kPrefixes) {
    if (std::string_view(lower).starts_with(prefix) && (words <= 40 || prefix.ends_with(':'))) {
      return true;
    }
  }
  // A widget label with a colon: "Share on:", "Tags:", "Filed under:" (not a list's heading
  // that names its source: "According to Paulson:", "Police said:")
  if (words <= 3 && line.ends_with(':')) {
    const bool sourced = folded.starts_with("according to ") || folded.ends_with(" said") ||
                         folded.ends_with(" says");
    if (!sourced) {
      return true;
    }
  }
  // A list of links: "Politics | World | Business", with no sentence in it.
  const auto bars = std::count(line.begin(), line.end(), '|');
  return bars >= 2 && !has_sentence_end(line);
}

}  // namespace tally
