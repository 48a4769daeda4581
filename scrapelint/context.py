"""Per-document analysis shared by all rules, computed once and only when a rule asks for it.

The article locator is the costly part, so it runs lazily: a run whose selected rules never ask
where the article is never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from scrapelint.document import Document, Line
from scrapelint.prose import LineFeatures, line_features
from scrapelint.text import normalize, word_count

if TYPE_CHECKING:
    from scrapelint.article import ArticleMap

# Where a line stands relative to the article body; phrase rules can be limited to one of these.
HEAD, BODY, TAIL = "head", "body", "tail"
PLACES = frozenset({HEAD, BODY, TAIL, "outside-body", "anywhere"})


class LineMemo:
    """What is read from a line's text alone, remembered by that text for one document.

    A fix runs its passes over the lines the previous pass kept, so each pass would otherwise
    compute the same features and normal forms again. One memo serves one document (never a
    corpus: its size stays that of the document).
    """

    def __init__(self) -> None:
        self._features: dict[str, LineFeatures] = {}
        self._normalized: dict[str, str] = {}
        self._tests: dict[Callable[[str], object], dict[str, bool]] = {}

    def features(self, text: str) -> LineFeatures:
        found = self._features.get(text)
        if found is None:
            found = self._features[text] = line_features(text)
        return found

    def normalized(self, line: Line) -> str:
        found = self._normalized.get(line.text)
        if found is None:
            found = self._normalized[line.text] = normalize(line.content)
        return found

    def test(self, predicate: Callable[[str], object], text: str) -> bool:
        """Whether `predicate(text)` is true: a pure test of one string (a regex search, a
        dateline detector), run once per document for each text."""
        results = self._tests.setdefault(predicate, {})
        found = results.get(text)
        if found is None:
            found = results[text] = bool(predicate(text))
        return found


@dataclass
class Context:
    doc: Document
    memo: LineMemo = field(default_factory=LineMemo)
    _short: dict[int, list[int]] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def normalized(self) -> tuple[str, ...]:
        """Each line in the normal form phrase rules match against."""
        return tuple(self.memo.normalized(line) for line in self.doc.lines)

    @cached_property
    def word_counts(self) -> tuple[int, ...]:
        """Words in each line's normal form; 0 for a line without any."""
        return tuple(map(word_count, self.normalized))

    @cached_property
    def word_sets(self) -> tuple[frozenset[str], ...]:
        """The words of each line's normal form, for `PhraseMatcher.may_match`."""
        return tuple(frozenset(line.split()) for line in self.normalized)

    def short_lines(self, max_words: int) -> list[int]:
        """Indices of the lines of 1 to `max_words` words: all that most line rules look at.

        Rules share a handful of limits, so each list is built once per document.
        """
        found = self._short.get(max_words)
        if found is None:
            counts = self.word_counts
            found = [i for i, n in enumerate(counts) if 0 < n <= max_words]
            self._short[max_words] = found
        return found

    @cached_property
    def non_blank_rank(self) -> tuple[int, ...]:
        """For each line, how many non-blank lines stand before it."""
        ranks, seen = [], 0
        for line in self.doc.lines:
            ranks.append(seen)
            seen += not line.is_blank
        return tuple(ranks)

    @cached_property
    def lines_by_reason(self) -> dict[str, list[int]]:
        """The non-blank lines the article locator judged junk, by reason, in order."""
        found: dict[str, list[int]] = {}
        for line, verdict in zip(self.doc.lines, self.article.verdicts, strict=True):
            if verdict.reason is not None and not line.is_blank:
                found.setdefault(verdict.reason, []).append(line.index)
        return found

    @cached_property
    def article(self) -> ArticleMap:
        from scrapelint.article import locate_article

        return locate_article(self.doc.texts, self.memo.features)

    def place(self, index: int) -> str:
        article = self.article
        if index < article.start:
            return HEAD
        if index >= article.end:
            return TAIL
        return BODY

    def is_at(self, index: int, where: str) -> bool:
        if where == "anywhere":
            return True
        place = self.place(index)
        if where == "outside-body":
            return place != BODY
        return place == where
