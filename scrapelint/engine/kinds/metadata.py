"""`kind: metadata` — a dateline or byline in the head of the document, moved out of the body.

The date, author and source it holds go into the document's report entry; the line itself is not
article text and is removed from the cleaned text (the report keeps it, so nothing is lost).
Only the head is searched (above the article body and its first lines): a date in the middle
of an article is part of a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import option
from scrapelint.facts.credit_line import is_byline
from scrapelint.facts.dates import is_dated_entry, is_dateline
from scrapelint.locate.context import Context
from scrapelint.text.document import Document, Line, line_content
from scrapelint.text.findings import Finding

# Each detector reads a line's content; the memo remembers both the content of a line's text,
# which other rules ask for too, and the detector's answer on that content, so a line an earlier
# pass of the fix judged costs neither again. Module-level functions, so that a rule stays
# picklable for the worker processes.
DETECTORS: dict[str, Callable[[str], bool]] = {"dateline": is_dateline, "byline": is_byline}
# A head with this many dated lines apart, each over content of its own, is dated by section
# (`_date_headings`): none of them is the page's dateline.
DATE_HEADINGS = 3


@dataclass(frozen=True, eq=False, kw_only=True)
class MetadataRule(LineKind):
    KIND = "metadata"

    detect: str = option("dateline", choices=frozenset(DETECTORS), doc="what the line holds")
    head_lines: int = option(12, doc="non-blank lines searched above and below the body's start")

    @cached_property
    def detector(self) -> Callable[[str], bool]:
        return DETECTORS[self.detect]

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = [line for line in self._head(doc, ctx) if self._holds(ctx, line)]
        if self.detect == "dateline":
            found = [line for line in found if not _in_timeline(doc, ctx, line.index)]
            headings = _date_headings(doc, [line.index for line in found])
            found = [line for line in found if line.index not in headings]
        for line in found:
            yield self.meta.finding(line.index, line.index + 1, self.message)

    def _holds(self, ctx: Context, line: Line) -> bool:
        content = ctx.memo.value(line_content, line.text)
        return ctx.memo.test(self.detector, content) and ctx.is_at(line.index, self.where)

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


def _in_timeline(doc: Document, ctx: Context, index: int) -> bool:
    """Whether the non-blank line before or after line `index` is a dated entry: a line such as
    "2026-01-12: Advisory published" among "2026-01-03: Report received" is the timeline's last
    entry, not the article's dateline (which stands alone, or over a "Updated" dateline)."""
    before = next((line for line in reversed(doc.lines[:index]) if not line.is_blank), None)
    return any(
        near is not None and ctx.memo.test(is_dated_entry, line_content(near.text))
        for near in (before, doc.next_non_blank(index + 1))
    )


def _date_headings(doc: Document, dated: list[int]) -> set[int]:
    """The dated lines of the head that head sections: `DATE_HEADINGS` or more, each with a line
    of content between it and the next ("Ngày 12/3/2025 (thứ Tư)" over that day's power cuts,
    "14 March" over a diary's entry). A page's dateline stands once, or with an "Updated" line
    right under it."""
    if len(dated) < DATE_HEADINGS:
        return set()
    apart = [
        index
        for index, following in zip(dated, [*dated[1:], None], strict=True)
        if following is None or _next_index(doc, index) != following
    ]
    return set(dated) if len(apart) >= DATE_HEADINGS else set()


def _next_index(doc: Document, index: int) -> int | None:
    below = doc.next_non_blank(index + 1)
    return None if below is None else below.index


def _non_blank(lines: Iterable[Line], size: int) -> list[Line]:
    """The first `size` non-blank lines of `lines` (`Line.is_blank` inlined: one per line)."""
    return list(islice((line for line in lines if line.text.strip()), size))
