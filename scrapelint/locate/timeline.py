"""A timeline's years: a year alone on its line ("1984", "1997년") over the sentence that says what
happened then, three of them or more in a row, in order or newest first. Read one by one, the
years are short lines a menu or an archive's list would hold; over their entries they head the
article's items, and the span search (`span.block_values`) lets prose flow on across them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.locate.numbered import MIN_CHAPTERS, MINUTE_GAP, entry_under

# A year alone, maybe with its CJK counter or a closing colon ("1984", "2003년", "1997年", "2011:").
YEAR_RE = re.compile(r"(1[6-9]\d\d|20\d\d)(?:년|年)?:?")


def year_lines(texts: Sequence[str]) -> set[int]:
    """The years of a timeline: years alone over their entries (`numbered.entry_under`),
    `MIN_CHAPTERS` or more, each within `MINUTE_GAP` blocks of the last (an ad or a box of links
    between), going one way. An archive's years head no sentence, and a table's column of years
    stands over more figures."""
    found: set[int] = set()
    run: list[int] = []
    last, step = -1, 0  # the run's last year, and its direction once two years differ
    for i, text in enumerate(texts):
        year = alone_year(text)
        if year is None or not entry_under(texts, i):
            continue
        direction = (year > last) - (year < last)
        if run and i - run[-1] <= MINUTE_GAP and direction * step >= 0:
            run.append(i)
            step = step or direction
        else:
            found.update(run if len(run) >= MIN_CHAPTERS else ())
            run, step = [i], 0
        last = year
    found.update(run if len(run) >= MIN_CHAPTERS else ())
    return found


def alone_year(text: str) -> int | None:
    """The year a line says alone ("1984", "2003년"), or None."""
    match = YEAR_RE.fullmatch(text.strip()) if text[:1].isdigit() else None
    return None if match is None else int(match.group(1))
