"""`kind: metadata` — a dateline or byline in the head of the document, moved out of the body.

The date, author and source it holds go into the document's report entry; the line itself is not
article text and is removed from the cleaned text (the report keeps it, so nothing is lost).
Only the head is searched (above the article body and its first lines): a date in the middle
of an article is part of a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from scrapelint.engine.kinds.base import RuleKind
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.facts.attribution import is_byline
from scrapelint.facts.dates import is_dateline
from scrapelint.locate.context import Context
from scrapelint.text.document import Document, Line, line_content
from scrapelint.text.findings import Finding

# Each detector reads a line's content; the memo remembers both the content of a line's text,
# which other rules ask for too, and the detector's answer on that content, so a line an earlier
# pass of the fix judged costs neither again. Module-level functions, so that a rule stays
# picklable for the rule cache.
DETECTORS: dict[str, Callable[[str], bool]] = {"dateline": is_dateline, "byline": is_byline}


class MetadataRule(RuleKind):
    KIND = "metadata"

    def __init__(
        self, meta: RuleMeta, message: str, where: str, *, detect: str, head_lines: int
    ) -> None:
        super().__init__(meta, message, where)
        self.detect = DETECTORS[detect]
        self.head_lines = head_lines

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            "detect": spec.choice("detect", frozenset(DETECTORS), "dateline"),
            "head_lines": spec.take("head-lines", int, 12),
        }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for line in self._head(doc, ctx):
            content = ctx.memo.value(line_content, line.text)
            if ctx.memo.test(self.detect, content) and ctx.is_at(line.index, self.where):
                yield self.meta.finding(line.index, line.index + 1, self.message)

    def _head(self, doc: Document, ctx: Context) -> Iterator[Line]:
        """The lines next to where the article starts: the last `head_lines` non-blank lines above
        the body and its first `head_lines` (a page's menus above that hold no dateline)."""
        start, lines, size = ctx.article.start, doc.lines, self.head_lines
        if size <= 0:  # slices of the whole head and body, as written for any size
            yield from [line for line in lines[:start] if not line.is_blank][-size:]
            yield from [line for line in lines[start:] if not line.is_blank][:size]
            return
        # Walk out from the body's start, so a long page costs no more than its head.
        yield from reversed(_non_blank(reversed(lines[:start]), size))
        yield from _non_blank(lines[start:], size)


def _non_blank(lines: Iterable[Line], size: int) -> list[Line]:
    """The first `size` non-blank lines of `lines` (`Line.is_blank` inlined: one per line)."""
    return list(islice((line for line in lines if line.text.strip()), size))
