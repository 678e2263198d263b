#!/usr/bin/env bash
# Query speed and ranking: tally's whole answer (understanding, ranking, grouping, output)
# against a bare Xapian top-10 query with snippets, on the same index, side by side in one run
# over the 300 queries of ../shared/bench/queries.txt. Prints p50/p90/p99/mean per query and the
# ratios (issue 4's bar: at most 2), and MRR@10 of the article each query was drawn from (its
# headline holds every query word) for both systems.
#
# usage: bench/search-speed.sh [DB]   DB: a tally index of the bench corpus; without it, one is
#        built from the full corpus into a temporary folder first (several minutes).
#        (build first: cmake --preset release && cmake --build --preset release;
#         TALLY_BIN=other/bin to use another build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${TALLY_BIN:-build/bin}
corpus=${BENCH_CORPUS:-../shared/bench/allsides.jsonl.zst}
queries=${BENCH_QUERIES:-../shared/bench/queries.txt}
for b in tally-index search_bench; do
  [ -x "$bin/$b" ] || { echo "bench: no $bin/$b; build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/tally-search-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=${1:-}
if [ -z "$db" ]; then
  db=$work/db
  echo "bench: indexing $corpus into $db ..." >&2
  "$bin/tally-index" --quiet --db "$db" "$corpus" >&2
fi
# The articles each query was drawn from: every word of the query in the headline.
zstd -dc "$corpus" | python3 -c '
import json, re, sys
queries = [q.strip() for q in open(sys.argv[1]) if q.strip()]
words = {q: [w.lower() for w in re.findall(r"\w+", q)] for q in queries}
for line in sys.stdin:
    try:
        a = json.loads(line)
    except ValueError:
        continue
    title = set(re.findall(r"\w+", (a.get("title") or "").lower()))
    ident = a.get("id") or a.get("url")
    for q in queries:
        if words[q] and all(w in title for w in words[q]):
            print(q + "\t" + str(ident))
' "$queries" > "$work/relevant.tsv"
"$bin/search_bench" "$db" "$queries" "$work/relevant.tsv"
