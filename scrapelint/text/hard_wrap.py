"""Hard-wrapped text: paragraphs broken into lines of a fixed width, as plain-text archives,
e-mail and many Markdown files are written.

There a line is not a unit of meaning: `paragraph_runs` tells which lines make one paragraph,
and the engine's removal passes read each paragraph as one line (`engine.folding`).

A line continues the one above when the text is wrapped at some width W (`wrap_width`) and the
line above stopped short of W only because this line's first word would not fit: that is how
every greedy wrapper (``fmt``, ``textwrap``, editors) breaks lines. A text is taken as wrapped at W
only when nearly all its lines fit in W, at least half the lines that end near W and are followed
by another break that way (a menu's short lines do not count), and most of those breaks fall
inside a sentence; page text (paragraphs of hundreds of characters) and extracted text (a
paragraph a line) never are.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from scrapelint.text.lazy_pattern import lazy

# Widths a wrapped text is written at: 40 columns is the narrowest seen in e-mail quoting, 132
# the widest terminal convention; a longer "width" is a text with long lines, not a wrapped one.
MIN_WIDTH, MAX_WIDTH = 40, 132
# How far below W the lines of a wrapped text end: no word is longer than this in prose.
SLACK = 16
# Shares that make a text wrapped: of all non-blank lines, those that fit in W; of the lines
# followed by another that end within `SLACK` of W, those that break as a wrapper breaks them.
# At least `MIN_BREAKS` breaks.
FIT_SHARE, BREAK_SHARE, MIN_BREAKS = 0.9, 0.5, 4
# A wrapped paragraph of three lines holds two breaks; a page whose wrapped text is drowned in
# chrome still has breaks at this share of its lines. A few breaks between a page's teasers and
# its menu, where a long teaser happens to stand over a word too long for its line, fall short.
LINE_SHARE = 0.05
# A wrapper breaks lines wherever the width falls, so most breaks fall inside a sentence; text of
# a sentence a line never does.
MID_SENTENCE_SHARE = 0.5
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "»", ")", "。", "！", "？")
# A line that opens an item or a heading starts anew, whatever the width: "- ", "* ", "1. ",
# "# ", "> ", "| ".
_OPENS_RE = lazy(r"\s*(?:[-*+•>|#]\s|\d{1,3}[.)]\s)")
# What every web address and Markdown link target holds.
_ADDRESS = "://"


def continued_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indices of the lines that continue the paragraph of the line above, in text wrapped
    at a fixed width; empty for any other text."""
    width = wrap_width(lines)
    if width is None:
        return frozenset()
    return frozenset(i for i in range(1, len(lines)) if _breaks_at(lines[i - 1], lines[i], width))


def paragraph_runs(lines: Sequence[str], continued: frozenset[int] | None = None) -> list[range]:
    """The lines as runs, in order: each wrapped paragraph one run, every other line its own.
    `continued` is `continued_lines(lines)`, when the caller has it."""
    if continued is None:
        continued = continued_lines(lines)
    runs: list[range] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i not in continued:
            runs.append(range(start, i))
            start = i
    return runs if lines else []


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped. Lines holding an address
    do not tell the width: a wrapper cannot break an address, so they run past it."""
    lengths = [len(line.rstrip()) for line in lines if line.strip() and _ADDRESS not in line]
    if sum(n > MAX_WIDTH for n in lengths) > (1 - FIT_SHARE) * len(lengths):
        return None  # page text and extracted text: paragraphs longer than any wrap width
    pairs = [(a, b) for a, b in pairwise(lines) if a.strip() and b.strip()]
    followed = [len(a.rstrip()) for a, _ in pairs if _ADDRESS not in a]
    candidates = sorted(n for n in followed if MIN_WIDTH <= n <= MAX_WIDTH)
    if len(candidates) < MIN_BREAKS:
        return None
    width = _densest_ceiling(candidates)
    if sum(n <= width for n in lengths) < FIT_SHARE * len(lengths):
        return None
    breaks = [(a, b) for a, b in pairs if _breaks_at(a, b, width)]
    full = sum(width - SLACK < n <= width for n in followed)
    enough = max(MIN_BREAKS, LINE_SHARE * len(lengths))
    if len(breaks) < enough or len(breaks) < BREAK_SHARE * full:
        return None
    if sum(map(_mid_sentence, breaks)) < MID_SENTENCE_SHARE * len(breaks):
        return None  # sentences a line each, of much the same length: not wrapped
    return width


def _densest_ceiling(lengths: list[int]) -> int:
    """The length W with the most of `lengths` in (W - SLACK, W]: where a wrapped text's lines
    pile up (the longest of them, on a tie)."""
    best, best_count, low = lengths[0], 0, 0
    for high, n in enumerate(lengths):
        while lengths[low] <= n - SLACK:
            low += 1
        if high - low + 1 >= best_count:
            best, best_count = n, high - low + 1
    return best


def _breaks_at(line: str, following: str, width: int) -> bool:
    """Whether a wrapper at `width` broke `line` only because `following`'s first word would not
    fit on it."""
    text = line.rstrip()
    if not text or not following.strip() or len(text) > width or _OPENS_RE.match(following):
        return False
    first_word = following.split(maxsplit=1)[0]
    return len(text) + 1 + len(first_word) > width


def _mid_sentence(pair: tuple[str, str]) -> bool:
    """Whether the break between the two lines falls inside a sentence."""
    line, following = pair
    return not line.rstrip().endswith(_SENTENCE_END) or following.lstrip()[:1].islower()
