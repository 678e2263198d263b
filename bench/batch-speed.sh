#!/usr/bin/env bash
# Throughput of tally-search --batch with one worker and with two, on the bench corpus: the 300
# queries of ../shared/bench/queries.txt, run in several rounds (-j 1 and -j 2 alternating, so
# that other work on the machine weighs on both alike); prints the best time of each and the
# ratio. Also checks that the batch answers equal the same queries run one by one (--check).
#
# Usage: bench/batch-speed.sh [--db PATH] [--articles N] [--rounds R] [--repeat K]
#                             [--bin DIR] [--check] [--min-ratio X]
#   --db PATH      a database of the bench corpus (default: one built from the first N articles
#                  in a temporary folder, removed at the end; that takes a few minutes)
#   --articles N   articles for that database (default 10000)
#   --rounds R     rounds of -j 1 and -j 2 (default 5)
#   --repeat K     the queries K times in each run, so that a run lasts long enough (default 3)
#   --bin DIR      where tally-index and tally-search are (default: build/bin)
#   --check        compare the -j 1 and -j 2 answers with one --json run per query
#   --min-ratio X  exit 1 when -j 2's throughput is below X times -j 1's
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared/bench"
db="" articles=10000 rounds=5 repeat=3 bin="$here/build/bin" check=0 min_ratio=""
while [ $# -gt 0 ]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    --articles) articles=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --check) check=1; shift ;;
    --min-ratio) min_ratio=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "batch-speed: unknown option $1" >&2; echo "  hint: see $0 --help" >&2; exit 2 ;;
  esac
done
search="$bin/tally-search"
queries="$shared/queries.txt"
for f in "$search" "$queries"; do
  [ -e "$f" ] || { echo "batch-speed: $f is missing" >&2; echo "  hint: build first (cmake --build --preset release), or --bin DIR" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tally-batch-speed-XXXXXX")
trap 'rm -rf -- "$work"' EXIT
if [ -z "$db" ]; then
  db="$work/db"
  echo "building a database of the first $articles articles of the bench corpus ..." >&2
  zstd -dc "$shared/allsides.jsonl.zst" 2>/dev/null | head -n "$articles" > "$work/articles.jsonl" || true
  "$bin/tally-index" --quiet --db "$db" "$work/articles.jsonl" >&2
  rm -f -- "$work/articles.jsonl"
fi

for _ in $(seq "$repeat"); do cat "$queries"; done > "$work/queries.txt"
n=$(grep -c . "$work/queries.txt")

load=$(cut -d' ' -f1-3 /proc/loadavg)
TIMEFORMAT='%R %U %S'  # bash's time: wall, user and system seconds
best1="" best2=""
for r in $(seq "$rounds"); do
  for j in 1 2; do
    { time "$search" --db "$db" --batch "$work/queries.txt" -j "$j" > "$work/out$j.jsonl" \
        2> "$work/err$j"; } 2> "$work/time"
    read -r t user sys < "$work/time"
    cpu=$(echo "$user + $sys" | bc -l)
    printf 'round %d  -j %d  %.3f s  (cpu %.3f s)\n' "$r" "$j" "$t" "$cpu" >&2
    if [ "$j" = 1 ]; then
      if [ -z "$best1" ] || [ "$(echo "$t < $best1" | bc -l)" = 1 ]; then best1=$t cpu1=$cpu; fi
    elif [ -z "$best2" ] || [ "$(echo "$t < $best2" | bc -l)" = 1 ]; then
      best2=$t cpu2=$cpu
    fi
  done
done

status=0
if [ "$check" = 1 ]; then
  cmp -s "$work/out1.jsonl" "$work/out2.jsonl" || { echo "CHECK FAILED: -j 1 and -j 2 answers differ" >&2; status=1; }
  head -n "$(grep -c . "$queries")" "$work/out2.jsonl" > "$work/batch.jsonl"
  while IFS= read -r q; do
    [ -n "${q//[[:space:]]/}" ] || continue
    "$search" --db "$db" --json -- "$q" || [ $? = 1 ]   # 1: no result, still an answer
  done < "$queries" > "$work/single.jsonl"
  if cmp -s "$work/batch.jsonl" "$work/single.jsonl"; then
    echo "check: the batch answers of $(grep -c . "$queries") queries equal one --json run per query (-j 1 and -j 2)"
  else
    echo "CHECK FAILED: batch and one-by-one answers differ:" >&2
    diff <(cut -c1-200 "$work/batch.jsonl") <(cut -c1-200 "$work/single.jsonl") | head -20 >&2
    status=1
  fi
fi

ratio=$(echo "$best1 / $best2" | bc -l)
echo "database: $db"
echo "queries: $n per run ($(grep -c . "$queries") x $repeat), $rounds rounds, best time of each; load average before: $load on $(nproc) cores"
printf -- '-j 1: %.3f s  %6.0f queries/s  (cpu %.3f s)\n' "$best1" "$(echo "$n / $best1" | bc -l)" "$cpu1"
printf -- '-j 2: %.3f s  %6.0f queries/s  (cpu %.3f s)\n' "$best2" "$(echo "$n / $best2" | bc -l)" "$cpu2"
printf 'throughput -j 2 / -j 1: %.2f\n' "$ratio"
if [ -n "$min_ratio" ] && [ "$(echo "$ratio < $min_ratio" | bc -l)" = 1 ]; then
  echo "below the required $min_ratio" >&2
  status=1
fi
exit $status
