#!/usr/bin/env bash
# Issue 3's indexing-cost bar: tally-index with figure extraction vs. without it (--no-figures),
# on the first N articles of the bench corpus, run alternately in one session so machine noise
# hits both alike. Prints each run's seconds and the median ratio on/off (bar: <= 1.3).
#
# usage: bench/extraction-cost.sh [N=5000] [RUNS=5]   (after building: cmake --preset release ...)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
runs=${2:-5}
index=build/bin/tally-index
corpus=${BENCH_CORPUS:-../shared/bench/allsides.jsonl.zst}
[ -x "$index" ] || { echo "bench: build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{ zstd -dc "$corpus" || true; } | head -n "$n" > "$work/articles.jsonl"  # zstd stops early on SIGPIPE

time_one() {  # prints elapsed seconds of one indexing run into a fresh database
  rm -rf "$work/db"
  local start end
  start=$(date +%s.%N)
  "$index" --quiet --db "$work/db" "$@" "$work/articles.jsonl" > /dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

time_one > /dev/null  # warm-up: page cache, allocator
on=() off=()
for ((i = 0; i < runs; i++)); do
  on+=("$(time_one)")
  off+=("$(time_one --no-figures)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ratios=()
for ((i = 0; i < runs; i++)); do ratios+=("$(awk -v a="${on[$i]}" -v b="${off[$i]}" 'BEGIN { printf "%.4f", a / b }')"); done
printf 'articles %s, runs %s\n' "$n" "$runs"
printf 'with extraction    s: %s  median %.2f\n' "${on[*]}" "$(median "${on[@]}")"
printf 'without extraction s: %s  median %.2f\n' "${off[*]}" "$(median "${off[@]}")"
printf 'ratio on/off per pair median %.3f (bar 1.30)\n' "$(median "${ratios[@]}")"
