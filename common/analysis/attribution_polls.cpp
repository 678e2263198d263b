// The sample of a poll comes from the poll: "The Washington Post–ABC News poll of 808 adults"
// is the Washington Post–ABC News poll's, and so is the one it questioned ("The survey polled
// 1,196 likely voters"); "A fresh GWU poll underscored ... The poll of 1,000 likely voters" is
// the GWU poll's, the last poll the article named.

#include "common/analysis/attribution.hpp"
#include "common/analysis/attribution_words.hpp"
#include "common/analysis/gazetteer.hpp"
#include "common/analysis/lexicon.hpp"
#include "common/core/strings.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace tally {
namespace {

using attribution_words::is_poll_noun;

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" ||
         w == "those" || is_possessive_determiner(w);
}

// Words a title-case headline capitalises at the start of a poll's name that name no
// pollster: "New Polls Show Obama Has Edge" (inside a name they belong to it: "New York
// Times/CBS News poll", "SurveyMonkey Weekly Election Tracking poll").
bool describes_poll(std::string_view w) {
  return w == "new" || w == "latest" || w == "recent" || w == "fresh" || w == "early" ||
         w == "final" || w == "state" || w == "national" || w == "several" || w == "multiple" ||
         w == "two" || w == "three" || w == "weekly" || w == "daily" || w == "online";
}

// A name word of a pollster: capitalised, not a determiner, a preposition opening the sentence
// ("In surveys") or a possessive ("Monday's poll").
bool name_word(const Token& t) {
  return t.capitalized && !is_determiner(t.lower) &&
         !attribution_words::is_subject_stop(t.lower) && !ends_possessive(t.lower);
}

// The poll noun at `noun` opens with "a" or "an" past its lower-case modifiers: "a statewide
// poll of 11,000 students" is a poll of its own, not the one named before.
bool indefinite(const std::vector<Token>& tokens, const Sentence& s, std::size_t noun) {
  std::size_t k = noun;
  while (k > s.first && tokens[k - 1].shape == TokenShape::kWord && !tokens[k - 1].capitalized &&
         !is_determiner(tokens[k - 1].lower)) {
    --k;
  }
  return k > s.first && (tokens[k - 1].lower == "a" || tokens[k - 1].lower == "an");
}

// Punctuation inside a joint name: "Washington Post–ABC News", "NBC/Marist", "AT&T" (a hyphen
// between words is inside its word token already: "AP-NORC").
bool name_joiner(const std::vector<Token>& tokens, std::size_t k) {
  const auto& w = tokens[k].lower;
  return tokens[k].shape == TokenShape::kPunct && !tokens[k].space_before &&
         k + 1 < tokens.size() && !tokens[k + 1].space_before &&
         (w == "/" || w == "&" || w == "\xE2\x80\x93");
}

// The first token of the name right before the poll noun at `noun` ("Pew Research Center and
// USA Today survey"), within sentence `s`; `noun` when none.
std::size_t name_start(const std::vector<Token>& tokens, const Sentence& s, std::size_t noun) {
  std::size_t k = noun;
  while (k > s.first) {
    const std::size_t b = k - 1;
    if (name_word(tokens[b])) {
      k = b;
    } else if ((name_joiner(tokens, b) || tokens[b].lower == "and") && b > s.first &&
               name_word(tokens[b - 1]) && k < noun) {
      k = b;
    } else {
      break;
    }
  }
  return k;
}

// The figure counts the sample of the poll noun it returns: "poll of 808 adults", "survey of
// some 2,100 young people"; none when it does not.
std::optional<std::size_t> sampled_poll(const std::vector<Token>& tokens, const Sentence& s,
                         const FigureSpan& f) {
  constexpr std::size_t kQualifierWords = 3;  // words between "of" and the number: "of some"
  for (std::size_t k = f.number_first; k > s.first + 1 && k + kQualifierWords >= f.number_first;
       --k) {
    const Token& t = tokens[k - 1];
    if (t.lower == "of") {
      if (is_poll_noun(tokens[k - 2].lower)) {
        return k - 2;
      }
      return std::nullopt;
    }
    if (t.shape != TokenShape::kWord || t.capitalized) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The figure counts a sample the poll noun it returns questioned, as the subject of the
// clause: "The survey polled 1,196 likely voters", "The poll included 1,133 likely voters" (a
// sample's head, no event, a few words after the poll noun); none when it does not.
std::optional<std::size_t> questioning_poll(const std::vector<Token>& tokens, const Sentence& s,
                                            const FigureSpan& f) {
  constexpr std::size_t kVerbWords = 3;  // words between the poll noun and the number
  if (!attribution_words::counts_poll_sample(f.figure.event, f.figure.head)) {
    return std::nullopt;
  }
  for (std::size_t k = f.number_first; k > s.first && k + kVerbWords + 1 >= f.number_first;
       --k) {
    const Token& t = tokens[k - 1];
    if (is_poll_noun(t.lower)) {
      return k - 1;
    }
    if (t.shape != TokenShape::kWord || t.capitalized) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The figure counts the sample of a poll done earlier in its sentence, the subject of a
// passive of conducting: "The NBC/WSJ/Marist polls were taken by telephone from October 28-29,
// from 1,142 voters in Iowa", "The survey was conducted online among 2,000 adults" (the
// sample after "among", "from", "of" or "with"); none when it does not.
std::optional<std::size_t> conducted_poll(const std::vector<Token>& tokens, const Sentence& s,
                                          const FigureSpan& f) {
  if (!attribution_words::counts_poll_sample(f.figure.event, f.figure.head)) {
    return std::nullopt;
  }
  const auto opens_sample = [](std::string_view w) {
    return w == "among" || w == "from" || w == "of" || w == "with";
  };
  std::size_t k = f.number_first;
  while (k > s.first && k + 3 > f.number_first && is_word(tokens[k - 1]) &&
         !tokens[k - 1].capitalized && !opens_sample(tokens[k - 1].lower)) {
    --k;  // a qualifier: "among some 2,000 adults"
  }
  if (k == s.first || !opens_sample(tokens[k - 1].lower)) {
    return std::nullopt;
  }
  for (std::size_t n = s.first; n + 2 < k; ++n) {
    const auto& aux = tokens[n + 1].lower;
    const auto& verb = tokens[n + 2].lower;
    if (is_poll_noun(tokens[n].lower) && (aux == "was" || aux == "were") &&
        (verb == "conducted" || verb == "taken" || verb == "carried" || verb == "done")) {
      return n;
    }
  }
  return std::nullopt;
}

}  // namespace

void remember_polls(std::string_view text, const TokenizedText& tt, std::string& last_poll) {
  poll_sources(text, tt, {}, last_poll);
}

bool outlets_own_poll(std::string_view poll, std::string_view outlet) {
  if (poll.empty()) {
    return false;  // (most figures: this runs on each one)
  }
  // the outlet's name: its label before a description ("CNN (Web News)", "New York Times -
  // News"), without "The"
  for (const std::string_view cut : {" (", " - "}) {
    if (const auto at = outlet.find(cut); at != std::string_view::npos) {
      outlet = outlet.substr(0, at);
    }
  }
  if (outlet.starts_with("The ")) {
    outlet.remove_prefix(4);
  }
  return outlet.size() >= 2 && ascii_lower(poll).find(ascii_lower(outlet)) != std::string::npos;
}

bool mentions_poll(std::string_view text) {
  for (const std::string_view word : {"poll", "Poll", "survey", "Survey"}) {
    if (text.find(word) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> poll_sources(std::string_view text, const TokenizedText& tt,
                                      const std::vector<FigureSpan>& figures,
                                      std::string& last_poll) {
  std::vector<std::string> out(figures.size());
  std::vector<std::size_t> order(figures.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return figures[a].number_first < figures[b].number_first;
  });
  const auto& tokens = tt.tokens;
  // the poll's name with its noun; none for a place ("a new Michigan poll", "the New
  // Hampshire polls": polls of the place, not by it)
  const auto name_of = [&](const Sentence& s, std::size_t noun) {
    std::size_t first = name_start(tokens, s, noun);
    // (not the start of a place's name: "New York Times/CBS News poll")
    const auto opens_name = [&](std::size_t k) {
      return k + 1 < noun &&
             gazetteer::lookup(text.substr(tokens[k].begin, tokens[k + 1].end - tokens[k].begin));
    };
    while (first < noun && describes_poll(tokens[first].lower) && !opens_name(first)) {
      ++first;
    }
    if (first == noun) {
      return std::string{};
    }
    const auto begin = tokens[first].begin;
    const auto place = gazetteer::lookup(text.substr(begin, tokens[noun - 1].end - begin));
    return place && place->kind == gazetteer::NameKind::kPlace
               ? std::string{}
               : std::string(text.substr(begin, tokens[noun].end - begin));
  };
  // named polls in reading order up to token `limit`; the last one stays in `last_poll`
  std::size_t next = 0;
  const auto read_to = [&](std::size_t limit) {
    for (; next < limit && next < tokens.size(); ++next) {
      if (!is_poll_noun(tokens[next].lower)) {
        continue;
      }
      if (auto name = name_of(tt.sentences[sentence_of(tt, next)], next); !name.empty()) {
        last_poll = std::move(name);
      }
    }
  };
  // the sentence and the figure of the last sample read (none: kNone)
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t sampled_sentence = kNone;
  std::size_t sampled_figure = 0;
  for (const std::size_t i : order) {
    const auto& f = figures[i];
    read_to(f.number_first);
    const Sentence& s = tt.sentences[f.sentence];
    auto noun = sampled_poll(tokens, s, f);
    if (!noun) {
      noun = questioning_poll(tokens, s, f);
    }
    if (!noun) {
      noun = conducted_poll(tokens, s, f);
    }
    // the next item of a list of samples: "from 1,142 voters in Iowa, 1,013 voters in New
    // Hampshire and 1,065 voters in Wisconsin"
    const auto listed = [&] {
      const std::size_t k = f.number_first;
      return k > s.first && (is_punct(tokens[k - 1], ',') || tokens[k - 1].lower == "and");
    };
    if (!noun && sampled_sentence == f.sentence && listed() &&
        attribution_words::counts_poll_sample(f.figure.event, f.figure.head)) {
      out[i] = out[sampled_figure];
      continue;
    }
    sampled_sentence = kNone;
    if (noun) {
      // its own name ("" for a place: "The Michigan poll of 600 voters"), else the last poll
      // named, unless it is a new one
      if (name_start(tokens, s, *noun) != *noun) {
        out[i] = name_of(s, *noun);
      } else if (!indefinite(tokens, s, *noun)) {
        out[i] = last_poll;
      }
      sampled_sentence = f.sentence;
      sampled_figure = i;
    }
  }
  read_to(tokens.size());
  return out;
}

}  // namespace tally
