"""Per-document analysis shared by all rules, computed once and only when a rule asks for it.

The article locator is the costly part, so it runs lazily: a run whose selected rules never ask
where the article is never pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from scrapelint.document import Document, Line
from scrapelint.prose import LineFeatures, line_features
from scrapelint.text import normalize

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


@dataclass
class Context:
    doc: Document
    memo: LineMemo = field(default_factory=LineMemo)

    @cached_property
    def normalized(self) -> tuple[str, ...]:
        """Each line in the normal form phrase rules match against."""
        return tuple(self.memo.normalized(line) for line in self.doc.lines)

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
