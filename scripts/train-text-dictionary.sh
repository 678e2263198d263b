#!/usr/bin/env bash
# Trains the zstd dictionary that tally compresses each article's passage texts with
# (common/records/news.zdict, compiled into the binaries; see common/records/article_texts.hpp).
# A dictionary of the words and phrases common to news lets zstd compress a single article
# (a few KB, too short to teach the compressor much) about a fifth smaller.
#
# usage: scripts/train-text-dictionary.sh [ARTICLES.jsonl[.zst]]   (default: the bench corpus)
# It samples every 12th article (about 3,000 of the bench corpus), one file per article text.
# Changing the dictionary changes the stored form: bump schema::kVersion with it.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/bench/allsides.jsonl.zst}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$corpus" in
  *.zst) zstd -dc "$corpus" ;;
  *) cat "$corpus" ;;
esac | python3 -c '
import json, sys
for i, line in enumerate(sys.stdin):
    if i % 12 == 0:
        try:
            text = json.loads(line).get("text", "")
        except ValueError:
            continue
        if isinstance(text, str) and text:
            open(f"{sys.argv[1]}/{i}.txt", "w").write(text)
' "$work"
zstd -q --train "$work"/*.txt --maxdict=112640 -o common/records/news.zdict
echo "wrote common/records/news.zdict from $(ls "$work" | wc -l) articles"
