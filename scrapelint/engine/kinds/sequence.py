"""`kind: sequence` — a run of consecutive lines that all have the same telling shape.

One `|`-prefixed line could be a table; eight in a row, alternating title and author, are an
opinion column list. The run must be at least `min-run` non-blank lines long; each line must match
`pattern` and stay within `max-words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.engine.kinds.base import RuleKind, regex
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding


class SequenceRule(RuleKind):
    KIND = "sequence"

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        where: str,
        *,
        pattern: re.Pattern,
        min_run: int,
        max_words: int,
    ) -> None:
        super().__init__(meta, message, where)
        self.pattern = pattern
        self.min_run = min_run
        self.max_words = max_words
        # One bound method per rule: the memo finds the test by it.
        self._fits = self.fits

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            "pattern": regex(spec, "pattern", spec.take("pattern", str)),
            "min_run": spec.take("min-run", int, 4),
            "max_words": spec.take("max-words", int, 12),
        }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        run: list[int] = []
        fits, known = self._fits, ctx.memo.results(self._fits)  # `ctx.memo.test`, in place
        for line in [*doc.lines, None]:
            if line is not None:
                found = known.get(line.text)
                if found is None:
                    found = known[line.text] = fits(line.text)
                if found:
                    run.append(line.index)
                    continue
            if len(run) >= self.min_run and ctx.is_at(run[0], self.where):
                yield self.meta.finding(run[0], run[-1] + 1, f"{self.message} ({len(run)} lines)")
            run = []

    def fits(self, text: str) -> bool:
        """Whether a line holding `text` can be a row of the sequence."""
        return bool(self.pattern.search(text)) and len(text.split()) <= self.max_words
