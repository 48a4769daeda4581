"""A hard-wrapped document's removal passes, run on its paragraphs, one to a line.

In text wrapped at a fixed width (`text.hard_wrap`) a line is no unit of meaning: it may start in
mid-sentence ("helpful tips. No official certificate, ...", a reader's praise when a line of its
own), and a paragraph's six lines read as six short lines: a menu, a box of teaser cards. Every
rule is written for a paragraph a line, so the passes read the text *folded*: each wrapped
paragraph joined into one line. What they find is told back in the document's own lines
(*unfolded*): a finding covers every line of the paragraphs it covers, and a removal takes them
whole, so no paragraph is ever cut. The in-line repairs run before, on the lines as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from scrapelint.engine.result import Outcome
from scrapelint.engine.suppression import Marker, Suppressions
from scrapelint.text.document import Document
from scrapelint.text.findings import AppliedRemoval, Finding, LineRemoval
from scrapelint.text.hard_wrap import continued_lines, paragraph_runs

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap


def fold(doc: Document, runs: Sequence[range]) -> Document | None:
    """`doc` with each run of lines joined into one line (its first line's indentation and its
    last line's ending kept), or None when the joined text does not split back into one line a
    run."""
    lines = doc.lines
    parts = []
    for run in runs:
        first, last = lines[run.start], lines[run.stop - 1]
        rest = (lines[i].text.strip() for i in run[1:])
        parts.append(" ".join([first.text.rstrip(), *rest]) if len(run) > 1 else first.text)
        parts.append(last.ending)
    folded = Document.from_text("".join(parts), doc.path)
    return folded if len(folded.lines) == len(runs) else None


@dataclass(frozen=True)
class Unfolding:
    """Tells what the passes found in the folded text in the lines of `doc`, folded by `runs`."""

    doc: Document
    runs: Sequence[range]

    def marks(self, marks: Suppressions) -> Suppressions:
        """`marks` on the folded lines: a marker keeps its rules from its whole paragraph."""
        run_of = {i: n for n, run in enumerate(self.runs) for i in run}
        return Suppressions(
            tuple(m if m.line is None else Marker(run_of[m.line], m.codes) for m in marks.markers)
        )

    def finding(self, finding: Finding) -> Finding:
        removal = finding.removal
        return replace(
            finding,
            line=self.runs[finding.line].start,
            end_line=self.runs[finding.end_line].stop - 1,
            removal=None if removal is None else LineRemoval(*self._span(removal)),
        )

    def outcome(self, outcome: Outcome) -> Outcome:
        removed = tuple(self._removed(span) for span in outcome.removed)
        return replace(outcome, finding=self.finding(outcome.finding), removed=removed)

    def removed_lines(self, outcomes: Iterable[Outcome]) -> set[int]:
        """The document's lines the (unfolded) outcomes removed."""
        return {i for o in outcomes for span in o.removed for i in range(span.start, span.end)}

    def article(self, found: ArticleMap | None) -> ArticleMap | None:
        if found is None:
            return None
        verdicts = tuple(v for run, v in zip(self.runs, found.verdicts, strict=True) for _ in run)
        spans = tuple(self._span(LineRemoval(*span)) for span in found.spans)
        start, end = self._span(LineRemoval(found.start, found.end))
        top = -1 if found.top < 0 else self.runs[found.top].start
        return replace(found, start=start, end=end, spans=spans, verdicts=verdicts, top=top)

    def _span(self, span: LineRemoval) -> tuple[int, int]:
        """A span of folded lines (never empty) as the span of the document's lines."""
        return self.runs[span.start].start, self.runs[span.end - 1].stop

    def _removed(self, span: AppliedRemoval) -> AppliedRemoval:
        start, end = self._span(LineRemoval(span.start, span.end))
        return AppliedRemoval(start, end, "".join(line.raw for line in self.doc.lines[start:end]))


@dataclass(frozen=True)
class Reading:
    """How the passes read a text: `folded` (None when they read its lines as written), the
    `unfolding` back to its lines, and the lines they read as continuing the one above."""

    folded: Document | None
    unfolding: Unfolding | None
    continued: frozenset[int]


def reading(doc: Document) -> Reading:
    """How the passes read `doc`: folded when it is hard-wrapped and folds back into its runs."""
    continued = continued_lines(doc.texts)  # none, unless the text is hard-wrapped
    if not continued:
        return Reading(None, None, frozenset())
    runs = paragraph_runs(doc.texts, continued)
    folded = fold(doc, runs)
    if folded is None:
        return Reading(None, None, frozenset())
    return Reading(folded, Unfolding(doc, runs), continued)
