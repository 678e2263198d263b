#!/usr/bin/env python3
"""The SQLite FTS5 peer of ../shared/bench/README.md: JSON Lines articles in, one row per
paragraph (blank-line separated) of each article, tokenizer 'porter unicode61', one thread.

usage: fts5_index.py DB < articles.jsonl   (prints "documents N" and "peak_rss_kb N")"""
import json
import resource
import sqlite3
import sys


def paragraphs(text):
    for para in text.split("\n\n"):
        if para.strip():
            yield para


def main():
    if len(sys.argv) != 2:
        print("usage: fts5_index.py DB < articles.jsonl", file=sys.stderr)
        return 2
    db = sqlite3.connect(sys.argv[1])
    db.execute("CREATE VIRTUAL TABLE passages USING fts5(article UNINDEXED, text,"
               " tokenize='porter unicode61')")
    documents = 0

    def rows():
        nonlocal documents
        for line in sys.stdin:
            try:
                article = json.loads(line)
            except ValueError:
                continue
            text = article.get("text") if isinstance(article, dict) else None
            if not isinstance(text, str):
                continue
            for para in paragraphs(text):
                documents += 1
                yield (article.get("id", ""), para)

    with db:
        db.executemany("INSERT INTO passages(article, text) VALUES (?, ?)", rows())
    db.close()
    print("documents", documents)
    print("peak_rss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
