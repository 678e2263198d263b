#include "searcher/answers/answer_group.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/analysis/lexicon.hpp"
#include "searcher/answers/consistency.hpp"
#include "searcher/query/lexicons.hpp"

namespace tally::searcher {
namespace {

// Heads that say nothing of who is counted ("people", or a participle read as a noun: "39
// injured") join the group of the counted thing the query or the other reports name.
bool
generic_head(const std::string& head) {
  return head.empty() || head == "people" || head == "person" || !event_for_word(head).empty();
}

std::string
head_class(const Figure& f) {
  return generic_head(f.head) ? std::string{} : canonical_counted(f.head);
}

std::string
date_key(const std::optional<DateSpan>& d) {
  if (!d) {
    return {};
  }
  return d->iso();
}

bool
overlaps(const DateSpan& a, const DateSpan& b) {
  return a.from <= b.to && b.from <= a.to;
}

// A day within one day of the asked date or period: news dates one event "late Thursday" in
// one report and "Friday" in the next (time zones, deadlines), so a day either side is the same
// event; a week apart is another.
bool
near_day(const DateSpan& figure, const DateSpan& asked) {
  return figure.from.plus_days(1) >= asked.from && figure.from.plus_days(-1) <= asked.to;
}

struct Key {
  std::string event;
  std::string head;
  std::string date;
  auto operator<=>(const Key&) const = default;
};

struct Candidate {
  const Evidence* evidence;
  const Figure* figure;
  Key key;
};

bool
wanted(const Figure& f, const ParsedQuery& q, const std::set<std::string>& heads) {
  if (f.modal) {
    return false;  // a plan or a forecast is not a report of what happened
  }
  if (!q.events.empty()) {
    return std::find(q.events.begin(), q.events.end(), f.event) != q.events.end();
  }
  if (!f.event.empty()) {
    return true;
  }
  return !heads.empty() && heads.count(head_class(f)) != 0;  // a plain count of what is asked
}

// Where a figure with a generic head or no date goes: the best matching existing group.
std::optional<Key>
home_for(const Key& key, const std::map<Key, std::vector<Candidate>>& groups) {
  std::optional<Key> best;
  std::size_t best_size = 0;
  for (const auto& [k, members] : groups) {
    if (k.event != key.event || (!key.head.empty() && k.head != key.head) ||
        (!key.date.empty() && k.date != key.date)) {
      continue;
    }
    if (members.size() > best_size) {
      best = k;
      best_size = members.size();
    }
  }
  return best;
}

void
mark_conflicts(AnswerGroup& g) {
  for (std::size_t i = 0; i < g.reports.size(); ++i) {
    const auto& a = g.reports[i];
    for (std::size_t j = i + 1; j < g.reports.size(); ++j) {
      const auto& b = g.reports[j];
      if (a.superseded || b.superseded ||
          consistent(range_of(a.figure.value, a.figure.qualifier),
                     range_of(b.figure.value, b.figure.qualifier))) {
        continue;
      }
      g.reports[i].conflicts.push_back(j);
      g.reports[j].conflicts.push_back(i);
      g.agree = false;
    }
  }
}

void
mark_revisions(AnswerGroup& g, const FigureLookup& lookup) {
  if (!lookup) {
    return;
  }
  for (auto& r : g.reports) {
    if (r.figure.revises < 0) {
      continue;
    }
    const auto old = lookup(r.article, r.figure.revises);
    if (!old) {
      continue;
    }
    r.revised_from = old->value;
    for (auto& other : g.reports) {
      if (&other != &r && other.article == r.article && other.figure.value == old->value) {
        other.superseded = true;
      }
    }
  }
}

// Outlets that printed the same passage text (wire copy) count as one origin.
std::size_t
independent_outlets(const AnswerGroup& g) {
  std::map<std::string, std::string> parent;  // outlet -> representative (union-find)
  const auto find = [&parent](std::string x) {
    while (parent[x] != x) {
      x = parent[x];
    }
    return x;
  };
  for (const auto& r : g.reports) {
    parent.emplace(r.source, r.source);
  }
  std::map<std::string, std::string> first_by_text;
  for (const auto& r : g.reports) {
    if (r.text_hash.empty()) {
      continue;
    }
    const auto [it, fresh] = first_by_text.emplace(r.text_hash, r.source);
    if (!fresh) {
      parent[find(r.source)] = find(it->second);
    }
  }
  std::set<std::string> roots;
  for (const auto& [outlet, ignored] : parent) {
    roots.insert(find(outlet));
  }
  return roots.size();
}

void
summarise(AnswerGroup& g, const ParsedQuery& q, const std::set<std::string>& heads) {
  std::set<std::string> outlets;
  std::map<std::string, int> wordings;
  bool first = true;
  std::map<std::string, double> best_by_source;
  for (const auto& r : g.reports) {
    outlets.insert(r.source);
    if (!r.figure.counted.empty()) {
      ++wordings[r.figure.counted];
    }
    auto& best = best_by_source[r.source];
    best = std::max(best, 1.0 / std::sqrt(static_cast<double>(r.rank)));
    if (r.superseded) {
      continue;
    }
    g.low = first ? r.figure.value : std::min(g.low, r.figure.value);
    g.high = first ? r.figure.value : std::max(g.high, r.figure.value);
    first = false;
  }
  g.sources = outlets.size();
  g.independent = independent_outlets(g);
  int most = 0;
  for (const auto& [w, n] : wordings) {
    if (n > most) {
      g.counted = w;
      most = n;
    }
  }
  double score = 0;
  for (const auto& [source, best] : best_by_source) {
    score += 1.0 + best;
  }
  if (!heads.empty()) {
    score *= heads.count(g.head) != 0 ? 2.0 : 0.5;
  }
  if (q.date) {
    score *= !g.date ? 1.0 : overlaps(*g.date, *q.date) ? (*g.date == *q.date ? 4.0 : 2.0) : 0.3;
  }
  g.score = score;
}

}  // namespace

std::vector<AnswerGroup>
group_figures(const std::vector<Evidence>& evidence, const ParsedQuery& q,
              const FigureLookup& lookup) {
  std::set<std::string> heads;
  for (const auto& h : q.heads) {
    heads.insert(canonical_counted(h));
  }
  const std::string asked_head = q.heads.empty() ? std::string{} : canonical_counted(q.heads[0]);
  // Reports of a query without a date are one quantity whatever day each names.
  const bool by_date = q.date.has_value();
  const std::string asked_date = date_key(q.date);  // empty when the query names no date

  std::map<Key, std::vector<Candidate>> groups;
  std::vector<Candidate> homeless;
  for (const auto& ev : evidence) {
    for (const auto& f : ev.figures) {
      if (!wanted(f, q, heads)) {
        continue;
      }
      Key key{f.event, head_class(f), by_date ? date_key(f.date) : std::string{}};
      if (by_date && f.date && f.date->is_day() && near_day(*f.date, *q.date)) {
        key.date = asked_date;
      }
      if (key.head.empty() && !asked_head.empty()) {
        key.head = asked_head;
      }
      Candidate c{&ev, &f, key};
      if (by_date && key.date.empty() && f.cumulative) {
        groups[key].push_back(c);  // a running total of unknown span is not the asked day's
      } else if (key.head.empty() || (by_date && key.date.empty())) {
        homeless.push_back(c);
      } else {
        groups[key].push_back(c);
      }
    }
  }
  for (auto& c : homeless) {
    Key want = c.key;
    if (want.date.empty() && by_date) {
      want.date = asked_date;  // undated: the day asked about, if some report has it
    }
    auto home = home_for(want, groups);
    if (!home && by_date && c.key.date.empty()) {
      want.date.clear();
      home = home_for(want, groups);
    }
    groups[home.value_or(c.key)].push_back(c);
  }

  std::vector<AnswerGroup> out;
  for (const auto& [key, members] : groups) {
    AnswerGroup g;
    g.event = key.event;
    g.head = key.head;
    // One report per article and value: where each is in g.reports.
    std::map<std::pair<std::string, double>, std::size_t> kept_at;
    for (const auto& c : members) {
      const auto [at, fresh] =
          kept_at.emplace(std::make_pair(c.evidence->article, c.figure->value), g.reports.size());
      if (!fresh) {
        // The same figure again (headline and body): keep what only the repeat says.
        Figure& kept = g.reports[at->second].figure;
        if (kept.revises < 0) {
          kept.revises = c.figure->revises;
        }
        continue;
      }
      if (by_date && !g.date && c.figure->date) {
        g.date = c.figure->date;
      }
      Report r;
      r.article = c.evidence->article;
      r.source = c.evidence->source;
      r.published = c.evidence->published;
      r.passage = c.evidence->passage;
      r.rank = c.evidence->rank;
      r.text_hash = c.evidence->text_hash;
      r.figure = *c.figure;
      g.reports.push_back(std::move(r));
    }
    std::stable_sort(g.reports.begin(), g.reports.end(), [](const Report& a, const Report& b) {
      return std::tie(a.source, a.article, a.passage) < std::tie(b.source, b.article, b.passage);
    });
    mark_revisions(g, lookup);
    mark_conflicts(g);
    summarise(g, q, heads);
    out.push_back(std::move(g));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const AnswerGroup& a, const AnswerGroup& b) { return a.score > b.score; });
  return out;
}

}  // namespace tally::searcher
