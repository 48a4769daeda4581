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

So is an outline: `OUTLINE_SECTIONS` sections or more in a row, each a short heading over a list
of whole points ("Symptoms" / "* Pain that starts during exercise and eases with rest" /
"Causes" / ...), a health page's or a changelog's shape. A footer's or a mega-menu's columns list
links of a word or two.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from scrapelint.locate.blocks import GOOD, LIST, NEAR
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.lists import MIN_ITEM_WORDS, table_row

# The entries hold this many lines each, on average.
ENTRY_BLOCKS = 3
# An outline holds this many sections in a row, each of this many list items or more, averaging
# `MIN_ITEM_WORDS` words (`lists`): points, not links.
OUTLINE_SECTIONS = 3
SECTION_ITEMS = 2
# Sections of one outline stand at most this many other lines apart (an ad's label, a link).
OUTLINE_GAP = 2
# A list item of this many words or more, a table's row, or a heading of at most `HEADING_WORDS`
# over prose, a list or a table, belongs to the section that opens or closes the ranking.
ITEM_WORDS = 3
HEADING_WORDS = 8


def entry_lines(
    lines: Sequence[str], blocks: Sequence[ScoredLine], runs: Sequence[Sequence[int]]
) -> set[int]:
    """The lines (by index) of the rankings among the numbered sequences `runs` (blocks), with
    the sections that open and close them."""
    found: set[int] = set()
    numbered = {i for run in runs for i in run}
    for run in runs:
        size = (run[-1] - run[0]) / (len(run) - 1)
        if size < ENTRY_BLOCKS:
            continue
        first, last = run[0], min(len(blocks), run[-1] + round(size)) - 1
        first = _reach(lines, blocks, first, -1, numbered)
        last = _reach(lines, blocks, last, 1, numbered)
        found.update(range(blocks[first].index, blocks[last].index + 1))
    return found


def outline_lines(lines: Sequence[str], blocks: Sequence[ScoredLine]) -> set[int]:
    """The lines (by index) of the outlines among the blocks, with the prose that opens and
    closes them."""
    found: set[int] = set()
    sections: list[tuple[int, int]] = []  # (heading block, last item block) of the outline
    index = 0
    while index < len(blocks):
        if sections and index > sections[-1][1] + 1 + OUTLINE_GAP:
            _outline(lines, blocks, sections, found)
            sections = []
        end = _section_end(lines, blocks, index)
        if end is None:
            index += 1
            continue
        sections.append((index, end))
        index = end + 1
    _outline(lines, blocks, sections, found)
    return found


def _section_end(lines: Sequence[str], blocks: Sequence[ScoredLine], index: int) -> int | None:
    """The last block of a section opening at `index` (a short heading, no list item, over
    `SECTION_ITEMS` list items or more averaging `MIN_ITEM_WORDS` words, maybe behind a line
    that announces them, or over a table's rows: a market report's), or None."""
    heading = blocks[index]
    if (
        heading.feats.list_item
        or heading.feats.words > HEADING_WORDS
        or heading.feats.ends_sentence
    ):
        return None
    first = index + 1
    if first < len(blocks) and _intro(lines, blocks[first]):
        first += 1  # "Most cases get better with simple self-care:"
    rows = first < len(blocks) and table_row(lines[blocks[first].index])
    end = first
    while end < len(blocks) and (
        table_row(lines[blocks[end].index]) if rows else blocks[end].feats.list_item
    ):
        end += 1
        if end < len(blocks) and blocks[end].index != blocks[end - 1].index + 1:
            break  # a list or a table is one block of lines: a blank line ends it
    items = blocks[first:end]
    if len(items) < SECTION_ITEMS:
        return None
    if not rows and sum(b.feats.words for b in items) < MIN_ITEM_WORDS * len(items):
        return None
    return end - 1


def _intro(lines: Sequence[str], b: ScoredLine) -> bool:
    """A line that announces a list: no list item, closed by a colon."""
    return not b.feats.list_item and lines[b.index].rstrip().endswith(":")


def _outline(
    lines: Sequence[str],
    blocks: Sequence[ScoredLine],
    sections: Sequence[tuple[int, int]],
    found: set[int],
) -> None:
    """Add an outline's lines to `found`, when it has sections enough."""
    if len(sections) < OUTLINE_SECTIONS:
        return
    first = _reach(lines, blocks, sections[0][0], -1, ())
    last = _reach(lines, blocks, sections[-1][1], 1, ())
    found.update(range(blocks[first].index, blocks[last].index + 1))


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
