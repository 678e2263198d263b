#pragma once
// Splitting an article into passages: the headline first (when the article has one), then the
// body's paragraphs, whether they are separated by blank lines or by single newlines. A line
// break inside a paragraph (hard-wrapped text: the line ends without sentence punctuation and
// the next starts in lower case) joins the two lines. Boilerplate lines are dropped, trailing
// photo credits cut, and a passage that repeats an earlier one (a photo caption printed twice,
// the headline repeated at the top of the body) is kept once.

#include "common/model/article.hpp"
#include "common/model/passage.hpp"

namespace tally {

Passages split_passages(const Article& article);

}  // namespace tally
