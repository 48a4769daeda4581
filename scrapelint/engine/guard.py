"""The body guard: a fix may not take away most of a document's prose.

Junk is short, repetitive and list-like; an article is prose. When a set of removals would leave
less than `MIN_KEPT_PROSE` of the document's prose characters, something has misjudged the
document (a rule too eager, an odd layout), and deleting would lose data, so the fix is refused and
reported instead, as trafilatura falls back to its backup extraction when pruning goes too far.
Comment threads can hold more prose than the article they follow, so the bar is a quarter, not
half, and a thread a comment rule has recognised does not count as prose at all.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from scrapelint.text.document import Document, Line
from scrapelint.text.line_features import CJK_RE, UNSPACED_RE, unspaced_words

MIN_KEPT_PROSE = 0.25
# A line counts as prose from this many words on; shorter lines are titles, labels and menus.
PROSE_MIN_WORDS = 8


def prose_chars(line: Line) -> int:
    """Characters of running text on the line; list items (link lists, menus) are not prose."""
    # The content is the text less some characters, so it has at most the text's words: most
    # lines (blank, short) are settled without the list marker and content regexes.
    if not _has_words(line.text, PROSE_MIN_WORDS):
        return 0
    if line.list_marker is not None:
        return 0
    text = line.content
    return len(text) if _has_words(text, PROSE_MIN_WORDS) else 0


def outweighed_from(doc: Document, index: int, start: int = 0, end: int | None = None) -> bool:
    """Whether the lines after `index` hold more prose than those before it (within lines
    [`start`, `end`), the whole text by default): what a heading at `index` would take with the
    rest of the text is more than the story it would close."""
    lines = doc.lines
    above = sum(prose_chars(line) for line in lines[start:index])
    return sum(prose_chars(line) for line in lines[index + 1 : end]) > above


def _has_words(text: str, count: int) -> bool:
    """True when ``text`` has at least ``count`` words: whitespace-separated, or in scripts
    written without spaces (Chinese, Japanese, Thai...), as the locator counts them
    (`unspaced_words`)."""
    # Splitting stops after `count` words: a paragraph is not cut into all of its words.
    spaced = len(text.split(None, count))
    if spaced >= count or text.isascii():
        return spaced >= count
    unspaced = unspaced_words(len(CJK_RE.findall(text)), len(UNSPACED_RE.findall(text)))
    return unspaced > 0 and spaced - 1 + unspaced >= count


class ProseLedger:
    """The prose characters of each line of a document, counted once for all the fix passes."""

    def __init__(self, doc: Document) -> None:
        self.chars = [prose_chars(line) for line in doc.lines]
        self.total = sum(self.chars)

    def refuses(self, removed: Collection[int], exempt: Collection[int] = frozenset()) -> bool:
        """True when removing `removed` would keep too little prose; `exempt` lines are not
        article prose (a recognised comment thread) and count on neither side."""
        total = self.total - sum(self.chars[index] for index in exempt)
        if total <= 0:
            return False
        lost = sum(self.chars[index] for index in removed if index not in exempt)
        return (total - lost) < MIN_KEPT_PROSE * total


class ProseCheck(Protocol):
    """What the fix passes ask the guard: whether removing these lines keeps too little prose."""

    def refuses(self, removed: Collection[int], exempt: Collection[int] = frozenset()) -> bool: ...


@dataclass(frozen=True)
class ProseTaken:
    """A document's ledger, with the lines earlier removals took from it and those recognised as
    comments (in the ledger's lines)."""

    ledger: ProseLedger
    gone: frozenset[int] = frozenset()
    comments: frozenset[int] = frozenset()


class LedgerThrough:
    """A ledger read through the lines of a later text (what a fix left, read again): each of
    its lines stands for `lines[i]` of the ledger's. What was taken before counts on neither
    side: a later reading is weighed as a fix of the text it reads would weigh it, so that a
    second fix of the cleaned text finds nothing the guard refused the first."""

    def __init__(self, taken: ProseTaken, lines: Sequence[frozenset[int]]) -> None:
        self.taken = taken
        self.lines = lines

    def refuses(self, removed: Collection[int], exempt: Collection[int] = frozenset()) -> bool:
        lines = self.lines
        gone = frozenset().union(*(lines[i] for i in removed))
        aside = self.taken.comments.union(self.taken.gone, *(lines[i] for i in exempt))
        return self.taken.ledger.refuses(gone, aside)
