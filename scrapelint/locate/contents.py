"""Section headings that a page's table of contents names.

Long articles open with a table of contents: a list of the section headings ("* Error Handling",
"* The Toolkit", "* Summary") that the article repeats, each on a line of its own, above its
sections. Between code blocks, tables or a figure, the sections after such a heading read as
short prose after chrome, and the body search would end the article at the first of them. A
heading that repeats an entry of such a list is the article's own: `span.block_values` lets the
prose flow on across it, as across the numbered headings of a listicle.

A menu's items come back too, as the labels of teaser cards or in the footer; they are told apart
by what a table of contents promises: each heading once, in the list's order, and a section
under each (no two headings in a row).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures

# A table of contents names at least this many of the headings that follow it.
MIN_ENTRIES = 3
# A heading has at most this many words.
HEADING_WORDS = 12
_MARKER_RE = lazy(r"^\s*(?:[*\-•·▪►●○◦o+>»]|\d{1,3}[.)])\s+")


def contents_headings(texts: Sequence[str], feats: Sequence[LineFeatures]) -> set[int]:
    """The blocks that repeat, as a line of their own without a list marker, the entries of an
    earlier run of list items: at least `MIN_ENTRIES` of them, each once, in the run's order,
    with a section between any two."""
    entries: dict[str, tuple[int, int]] = {}  # an item's text -> (its run's start, its place)
    run = 0
    for i, f in enumerate(feats):
        if f.list_item and f.words <= HEADING_WORDS:
            entries.setdefault(_key(texts[i]), (run, i))
        else:
            run = i + 1
    lines = [i for i, f in enumerate(feats) if not f.list_item and f.words <= HEADING_WORDS]
    keys = {i: _key(texts[i]) for i in lines}
    said = Counter(keys.values())
    found: dict[int, list[tuple[int, int]]] = {}  # a run's start -> (heading, place of its entry)
    for i in lines:
        entry = entries.get(keys[i])
        if entry is not None and entry[1] < i and said[keys[i]] == 1:
            found.setdefault(entry[0], []).append((i, entry[1]))
    return {i for headings in found.values() if _contents(headings) for i, _ in headings}


def _contents(headings: list[tuple[int, int]]) -> bool:
    """Headings (in order, with the places of their entries) that a table of contents names."""
    pairs = list(pairwise(headings))
    return (
        len(headings) >= MIN_ENTRIES
        and all(b[1] > a[1] for a, b in pairs)  # in the list's order
        and all(b[0] > a[0] + 1 for a, b in pairs)  # a section under each
    )


def _key(text: str) -> str:
    """A heading as a contents entry and the heading itself agree on it."""
    # `str.split` cuts at exactly the characters `\s` matches: the join is the collapsed and
    # stripped text, without the cost of a substitution.
    marker = _MARKER_RE.match(text)
    return " ".join((text[marker.end() :] if marker else text).split()).casefold()
