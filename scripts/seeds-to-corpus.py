#!/usr/bin/env python3
"""Builds corpus/ from the seed articles: front matter (id, source, published, title) + the
seed text byte for byte.

usage: scripts/seeds-to-corpus.py SEEDS_DIR CORPUS_DIR   (e.g. ../shared/seeds corpus)

id, source and published come from SEEDS_DIR/META.tsv. The title is the text's first line when
that line is a headline: the first line that is not a page widget ("Accessibility links",
"Breaking News"), if it is short and does not end like a sentence.
"""
import pathlib
import sys

WIDGETS = {"accessibility links", "breaking news", "share", "share on:", "menu", "skip to content"}


def headline(text):
    for line in text.splitlines():
        line = line.strip()
        if not line or line.lower() in WIDGETS:
            continue
        if len(line) <= 150 and line[-1] not in ".!?\"”’":
            return line
        return None
    return None


def main(seeds, corpus):
    seeds, corpus = pathlib.Path(seeds), pathlib.Path(corpus)
    rows = [l.split("\t") for l in (seeds / "META.tsv").read_text(encoding="utf-8").splitlines()[1:] if l]
    for ident, published, source, *_ in rows:
        body = (seeds / f"{ident}.txt").read_bytes()
        title = headline(body.decode("utf-8"))
        header = f"---\nid: {ident}\nsource: {source}\npublished: {published}\n"
        if title:
            header += f"title: {title}\n"
        header += "---\n"
        (corpus / f"{ident}.txt").write_bytes(header.encode("utf-8") + body)
        print(f"{ident}: {source} {published} title={title!r}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
