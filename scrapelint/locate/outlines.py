"""Outlines: sections of a short heading over a list of whole points, three or more in a row.

A health page ("Symptoms" / "* Pain that starts during exercise and eases with rest" / "Causes" /
...), a gardener's month ("Week 1 (1-7 March)" over its jobs), a changelog or a market report
is written as an outline: little prose, and lists that are the article. Read line by line, its
points are short lines without a full stop, and its headings bad ones: the span search tolls
them like a menu and finds the body in a disclaimer or a comment thread. A mega-menu's or a
footer's columns list links of a word or two; a sidebar's boxes of headlines seldom stand three
in a row under headings of their own, each with points of several words.

`sections` finds the sections once per reading and `grouped` the outlines they make;
`mark_outlines` makes their points content lists (LIST), worth a little to the span search rather
than a menu's toll. Their headings stay as they were: as the article's own headings, which let
prose flow on, they carried the body over three boxes of headlines under it ("Related", "Most
read", "Latest"). `entries` groups the same sections again, further apart, and keeps an outline
the body missed.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.blocks import GOOD, LIST
from scrapelint.locate.lists import MIN_ITEM_WORDS, table_row
from scrapelint.text.line_features import LineFeatures

# An outline holds this many sections in a row, each of this many list items or more, averaging
# `MIN_ITEM_WORDS` words (`lists`): points, not links.
OUTLINE_SECTIONS = 3
SECTION_ITEMS = 2
# Sections of one outline stand at most this many other lines apart (an ad's label, a link).
OUTLINE_GAP = 2
# A section's heading holds at most this many words and closes no sentence.
HEADING_WORDS = 8

# A section: the blocks of its heading and of its last item.
Section = tuple[int, int]


def sections(
    texts: Sequence[str], feats: Sequence[LineFeatures], index: Sequence[int]
) -> list[Section]:
    """Every section among the blocks, in order: a short heading over its points or rows."""
    found: list[Section] = []
    block = 0
    while block < len(texts):
        end = _section_end(texts, feats, index, block)
        if end is None:
            block += 1
            continue
        found.append((block, end))
        block = end + 1
    return found


def grouped(found: Sequence[Section], gap: int = OUTLINE_GAP) -> list[list[Section]]:
    """The outlines the sections `found` make: `OUTLINE_SECTIONS` or more in a row, each at most
    `gap` blocks after the last."""
    outlines: list[list[Section]] = []
    run: list[Section] = []
    for section in found:
        if run and section[0] > run[-1][1] + 1 + gap:
            _close(run, outlines)
            run = []
        run.append(section)
    _close(run, outlines)
    return outlines


def mark_outlines(
    texts: Sequence[str], feats: Sequence[LineFeatures], index: Sequence[int], classes: list[str]
) -> list[Section]:
    """Promote the points of every outline to LIST, in place (a paragraph announcing them stays
    one); return every section found, for `entries` to group again."""
    found = sections(texts, feats, index)
    for outline in grouped(found):
        for heading, end in outline:
            for k in range(heading + 1, end + 1):
                if classes[k] != GOOD or feats[k].list_item:
                    classes[k] = LIST
    return found


def _close(sections: list[Section], found: list[list[Section]]) -> None:
    if len(sections) >= OUTLINE_SECTIONS:
        found.append(sections)


def _section_end(
    texts: Sequence[str], feats: Sequence[LineFeatures], index: Sequence[int], block: int
) -> int | None:
    """The last block of a section opening at `block` (a short heading, no list item, over
    `SECTION_ITEMS` list items or more averaging `MIN_ITEM_WORDS` words, maybe behind a line
    that announces them, or over a table's rows: a market report's), or None."""
    heading = feats[block]
    if heading.list_item or heading.words > HEADING_WORDS or heading.ends_sentence:
        return None
    first = block + 1
    if first < len(texts) and not feats[first].list_item and texts[first].rstrip().endswith(":"):
        first += 1  # "Most cases get better with simple self-care:"
    rows = first < len(texts) and table_row(texts[first])
    end = first
    while end < len(texts) and (table_row(texts[end]) if rows else feats[end].list_item):
        end += 1
        if end < len(texts) and index[end] != index[end - 1] + 1:
            break  # a list or a table is one block of lines: a blank line ends it
    if end - first < SECTION_ITEMS:
        return None
    if not rows and sum(f.words for f in feats[first:end]) < MIN_ITEM_WORDS * (end - first):
        return None
    return end - 1
