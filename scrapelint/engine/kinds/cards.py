"""The run of teaser cards under a heading: what `extend: cards` of a phrase rule takes.

"More From the Times", "Popular articles", "Read Next" boxes under an article are written out as
cards: a headline, often a one- or two-sentence summary right under it, and short lines of date,
author or section between. `items` stops at the first headline with a paragraph under it, since
an article's own subheading looks the same; a card's summary is told apart by being short and by
standing right under a headline, never under another paragraph. The shape alone does not tell a
box of cards from a list of sections of the article, so the phrase rule takes a run of cards only
where it reaches the end of the article's body (see `PhraseRule`): nothing of the article is left
below it.
"""

from __future__ import annotations

from scrapelint.engine.kinds.items import is_item
from scrapelint.text.document import Document
from scrapelint.text.pieces import count_words

# A teaser's summary: a few sentences at most; a longer paragraph ends the run. Chosen by
# site-grouped cross-validation (`benchmarks/quality.py`, `RULE_KNOBS`: 30, 50, 80, 120 tried): the
# folds keep 80; on raw training scores, before a fold had to beat the shipped value by .001, they
# chose 120 four times and 80 once, for about the same figures (DEV-modern page text 109 junk
# tokens apart, DEV none); the shorter one is kept, a summary being short.
SUMMARY_MAX_WORDS = 80


def card_run(doc: Document, start: int, item_max_words: int) -> tuple[int, int]:
    """End (exclusive) and number of headlines of the run of cards from `start`: headlines and
    card lines (list items, short lines that end no sentence), each headline with at most one
    short paragraph under it. A paragraph under a list item ends the run unless more cards follow
    it: there it may be the article going on after an inline list of links. Blank lines between
    cards are allowed."""
    headlines, index, under = 0, start, None
    lines = doc.lines
    settled = start  # the end of the run without a paragraph still in doubt
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.is_blank:
            continue
        if is_item(line, item_max_words):
            headlines += 1
            under = line
            settled = index
        elif under is not None and _summary(line.content):
            if under.list_marker is None:
                settled = index
            under = None
        else:
            break
    return settled, headlines


def _summary(content: str) -> bool:
    return count_words(content, SUMMARY_MAX_WORDS) <= SUMMARY_MAX_WORDS
