#!/usr/bin/env bash
# Runs tally-index --analyze over INPUTS and scores the figures against GOLD; fails when F1 or
# the qualifier, date or attribution accuracy is below its bar. Prints the scorer's report.
# usage: score_figures.sh TALLY_INDEX SCORER GOLD MIN_F1 MIN_QUALIFIER MIN_DATE MIN_ATTRIBUTION INPUT...
set -euo pipefail
tally_index=$1 scorer=$2 gold=$3 min_f1=$4 min_qual=$5 min_date=$6 min_attr=$7
shift 7
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$tally_index" --analyze "$@" > "$out"
report=$("${python3:-python3}" "$scorer" "$gold" "$out" --verbose)
echo "$report"
summary=$(echo "$report" | grep -E '^gold ')
prf=$(echo "$report" | grep -E '^precision ')
read -r f1 < <(echo "$prf" | awk '{print $6}')
read -r qual date attr < <(echo "$summary" | awk '{print $8, $10, $12}')
# shellcheck source=support/bars.sh
source "$(dirname "$0")/support/bars.sh"
check f1 "$f1" "$min_f1"
check qualifier "$qual" "$min_qual"
check date "$date" "$min_date"
check attribution "$attr" "$min_attr"
echo "f1 $f1 (bar $min_f1), qualifier $qual ($min_qual), date $date ($min_date), attribution $attr ($min_attr)"
exit $status
