#!/usr/bin/env python3
"""Draw bench articles at random, by topic group, for a hand-annotated figure set.

The draw is what tests/analysis/heldout-b/README.md describes: news reports of 250 to 900 words
(opinion outlets and "Opinion"/"Commentary" titles left out), grouped by a regular expression on
the title, each group shuffled by one random.Random(SEED) in group order, at most two articles
per outlet, and a few slots kept for articles with an empty `published`. Articles already in an
annotated set (--exclude, their articles.jsonl) are never drawn. The raw bench lines are written
unchanged, so a set's articles.jsonl is byte for byte the bench's.

  scripts/draw-articles.py --bench /tmp/allsides.jsonl --seed 2027 --count 30 \\
      --exclude tests/analysis/*/articles.jsonl > tests/analysis/devset-2/articles.jsonl
"""
import argparse
import json
import random
import re
import sys

OPINION_OUTLETS = ("Townhall", "National Review", "American Spectator", "Salon", "Reason",
                   "Daily Kos", "Guest Writer", "The Flip Side")
GROUPS = [
    ("crime", r"shooting|gunman|murder|stabbing|police|shot|killed"),
    ("disaster", r"earthquake|explosion|flood|hurricane|wildfire|tornado|storm|crash|fire"),
    ("war", r"bombing|isis|airstrike|attack|troops|militants|taliban|rebels|strike"),
    ("election", r"primary|caucus|delegates|election|vote|poll|ballot"),
    ("jobs", r"jobs report|unemployment|layoffs|jobless|payrolls|jobs|economy|hiring"),
    ("sport", r"nfl|nba|olympic|world cup|mlb|nhl|super bowl|soccer|tennis"),
    ("health", r"outbreak|coronavirus|covid|measles|virus|ebola|flu|opioid|overdose"),
    ("immigration", r"migrants?|border|protest|protesters|refugees|asylum|deport"),
    ("courts", r"court|judge|jury|sentenced|trial|convicted|lawsuit"),
]


def words(text):
    return len(text.split())


def is_report(article):
    source = article.get("source") or ""
    title = article.get("title") or ""
    if any(o.lower() in source.lower() for o in OPINION_OUTLETS):
        return False
    return not re.match(r"\s*(opinion|commentary)\b", title, re.I)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", required=True, help="the bench JSON Lines (decompressed)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True, help="articles to draw")
    parser.add_argument("--undated", type=int, default=3,
                        help="slots for an empty published date (default 3)")
    parser.add_argument("--exclude", nargs="*", default=[],
                        help="articles.jsonl files whose ids are never drawn")
    args = parser.parse_args()

    taken = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            taken.update(json.loads(line)["id"] for line in f if line.strip())

    candidates = {name: [] for name, _ in GROUPS}
    with open(args.bench, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article["id"] in taken or not is_report(article):
                continue
            if not 250 <= words(article.get("text") or "") <= 900:
                continue
            title = (article.get("title") or "").lower()
            for name, pattern in GROUPS:
                if re.search(pattern, title):
                    candidates[name].append(line)
                    break

    rng = random.Random(args.seed)
    for name, _ in GROUPS:
        rng.shuffle(candidates[name])

    per_group = [args.count // len(GROUPS)] * len(GROUPS)
    for i in range(args.count % len(GROUPS)):
        per_group[i] += 1
    outlets = {}
    drawn = []
    undated_left = args.undated
    for (name, _), want in zip(GROUPS, per_group):
        got = 0
        for line in candidates[name]:
            if got == want:
                break
            article = json.loads(line)
            source = article.get("source") or ""
            if outlets.get(source, 0) >= 2 or line in drawn:
                continue
            undated = not article.get("published")
            if undated and undated_left == 0:
                continue
            outlets[source] = outlets.get(source, 0) + 1
            undated_left -= undated
            drawn.append(line)
            got += 1
        print(f"{name}: {got} of {len(candidates[name])} candidates", file=sys.stderr)
    sys.stdout.writelines(drawn)


if __name__ == "__main__":
    main()
