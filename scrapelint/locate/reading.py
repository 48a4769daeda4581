"""What the locator reads from the lines: each line's features and words, and for every block
(a line with a letter or digit) its prose score, its class and its skeleton."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from scrapelint.locate.blocks import classify
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.lists import mark_lists
from scrapelint.locate.outlines import Section, mark_outlines
from scrapelint.locate.skeleton import Skeletons, skeletons
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures, LineReading, line_reading
from scrapelint.text.prose import prose_score

# A line's reading, or None for a line without a letter or digit (see `block_reading`).
Reader = Callable[[str], LineReading | None]

# A letter or digit: exactly the characters for which `str.isalnum` holds (`\w` less `_`).
ALNUM_RE = lazy(r"[^\W_]")

# Share of function words (over long lines) above which the document's language is taken to be
# covered by the function-word list; English prose sits near 0.4, Korean near 0.
COVERED_LANGUAGE_SHARE = 0.12


class Blocks(NamedTuple):
    """The lines with a letter or digit, as the span search and the verdicts read them."""

    scored: list[ScoredLine]
    texts: list[str]
    feats: list[LineFeatures]
    classes: list[str]
    words: list[tuple[str, ...] | str]  # each line's lowered words (a long line's: a digest)
    shape: Skeletons
    sections: tuple[Section, ...] = ()  # every outline section (`outlines.sections`)


def read_blocks(lines: Sequence[str], readings: Sequence[LineReading | None]) -> Blocks:
    """Features, score and class for every block, its words and the blocks' skeletons."""
    # Lines without a word character ("___", "* * *") are transparent separators, not blocks.
    index = [i for i, r in enumerate(readings) if r is not None]
    kept = [r for r in readings if r is not None]
    feats = [r.features for r in kept]
    long_lines = [f for f in feats if f.words >= 8]
    share = sum(f.function_share for f in long_lines) / len(long_lines) if long_lines else 0.0
    covered = share >= COVERED_LANGUAGE_SHARE
    scores = [prose_score(f, covered) for f in feats]
    classes = list(map(classify, feats, scores))
    texts = [lines[i] for i in index]
    shape = skeletons(texts, feats)
    mark_lists(texts, feats, classes, shape)
    sections = tuple(mark_outlines(texts, feats, index, classes))
    scored = list(map(ScoredLine._make, zip(index, feats, scores, classes, strict=True)))
    words = [r.words for r in kept]
    return Blocks(scored, texts, feats, classes, words, shape, sections)


def block_reading(line: str) -> LineReading | None:
    """What the locator reads from a line: None for a line without a letter or digit, which is
    no block; a pure function of the text, so a caller may remember it by text."""
    return line_reading(line) if _has_word(line) else None


def _has_word(line: str) -> bool:
    """True when the line holds at least one letter or digit."""
    return ALNUM_RE.search(line) is not None
