"""`kind: sequence` — a run of consecutive lines that all have the same telling shape.

One `|`-prefixed line could be a table; eight in a row, alternating title and author, are an
opinion column list. The run must be at least `min-run` non-blank lines long; each line must match
`pattern` and stay within `max-words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import Regex, option
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding


@dataclass(frozen=True, eq=False, kw_only=True)
class SequenceRule(LineKind):
    KIND = "sequence"

    source: Regex = option(key="pattern", doc="what every line of the run matches (case counts)")
    min_run: int = option(4, doc="the fewest non-blank lines that make a run")
    max_words: int = option(12, doc="a longer line ends the run")

    @cached_property
    def pattern(self) -> re.Pattern:
        return re.compile(self.source)

    @cached_property
    def _fits(self) -> Callable[[str], bool]:
        """One bound method per rule: the memo finds the test by it."""
        return self.fits

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
