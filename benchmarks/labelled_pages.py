"""What `fix` keeps and removes on the labelled pages written for the project.

usage: python benchmarks/labelled_pages.py [languages|markdown|shapes|extracted|pages]
       [--no-links|--plain] [--lines]

`fixtures/languages/*.src` (the default set) are 48 news and blog pages written for this check
(not scraped, not taken from any benchmark): German, French, Spanish, Portuguese, Italian, Dutch,
Polish, Russian, Turkish, Arabic, Chinese, Japanese, Korean, Vietnamese and Indonesian, each line
labelled (`T|` title, `B|` body, `DL|` dateline, `BY|` byline, `J:<kind>|` junk). Layouts: junk
around and inside the article, junk at the end only, the article alone, and "hard" pages whose
prose looks like junk (a story about cookie banners, an obituary's facts box, a live blog). They
were used to find what the rules miss outside English, so they are development data, not a
held-out set. `fixtures/shapes/*.src` are English articles whose shape looks like junk, and
`fixtures/markdown/*.src` pages as web-to-Markdown readers save them, `fixtures/extracted/*.src`
pages as trafilatura extracts them, `fixtures/pages/*.src` whole pages as an HTML-to-text
converter writes them, labelled the same way (see `fixtures/README.md`).

Prints per language (or shape): article lines (title and body) removed, datelines and bylines
moved out, junk lines removed of all, documents with a date found, titles found right (one of the
page's title lines) and wrong, authors found right (each named on a byline line) and wrong;
`--lines` lists every article line removed and every junk line kept. `--no-links` reads each
page with its Markdown links reduced to their words, as scrapers that hide link targets write it;
`--plain` with no markup at all (links, images, heading hashes and bold marks dropped).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from scrapelint.api import Linter, Result
from scrapelint.text.document import line_content

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.labelled_pages import (
    ARTICLE,
    SETS,
    Page,
    as_plain_text,
    kept_lines,
    read_pages,
    without_link_targets,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", nargs="?", choices=sorted(SETS), default="languages")
    parser.add_argument("--lines", action="store_true", help="list lost and kept lines")
    parser.add_argument("--no-links", action="store_true", help="drop Markdown link targets")
    parser.add_argument("--plain", action="store_true", help="drop all Markdown markup")
    args = parser.parse_args()
    linter = Linter()
    counts: dict[str, Counter] = defaultdict(Counter)
    for page in read_pages(SETS[args.set]):
        if args.no_links:
            page = without_link_targets(page)
        elif args.plain:
            page = as_plain_text(page)
        result = linter.fix(page.text)
        tally = counts[page.group]
        tally["dated"] += result.entry["date"] is not None
        _tally_metadata(tally, page, result)
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
    print(
        f"{'group':9} pages  article lost  meta moved  junk removed  dated  title r/w  author r/w"
    )
    total: Counter = Counter()
    for group in sorted(counts):
        tally = counts[group]
        total += tally
        print(_row(group, tally))
    print(_row("all", total))


def _tally_metadata(tally: Counter, page: Page, result: Result) -> None:
    """A title is right when it is one of the page's title lines (markup aside) or part of one;
    authors are right when each is named on one of its byline lines."""
    titles = [line_content(t) for t, tag in zip(page.lines, page.tags, strict=True) if tag == "T"]
    if result.title:
        right = any(result.title in title for title in titles)
        tally["title right" if right else "title wrong"] += 1
    bylines = " ".join(t for t, tag in zip(page.lines, page.tags, strict=True) if tag == "BY")
    if result.authors:
        right = all(name in bylines for name in result.authors)
        tally["author right" if right else "author wrong"] += 1


def _row(name: str, tally: Counter) -> str:
    junk = tally["junk removed"] / tally["junk"] if tally["junk"] else 0.0
    return (
        f"{name:9} {tally['pages']:5}  {tally['article removed']:4} of {tally['article']:4}"
        f"  {tally['meta removed']:3} of {tally['meta']:3}"
        f"  {tally['junk removed']:3} of {tally['junk']:3} {junk:4.0%}"
        f"  {tally['dated']:2} of {tally['pages']:2}"
        f"  {tally['title right']:3} {tally['title wrong']:3}"
        f"  {tally['author right']:3} {tally['author wrong']:3}"
    )


if __name__ == "__main__":
    main()
