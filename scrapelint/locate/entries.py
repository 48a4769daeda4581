"""A ranking of entries, or an outline of sections, is the article's, wherever the body was found.

A product ranking without a paragraph ("1. Lumira Page 7", its price, its screen, its pros and
cons, a shop's button; then "2. ...") gives the span search nothing to find: the body it finds is
a cookie banner's text or the headline's standfirst, and every entry is outside it. A numbered
sequence whose entries hold `ENTRY_BLOCKS` lines or more each, on average, is the article's own
structure; a "Most read" list numbers headlines a line each. From the sequence's first heading
to the end of its last entry, and over the prose and content lists that open it (the ranking's
introduction, "How we tested" and its list) and close it ("The verdict" and its paragraph), the
locator's verdicts are only reported. What the vocabulary rules find there (a shop's button, an
ad's label) still goes.

So is an outline (`outlines`): sections in a row, each a short heading over a list of whole
points, a health page's or a changelog's shape.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from scrapelint.locate.blocks import GOOD, LIST, NEAR
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.lists import table_row
from scrapelint.locate.outlines import HEADING_WORDS, Section, grouped, sections

# The entries hold this many lines each, on average.
ENTRY_BLOCKS = 3
# Sections of an outline may stand this many blocks apart: a shop's box of a heading, its pitch,
# a price and a button between two weeks of a gardener's month.
BOX_GAP = 4
# A list item of this many words or more, a table's row, or a heading of at most `HEADING_WORDS`
# (`outlines`) over prose, a list or a table, belongs to the section that opens or closes the
# ranking.
ITEM_WORDS = 3


def entry_lines(
    lines: Sequence[str],
    blocks: Sequence[ScoredLine],
    runs: Sequence[Sequence[int]],
    min_blocks: float = ENTRY_BLOCKS,
) -> set[int]:
    """The lines (by index) of the rankings among the numbered sequences `runs` (blocks), with
    the sections that open and close them: sequences whose entries hold `min_blocks` blocks
    each, on average (any, for a sequence already known to be the article's)."""
    found: set[int] = set()
    numbered = {i for run in runs for i in run}
    for run in runs:
        size = (run[-1] - run[0]) / (len(run) - 1)
        if size < min_blocks:
            continue
        first, last = run[0], min(len(blocks), run[-1] + round(size)) - 1
        first = _reach(lines, blocks, first, -1, numbered)
        last = _reach(lines, blocks, last, 1, numbered)
        found.update(range(blocks[first].index, blocks[last].index + 1))
    return found


class Outline(NamedTuple):
    """An outline's lines (by index): its sections' headings, and its lines with the prose that
    opens and closes it."""

    headings: tuple[int, ...]
    lines: range


def outline_lines(lines: Sequence[str], blocks: Sequence[ScoredLine]) -> set[int]:
    """The lines (by index) of the outlines among the blocks (`outlines`), with the prose that
    opens and closes them."""
    return {index for outline in outlines(lines, blocks) for index in outline.lines}


def outlines(
    lines: Sequence[str],
    blocks: Sequence[ScoredLine],
    found: Sequence[Section] | None = None,
) -> list[Outline]:
    """The outlines among the blocks (`outlines`), each with the prose that opens and closes
    it; `found` is every section of the blocks, when read already (`reading.Blocks`)."""
    if found is None:
        texts = [lines[b.index] for b in blocks]
        found = sections(texts, [b.feats for b in blocks], [b.index for b in blocks])
    result: list[Outline] = []
    for outline in grouped(found, BOX_GAP):
        first = _reach(lines, blocks, outline[0][0], -1, ())
        last = _reach(lines, blocks, outline[-1][1], 1, ())
        headings = tuple(blocks[heading].index for heading, _ in outline)
        result.append(Outline(headings, range(blocks[first].index, blocks[last].index + 1)))
    return result


def _reach(
    lines: Sequence[str],
    blocks: Sequence[ScoredLine],
    edge: int,
    step: int,
    numbered: Collection[int],
) -> int:
    """The farthest block from `edge`, walking by `step`, over the ranking's own section, up to
    another numbered sequence (a "Most read" list over the ranking)."""
    index = edge
    while 0 <= index + step < len(blocks) and index + step not in numbered:
        if not _section(lines, blocks, index + step):
            break
        index += step
    return index


def _section(lines: Sequence[str], blocks: Sequence[ScoredLine], index: int) -> bool:
    """Prose, a content list's item (an FAQ's question the locator reads as one), a table's row,
    or a heading over one of those."""
    b = blocks[index]
    if b.cls in (GOOD, NEAR, LIST) or table_row(lines[b.index]):
        return True
    if b.feats.list_item:
        return b.feats.words >= ITEM_WORDS
    # A heading stands over what the walk came from (upwards) or goes to (downwards).
    under = index + 1
    if b.feats.words > HEADING_WORDS or under >= len(blocks):
        return False
    below = blocks[under]
    return below.cls in (GOOD, NEAR, LIST) or below.feats.list_item or table_row(lines[below.index])
