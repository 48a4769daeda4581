"""`kind: article` — lines the article locator judged junk for one named reason.

The locator (`locate.article`) finds the article body first and then judges every other line
by where it stands and what shape it has; its reasons are a fixed set (`text.reasons`). Each
YAML rule of this kind exposes one reason, so each can be selected, ignored and documented alone.
Consecutive lines with the same reason, with only blank lines between them, make one finding.
A standfirst the locator takes for detached prose or head chrome is only reported (`standfirst`),
and so is a box of the article's between its byline and its body (`head_box`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.kinds.head_box import head_box_lines
from scrapelint.engine.kinds.standfirst import lead_lines, standfirst
from scrapelint.engine.options import option
from scrapelint.facts.credit_line import is_credit
from scrapelint.locate.context import Context
from scrapelint.text.confidence import EDGE
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.reasons import BYLINE, DETACHED_PROSE, HEAD_CHROME, REASONS

# The name the page head's weak lines are shared under (`Context.shared`).
WEAK_HEAD = "article.weak-head"


@dataclass(frozen=True, eq=False, kw_only=True)
class ArticleRule(LineKind):
    KIND = "article"

    reason: str = option(
        "head-chrome", choices=frozenset(REASONS), doc="the locator's reason the rule reports"
    )

    @property
    def shape(self) -> bool:
        """Its verdicts come from where a line stands in the page's shape, not from what it says:
        when the body guard refuses a pass, the engine retries it without them."""
        return True

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        rank = ctx.non_blank_rank
        verdicts = ctx.article.verdicts
        weak = self._weak_lines(doc, ctx)

        def level(index: int) -> float:
            confidence = verdicts[index].confidence
            return min(confidence, EDGE) if index in weak else confidence

        run: list[int] = []
        for index in ctx.lines_by_reason.get(self.reason, ()):
            # The run goes on only while no other non-blank line stands between its lines, on
            # evidence of one strength.
            if run and (rank[index] != rank[run[-1]] + 1 or level(index) != level(run[-1])):
                yield self._finding(run, level(run[0]))
                run = []
            run.append(index)
        if run:
            yield self._finding(run, level(run[0]))

    def _weak_lines(self, doc: Document, ctx: Context) -> frozenset[int]:
        """The lines over the body whose position the page's own head makes weak evidence: its
        standfirst, and the boxes between its byline and its body; on text extracted already, a
        byline of one word that names no agency (a headline: "Changelog")."""
        if self.reason == BYLINE:
            return _lone_words(doc, ctx) if ctx.article.extracted else frozenset()
        if self.reason not in (DETACHED_PROSE, HEAD_CHROME):
            return frozenset()
        if self.reason not in ctx.lines_by_reason:
            return frozenset()
        found = ctx.shared.get(WEAK_HEAD)  # both reasons' rules ask, of one version of the text
        if not isinstance(found, frozenset):
            first = standfirst(doc, ctx)
            boxes = head_box_lines(doc, ctx) | lead_lines(doc, ctx)
            found = ctx.shared[WEAK_HEAD] = boxes if first is None else boxes | {first}
        return found

    def _finding(self, run: list[int], confidence: float) -> Finding:
        size = f" ({len(run)} lines)" if len(run) > 1 else ""
        return self.meta.finding(
            run[0], run[-1] + 1, f"{self.message}{size}", confidence=confidence
        )


def _lone_words(doc: Document, ctx: Context) -> frozenset[int]:
    """The lines taken for a byline that hold one word and sign nothing (`is_credit`: "Reuters"
    does): a one-word headline over the first paragraph."""
    counts = ctx.word_counts
    return frozenset(
        index
        for index in ctx.lines_by_reason.get(BYLINE, ())
        if counts[index] == 1 and not is_credit(doc.texts[index])
    )
