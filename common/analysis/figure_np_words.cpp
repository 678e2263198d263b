// The word classes of counted noun phrases (figure_parts.hpp): the words that end a phrase,
// determiners, prepositions and adverbs of place, "a total of", verbs of going beyond, and the
// text of a token span. The phrase reader itself: figure_parts.cpp.

#include "common/analysis/figure_parts.hpp"

#include "common/analysis/lexicon.hpp"
#include "common/analysis/lexicon_data.hpp"
#include "common/analysis/lexicon_rows.hpp"
#include "common/analysis/tokens.hpp"
#include "common/analysis/word_set.hpp"

namespace tally::figure_parts {
namespace {

const WordSet& stop_words() {
  static const WordSet kWords = {
      "the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "from", "with", "without",
      "into", "onto", "over", "under", "after", "before", "during", "since", "until", "near",
      "across", "along", "around", "among", "between", "through", "toward", "towards",
      "against", "inside", "outside", "and", "or", "but", "nor", "so", "yet", "as", "than",
      "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "because",
      "although", "though", "was", "were", "is", "are", "be", "been", "being", "has", "have",
      "had", "having", "do", "does", "did", "will", "would", "could", "should", "may", "might",
      "must", "can", "shall", "not", "no", "also", "now", "still", "already", "reportedly",
      "all", "both", "each", "more", "most", "some", "many", "few", "several", "other", "such",
      "this", "these", "those", "there", "here", "it", "its", "they", "them", "their", "he",
      "she", "his", "her", "we", "our", "us", "you", "your", "i", "me", "my", "said", "says",
      "say", "told", "according", "including", "like", "per", "about", "just", "only", "even",
      "ever", "again", "then", "ago", "later", "earlier", "yesterday", "today", "tonight",
      "perhaps", "maybe", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "last", "next", "up", "down", "out", "off", "away", "back", "how",
      "what", "why",
      "mostly", "respectively", "apiece", "each", "aboard", "overnight", "amid", "despite",
      "via", "within", "upon", "whether", "either", "neither", "every", "any", "out", "ahead",
      "http", "https", "www",
      // verbs in -s that are no count's noun: "the previous list of six suggests", "68 comes"
      "comes", "seems", "includes", "represents", "suggests", "continues", "appears", "becomes",
      "indicates", "happens", "explains", "argues", "believes", "wants", "knows", "thinks",
      "tends", "gives", "makes"};
  return kWords;
}

}  // namespace

bool is_np_stop(std::string_view lower) { return stop_words().contains(lower); }

bool is_determiner_word(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "last" ||
         is_possessive_determiner(w) || ends_possessive(w);
}

std::size_t before_a_total_of(const std::vector<Token>& tokens, std::size_t first, std::size_t b) {
  if (b >= first + 4 && tokens[b - 3].lower == "a" && tokens[b - 2].lower == "total" &&
      tokens[b - 1].lower == "of") {
    return b - 3;
  }
  return b;
}

bool is_beyond_verb(std::string_view v) {
  return v.starts_with("surpass") || v.starts_with("exceed") || v == "topped" || v == "tops" ||
         v == "topping" || v == "passed" || v == "passes" || v == "passing" || v == "crossed" ||
         v == "crosses" || v == "crossing";
}

bool is_place_preposition(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_prepositions(), "place_phrase");
  return kWords.contains(lower);
}

bool is_place_adverb(std::string_view lower) {
  static const WordSet kWords = lexicon_word_list(data::lexicon_prepositions(), "place_adverb");
  return kWords.contains(lower);
}

std::string_view span_text(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t first, std::size_t last) {
  if (last <= first) {
    return {};
  }
  return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

}  // namespace tally::figure_parts
