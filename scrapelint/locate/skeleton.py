"""A line's skeleton: the separators it uses, by which table rows and data lines of one list
(``Team (Group A): 10th``, ``June 9 -- Venue, City, ST``) are told apart from prose and menus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from scrapelint.text.line_features import LETTER_MARK_RE, LineFeatures

# The skeleton (see `skeleton`) of the block at an index.
Skeletons = Callable[[int], frozenset[str]]

# Quotes, emphasis, bullets and the full stop vary from item to item of one list: not skeleton.
SKELETON_IGNORED = frozenset("'\"‘’“”«»*•.")
# The ASCII characters that are never part of a skeleton: letters, digits, spaces and the ignored.
_NOT_SEPARATOR = bytes(
    code
    for code in range(128)
    if chr(code).isalnum() or chr(code).isspace() or chr(code) in SKELETON_IGNORED
)


def skeleton(text: str, feats: LineFeatures) -> frozenset[str]:
    """The separators a line uses (quotes and the final stop ignored), plus '0' for digits."""
    inner = text.strip()[1:-1]
    if inner.isascii():
        # Deleting the bytes that are no separators leaves the separators, in C.
        chars = set(inner.encode("ascii").translate(None, _NOT_SEPARATOR).decode("ascii"))
    else:
        # Each distinct character once: a line holds a few dozen, far fewer than its length.
        chars = {c for c in set(inner) if not c.isalnum() and not c.isspace()}
        chars -= SKELETON_IGNORED
        if chars:  # a vowel sign is part of its word ("मेरा"), no separator
            chars = {c for c in chars if LETTER_MARK_RE.match(c) is None}
    if feats.digit_share > 0:
        chars.add("0")
    return frozenset(chars)


def skeletons(texts: Sequence[str], feats: Sequence[LineFeatures]) -> Skeletons:
    """The skeleton of block ``k``, built on first use: only lines next to a would-be data list
    or in a gap between paragraphs need one. Share one between `lists.mark_lists` and
    `span.block_values`."""
    return cache(lambda k: skeleton(texts[k], feats[k]))


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two skeletons agree when they share most of their separators."""
    return len(a & b) * 3 >= 2 * max(len(a), len(b))
