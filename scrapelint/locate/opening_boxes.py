"""The article's boxes right above the body, between the page's head and the article's first
paragraph: a box of facts (a book review's title, author, publisher, year and price, a recipe's
times and servings, one labelled fact a line: "Penerbit: Penerbit Kabus Pagi", "Doba přípravy:
20 min"), or a section the article names over its list ("What you need" over the tools of a
how-to whose steps are the body).

A page's head sets one or two labelled lines there ("Published: ...", "Updated: ..."): a run of
`FACT_ROWS` facts or more, each under a label of its own, is a box of the story. The boxes'
position is weak evidence, only reported; and no line of them is the headline, however short
and unpunctuated."""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.blocks import BAD, GOOD
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.section_heading import names_a_section
from scrapelint.locate.tail_tables import PLAIN_FACT_WORDS, cell_label, plain_label

# The fewest facts of a box, each under a label of its own.
FACT_ROWS = 4
# The box's heading, over its facts, has at most this many words; so has the heading of a part
# of a named section's list ("Fyllning").
HEADING_WORDS = 4
# An ad's label between a named section's list and the body has at most this many words.
LABEL_WORDS = 2
# The box starts within this many blocks of the body (a picture's caption between).
FACT_REACH = 4


def opening_box_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks (nearest to the body first) of the article's boxes right above the body."""
    return fact_box_ranks(blocks, lines) or named_section_ranks(blocks, lines)


def named_section_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks of a section the article names ("What you need", "Ingredients") with the list
    under it, right above the body: the list's items nearest to it, the headings of its parts
    ("Pajdeg", "Fyllning": a few words over an item), then the section's name. The body's own
    first heading ("Method") and one label of a few words ("Annons") may stand between the list
    and the body, and are left out."""
    start = 0
    if blocks and _first_heading(blocks[0], lines):
        start = 1
    if start < len(blocks) and _label_between(blocks[start]):
        start += 1
    for rank in range(start, len(blocks)):
        if blocks[rank].feats.list_item:
            continue
        if names_a_section(lines[blocks[rank].index]):
            return set(range(start, rank + 1)) if rank > start else set()
        if not _part_heading(blocks, rank):
            break
    return set()


def _first_heading(b: ScoredLine, lines: Sequence[str]) -> bool:
    """The body's own first heading right over it ("Method", "Vier Räume, vier Kapitel"): a
    name of a section, or a few words of no prose and no item."""
    if names_a_section(lines[b.index]):
        return True
    return not b.feats.list_item and b.feats.words <= HEADING_WORDS and b.cls != GOOD


def _label_between(b: ScoredLine) -> bool:
    """An ad's label between the list and the body ("Annons", "Advertisement"): a word or two,
    no item, no prose."""
    return not b.feats.list_item and b.feats.words <= LABEL_WORDS and b.cls != GOOD


def _part_heading(blocks: Sequence[ScoredLine], rank: int) -> bool:
    """A heading of a part of the list ("Fyllning"): a few words, no chrome, right over an item
    of it (nearer the body)."""
    b = blocks[rank]
    over_item = rank > 0 and blocks[rank - 1].feats.list_item
    return over_item and not b.feats.list_item and b.feats.words <= HEADING_WORDS and b.cls != BAD


def fact_box_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks (nearest to the body first) of the box of labelled facts above the body, or
    none. One line between two of its facts may be no fact ("Italia, Slovenia · 2025 · 104'"
    among a film's credits)."""
    for start in range(min(FACT_REACH, len(blocks))):
        end = _fact_run_end(blocks, lines, start)
        facts = sum(1 for rank in range(start, end) if _label(blocks[rank], lines) is not None)
        if facts >= FACT_ROWS:
            heading = int(end < len(blocks) and _heading(blocks[end], lines))
            between = all(blocks[rank].cls != BAD for rank in range(start))
            return set(range(0 if between else start, end + heading))
    return set()


def _fact_run_end(blocks: Sequence[ScoredLine], lines: Sequence[str], start: int) -> int:
    """Where the run of facts under labels of their own from rank `start` ends. One line that is
    no fact is passed over when a new fact follows it while the run is short of `FACT_ROWS`
    facts, or two once it has them: past them, a line over one more labelled line is the box's
    heading, or the page's headline or dateline over it."""
    labels: set[str] = set()
    end, spared = start, False
    while end < len(blocks):
        label = _label(blocks[end], lines)
        if label is None and not spared and end > start:
            needed = 1 if len(labels) < FACT_ROWS else 2  # facts go on past the line
            following = [_label(b, lines) for b in blocks[end + 1 : end + 1 + needed]]
            new = {f for f in following if f is not None and f not in labels}
            if len(new) == needed:
                spared, end = True, end + 1
                continue
        if label is None or label in labels:
            break
        labels.add(label)
        end += 1
    return end


def _heading(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A box's heading over its facts: a few words, no list item, no label, no chrome
    ("Maklumat buku")."""
    short = b.feats.words <= HEADING_WORDS and not b.feats.list_item
    return short and b.cls != BAD and ":" not in lines[b.index]


def _label(b: ScoredLine, lines: Sequence[str]) -> str | None:
    """The label of a short labelled fact that is no list item, folded, or None."""
    text = lines[b.index]
    if b.feats.list_item or b.feats.words > PLAIN_FACT_WORDS:
        return None
    label = plain_label(text) or cell_label(text)
    return None if label is None else label.casefold()
