// Lists of counts: items under a heading ("The latest figures:" then "— Japan: 86"), and counts
// joined by commas and "and" that share one event (also over a part after "including").

#include <string>

#include "common/analysis/figure_candidate.hpp"
#include "common/analysis/lexicon.hpp"

namespace tally::figure_parts {
namespace {

bool looks_like_count_noun(std::string_view head) {
  return !head.empty() && head != "figure" && head != "number" && head != "following";
}

bool is_list_dash(const Token& t) { return is_dash(t) || is_punct(t, '-'); }

// "— Japan: 86", "Mexico — 9,542", "Philippines: 3 cases, including 1 death": an item of a
// list under a heading, a name (up to five words) then a count.
bool is_list_item(const std::vector<Token>& tokens, const Sentence& s, std::size_t start,
                  std::size_t end) {
  if (start < s.first + 2 ||
      !(is_punct(tokens[start - 1], ':') || is_list_dash(tokens[start - 1]))) {
    return false;
  }
  std::size_t k = s.first;
  if (is_list_dash(tokens[k]) || is_punct(tokens[k], '*')) {
    ++k;
  }
  if (k >= start - 1 || start - 1 - k > 5) {
    return false;
  }
  for (; k < start - 1; ++k) {
    if (!(tokens[k].capitalized || tokens[k].lower == "of" || tokens[k].lower == "and")) {
      return false;
    }
  }
  // (or "and" with the item's next count: "— China: 636 deaths and 31,161 cases.")
  return end >= s.last || is_punct(tokens[end], ',') || is_punct(tokens[end], '.') ||
         is_punct(tokens[end], '(') ||
         (tokens[end].lower == "and" && end + 1 < s.last &&
          tokens[end + 1].shape == TokenShape::kNumber);
}

bool linked_as_list(const std::vector<Token>& tokens, const Candidate& a, const Candidate& b) {
  if (b.start <= a.np_end || a.np.counted.empty() || b.np.counted.empty()) {
    return false;
  }
  std::size_t k = a.np_end;
  // a short modifier of the item: "one civilian employee of the Defense Department and ..."
  const auto& p = tokens[k].lower;
  if (p == "of" || p == "for" || p == "from" || p == "in" || p == "at" || p == "with") {
    std::size_t j = k + 1;
    while (j < b.start && j < k + 6 && tokens[j].shape == TokenShape::kWord &&
           tokens[j].lower != "and" && tokens[j].lower != "or" &&
           match_event(tokens, j, j + 1).length == 0) {
      ++j;
    }
    k = j;
  }
  bool joined = false;
  for (; k < b.start; ++k) {
    const auto& w = tokens[k].lower;
    // "two militants but also eight civilians", "as well as five Israelis"
    if (w == "but" && k + 1 < b.start && tokens[k + 1].lower == "also") {
      ++k;
      joined = true;
      continue;
    }
    if (w == "as" && k + 2 < b.start && tokens[k + 1].lower == "well" &&
        tokens[k + 2].lower == "as") {
      k += 2;
      joined = true;
      continue;
    }
    if (!(is_punct(tokens[k], ',') || w == "and" || w == "or")) {
      return false;
    }
    joined = true;
  }
  return joined || b.start == a.np_end;
}

// "killed 161 Palestinians, including 71 civilians, and five Israelis": the part counted after
// "including" sits between two items of the list, closed off by the comma before "and".
bool part_between_items(const std::vector<Token>& tokens, const std::vector<Candidate>& cands,
                        std::size_t b) {
  if (b + 2 >= cands.size()) {
    return false;
  }
  const Candidate& item = cands[b];
  const Candidate& part = cands[b + 1];
  const Candidate& next = cands[b + 2];
  return part.start == item.np_end + 2 && is_punct(tokens[item.np_end], ',') &&
         tokens[item.np_end + 1].lower == "including" && next.start == part.np_end + 2 &&
         is_punct(tokens[part.np_end], ',') && tokens[part.np_end + 1].lower == "and" &&
         !item.np.counted.empty() && !next.np.counted.empty();
}

}  // namespace

void read_list_item(const std::vector<Token>& tokens, const Sentence& s, FigureMemory& memory,
                    Candidate& c) {
  c.list_item = memory.list_heading && is_list_item(tokens, s, c.start, c.np_end);
  if (c.list_item) {
    if (memory.list_head.empty() && !memory.last_head.empty() && c.np.counted.empty()) {
      // a heading that names nothing: its bare items count what the article counted last
      // (after an item that names its own: "— China: 636 deaths and 31,161 cases. ...
      // Macao has had 10 cases.\n\n— Japan: 86"); until its first bare item, the items
      // that name their own are matched against what the article counted last
      memory.list_counted = memory.last_counted;
      memory.list_head = memory.last_head;
      memory.list_event = memory.last_event;
    }
    const bool heading = !memory.list_head.empty();
    const auto& counted = heading ? memory.list_counted : memory.last_counted;
    const auto& head = heading ? memory.list_head : memory.last_head;
    const auto event = known_event(heading ? memory.list_event : memory.last_event);
    if (c.np.counted.empty() && !head.empty()) {
      c.np.counted = counted;
      c.np.head = head;
      c.event.event = event;
    } else if (c.event.event.empty() && c.np.head == head) {
      c.event.event = event;
    }
    c.listed = true;
    c.cumulative = true;
  }
}

// A passage ending in ':' opens a list; what its items count comes from the heading's
// "numbers of X", "For X:", else from the last figure before it.
void read_list_heading(std::string_view text, const TokenizedText& tt, FigureMemory& memory) {
  memory.list_heading = true;
  const std::string previous_event = memory.list_event;
  memory.list_counted.clear();
  memory.list_head.clear();
  memory.list_event.clear();
  if (tt.sentences.empty()) {
    return;
  }
  const auto& tokens = tt.tokens;
  const Sentence& s = tt.sentences.back();
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (tokens[k].lower != "of" && !(k == s.first && tokens[k].lower == "for")) {
      continue;
    }
    const auto np = read_noun_phrase(text, tokens, k + 1, s.last);
    if (np.counted.empty() || !looks_like_count_noun(np.head)) {
      continue;
    }
    memory.list_counted = np.counted;
    memory.list_head = np.head;
    const auto ev = event_after(tokens, np.last, s.last);
    memory.list_event = std::string(!np.event.empty() ? np.event : ev.event);
    if (memory.list_event.empty() && k == s.first) {
      memory.list_event = previous_event;  // "For Single Adults:" continues the list before
    }
    return;
  }
}

void share_list_events(const std::vector<Token>& tokens, std::vector<Candidate>& cands) {
  for (std::size_t a = 0; a + 1 < cands.size(); ++a) {
    std::size_t b = a;
    while (b + 1 < cands.size()) {
      if (linked_as_list(tokens, cands[b], cands[b + 1])) {
        ++b;
      } else if (part_between_items(tokens, cands, b)) {
        b += 2;
      } else {
        break;
      }
    }
    if (b == a) {
      continue;
    }
    const Candidate* from = nullptr;  // the last item with an event
    for (std::size_t x = b + 1; x-- > a;) {
      if (!cands[x].event.event.empty()) {
        from = &cands[x];
        break;
      }
    }
    for (std::size_t x = a; x <= b; ++x) {
      Candidate& item = cands[x];
      item.listed = true;
      if (from == nullptr || !item.event.event.empty()) {
        continue;
      }
      // a verb after the list befalls its subjects, not the object of a preposition before
      // it: "registered in two states, and 1.8 million voters are dead"
      const bool governed = from->event.first >= cands[b].np_end && item.start > 0 &&
                            is_place_preposition(tokens[item.start - 1].lower);
      // an item's own event noun ("69 deaths") names no other item's noun: "69 deaths and 12
      // recoveries"
      const bool named_apart = !from->np.event.empty() && !item.np.counted.empty() &&
                               !item.others && !has_people_head(item.np.head);
      if (!governed && !named_apart) {
        item.event = from->event;
      }
    }
    a = b;
  }
}

}  // namespace tally::figure_parts
