"""Title, dates and authors of a page, read around the article rather than at the top of the file.

A modern page opens with menus and banners; its dateline and byline sit by the headline, which
stands just above the body the locator found (or, when the locator took a later part for the
body, some way above it, still with its dateline beside it). So: find the headline
(`facts.headline`), read datelines (`facts.datelines`) and bylines (`facts.bylines`) in a few
lines around it and around the body start, then at the end of the body (author boxes,
"Published on"). A window stops at a "Related" or "Comments" heading. When no dateline or byline
stands in those windows, the locator may have taken a later part of the page for the body: a
dateline signed by a byline or a reading time above it (`facts.article_head`) is the head, or
else a labelled byline read away from the body ("Written by ..." under a body placed in a menu),
and the windows are read again around it.

A wrong value is worse than none: two undated-kind datelines of different days, with nothing to
tell which is the article's, give no date and a note saying so.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from scrapelint.facts.article_head import head_above
from scrapelint.facts.byline_window import (
    MAX_LABEL_CHARS,
    bare_byline,
    boxed_below,
    labelled_byline,
    named_in_bio,
    signed_anywhere,
    signed_at_end,
)
from scrapelint.facts.bylines import Byline, author_box, byline_at, site_owner, weak_labelled
from scrapelint.facts.dated_headline import dated_headline
from scrapelint.facts.dateline_choice import (
    Ranks,
    beside_byline,
    beside_kicker,
    beside_repeat,
    choose,
    labelled_anywhere,
)
from scrapelint.facts.datelines import Dateline, datelines
from scrapelint.facts.dates import DateMention, find_all_dates, has_year_hint
from scrapelint.facts.headline import (
    META_AFTER,
    MIN_TITLE_SCORE,
    REACH_BEFORE,
    REACH_INTO,
    WEIGHTS,
    Headline,
    Weights,
    find_headline,
    strip_site_suffix,
)
from scrapelint.facts.headline_context import listed_elsewhere
from scrapelint.facts.meta_row import meta_row
from scrapelint.facts.meta_words import WORDS
from scrapelint.facts.personal_site import personal_site

# Non-blank lines read around the headline (before, after) and the body start.
HEAD_BEFORE, HEAD_AFTER = 4, 8
START_BEFORE, START_AFTER = 8, 5
# Non-blank lines read at the end of the body and after it.
END_BEFORE, END_AFTER = 6, 10
# A dateline opens its line ("Updated: Dec 9, 2024If you are serving ..." glues one to prose),
# and a byline with its dateline fits in this many characters: only they are read for dates, not
# the years all along a paragraph.
DATED_HEAD = 160
# A personal site names its owner in its first lines ("Jane Doe", "Jane Doe's blog").
OWNER_LINES = 2


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: Headline | None = None
    date: Dateline | None = None
    updated: Dateline | None = None
    byline: Byline | None = None
    conflict: tuple[Dateline, Dateline] | None = None  # datelines that disagree, left unreported
    # Every dateline read, in page order, wherever it stands: what another source's date can be
    # checked against.
    datelines: tuple[Dateline, ...] = ()


def read_page(
    lines: Sequence[str],
    body: tuple[int, int] | None = None,
    mentions: Sequence[DateMention] | None = None,
    weights: Weights = WEIGHTS,
) -> PageMeta:
    """Title, dates and byline of the page `lines`; `body` is the located article (start, end)."""
    nonblank = _nonblank(lines, body[1] if body is not None else len(lines))
    if not nonblank:
        return PageMeta()
    start, end = body if body is not None else (nonblank[0], len(lines))
    page, near = _read(lines, nonblank, start, end, mentions, weights)
    if near:
        return page
    # Nothing beside the body's start: the locator may have taken a later part for the body,
    # under a head that says what it is.
    head = head_above(lines, nonblank, _rank_at(nonblank, start))
    if head is None and page.byline is not None and page.byline.line not in nonblank[:OWNER_LINES]:
        head = page.byline.line + 1  # a labelled byline read away from the body marks the head
    if head is None:
        return page
    again, near = _read(lines, nonblank, head, end, None, weights)
    return again if near else page


def headline_line(lines: Sequence[str], body: tuple[int, int]) -> int | None:
    """The line of the page's headline as `read_page` reads it around `body`, when it is sure
    enough to report (`MIN_TITLE_SCORE`): the line a fix keeps as the article's title."""
    title = read_page(lines, body).title
    return title.line if title is not None and title.score >= MIN_TITLE_SCORE else None


def _read(
    lines: Sequence[str],
    nonblank: Sequence[int],
    start: int,
    end: int,
    mentions: Sequence[DateMention] | None,
    weights: Weights,
) -> tuple[PageMeta, bool]:
    """The page's metadata read around a body from `start` to `end`, and whether its windows
    held a dateline or a byline (else what was found comes from further away)."""
    rank = Ranks(nonblank)
    start_rank, end_rank = _rank_at(nonblank, start), _rank_at(nonblank, end)
    low = max(0, start_rank - REACH_BEFORE - META_AFTER)
    reach = nonblank[low : start_rank + REACH_INTO + 8]
    if mentions is None:
        read = _date_lines(lines, nonblank, reach, start_rank, end_rank)
        mentions = find_all_dates(lines, read, head=DATED_HEAD)
    stamps = datelines(lines, mentions)
    # A "Related" list's dates are its articles', not this one's (unless the list holds the
    # article itself: `beside_repeat`).
    listed = listed_elsewhere(lines, nonblank, range(low, low + len(reach)))
    own = [d for d in stamps if rank[d.line] not in listed]
    meta_lines = {d.line for d in own} | _label_lines(lines, reach)
    headline = find_headline(lines, start, meta_lines, weights, nonblank, listed)
    dated = dated_headline(lines, own, nonblank, start, weights)
    if dated is not None and (headline is None or headline.score < dated.score):
        headline = dated  # "Dec 18 2025 Preparing a transition": a blog's title on its dateline
    window: list[int] = []
    if headline is not None:
        window += _around(lines, nonblank, rank[headline.line], HEAD_BEFORE, HEAD_AFTER)
    window += _around(lines, nonblank, start_rank, START_BEFORE, START_AFTER)
    near = sorted(set(window))
    tail = _around(lines, nonblank, end_rank, END_BEFORE, END_AFTER)
    anchor = rank[headline.line] if headline is not None else start_rank
    skip = {headline.line} if headline is not None else set()
    title_line = headline.line if headline is not None else None
    window_lines = [i for i in near if i not in skip]
    title_text = headline.text if headline is not None else ""
    box = author_box(lines, tail)
    # A byline that says it is one, by the headline or at the end, before a bare name.
    byline = labelled_byline(lines, window_lines, own) or box or signed_at_end(lines, tail)
    byline = byline or bare_byline(lines, window_lines, own, title_line, title_text)
    byline = byline or meta_row(lines, window_lines)
    page = nonblank[: end_rank + END_AFTER + 1]
    byline = byline or named_in_bio(lines, window_lines, page)
    # At the end of the article a plain date counts beside the author box ("Written by ...").
    signed = {i for i in tail if box is not None and abs(rank[i] - rank[box.line]) <= 2}
    date, updated, conflict = choose(own, set(near), set(tail), signed, rank, anchor)
    found = byline is not None or date is not None
    byline = byline or _prefixed(lines, reach, own, rank, anchor)
    byline = byline or signed_anywhere(lines, nonblank[: _rank_at(nonblank, end) + 1])
    byline = byline or boxed_below(lines, page[-1] + 1)
    byline = byline or site_owner(lines, nonblank[:OWNER_LINES])
    byline = byline or personal_site(lines, nonblank[0], (start, end))
    if date is None and conflict is None:
        date = labelled_anywhere(own, end) or beside_byline(own, byline, rank)
        date = date or beside_repeat(stamps, lines, title_line, rank)
        date = date or beside_kicker(own, lines, title_line, set(tail), rank)
    title = None
    if headline is not None:
        text = strip_site_suffix(headline.text, _site_text(lines, tail))
        title = Headline(headline.line, text, headline.score)
    return PageMeta(title, date, updated, byline, conflict, tuple(stamps)), found


def _nonblank(lines: Sequence[str], end: int) -> list[int]:
    """The non-blank lines down to the end window under the body's `end`: the footer below it is
    never read, and on a long page it holds most of the lines."""
    found = [i for i in range(min(end, len(lines))) if lines[i].strip()]
    after = 0
    for i in range(end, len(lines)):
        if lines[i].strip():
            found.append(i)
            after += 1
            if after > END_AFTER + 1:
                break
    return found


def _date_lines(
    lines: Sequence[str],
    nonblank: Sequence[int],
    reach: Sequence[int],
    start_rank: int,
    end_rank: int,
) -> set[int]:
    """The lines whose dates can matter: where the headline may stand, the end window, and the
    short lines above the body that a "Published" label names (on the line or the one over it);
    never the prose of the body nor the page's footer, which hold most of its lines."""
    last = min(len(nonblank), end_rank + END_AFTER + 1)
    labelled = set()
    for rank in range(min(last, start_rank + START_AFTER + 1)):
        index = nonblank[rank]
        if len(lines[index]) <= MAX_LABEL_CHARS and has_year_hint(lines[index]):
            here = WORDS.mentions("published", lines[index])
            if here or (rank and WORDS.mentions("published", lines[nonblank[rank - 1]])):
                labelled.add(index)
    return labelled | set(reach) | set(nonblank[max(0, end_rank - END_BEFORE) : last])


def _site_text(lines: Sequence[str], tail: Sequence[int]) -> str:
    """The page's copyright lines, which name the site."""
    return " ".join(lines[i] for i in tail if WORDS.mentions("copyright", lines[i]))


def _label_lines(lines: Sequence[str], nonblank: Sequence[int]) -> set[int]:
    """Lines that are bylines or reading times: they mark where the headline stands."""
    found = set()
    for index in nonblank:
        text = lines[index]
        if len(text) > MAX_LABEL_CHARS:
            continue
        label = text.lstrip("*#> ")
        if (WORDS.may_open("byline", label) and WORDS.byline_prefix.match(label)) or (
            WORDS.mentions("reading_time", text) or weak_labelled(label)
        ):
            found.add(index)
    return found


def _rank_at(nonblank: Sequence[int], index: int) -> int:
    """The rank of the first non-blank line at or after `index` (the last one past the end)."""
    return min(bisect_left(nonblank, index), len(nonblank) - 1)


def _around(
    lines: Sequence[str], nonblank: Sequence[int], rank: int, before: int, after: int
) -> list[int]:
    """Line indices within `before`/`after` non-blank lines of `rank`, stopping at a heading
    over other articles or comments."""
    found = [nonblank[rank]] if 0 <= rank < len(nonblank) else []
    elsewhere = WORDS.elsewhere
    for step, reach in ((-1, before), (1, after)):
        r = rank + step
        while 0 <= r < len(nonblank) and abs(r - rank) <= reach:
            text = lines[nonblank[r]]
            if len(text) <= MAX_LABEL_CHARS and elsewhere.match(text.strip()):
                break
            found.append(nonblank[r])
            r += step
    return found


def _prefixed(
    lines: Sequence[str],
    reach: Sequence[int],
    stamps: Sequence[Dateline],
    rank: Ranks,
    anchor: int,
) -> Byline | None:
    """A byline that says it is one ("By", "Written by", names on a dateline) where a headline
    may stand, the nearest to the anchor: the windows missed it when the headline was misread."""
    dated = {d.line for d in stamps}
    prefix, alone = WORDS.byline_prefix, WORDS.byline_alone
    found = [
        byline
        for index in reach
        if len(text := lines[index]) <= MAX_LABEL_CHARS
        # A line with no label and no date is no byline here: the patterns first, in C.
        and (
            index in dated
            or (WORDS.may_open("byline", text) and (prefix.match(text) or alone.match(text)))
            or weak_labelled(text)
        )
        and (byline := byline_at(lines, index, index in dated, near_meta=False)) is not None
    ]
    return min(found, key=lambda b: abs(rank[b.line] - anchor), default=None)
