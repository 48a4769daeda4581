"""A fix's removal rounds: the passes run again when the text they leave reads otherwise.

The passes read a hard-wrapped text folded, a paragraph to a line (`engine.folding`), and whether
a text is wrapped is read from the whole of it: removing a page's chrome can take away the
evidence (four lines broken at one width) or make it. A second `fix` of the cleaned text would
then read its lines otherwise, and might remove more. So when the text the passes leave would be
read otherwise than they read it, they run again on that text, and what they remove is told in
the first text's lines: the fix's fixed point is the reading's too.

A later round is part of the same fix. The body guard weighs its removals against the prose left
(`guard.LedgerThrough`), as a second fix would, and says so once; what the round only reports is
left out, since the first round reported those lines already as it read them. An inline marker
keeps its own line from a later round that reads the text line by line, not its whole paragraph,
as a second fix would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from scrapelint.engine.claims import removed_spans
from scrapelint.engine.folding import Reading, reading
from scrapelint.engine.guard import LedgerThrough, ProseTaken
from scrapelint.engine.passes import settle
from scrapelint.engine.result import Outcome
from scrapelint.engine.suppression import Marker, Suppressions
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding, LineRemoval

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap

# Every later round removes lines, so the rounds end; the cap bounds their cost on a text whose
# readings would go on changing.
MAX_ROUNDS = 3


@dataclass(frozen=True)
class RoundResult:
    """What the removal passes of one round (or of the rounds so far) did to a text, in its own
    line numbers."""

    outcomes: tuple[Outcome, ...]  # settled: one per finding
    hidden: tuple[Finding, ...]  # held back by an inline suppression
    article: ArticleMap | None
    cleaned: Document
    gone: frozenset[int]
    continued: frozenset[int]  # the lines the passes read as continuing the one above
    comments: frozenset[int]  # the lines a comment rule recognised, which the guard leaves out
    guard_message: str | None  # what the guard said when it stopped a pass
    # The first round's ledger with what the rounds took from it, and each line's line in it.
    prose: ProseTaken | None = None
    ledger_line: Sequence[int] = ()


Passes = Callable[[Document, Suppressions, Reading, LedgerThrough | None], RoundResult]


def removal_rounds(doc: Document, marks: Suppressions, passes: Passes) -> RoundResult:
    """Run `passes` on `doc`, then on the text they leave for as long as it reads otherwise."""
    done = passes(doc, marks, reading(doc), None)
    for _ in range(MAX_ROUNDS - 1):
        kept = [i for i in range(len(doc.lines)) if i not in done.gone]
        rest = done.cleaned
        if not done.gone or len(rest.lines) != len(kept) or done.prose is None:
            break  # nothing left to read otherwise, or a lone CR joined two lines: no map back
        again = reading(rest)
        if again.continued == frozenset(j for j, i in enumerate(kept) if i in done.continued):
            break
        through = LedgerThrough(done.prose, _ledger_lines(done, kept, again))
        later = passes(rest, _marks_on(marks, kept), again, through)
        done = _merged(done, later, kept, rest)
        if not later.gone:
            break
    return done


def _ledger_lines(done: RoundResult, kept: Sequence[int], read: Reading) -> list[frozenset[int]]:
    """For each line the later passes read (a run of the text left, when it is folded), the
    lines of the first round's ledger it stands for."""
    runs = read.unfolding.runs if read.unfolding else [range(j, j + 1) for j in range(len(kept))]
    line = done.ledger_line
    return [frozenset(line[kept[j]] for j in run) for run in runs]


def _merged(
    first: RoundResult, later: RoundResult, kept: Sequence[int], rest: Document
) -> RoundResult:
    """`first`, then `later`: a round on the text `first` left (`rest`, whose lines are the
    first text's `kept`). Of the later round's findings, those it fixed stand beside the first
    round's; what it only reported, the first round reported as it read those lines."""
    moved = [
        Outcome(_in_first_lines(o.finding, kept), removed_spans(rest, _indices(o), kept))
        for o in later.outcomes
        if o.removed or o.resolved
    ]
    gone = first.gone | {kept[j] for j in later.gone}
    outcomes = settle([*first.outcomes, *moved], set(range(len(first.ledger_line))) - gone)
    hidden = [_in_first_lines(f, kept) for f in later.hidden]
    hidden = [f for f in hidden if not _overlaps_any(f, first.hidden)]
    comments = first.comments | {kept[j] for j in later.comments}
    return RoundResult(
        outcomes,
        (*first.hidden, *hidden),
        first.article,
        later.cleaned,
        gone,
        frozenset(kept[j] for j in later.continued),
        comments,
        first.guard_message or later.guard_message,
        _taken(first, gone, comments),
        first.ledger_line,
    )


def _taken(first: RoundResult, gone: Iterable[int], comments: Iterable[int]) -> ProseTaken | None:
    """The first round's ledger with `gone` and `comments` (the first text's lines) taken."""
    if first.prose is None:
        return None
    line = first.ledger_line
    return ProseTaken(
        first.prose.ledger,
        frozenset(line[i] for i in gone),
        first.prose.comments | {line[i] for i in comments},
    )


def _in_first_lines(finding: Finding, kept: Sequence[int]) -> Finding:
    """`finding` of the later round, told in the first text's lines."""
    span = finding.removal
    removal = None if span is None else LineRemoval(kept[span.start], kept[span.end - 1] + 1)
    line, end_line = kept[finding.line], kept[finding.end_line]
    return replace(finding, line=line, end_line=end_line, removal=removal)


def _overlaps_any(finding: Finding, others: Iterable[Finding]) -> bool:
    """Whether a finding of the same rule covers any of `finding`'s lines."""
    return any(
        o.code == finding.code and o.line <= finding.end_line and finding.line <= o.end_line
        for o in others
    )


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
