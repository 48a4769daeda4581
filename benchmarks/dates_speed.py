"""Throughput of date finding on ~3 KB articles; prints documents per second.

Usage: python benchmarks/dates_speed.py [DIR_OF_TXT_FILES]
Without a directory it builds synthetic articles (title, byline, dateline, prose with numbers).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from scrapelint.facts.attribution import find_attributions
from scrapelint.facts.dates import find_dates, is_dateline

_SENTENCES = (
    "Officials said on Friday that 1,500-2,500 fighters remained in the area since 2014.",
    "The ministry reported Error 503 on its website, and 85% of the town was freed.",
    "Government forces advanced 10km southwest of the city, the spokesman said.",
    "Version 2.10.3 of the app was released, according to the statement by the company.",
    "The coalition has run an air campaign against the group in Syria and Iraq.",
    "Residents can call 555-0142 for information about the evacuation of civilians.",
)
_DATELINES = (
    "November 4, 2017",
    "Saturday, 04 November 2017 10:54",
    "Updated 1:39 am EST, Wednesday, November 20, 2019",
    "4 de noviembre de 2017",
    "2017-11-04T10:54:00Z",
)


def synthetic(count: int, size: int = 3000) -> list[list[str]]:
    rng = random.Random(7)
    docs = []
    for _ in range(count):
        lines = ["Iraqi forces seize strategic border crossing with Syria", "", "Katrina Barker"]
        lines += [rng.choice(_DATELINES), ""]
        while sum(len(line) + 1 for line in lines) < size:
            lines.append(" ".join(rng.choice(_SENTENCES) for _ in range(3)))
            lines.append("")
        docs.append(lines)
    return docs


def from_dir(directory: Path) -> list[list[str]]:
    return [p.read_text(errors="replace").splitlines() for p in sorted(directory.glob("*.txt"))]


def measure(docs: list[list[str]], func, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for lines in docs:
            func(lines)
        best = min(best, time.perf_counter() - start)
    return len(docs) / best


def _dates_and_datelines(lines: list[str]) -> None:
    for mention in find_dates(lines):
        is_dateline(lines[mention.line])


def main() -> None:
    docs = from_dir(Path(sys.argv[1])) if len(sys.argv) > 1 else synthetic(2000)
    find_dates(docs[0])  # build the CLDR tables outside the timing
    kb = sum(len("\n".join(d)) for d in docs) / len(docs) / 1000
    print(f"{len(docs)} docs, {kb:.1f} KB on average")
    print(f"find_dates + is_dateline: {measure(docs, _dates_and_datelines):,.0f} docs/s")
    print(f"find_attributions:        {measure(docs, find_attributions):,.0f} docs/s")


if __name__ == "__main__":
    main()
