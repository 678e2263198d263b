#!/usr/bin/env bash
# Indexing speed, memory and size: tally-index (figure extraction on, every core) against two
# peers on the same input in one run: the bare single-threaded Xapian indexer of
# ../shared/bench/README.md (bench/peers/bare_xapian.cpp, built here) and SQLite FTS5
# (bench/peers/fts5_index.py). Prints one table, with ratios to the bare indexer.
#
# usage: bench/index-speed.sh [N]   first N articles of the bench corpus (default: all of it)
#        (build tally first: cmake --preset release && cmake --build --preset release;
#         TALLY_BIN=build-ix/bin to use another build folder;
#         KEEP_DB=DIR keeps tally's database there, e.g. for bench/search-speed.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-all}
bin=${TALLY_BIN:-build/bin}
corpus=${BENCH_CORPUS:-../shared/bench/allsides.jsonl.zst}
[ -x "$bin/tally-index" ] || { echo "bench: no $bin/tally-index; build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
for tool in zstd python3 pkg-config /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (bash scripts/install-deps.sh)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/tally-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -z "${KEEP_DB:-}" ] || [ ! -e "$KEEP_DB" ] || { echo "bench: KEEP_DB=$KEEP_DB exists; remove it first" >&2; exit 2; }

# The input, decompressed once (all peers read the same plain file).
if [ "$n" = all ]; then
  zstd -dc "$corpus" > "$work/articles.jsonl"
else
  { zstd -dc "$corpus" || true; } | head -n "$n" > "$work/articles.jsonl"  # zstd ends early on SIGPIPE
fi
articles=$(wc -l < "$work/articles.jsonl")

# shellcheck disable=SC2046
g++ -O2 -std=c++20 -o "$work/bare_xapian" bench/peers/bare_xapian.cpp $(pkg-config --cflags --libs xapian-core 2>/dev/null || echo -lxapian)

measure() {  # measure NAME CMD...: wall seconds and peak RSS (KB) into $work/NAME.time
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
    echo "bench: $name failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
}
size_kb() { du -sk "$1" | cut -f1; }

echo "bench: $articles articles; running the bare Xapian indexer ..." >&2
measure bare sh -c "'$work/bare_xapian' '$work/bare.db' < '$work/articles.jsonl'"
compact_start=$(date +%s.%N)
xapian-compact "$work/bare.db" "$work/bare-compact.db" > /dev/null
compact_s=$(awk -v a="$compact_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "bench: running tally-index ..." >&2
measure tally "$bin/tally-index" --quiet --db "$work/tally.db" "$work/articles.jsonl"
echo "bench: running SQLite FTS5 ..." >&2
measure fts5 sh -c "python3 bench/peers/fts5_index.py '$work/fts5.sqlite' < '$work/articles.jsonl'"

read -r bare_s bare_kb < "$work/bare.time"
read -r tally_s tally_kb < "$work/tally.time"
read -r fts5_s fts5_kb < "$work/fts5.time"
bare_size=$(size_kb "$work/bare.db")
bare_csize=$(size_kb "$work/bare-compact.db")
tally_size=$(size_kb "$work/tally.db")
fts5_size=$(size_kb "$work/fts5.sqlite")
bare_docs=$(awk '/^documents/ { print $2 }' "$work/bare.out")
fts5_docs=$(awk '/^documents/ { print $2 }' "$work/fts5.out")
tally_docs=$(grep -o '[0-9]* passages' "$work/tally.out" | cut -d' ' -f1)

echo
echo "tally-index: $(tail -n 1 "$work/tally.out")"
echo
printf '%-34s %9s %9s %10s %9s %11s %9s %12s\n' system documents "build s" "speed x" "RSS MB" "size MB" "size x" "size x cmpct"
row() {  # name docs seconds rss_kb size_kb
  awk -v name="$1" -v docs="$2" -v s="$3" -v kb="$4" -v size="$5" -v bs="$bare_s" -v bsize="$bare_size" -v bc="$bare_csize" 'BEGIN {
    printf "%-34s %9d %9.1f %10.2f %9.0f %11.0f %9.2f %12.2f\n", name, docs, s, bs / s, kb / 1024, size / 1024, size / bsize, size / bc }'
}
row "bare Xapian (1 thread)" "$bare_docs" "$bare_s" "$bare_kb" "$bare_size"
row "bare Xapian, xapian-compact'ed" "$bare_docs" "$(awk -v a="$bare_s" -v b="$compact_s" 'BEGIN { print a + b }')" "$bare_kb" "$bare_csize"
row "tally-index (figures, $(nproc) cores)" "$tally_docs" "$tally_s" "$tally_kb" "$tally_size"
row "SQLite FTS5 (porter unicode61)" "$fts5_docs" "$fts5_s" "$fts5_kb" "$fts5_size"
echo
if [ -n "${KEEP_DB:-}" ]; then
  mv "$work/tally.db" "$KEEP_DB"
  echo "tally's database kept at $KEEP_DB"
fi
echo "speed x: bare's build seconds / this one's (higher is faster); size x: this size / bare's,"
echo "then / bare's compacted size ($compact_s s of xapian-compact included in its row's time)."
