"""Lines made from one template: a site's directory of its own pages.

A page on one city's prices links to the same page for every other city: "Average Costs for
Cleaning Services in Austin", "... in Baltimore", "... in Boston", sixty lines that differ only in
the place. No vocabulary says what they are, and on text extracted already position alone is only
reported, so a list of them after the article stayed. Their shape is strong evidence of its own:
`MIN_RUN` lines in a row or more, each opening (or closing) with the same `SHARED_WORDS` words,
with a letter among them, and no digit anywhere (a table's rows, a list of ratings or prices
"Zip to Zip Moving: 4.58 out of 5 stars" are the article's figures, not links). Outside the body
such a run is a link list, removed; inside it, it is left to the locator.

Measured on DEV and DEV-modern, every corpus and variant (`../shared/bench` labels): runs of six
lines sharing three words hold 178 junk lines and no article line; five lines in a row would take
five article lines (a list of "New York to California movers" and its siblings), and two shared
words with five lines ten. Site-grouped 5-fold cross-validation (`benchmarks/quality.py`, MIN_RUN
of 4, 5, 6, 8 and SHARED_WORDS of 2, 3, 4) chose 6 and 3 in every fold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from scrapelint.text.document import line_content
from scrapelint.text.lazy_pattern import lazy

SHARED_WORDS = 3
MIN_RUN = 6
# Longer lines are sentences or teasers, not the anchor text of a generated link.
MAX_WORDS = 14
_DIGIT_RE = lazy(r"\d")
_LETTER_RE = lazy(r"[^\W\d_]")


def template_run_lines(lines: Sequence[str], indices: Iterable[int]) -> set[int]:
    """Of the lines at `indices` (in order), those in runs of `MIN_RUN` or more non-blank lines
    (blank lines between allowed) that share their first or their last `SHARED_WORDS` words."""
    keyed = [(index, _keys(lines[index])) for index in indices if lines[index].strip()]
    found: set[int] = set()
    for side in (0, 1):
        run: list[int] = []
        key: tuple[str, ...] | None = None
        for index, keys in keyed:
            this = keys[side] if keys else None
            if this is not None and this == key:
                run.append(index)
                continue
            _close(run, found)
            run, key = [index], this
        _close(run, found)
    return found


def _close(run: list[int], found: set[int]) -> None:
    if len(run) >= MIN_RUN:
        found.update(run)


def _keys(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The line's first and last `SHARED_WORDS` words, lower-cased, or None for a line that
    cannot be a generated link: too short or long, a digit in it, no letter in its shared words."""
    # Most lines outside the body are menu items of a word or two: settled by their spaces
    # before the content is read (dropping marks and link targets never adds a word).
    if len(text.split(None, SHARED_WORDS)) <= SHARED_WORDS or text.count(" ") > 2 * MAX_WORDS:
        return None
    if _DIGIT_RE.search(text):
        return None
    words = line_content(text).lower().split()
    if not SHARED_WORDS < len(words) <= MAX_WORDS:
        return None
    head, tail = tuple(words[:SHARED_WORDS]), tuple(words[-SHARED_WORDS:])
    if not (_LETTER_RE.search(" ".join(head)) and _LETTER_RE.search(" ".join(tail))):
        return None
    return head, tail
