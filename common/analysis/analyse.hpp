#pragma once
// The analysis entry point: an article's passages and published date in, figures, entities and
// rejections out. Pure: no database, no I/O, no global state; safe to call from many threads.

#include <optional>
#include <string_view>

#include "common/analysis/figure.hpp"
#include "common/core/civil_date.hpp"
#include "common/model/passage.hpp"

namespace tally {

// Reads every passage's `analysed` text. Relative dates ("Thursday", "last week") resolve
// against `published`; without it they stay unresolved (date empty). `outlet`, the article's
// source label ("CNN (Web News)"), tells the outlet's own poll from a poll it reports.
ArticleAnalysis analyse_article(const Passages& passages, std::optional<CivilDate> published,
                                std::string_view outlet = {});

}  // namespace tally
