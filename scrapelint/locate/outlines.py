"""Outlines: sections of a short heading over a list of whole points, three or more in a row.

A health page ("Symptoms" / "* Pain that starts during exercise and eases with rest" / "Causes" /
...), a gardener's month ("Week 1 (1-7 March)" over its jobs), a changelog or a market report
is written as an outline: little prose, and lists that are the article. Read line by line, its
points are short lines without a full stop, and its headings bad ones: the span search tolls
them like a menu and finds the body in a disclaimer or a comment thread. A mega-menu's or a
footer's columns list links of a word or two; a sidebar's boxes of headlines seldom stand three
in a row under headings of their own, each with points of several words.

`outline_sections` finds them; `mark_outlines` makes their points content lists (LIST), worth a
little to the span search rather than a menu's toll. Their headings stay as they were: as the
article's own headings, which let prose flow on, they carried the body over three boxes of
headlines under it ("Related", "Most read", "Latest"). `entries` keeps an outline the body
missed.
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


def outline_sections(
    texts: Sequence[str],
    feats: Sequence[LineFeatures],
    index: Sequence[int],
    gap: int = OUTLINE_GAP,
) -> list[list[Section]]:
    """The outlines among the blocks (`texts`, `feats`, and their line numbers `index`), each a
    list of `OUTLINE_SECTIONS` sections or more, at most `gap` blocks apart."""
    found: list[list[Section]] = []
    sections: list[Section] = []
    block = 0
    while block < len(texts):
        if sections and block > sections[-1][1] + 1 + gap:
            _close(sections, found)
            sections = []
        end = _section_end(texts, feats, index, block)
        if end is None:
            block += 1
            continue
        sections.append((block, end))
        block = end + 1
    _close(sections, found)
    return found


def mark_outlines(
    texts: Sequence[str], feats: Sequence[LineFeatures], index: Sequence[int], classes: list[str]
) -> None:
    """Promote the points of every outline to LIST, in place (a paragraph announcing them stays
    one)."""
    for outline in outline_sections(texts, feats, index):
        for heading, end in outline:
            for k in range(heading + 1, end + 1):
                if classes[k] != GOOD or feats[k].list_item:
                    classes[k] = LIST


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
