"""A headline printed on the same line as its date: "Dec 18 2025 Preparing a transition in
Debusine", "Advent of Code 2025 week 2 20 December 2025".

Personal blogs print the post's title and date on one line over the body. No line there is
shaped like a headline (`headline_shape` refuses a line with a date), so `headline` finds none;
the text beside the date is the title when it is shaped like one. One such line just over the
body is the post's head; several are a list of posts (an archive, "Recent posts"), and then none
is taken.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from scrapelint.facts.datelines import Dateline
from scrapelint.facts.headline import LONG_TITLE, WEIGHTS, Headline, Weights
from scrapelint.facts.headline_context import is_titled, key
from scrapelint.facts.headline_shape import is_headline_shaped, word_count
from scrapelint.text.document import LIST_MARKER_RE

# How many non-blank lines over the body's start (and into it) the dated line may stand.
REACH_BEFORE, REACH_INTO = 3, 1
# What may stand between the date and the title: "Dec 18 2025 — Title", "Title · 20 December".
SEPARATORS = " \t-–—|·•,:"


def dated_headline(
    lines: Sequence[str],
    stamps: Sequence[Dateline],
    nonblank: Sequence[int],
    body_start: int,
    weights: Weights = WEIGHTS,
) -> Headline | None:
    """The title printed beside the date on the one dateline just over (or at) the body start,
    scored as a headline with its dateline under it; None when there is none, or several, or
    the dateline is a list item."""
    start = bisect_left(nonblank, body_start)
    near = set(nonblank[max(0, start - REACH_BEFORE) : start + REACH_INTO])
    dated = [d for d in stamps if d.line in near]
    if len(dated) != 1 or LIST_MARKER_RE.match(lines[dated[0].line]):
        return None  # several dates, or list items: a list of posts or an update log
    found = _beside(lines[dated[0].line], dated[0])
    if found is None:
        return None
    line, text = found
    words = min(word_count(key(text)), LONG_TITLE)
    return Headline(line, text, weights.near_meta + weights.wordy * words / LONG_TITLE)


def _beside(line: str, dateline: Dateline) -> tuple[int, str] | None:
    """(line, title) when the date opens or closes the line and the rest is shaped like a
    headline and reads as a title (three words or more, no person's name: `is_titled`)."""
    mention = dateline.mention
    head, tail = line[: mention.start].strip(SEPARATORS), line[mention.end :].strip(SEPARATORS)
    if head and tail:
        return None  # the date in the middle: a sentence, a label and a time
    text = head or tail
    if not (is_headline_shaped(text) and is_titled(text)):
        return None  # "Dec 17, 2025 · Niko Matsakis on behalf of ...": a byline on its dateline
    return mention.line, text
