"""Entries headed by when they happened, other than a live blog's clock times
(`numbered.timestamp_headings`): a recording's chapters ("03:40 How it began"), a match's
minutes of play ("88'"), a timeline's years alone over their sentences ("1984", "1997년"). Read
one by one, they are short lines a menu or an archive's list would hold; in a sequence they head
the article's items, and the span search (`span.block_values`) lets prose flow on across them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.text.lazy_pattern import lazy

# A chapter of a recording: a bullet or none, a time from its start ("00:00", "1:02:45"), a dash
# or nothing, and what is said from then on ("* 02:45 The phone box in Wemford").
CHAPTER_RE = lazy(r"\W{0,3}(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)\W{0,3}\s[^\d\s]")
# A recording's chapters come this many in a row, or more.
MIN_CHAPTERS = 3
# The minute of play opening a commentary's entry, stoppage time after it maybe: "93'", "45'+2'",
# "90+4'"; the entry on the line, or under it when the minute stands alone.
MINUTE_RE = lazy(r"(\d{1,3})(?:\+\d{1,2})?['’′](?:\s?\+\s?\d{1,2}['’′]?)?(?:\s+\S|\s*$)")
# A minute standing alone heads the entry under it; each minute is at most this many blocks
# after the last.
MINUTE_GAP = 6


def chapter_lines(texts: Sequence[str]) -> set[int]:
    """The blocks of a recording's chapters: lines that open with a time counted from its start,
    the first at zero and each later than the one before ("00:00 Intro", "03:40 How it began"),
    `MIN_CHAPTERS` or more in a row: a podcast's show notes, a video's description. A player's
    "0:00 / 58:14" names no chapter; a live blog's times of day start at no zero."""
    found: set[int] = set()
    run: list[int] = []
    last = -1  # the start of the run's last chapter, in seconds
    for i, text in enumerate(texts):
        # Most lines open with no digit, bullet or not: no pattern for them.
        match = CHAPTER_RE.match(text) if text.lstrip("*-\u2022([ ")[:1].isdigit() else None
        start = _seconds(match) if match else -1
        if run and start > last:
            run.append(i)
        else:
            if len(run) >= MIN_CHAPTERS:
                found.update(run)
            run = [i] if start == 0 else []
        last = start
    if len(run) >= MIN_CHAPTERS:
        found.update(run)
    return found


def minute_lines(texts: Sequence[str]) -> set[int]:
    """The entries of a match's running commentary: lines that open with the minute of play
    ("93' GOL! Ferlazzo ...", "45'+2' Fine primo tempo", or "88'" alone over its entry),
    `MIN_CHAPTERS` or more, each within `MINUTE_GAP` blocks of the last, in the order of play or
    newest first. A substitution's or a booking's line of names reads as chrome and made the
    next entry pay for resuming the article."""
    found: set[int] = set()
    run: list[int] = []
    last, step = -1, 0  # the run's last minute, and its direction once two minutes differ
    for i, text in enumerate(texts):
        match = MINUTE_RE.match(text) if text[:1].isdigit() else None
        if match is None or (match.end() == len(text.rstrip()) and not entry_under(texts, i)):
            continue
        minute = int(match.group(1))
        direction = (minute > last) - (minute < last)
        if run and i - run[-1] <= MINUTE_GAP and direction * step >= 0:
            run.append(i)
            step = step or direction
        else:
            if len(run) >= MIN_CHAPTERS:
                found.update(run)
            run, step = [i], 0
        last = minute
    if len(run) >= MIN_CHAPTERS:
        found.update(run)
    return found


def entry_under(texts: Sequence[str], i: int) -> bool:
    """Whether a minute alone on its line stands over its entry: a sentence, where a roster's
    heights ("6'") stand over a position ("Guard")."""
    return i + 1 < len(texts) and is_entry(texts[i + 1])


def is_entry(text: str) -> bool:
    """Whether a line is an entry under its minute or its year: a sentence."""
    text = text.rstrip()
    return text[:1].isalpha() and text.endswith((".", "!", "?", "…", '"', "”"))


def _seconds(match: re.Match) -> int:
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return (hours * 60 + minutes) * 60 + seconds


# A timeline has this many years or more, each at most `YEAR_GAP` blocks after the last (its
# entry, and a box of links between two of them).
MIN_YEARS = 3
YEAR_GAP = 6
# A year alone, maybe with its CJK counter or a closing colon ("1984", "2003년", "1997年", "2011:").
YEAR_RE = lazy(r"(1[6-9]\d\d|20\d\d)(?:년|年)?:?")


def year_lines(texts: Sequence[str]) -> set[int]:
    """The years of a timeline: years alone over their entries (`entry_under`), `MIN_YEARS` or
    more, each within `YEAR_GAP` blocks of the last (an ad or a box of links between), going one
    way. An archive's years head no sentence, and a table's column of years
    stands over more figures."""
    found: set[int] = set()
    run: list[int] = []
    last, step = -1, 0  # the run's last year, and its direction once two years differ
    for i, text in enumerate(texts):
        year = alone_year(text)
        if year is None or not entry_under(texts, i):
            continue
        direction = (year > last) - (year < last)
        if run and i - run[-1] <= YEAR_GAP and direction * step >= 0:
            run.append(i)
            step = step or direction
        else:
            found.update(run if len(run) >= MIN_YEARS else ())
            run, step = [i], 0
        last = year
    found.update(run if len(run) >= MIN_YEARS else ())
    return found


def alone_year(text: str) -> int | None:
    """The year a line says alone ("1984", "2003년"), or None."""
    text = text.strip()
    match = YEAR_RE.fullmatch(text) if text[:1].isdigit() else None
    return None if match is None else int(match.group(1))
