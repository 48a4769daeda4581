"""The headline over its deck: the standfirst right under the headline is a longer sentence that
tells the same story ("Soil fungi help trees share water during drought" over "Network of
underground fungi moved water from deep-rooted oaks to seedlings, study shows"). Nearer the
byline and longer, the deck often scores higher as a headline candidate than the headline
itself; the headline reader then takes the line over it (`headline.find_headline`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from scrapelint.facts.headline_context import Topic
from scrapelint.text.deck_shape import heads_deck, right_over

# A headline's words stand in the body's first lines at least this share as often as its deck's.
DECK_TOPIC = 0.5


def headline_over_deck(
    lines: Sequence[str], upper: int, lower: int, body_start: int, nonblank: Sequence[int] | None
) -> bool:
    """The line `lower` is the deck under the headline `upper`: right under it, both shaped so
    (`heads_deck`), and the body's first lines speak of the headline's words at least
    `DECK_TOPIC` times as much as of the deck's (the two tell one story; an advertisement, a
    paywall's notice over the headline tells another)."""
    if not right_over(lines, upper, lower) or not heads_deck(lines[upper], lines[lower]):
        return False
    if nonblank is None:
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
    topic = Topic(lines, nonblank, bisect_left(nonblank, body_start))
    upper_share = topic.share(bisect_left(nonblank, upper))
    return upper_share > 0 and upper_share >= DECK_TOPIC * topic.share(bisect_left(nonblank, lower))
