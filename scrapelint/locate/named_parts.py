"""An article's parts named under the body: a recipe's card under the post's story.

A recipe blog tells its story in paragraphs, where the locator finds the body, and sets the
recipe itself in a card under it, past an ad, a repeat of the title and a rating: "Ingredients"
over its quantities, "Instructions" over its steps. The card's sections are short lists, which
the span search reads as a box after the body; two or fewer of them make no outline
(`outlines.OUTLINE_SECTIONS`). Their headings say what they are: sections in a row under the
body, each headed by the name of an article's part (`section_heading.names_a_section`:
"Ingredients", "Method", "What you'll need", "Specifications"), are the article's. A sidebar's
boxes are named for what they list ("Related", "Most read"), not as parts of an article.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.outlines import OUTLINE_GAP, Section
from scrapelint.locate.section_heading import names_a_section

# Named sections in a row that make the article's part under the body.
NAMED_PARTS = 2


def named_parts(
    texts: Sequence[str], blocks: Sequence[ScoredLine], sections: Sequence[Section], e: int
) -> set[int]:
    """The lines of every run of `NAMED_PARTS` sections or more from block `e` on, each headed
    by an article's part and at most `OUTLINE_GAP` blocks after the last, with the lines between
    them (blank ones, an ad's label)."""
    kept: set[int] = set()
    run: list[Section] = []
    for heading, last in sections:
        named = heading >= e and names_a_section(texts[heading])
        if run and (not named or heading > run[-1][1] + 1 + OUTLINE_GAP):
            kept.update(_lines(blocks, run))
            run = []
        if named:
            run.append((heading, last))
    kept.update(_lines(blocks, run))
    return kept


def _lines(blocks: Sequence[ScoredLine], run: Sequence[Section]) -> range:
    if len(run) < NAMED_PARTS:
        return range(0)
    return range(blocks[run[0][0]].index, blocks[run[-1][1]].index + 1)
