"""Which of the datelines around the article is its publication date, and which its revision.

`page_meta` reads the datelines (`datelines`) in windows around the headline and the body start
and at the end of the body; here one is chosen: a "Published" one before a plain one before an
"Updated" one, the nearest to the headline (under it rather than over it) first. Two plain ones
about as near that name different days are a conflict: no date, and the caller says why. When
the windows hold none, a "Published" dateline anywhere above the body counts if all such
agree, and so does the dateline beside the byline, or under a repeat of the headline (a
"Recent posts" list holds the article itself), or the one dateline at the end beside the
label that also stands over the headline (the post's category and date printed under the body).
A "Last updated: <date>" note alone is none: the page was revised after it came out (a "Last
updated" label alone over the date names the one date field the page prints, and counts).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from scrapelint.facts.bylines import Byline
from scrapelint.facts.datelines import PLAIN, PUBLISHED, UPDATED, Dateline
from scrapelint.text.document import line_content

# How far from the byline its dateline may stand (non-blank lines).
BYLINE_REACH = 2
# A category label over the headline or beside a date is a short line.
MAX_KICKER_CHARS = 40
# How many non-blank lines over the headline its category label may stand.
KICKER_REACH = 3
# Two unlabelled datelines this close in distance to the headline are equally likely.
CONFLICT_REACH = 1


class Ranks:
    """A non-blank line's rank among the non-blank lines, found by bisection when asked (a
    dict of every line would cost a pass over the whole page)."""

    def __init__(self, nonblank: Sequence[int]) -> None:
        self.nonblank = nonblank

    def __getitem__(self, index: int) -> int:
        return bisect_left(self.nonblank, index)


def choose(
    stamps: Sequence[Dateline],
    near: set[int],
    tail: set[int],
    signed: set[int],
    rank: Ranks,
    anchor: int,
) -> tuple[Dateline | None, Dateline | None, tuple[Dateline, Dateline] | None]:
    """(publication, revision, conflict) from the datelines in the windows: around the headline
    and body start any dateline, at the end a labelled one or one beside the author box."""
    here = [d for d in stamps if d.line in near]
    here += [
        d
        for d in stamps
        if d.line in tail and d.line not in near and (d.kind == PUBLISHED or d.line in signed)
    ]

    def distance(d: Dateline) -> tuple[int, int]:
        offset = rank[d.line] - anchor
        return (abs(offset) + (0 if offset >= 0 else 1), d.mention.start)

    published = sorted((d for d in here if d.kind == PUBLISHED), key=distance)
    plain = sorted((d for d in here if d.kind == PLAIN), key=distance)
    revised = sorted((d for d in here if d.kind == UPDATED), key=distance)
    updated = revised[0] if revised else None
    if published:
        return published[0], _later(updated, published[0]), None
    if plain:
        first = plain[0]
        others = [d for d in plain[1:] if d.mention.date != first.mention.date]
        if others and distance(others[0])[0] - distance(first)[0] <= CONFLICT_REACH:
            return None, updated, (first, others[0])
        return first, _later(updated, first), None
    if updated is not None and updated.last:
        return None, updated, None  # revised since: the publication date is not printed here
    return updated, None, None


def beside_byline(
    stamps: Sequence[Dateline], byline: Byline | None, rank: Ranks
) -> Dateline | None:
    """The dateline on the byline's line or next to it, wherever the byline was found."""
    if byline is None:
        return None
    near = [d for d in stamps if abs(rank[d.line] - rank[byline.line]) <= BYLINE_REACH]
    dates = {d.mention.date for d in near if d.kind != UPDATED}
    if len(dates) != 1:
        return None  # none, or several that disagree
    return next(d for d in near if d.kind != UPDATED)


def beside_repeat(
    stamps: Sequence[Dateline], lines: Sequence[str], headline: int | None, rank: Ranks
) -> Dateline | None:
    """The dateline under a repeat of the headline elsewhere on the page: a "Recent posts" list
    holds the article itself, with its date (every such repeat must agree)."""
    if headline is None:
        return None
    title = line_content(lines[headline])

    def under_repeat(d: Dateline) -> bool:
        r = rank[d.line]
        over = rank.nonblank[r - 1] if r > 0 else headline
        return over != headline and line_content(lines[over]) == title

    found = [d for d in stamps if d.kind != UPDATED and under_repeat(d)]
    if found and all(d.mention.date == found[0].mention.date for d in found):
        return found[0]
    return None


def beside_kicker(
    stamps: Sequence[Dateline],
    lines: Sequence[str],
    headline: int | None,
    tail: set[int],
    rank: Ranks,
) -> Dateline | None:
    """The one dateline at the end of the body when a label beside it also stands over the
    headline ("Industry Insights" over the headline, "Industry Insights" / "February 10, 2025"
    under the body): the post's own meta block. Several dates there are a list of other posts."""
    closing = [d for d in stamps if d.line in tail and d.kind != UPDATED]
    if headline is None or len({d.line for d in closing}) != 1:
        return None
    nonblank = rank.nonblank
    kickers = {
        line_content(lines[i])
        for i in nonblank[max(0, rank[headline] - KICKER_REACH) : rank[headline]]
        if len(lines[i]) <= MAX_KICKER_CHARS
    }
    at = rank[closing[0].line]
    beside = {line_content(lines[i]) for i in (*nonblank[at - 1 : at], *nonblank[at + 1 : at + 2])}
    return closing[0] if (kickers & beside) - {""} else None


def labelled_anywhere(stamps: Sequence[Dateline], end: int) -> Dateline | None:
    """A "Published" dateline elsewhere above the body's end, when every such one names the
    same day (the locator may have put the body below the article's head)."""
    labelled = [d for d in stamps if d.kind == PUBLISHED and d.line < end]
    if labelled and all(d.mention.date == labelled[0].mention.date for d in labelled):
        return labelled[0]
    return None


def _later(updated: Dateline | None, published: Dateline) -> Dateline | None:
    if updated is None or updated.mention.date <= published.mention.date:
        return None
    return updated
