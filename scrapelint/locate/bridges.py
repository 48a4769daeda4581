"""Bridges: a short run of chrome inside the article (a share row, an image credit) that the
prose runs on across (jusText's context rule), so that the paragraphs after it pay no entry fee
in the span search (`span.block_values`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from scrapelint.locate.blocks import GOOD
from scrapelint.text.line_features import LineFeatures

# At most this many chrome lines between two paragraphs may bridge them (see `bridges`).
MAX_BRIDGE = 3
# Blocks above the first paragraph of a text that still lets it open the article (a headline).
HEADLINE_LINES = 1


def bridges(
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    flows: Sequence[bool],
    shape: Callable[[int], frozenset[str]],
) -> dict[int, int]:
    """Paragraphs that resume the prose across a short run of chrome (jusText's context rule).

    A share row, an image credit or a "Most Read" box of two items between two paragraphs does
    not split the article when the prose runs on on both sides: over at least two flowing blocks,
    or to the end of the text (after the gap) or from its start (before it, under at most a
    headline). A lone paragraph beside chrome does not: after the article it is an author bio or
    a newsletter pitch, before it a standfirst, a caption or a teaser over the byline. Nor does
    prose across a longer run of chrome (a sidebar, a menu), nor across a gap that stamps a date,
    a time or a count and recurs in another gap: the header of every comment in a thread. Maps
    the paragraph right after each bridge to the paragraph right before it; the two then let
    prose flow on to each other (no entry fee, no isolation).
    """
    n = len(classes)
    gaps: dict[int, tuple[int, int]] = {}
    i = 0
    while i < n:
        j = i
        while j < n and not flows[j]:
            j += 1
        if (
            0 < i < j < n
            and j - i <= MAX_BRIDGE
            and _paragraph(classes[i - 1], feats[i - 1])
            and _paragraph(classes[j], feats[j])
        ):
            gaps[j] = (i, j)
        i = j + 1
    signatures = Counter(_signature(classes, shape, *gap) for gap in gaps.values())
    return {
        j: i - 1
        for j, (i, _) in gaps.items()
        if (i - 1 <= HEADLINE_LINES or flows[i - 2])
        and (j + 1 == n or flows[j + 1])
        and not _recurs(signatures, _signature(classes, shape, i, j))
    }


def _recurs(signatures: Counter, signature: tuple) -> bool:
    """A gap that stamps a date, a time or a count and recurs: the header of every comment."""
    return signatures[signature] > 1 and any("0" in chars for _, chars in signature)


def _signature(
    classes: Sequence[str], shape: Callable[[int], frozenset[str]], i: int, j: int
) -> tuple:
    """What a gap of chrome lines looks like: the class and separators of each line."""
    return tuple((classes[k], shape(k)) for k in range(i, j))


def _paragraph(cls: str, feats: LineFeatures) -> bool:
    """A real paragraph, not a bulleted teaser."""
    return cls == GOOD and not feats.list_item
