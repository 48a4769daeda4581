"""The deck under the page's headline: the standfirst that sums the story up in a sentence or
two, set between the headline and the body, often apart from both (a dateline over it, a share
bar under it). Many decks end without a full stop ("Network of fungi moved water to seedlings,
study shows"), so the locator reads them as head chrome; right under the headline, their place
says they are the article's. The locator's verdict on a deck is only reported: a phrase of the
vocabulary still removes a line of chrome there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scrapelint.locate.article import ArticleMap
from scrapelint.locate.verdicts import reported
from scrapelint.text import reasons as R
from scrapelint.text.deck_shape import STAMP_WORDS, deck_shaped

# The locator's reasons a deck may be given: page furniture or prose away from the body.
_DECK_REASONS = frozenset({R.HEAD_CHROME, R.DETACHED_PROSE})


def under_headline(found: ArticleMap, lines: Sequence[str], headline: int) -> ArticleMap:
    """`found`, its verdict on the deck under the line `headline` only reported: the first
    non-blank line under it, or the next one past a short stamp, when it reads as a deck and
    stands above the body."""
    deck = _deck_line(lines, headline, found.start)
    if deck is None:
        return found
    verdict = found.verdicts[deck]
    if verdict.reason not in _DECK_REASONS or reported(verdict) == verdict:
        return found
    verdicts = list(found.verdicts)
    verdicts[deck] = reported(verdict)
    return replace(found, verdicts=tuple(verdicts))


def _deck_line(lines: Sequence[str], headline: int, start: int) -> int | None:
    stamped = False  # a stamp was passed over
    for index in range(headline + 1, start):
        text = lines[index].strip()
        if not text:
            continue
        if deck_shaped(text):
            return index
        if stamped or len(text.split()) > STAMP_WORDS:
            return None
        stamped = True
    return None
