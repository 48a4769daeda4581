"""Where the article body starts and ends, once the best run of prose has been found.

The span search (`span.best_span`) finds the run of lines with the most prose value;
its edges are then set by the shape of the lines around them: the body starts at a paragraph,
reaches back over touching paragraphs and content lists and over one short line between two of
them (jusText's context rule; a recipe's "Method" between its ingredients and its steps), and
runs on over a list of whole sentences that continues it and over the paragraphs after such a
list.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from scrapelint.locate.blocks import GOOD, LIST, NEAR
from scrapelint.text.line_features import LineFeatures

# A line of at most this many words may sit between two paragraphs of the body.
BRIDGE_WORDS = 6


class ScoredLine(NamedTuple):
    """A non-blank line with its features, prose score and class (a named tuple: one is built
    for every line on every pass, faster than a frozen dataclass)."""

    index: int  # type: ignore[assignment]  # the line's number; shadows tuple.index, unused
    feats: LineFeatures
    score: float
    cls: str


def _bridge(b: ScoredLine) -> bool:
    """A single short line that may stand between two paragraphs of one article."""
    return b.cls != GOOD and b.feats.words <= BRIDGE_WORDS and not b.feats.list_item


def _sentence(b: ScoredLine) -> bool:
    """A prose-like line that closes a sentence: a short paragraph, not a heading or a teaser."""
    return b.cls == NEAR and b.feats.ends_sentence and not b.feats.list_item


def paragraph(b: ScoredLine) -> bool:
    """A real paragraph (not a bulleted teaser)."""
    return b.cls == GOOD and not b.feats.list_item


def _resumes(b: ScoredLine) -> bool:
    """A line above a short one at the body's start that the body reaches back to: a paragraph,
    an item of a content list (a recipe's ingredients over its "Method"), or a short sentence
    ("Serves 4.") over such a list's heading."""
    return paragraph(b) or b.cls == LIST or _sentence(b)


def _continues_list(last: ScoredLine, b: ScoredLine) -> bool:
    """A list item of whole sentences right after one the body ends with: the list goes on.

    Teaser lists ("- Headline Summary of another story") do not close their sentences.
    """
    f = b.feats
    return last.feats.list_item and f.list_item and f.ends_sentence and b.cls in (GOOD, NEAR, LIST)


def _after_list(last: ScoredLine, b: ScoredLine) -> bool:
    """A paragraph right after a list of whole sentences the body ends with: the text goes on.

    List items do not let prose flow on (a bulleted teaser is no paragraph), so the paragraph
    after a content list pays an entry fee it rarely earns back; touching the list, it is the
    article's next paragraph.
    """
    return last.feats.list_item and last.feats.ends_sentence and paragraph(b)


def trim(
    blocks: list[ScoredLine], s: int, e: int, headings: Collection[int] = ()
) -> tuple[int, int]:
    """Start the body at its first paragraph, under its clock time when it is a live blog's
    entry (`headings`, see `numbered.timestamp_headings`); let it run on over a list that
    continues it, and over the paragraphs that touch its end once it has been widened."""
    while s < e and blocks[s].cls != GOOD:
        s += 1
    # A paragraph touching the body is part of it, even one too short to pay its entry fee.
    # So is one behind a single short line (a subheading, a dateline): jusText's context rule.
    while True:
        if s > 0 and (blocks[s - 1].cls in (GOOD, LIST) or _sentence(blocks[s - 1])):
            s -= 1
        elif s > 1 and _bridge(blocks[s - 1]) and _resumes(blocks[s - 2]):
            s -= 2
        else:
            break
    while s < e and blocks[s].cls == LIST:  # ...but the body does not open with a list
        s += 1
    # The first entry's time ("19:05 Uhr"), with the entry's own heading under it, opens the
    # body. (A numbered heading does not: a breadcrumb's "1. Home" stands right over many a
    # page's first paragraph.)
    while s > 0 and s - 1 in headings:
        s -= 1
    while e < len(blocks):
        last, b = blocks[e - 1], blocks[e]
        if _continues_list(last, b) or _after_list(last, b) or (paragraph(last) and paragraph(b)):
            e += 1
        elif e + 1 < len(blocks) and _bridge(blocks[e]) and paragraph(blocks[e + 1]):
            e += 2
        else:
            break
    # A list right after the body, possibly under its own heading line, continues the article.
    head = 1 if e + 1 < len(blocks) and blocks[e].cls != LIST else 0
    if e + head < len(blocks) and blocks[e + head].cls == LIST:
        e += head
        while e < len(blocks) and blocks[e].cls == LIST:
            e += 1
    return s, e


def within_reach(blocks: Sequence[ScoredLine], reach: int) -> list[int]:
    """The ranks of the blocks up to the `reach`-th one that is no row of a table and no item of
    a list."""
    counted = 0
    for rank, b in enumerate(blocks):
        if b.cls != LIST and not b.feats.list_item:
            counted += 1
            if counted > reach:
                return list(range(rank))
    return list(range(len(blocks)))
