"""A fix's removal rounds: the passes run again when the text they leave reads otherwise.

The passes read a hard-wrapped text folded, a paragraph to a line (`engine.folding`), and whether
a text is wrapped is read from the whole of it: removing a page's chrome can take away the
evidence (four lines broken at one width) or make it. A second `fix` of the cleaned text would
then read its lines otherwise, and might remove more. So when the text the passes leave would be
read otherwise than they read it, they run again on that text, and what they find is told in
the first text's lines: the fix's fixed point is the reading's too, and `fix` is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from scrapelint.engine.claims import removed_spans
from scrapelint.engine.folding import Reading, reading
from scrapelint.engine.result import Outcome
from scrapelint.engine.suppression import Marker, Suppressions
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding, LineRemoval

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap

# A round changes the reading only when it removes lines; each later round removes more, so this
# is a cap against two readings that undo each other, never reached in practice.
MAX_ROUNDS = 3


@dataclass(frozen=True)
class Removal:
    """What the removal passes did to a text, in its own line numbers."""

    outcomes: tuple[Outcome, ...]  # settled: one per finding
    hidden: tuple[Finding, ...]  # held back by an inline suppression
    article: ArticleMap | None
    cleaned: Document
    gone: frozenset[int]
    continued: frozenset[int]  # the lines the passes read as continuing the one above


Passes = Callable[[Document, Suppressions, Reading], Removal]


def removal_rounds(doc: Document, marks: Suppressions, passes: Passes) -> Removal:
    """Run `passes` on `doc`, then on the text they leave for as long as it reads otherwise."""
    removal = passes(doc, marks, reading(doc))
    for _ in range(MAX_ROUNDS - 1):
        kept = [i for i in range(len(doc.lines)) if i not in removal.gone]
        rest = removal.cleaned
        if not removal.gone or len(rest.lines) != len(kept):
            break  # nothing left to read otherwise, or a lone CR joined two lines: no map back
        again = reading(rest)
        if again.continued == frozenset(j for j, i in enumerate(kept) if i in removal.continued):
            break
        later = passes(rest, _marks_on(marks, kept), again)
        removal = _then(removal, later, kept, rest, len(doc.lines))
        if not later.gone:
            break
    return removal


def settle(outcomes: Iterable[Outcome], kept: set[int]) -> tuple[Outcome, ...]:
    """One outcome per finding (a later pass finds unfixable problems again), marked resolved when
    the lines it asked to remove are gone."""
    settled: dict[tuple[str, int, int], Outcome] = {}
    for outcome in outcomes:
        finding = outcome.finding
        key = (finding.code, finding.line, finding.end_line)
        if key in settled and not outcome.fixed:
            continue
        removal = finding.removal
        resolved = removal is not None and kept.isdisjoint(range(removal.start, removal.end))
        settled[key] = Outcome(finding, outcome.removed, resolved)  # not `replace`: 3x slower
    return tuple(sorted(settled.values(), key=lambda o: (o.finding.line, o.finding.code)))


def _then(
    first: Removal, later: Removal, kept: Sequence[int], rest: Document, size: int
) -> Removal:
    """`first`, then `later` (a round on the text `first` left, whose lines are `kept`)."""
    moved = [
        Outcome(_moved(o.finding, kept), removed_spans(rest, _indices(o), kept))
        for o in later.outcomes
    ]
    gone = first.gone | {kept[j] for j in later.gone}
    outcomes = settle([*first.outcomes, *moved], set(range(size)) - gone)
    hidden = (*first.hidden, *(_moved(f, kept) for f in later.hidden))
    continued = frozenset(kept[j] for j in later.continued)
    return Removal(outcomes, hidden, first.article, later.cleaned, gone, continued)


def _moved(finding: Finding, kept: Sequence[int]) -> Finding:
    """`finding` of the later round, told in the first text's lines."""
    span = finding.removal
    removal = None if span is None else LineRemoval(kept[span.start], kept[span.end - 1] + 1)
    line, end_line = _at(kept, finding.line), _at(kept, finding.end_line)
    return replace(finding, line=line, end_line=end_line, removal=removal)


def _at(kept: Sequence[int], index: int) -> int:
    """The first text's line for line `index` of the later one (an engine finding over an empty
    text names line 0)."""
    return kept[index] if index < len(kept) else index


def _indices(outcome: Outcome) -> list[int]:
    return [i for span in outcome.removed for i in range(span.start, span.end)]


def _marks_on(marks: Suppressions, kept: Sequence[int]) -> Suppressions:
    """`marks` on the lines of the later text (a marker on a removed line went with it)."""
    if not marks:
        return marks
    at = {index: j for j, index in enumerate(kept)}
    return Suppressions(
        tuple(
            m if m.line is None else Marker(at[m.line], m.codes)
            for m in marks.markers
            if m.line is None or m.line in at
        )
    )
