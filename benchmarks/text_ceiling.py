"""How many DEV-modern gold dates, authors and titles are printed in the page text at all.

Used by `benchmarks/metadata.py`. The gold values come from each page's HTML (its markup's
date, author and title), and many of them never reach the text a scraper saves: a date kept only
in a `<meta>` tag, a `<title>` that adds the site's name to the headline. No reader of the text
can find those, so the share printed is the ceiling of the text-only figures.

A value counts as printed when a line of the text holds it by the scorer's own rules:
`meta_score.title_right` against the line (heading marks dropped), `author_right` with the line
as the name found, a title also when a line holds it whole, and for dates any date the scorer's
regex reads on a line (English month names, ISO) or three numbers read in any of the usual orders
(year-month-day, month/day/year, day.month.year) equal to the gold date. A value scrapelint reads
right from the text counts as printed too (a month named in another language, say).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

# Three numbers with a separator or two between them: 7/22/2021, 22.07.2021, 2025•01•08.
_NUMERIC = re.compile(r"\b(\d{1,4})[^\w\s]{1,2}(\d{1,2})[^\w\s]{1,2}(\d{1,4})\b")


def printed_dates(scorer, line: str) -> set[str]:
    """Every ISO date a line prints in a form the checks above read."""
    found = set()
    for match in scorer._DATE.finditer(line):
        value = scorer.first_date(match.group(0))
        if value:
            found.add(value)
    for match in _NUMERIC.finditer(line):
        a, b, c = (int(x) for x in match.groups())
        for year, month, day in ((a, b, c), (c, a, b), (c, b, a)):
            try:
                found.add(date(year, month, day).isoformat())
            except ValueError:
                continue
    return found


def printed(scorer, gold: Mapping, lines: Iterable[str]) -> dict[str, bool]:
    """For each field the gold has, whether some line prints it."""
    lines = list(lines)
    title = scorer.title_norm(gold.get("title") or "")
    out = {}
    if gold.get("date"):
        out["date"] = any(gold["date"] in printed_dates(scorer, line) for line in lines)
    if gold.get("author"):
        out["author"] = any(scorer.author_right(gold["author"], [line]) for line in lines)
    if gold.get("title"):
        out["title"] = any(
            scorer.title_right(gold["title"], line.strip().lstrip("#* ").strip())
            or title in scorer.title_norm(line)
            for line in lines
            if line.strip()
        )
    return out


def shares(
    scorer, meta: Mapping[str, Mapping], texts: Mapping[str, str], right: Mapping[str, set[str]]
) -> dict[str, float]:
    """Per field, the share of page documents with a gold value whose text prints it; `right`
    names, per field, the documents scrapelint read right."""
    hits: dict[str, list[bool]] = {"date": [], "author": [], "title": []}
    for doc_id, text in texts.items():
        for field, found in printed(scorer, meta[doc_id], text.split("\n")).items():
            hits[field].append(found or doc_id in right[field])
    return {field: sum(v) / max(1, len(v)) for field, v in hits.items()}
