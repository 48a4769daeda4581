"""`kind: duplicate` — a line that repeats another: a title printed twice, a teaser, a caption.

Lines are compared in normal form, so "Title – Overview" and "Title - Overview" are the same line.
Two shapes are found:

* a repeat: the same line (at least `min-words` words) seen again. The copy that goes is the later
  one, unless only the earlier one stands outside the article body (a lead shown as a teaser
  above the article, then again as its first paragraph): then the teaser goes. A copy inside the
  body (an interview's recurring question, a refrain, a pull quote), anywhere in text that is
  extracted already, or where the locator's own verdict is too weak to remove (the body's edge,
  text between two parts of one article), is only reported: duplicates are chrome where the
  page's chrome is.
* a teaser: a line near the head that holds a later line plus a few extra words ("date
  2017-11-04 <lead>.Read More"); the teaser goes, the article's own line stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import option
from scrapelint.locate.context import BODY, Context
from scrapelint.text.confidence import INSIDE, PLACED_SHAPE, REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

# A run of this many lines in a row, each repeating the line after the last one's original, with
# a paragraph of at least COPY_PROSE_WORDS words among them, is a copied block of text (a page
# printed twice, a box that repeats a section): chrome even inside the body, where a single repeat
# is not. Copied table rows or headings with no paragraph may be the article's own summary.
COPY_RUN = 3
COPY_PROSE_WORDS = 12
# A repeat of one of the text's first lines (its title, its standfirst) is chrome wherever it is.
TITLE_LINES = 2
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
        copies: dict[int, int] = {}
        for index, earlier, message in self._repeats(ctx):
            flagged[index] = message
            copies[index] = earlier
        flagged.update(self._teasers(ctx))
        strong = _copied_block(ctx, copies) | _title_copies(ctx, copies)
        for index in sorted(flagged):
            if ctx.is_at(index, self.where):
                level = PLACED_SHAPE if index in strong or _placed(ctx, index) else INSIDE
                yield self.meta.finding(index, index + 1, flagged[index], confidence=level)

    def _repeats(self, ctx: Context) -> Iterator[tuple[int, int, str]]:
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
                yield earlier, index, f"{self.message}: repeated at line {index + 1}"
            else:
                yield index, earlier, f"{self.message}: repeats line {earlier + 1}"

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


def _placed(ctx: Context, index: int) -> bool:
    """Whether position is evidence against the line: it stands outside the body, in text with
    page chrome around the article, where the locator's own verdict on it is strong enough to
    remove it. At the body's edge, or between two parts of the text that may be one article (a
    round-up's cards, each with its "Why we chose it" heading), a repeat is shape alone."""
    if ctx.place(index) == BODY or ctx.article.extracted:
        return False
    return ctx.article.verdicts[index].confidence >= REMOVE_AT


def _copied_block(ctx: Context, copies: dict[int, int]) -> set[int]:
    """The repeats that are part of a copied block: `COPY_RUN` or more non-blank lines in a row
    whose originals also follow each other, in order (`copies` maps a repeat to its original)."""
    found: set[int] = set()
    run: list[int] = []
    for index in [*(i for i, line in enumerate(ctx.normalized) if line), None]:
        if index in copies and run and copies[index] > copies[run[-1]]:
            run.append(index)
            continue
        if len(run) >= COPY_RUN and max(ctx.word_counts[i] for i in run) >= COPY_PROSE_WORDS:
            found.update(run)
        run = [index] if index in copies else []
    return found


def _title_copies(ctx: Context, copies: dict[int, int]) -> set[int]:
    """The repeats of one of the first `TITLE_LINES` non-blank lines above the body: a title
    printed twice."""
    head = [i for i, line in enumerate(ctx.normalized) if line][:TITLE_LINES]
    head = [i for i in head if ctx.place(i) != BODY]
    return {index for index, original in copies.items() if original in head}
