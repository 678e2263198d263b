#include "common/analysis/dates.hpp"

#include "common/analysis/date_scanner.hpp"
#include "common/analysis/date_tokens.hpp"

namespace tally {

std::vector<DateMention>
find_dates(std::string_view text, std::optional<CivilDate> published) {
  if (!date_tokens::may_contain_date(text)) {
    return {};
  }
  return date_scan::Scanner(text, published).run();
}

}  // namespace tally
