"""`kind: phrase` — a line that is, starts with, ends with or contains a known boilerplate phrase.

`max-words` keeps a phrase from condemning prose that merely mentions it ("she said in the
newsletter she edits ..."), and `extend` lets a phrase take what belongs to it: `block` the rest of
its blank-separated block, `to-end` everything after it (the start of a comment widget).
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.engine.kinds.base import RuleKind, matcher
from scrapelint.engine.phrases import PhraseMatcher
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

EXTENDS = frozenset({"none", "block", "to-end"})


class PhraseRule(RuleKind):
    KIND = "phrase"

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        where: str,
        *,
        phrases: PhraseMatcher,
        max_words: int,
        extend: str,
    ) -> None:
        super().__init__(meta, message, where)
        self.phrases = phrases
        self.max_words = max_words
        self.extend = extend

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            "phrases": matcher(spec, "phrases", "match", "line"),
            "max_words": spec.take("max-words", int, 12),
            "extend": spec.choice("extend", EXTENDS, "none"),
        }

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
            resume = self._end(doc, index)
            yield self.meta.finding(index, resume, f"{self.message}: “{phrase}”")

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
