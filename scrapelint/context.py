"""Per-document analysis shared by all rules, computed once and only when a rule asks for it.

The article locator is the costly part, so it runs lazily: a run whose selected rules never ask
where the article is never pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from scrapelint.document import Document
from scrapelint.text import normalize

if TYPE_CHECKING:
    from scrapelint.article import ArticleMap

# Where a line stands relative to the article body; phrase rules can be limited to one of these.
HEAD, BODY, TAIL = "head", "body", "tail"
PLACES = frozenset({HEAD, BODY, TAIL, "outside-body", "anywhere"})


@dataclass
class Context:
    doc: Document

    @cached_property
    def normalized(self) -> tuple[str, ...]:
        """Each line in the normal form phrase rules match against."""
        return tuple(normalize(line.content) for line in self.doc.lines)

    @cached_property
    def article(self) -> ArticleMap:
        from scrapelint.article import locate_article

        return locate_article(self.doc.texts)

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
