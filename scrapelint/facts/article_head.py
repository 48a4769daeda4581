"""Where the article's head stands when nothing beside the located body says so.

The locator may take a later part of a page for the article (a comparison table, a second
section, the last paragraphs), far under the headline. The article's head then stands above,
out of the windows `page_meta` reads: a dateline with the byline or a reading time beside it
("Jane Doe" / "Last Updated: Dec 17, 2025 • 5 min read"). One such group above the body is
the head; several are a list of other articles (cards of a blog index, "Related posts"), and
then none is taken.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.facts.byline_window import MAX_LABEL_CHARS
from scrapelint.facts.bylines import byline_at
from scrapelint.facts.datelines import datelines
from scrapelint.facts.dates import find_all_dates, has_year_hint
from scrapelint.facts.meta_words import WORDS

# How many non-blank lines from a dateline its byline or reading time may stand.
HEAD_REACH = 3
# The datelines of one head stand this close (published and updated ones, a repeat).
HEAD_SPAN = 4


def head_above(lines: Sequence[str], nonblank: Sequence[int], start_rank: int) -> int | None:
    """The line under the datelines above the body's start that a byline or a reading time
    stands beside; None when there are none, or when they stand apart (several heads)."""
    above = nonblank[:start_rank]
    hinted = [i for i in above if len(lines[i]) <= MAX_LABEL_CHARS and has_year_hint(lines[i])]
    if not hinted:
        return None
    stamps = datelines(lines, find_all_dates(lines, hinted))
    rank = {index: r for r, index in enumerate(above)}
    signed = []
    for stamp in stamps:
        r = rank[stamp.line]
        beside = above[max(0, r - HEAD_REACH) : r + HEAD_REACH + 1]
        if any(_signed(lines, i, i == stamp.line) for i in beside):
            signed.append(r)
    if not signed or max(signed) - min(signed) > HEAD_SPAN:
        return None
    return above[min(max(signed) + HEAD_REACH, len(above) - 1)] + 1


def _signed(lines: Sequence[str], index: int, dated: bool) -> bool:
    """A byline or a reading time on line `index`."""
    text = lines[index]
    if len(text) > MAX_LABEL_CHARS:
        return False
    if WORDS.mentions("reading_time", text):
        return True
    return byline_at(lines, index, dated, near_meta=True) is not None
