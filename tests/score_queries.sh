#!/usr/bin/env bash
# Indexes CORPUS into a fresh database, runs every query of GOLD through tally-search --json and
# scores the answers with the scorer of ../shared/eval; fails when mean p@5, sources or answer
# is below its bar. Prints the scorer's report.
# usage: score_queries.sh TALLY_INDEX TALLY_SEARCH SCORER GOLD MIN_P5 MIN_SOURCES MIN_ANSWER CORPUS
set -euo pipefail
tally_index=$1 tally_search=$2 scorer=$3 gold=$4 min_p5=$5 min_sources=$6 min_answer=$7 corpus=$8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tally_index" --quiet --db "$work/db" "$corpus" > /dev/null
"${python3:-python3}" -c 'import json, sys
for line in open(sys.argv[1]):
    if line.strip():
        print(json.loads(line)["query"])' "$gold" |
  while IFS= read -r query; do
    "$tally_search" --db "$work/db" --json "$query" || [ $? -eq 1 ]
  done > "$work/answers.jsonl"
report=$("${python3:-python3}" "$scorer" "$gold" "$work/answers.jsonl" --verbose)
echo "$report"
read -r p5 sources answer < <(echo "$report" | awk '/^mean /{print $3, $5, $7}')
# shellcheck source=support/bars.sh
source "$(dirname "$0")/support/bars.sh"
check p@5 "$p5" "$min_p5"
check sources "$sources" "$min_sources"
check answer "$answer" "$min_answer"
echo "p@5 $p5 (bar $min_p5), sources $sources ($min_sources), answer $answer ($min_answer)"
exit $status
