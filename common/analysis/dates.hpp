#pragma once
// Date expressions in English news text, resolved to days or periods.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "common/core/civil_date.hpp"

namespace tally {

enum class DateMentionKind {
  kAbsolute,   // "Feb. 27, 2020", "27 February", "2020-02-27", "January 14"
  kRelative,   // "Thursday", "late Thursday", "yesterday", "last week", "earlier this month"
  kSince,      // "since December", "since the start of February": a period ending at `published`
  kPrevious,   // "the previous week", "the prior month": the period before one named earlier,
               // else the week or month before last week or last month, or last year
};

struct DateMention {
  std::size_t begin = 0;  // byte offsets into the text given to find_dates
  std::size_t end = 0;
  DateMentionKind kind = DateMentionKind::kAbsolute;
  DateSpan span;          // resolved: a day (from == to) or a period
};

// All date expressions in `text` (one passage's analysed text), resolved against `published`.
// Without a published date, only expressions that carry their own year (or can take it from
// nothing else) are resolved; the others are left out.
std::vector<DateMention> find_dates(std::string_view text, std::optional<CivilDate> published);

}  // namespace tally
