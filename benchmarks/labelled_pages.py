"""What `fix` keeps and removes on the labelled pages written for the project.

usage: python benchmarks/labelled_pages.py [languages|shapes] [--lines]

`fixtures/languages/*.src` (the default set) are 48 news and blog pages written for this check
(not scraped, not taken from any benchmark): German, French, Spanish, Portuguese, Italian, Dutch,
Polish, Russian, Turkish, Arabic, Chinese, Japanese, Korean, Vietnamese and Indonesian, each line
labelled (`T|` title, `B|` body, `DL|` dateline, `BY|` byline, `J:<kind>|` junk). Layouts: junk
around and inside the article, junk at the end only, the article alone, and "hard" pages whose
prose looks like junk (a story about cookie banners, an obituary's facts box, a live blog). They
were used to find what the rules miss outside English, so they are development data, not a
held-out set. `fixtures/shapes/*.src` are English articles whose shape looks like junk, labelled
the same way (see `fixtures/README.md`).

Prints per language (or shape): article lines (title and body) removed, datelines and bylines
moved out, junk lines removed of all, and documents with a date found; `--lines` lists every
article line removed and every junk line kept.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from scrapelint.api import Linter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.labelled_pages import ARTICLE, SETS, kept_lines, read_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", nargs="?", choices=sorted(SETS), default="languages")
    parser.add_argument("--lines", action="store_true", help="list lost and kept lines")
    args = parser.parse_args()
    linter = Linter()
    counts: dict[str, Counter] = defaultdict(Counter)
    for page in read_pages(SETS[args.set]):
        result = linter.fix(page.text)
        tally = counts[page.group]
        tally["dated"] += result.entry["date"] is not None
        for line, tag, kept in zip(
            page.lines, page.tags, kept_lines(page, result.text), strict=True
        ):
            if tag is None:
                continue
            kind = "article" if tag in ARTICLE else "junk" if tag.startswith("J") else "meta"
            tally[kind] += 1
            tally[f"{kind} removed"] += not kept
            if args.lines and (kind == "article") != kept:
                print(
                    f"{page.name:18} {'LOST' if kind == 'article' else 'kept'} {tag:14} {line[:90]}"
                )
        tally["pages"] += 1
    print(f"{'group':9} pages  article lost  meta moved  junk removed  dated")
    total: Counter = Counter()
    for group in sorted(counts):
        tally = counts[group]
        total += tally
        print(_row(group, tally))
    print(_row("all", total))


def _row(name: str, tally: Counter) -> str:
    junk = tally["junk removed"] / tally["junk"] if tally["junk"] else 0.0
    return (
        f"{name:9} {tally['pages']:5}  {tally['article removed']:4} of {tally['article']:4}"
        f"  {tally['meta removed']:3} of {tally['meta']:3}"
        f"  {tally['junk removed']:3} of {tally['junk']:3} {junk:4.0%}"
        f"  {tally['dated']:2} of {tally['pages']:2}"
    )


if __name__ == "__main__":
    main()
