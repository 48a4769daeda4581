"""`kind: phrase` — a line that is, starts with, ends with or contains a known boilerplate phrase.

`max-words` keeps a phrase from condemning prose that merely mentions it ("she said in the
newsletter she edits ..."), and `extend` lets a phrase take what belongs to it: `block` the rest of
its blank-separated block, `to-end` everything after it (the start of a comment widget), `items`
the run of headline-like items under it (a sidebar's "Most Read" and its list, see `items`). A
heading with fewer than `min-items` items under it is left alone: "Related" on its own may be a
word in a headline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.kinds.items import item_run
from scrapelint.engine.options import Phrases, option
from scrapelint.engine.phrases import MODES, PhraseMatcher
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

EXTENDS = frozenset({"none", "block", "to-end", "items"})


@dataclass(frozen=True, eq=False, kw_only=True)
class PhraseRule(LineKind):
    KIND = "phrase"

    phrase_list: Phrases = option(key="phrases", doc="the boilerplate phrases")
    match: str = option("line", choices=MODES, doc="where on the line a phrase must stand")
    max_words: int = option(12, doc="a longer line is prose that mentions the phrase")
    extend: str = option(
        "none",
        choices=EXTENDS,
        doc="what goes with the line: the rest of its block, everything after it, or its items",
    )
    item_max_words: int = option(16, doc="with extend: items, the longest unmarked item")
    min_items: int = option(2, doc="with extend: items, a phrase over fewer items is left alone")

    @cached_property
    def phrases(self) -> PhraseMatcher:
        return PhraseMatcher(list(self.phrase_list), self.match)

    @property
    def key_words(self) -> frozenset[str]:
        """The words a line must hold one of to match (see `Context.lines_with_words`)."""
        return self.phrases.key_words

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        normalized = ctx.normalized
        resume = 0  # lines before this were taken by the last finding
        for index in ctx.lines_with_words(self.phrases.key_words, self.max_words):
            if index < resume:
                continue
            phrase = self.phrases.match(normalized[index])
            if phrase is None or not ctx.is_at(index, self.where):
                continue
            if self.extend == "items":
                end, items = item_run(doc, index + 1, self.item_max_words)
                if items < self.min_items:
                    continue
                message = f"{self.message} ({items} items)"
            else:
                end, message = self._end(doc, index), f"{self.message}: “{phrase}”"
            resume = end
            yield self.meta.finding(index, end, message)

    def _end(self, doc: Document, index: int) -> int:
        if self.extend == "to-end":
            return _last_non_blank(doc) + 1
        if self.extend == "block":
            end = index + 1
            while end < len(doc.lines) and not doc.lines[end].is_blank:
                end += 1
            return end
        return index + 1


def _last_non_blank(doc: Document) -> int:
    for line in reversed(doc.lines):
        if not line.is_blank:
            return line.index
    return len(doc.lines) - 1
