#pragma once
// Boilerplate: lines of a scraped page that carry no sentence of the article: share and e-mail
// widgets, comment forms, navigation, "Read more:" link lists, photo credits, "Load More".
// The rules are general (a lexicon of widget labels, shapes of link lists and credits), not
// tied to any site.

#include <string>
#include <string_view>

namespace tally {

// True when the line (a candidate passage, analysed form) is boilerplate.
bool is_boilerplate(std::string_view line);

// The text with a trailing photo credit removed: "... January 14, 2020Credit: Burhan Ozbilici,AP"
// -> "... January 14, 2020"; "(AP Photo/Hussein Malla)" at the end likewise. Returns the text
// unchanged when it has none.
std::string_view strip_credit(std::string_view text);

// The key two passages share when they say the same: lower-case letters and digits only.
std::string dedupe_key(std::string_view text);

}  // namespace tally
