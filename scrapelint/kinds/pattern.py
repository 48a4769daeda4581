"""`kind: pattern` — a line whose text matches a regular expression (compiled once, at load).

For shapes no phrase list can enumerate: "1 / 23", "Image 1 of 23", "© 2019 Hearst ...".
The pattern sees the line without indentation; `max-words` bounds the line as for phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.context import Context
from scrapelint.document import Document
from scrapelint.findings import Finding
from scrapelint.kinds.base import RuleKind, regex
from scrapelint.rule import RuleMeta
from scrapelint.spec import Spec


class PatternRule(RuleKind):
    KIND = "pattern"

    def __init__(
        self, meta: RuleMeta, message: str, where: str, *, pattern: re.Pattern, max_words: int
    ) -> None:
        super().__init__(meta, message, where)
        self.pattern = pattern
        self._search = pattern.search  # one bound method: the memo finds it by identity
        self.max_words = max_words

    @classmethod
    def options(cls, spec: Spec) -> dict:
        source = spec.take("pattern", str)
        flags = re.IGNORECASE if spec.take("ignore-case", bool, True) else 0
        return {
            "pattern": regex(spec, "pattern", source, flags),
            "max_words": spec.take("max-words", int, 12),
        }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for index in ctx.short_lines(self.max_words):
            text = doc.lines[index].text.strip()
            if ctx.memo.test(self._search, text) and ctx.is_at(index, self.where):
                yield self.meta.finding(index, index + 1, self.message)
