"""`kind: duplicate` — a line that repeats another: a title printed twice, a teaser, a caption.

Lines are compared in normal form, so "Title – Overview" and "Title - Overview" are the same line.
Two shapes are found:

* a repeat: the same line (at least `min-words` words) seen again. The copy that goes is the later
  one, unless only the earlier one stands outside the article body (a lead shown as a teaser
  above the article, then again as its first paragraph): then the teaser goes.
* a teaser: a line near the head that holds a later line plus a few extra words ("date
  2017-11-04 <lead>.Read More"); the teaser goes, the article's own line stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import option
from scrapelint.locate.context import BODY, Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

# A teaser copies a sentence; a lead shorter than this could be a place name inside a headline.
TEASER_MIN_WORDS = 8


@dataclass(frozen=True, eq=False, kw_only=True)
class DuplicateRule(LineKind):
    KIND = "duplicate"

    min_words: int = option(4, doc="a shorter line may repeat")
    teaser_window: int = option(
        12, doc="how many non-blank lines of the head a teaser is sought in"
    )
    teaser_extra_words: int = option(8, doc="the most words a teaser adds to the line it copies")

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        flagged: dict[int, str] = {}
        flagged.update(self._repeats(ctx))
        flagged.update(self._teasers(ctx))
        for index in sorted(flagged):
            if ctx.is_at(index, self.where):
                yield self.meta.finding(index, index + 1, flagged[index])

    def _repeats(self, ctx: Context) -> Iterator[tuple[int, str]]:
        first_seen: dict[str, int] = {}
        counts = ctx.word_counts
        for index, line in enumerate(ctx.normalized):
            if counts[index] < self.min_words:
                continue
            if line not in first_seen:
                first_seen[line] = index
                continue
            earlier = first_seen[line]
            if ctx.place(index) == BODY and ctx.place(earlier) != BODY:
                first_seen[line] = index
                yield earlier, f"{self.message}: repeated at line {index + 1}"
            else:
                yield index, f"{self.message}: repeats line {earlier + 1}"

    def _teasers(self, ctx: Context) -> Iterator[tuple[int, str]]:
        lines, counts = ctx.normalized, ctx.word_counts
        heads = [i for i, line in enumerate(lines) if line][: self.teaser_window]
        for index in heads:
            if counts[index] <= TEASER_MIN_WORDS:
                continue  # holds no lead of TEASER_MIN_WORDS words plus one more: a menu item
            teaser = lines[index]
            for later in range(index + 1, min(len(lines), index + 2 * self.teaser_window)):
                lead = lines[later]
                size = counts[later]
                if size < TEASER_MIN_WORDS or lead == teaser:
                    continue
                extra = counts[index] - size
                if (
                    0 < extra <= min(self.teaser_extra_words, size // 2)
                    and f" {lead} " in f" {teaser} "
                ):
                    yield index, f"{self.message}: teaser of line {later + 1}"
                    break
