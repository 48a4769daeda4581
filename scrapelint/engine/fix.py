"""Fixing a document: its in-line repairs, then removal passes until nothing more is removed.

Rules propose, the engine disposes. A fix runs in passes until nothing more is removed (capped, so a
pair of rules that disagree cannot loop), keeps every line in the original numbering, gives each
removed line to exactly one finding, and refuses a fix that would take away most of the prose:
in one pass, weighed against the prose the pass reads, or over all of them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scrapelint.engine.folding import Reading
from scrapelint.engine.guard import LedgerThrough, ProseLedger, ProseTaken
from scrapelint.engine.kinds.engine_finding import BODY_GUARD, engine_rule
from scrapelint.engine.passes import (
    GUARD_MSG,
    FixPasses,
    guard_outcome,
    in_report_order,
    settle,
)
from scrapelint.engine.repair import RepairOutcome
from scrapelint.engine.repair_rounds import repair_until_stable
from scrapelint.engine.result import Outcome, Result
from scrapelint.engine.rounds import RoundResult, removal_rounds
from scrapelint.engine.rule import Rule, RuleMeta, line_rules
from scrapelint.engine.suppression import Suppressions, masked, original_spans, read_markers
from scrapelint.locate.context import LineMemo
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

MAX_FIX_PASSES = 5


def fix(
    doc: Document,
    rules: Sequence[Rule],
    record_ignore: Sequence[str] | None = None,
    *,
    remove_at: float = REMOVE_AT,
) -> Result:
    """Apply the in-line repairs the rules propose, then their removals, pass after pass, until
    the text stops changing.

    Inline suppressions (`engine.suppression`) are read from `doc` and from `record_ignore`, the
    codes a JSONL record's own field names; the rules see `doc` without its markers. A removal is
    applied only when its finding's confidence is at least `remove_at`; a weaker finding is
    reported as it stands, its lines kept (`scrapelint.text.confidence`).
    """
    marks = read_markers(doc, record_ignore)
    memo = LineMemo()
    repaired, repairs, held = repair_until_stable(doc, rules, memo, marks)  # the rest read it
    view = masked(repaired, marks) if marks else repaired
    guard = engine_rule(rules, BODY_GUARD)

    def passes(
        text: Document, text_marks: Suppressions, read: Reading, prose: LedgerThrough | None
    ) -> RoundResult:
        return _passes(text, text_marks, read, prose, rules, remove_at, guard, memo)

    removal = removal_rounds(view, marks, passes)
    taken = removal.prose
    if taken is not None and taken.gone and taken.ledger.refuses(taken.gone, taken.comments):
        removal = _refused_whole(removal, view)
    outcomes, hidden, cleaned = removal.outcomes, removal.hidden, removal.cleaned
    refused = guard_outcome(guard, removal.guard_message, view)
    if refused is not None:
        outcomes = in_report_order([*outcomes, refused])
    hidden = tuple(_keyed(held, hidden).values())
    if repairs:
        outcomes = _with_repairs(outcomes, repairs)
    result = Result(doc, cleaned, outcomes, hidden, marks, removal.article)
    return result if view is repaired else _unmasked(result, repaired)


def _passes(
    doc: Document,
    marks: Suppressions,
    read: Reading,
    prose: LedgerThrough | None,
    rules: Sequence[Rule],
    remove_at: float,
    guard: RuleMeta | None,
    memo: LineMemo,
) -> RoundResult:
    """The removal passes over `doc` as `read` (folded or not) until nothing more is removed,
    told in `doc`'s own lines; `prose` is the guard of an earlier round's reading, when there
    was one."""
    unfolding = read.unfolding
    read_marks = unfolding.marks(marks) if unfolding and marks else marks
    passes = FixPasses(read.folded or doc, read_marks, remove_at, guard, memo, prose)
    for _ in range(MAX_FIX_PASSES):
        if not passes.apply_pass(line_rules(rules)):
            break
    outcomes = settle(passes.outcomes, set(passes.origin))
    hidden = tuple(passes.hidden.values())
    taken = frozenset(range(len(passes.original.lines))) - frozenset(passes.origin)  # as read
    read_comments = frozenset(passes.comments)
    ledger = passes.prose if isinstance(passes.prose, ProseLedger) else None
    # The guard weighs the fix as if the rescued headline went (`FixPasses.headline`).
    weighed = taken if passes.headline is None else taken | {passes.headline}
    first = ProseTaken(ledger, weighed, read_comments) if ledger else None  # the first round's
    if unfolding is None:  # read as written: the lines read are the document's
        line_of: Sequence[int] = range(len(doc.lines))
        return RoundResult(
            outcomes, hidden, passes.article, passes.current, taken, frozenset(),
            read_comments, passes.guard_message, first, line_of,
        )  # fmt: skip
    runs = unfolding.runs
    gone = frozenset(i for n in taken for i in runs[n])
    return RoundResult(
        tuple(map(unfolding.outcome, outcomes)),
        tuple(map(unfolding.finding, hidden)),
        unfolding.article(passes.article),
        doc.without(set(gone)),
        gone,
        read.continued,
        frozenset(i for n in read_comments for i in runs[n]),
        passes.guard_message,
        first,
        tuple(n for n, run in enumerate(runs) for _ in run),
    )


def _refused_whole(removal: RoundResult, text: Document) -> RoundResult:
    """Every removal refused: the passes, each weighed against the prose it read, took most of
    the document's prose between them. A second fix of the text is refused the same way, where
    letting some passes stand would leave it a text to cut further."""
    outcomes = tuple(Outcome(o.finding) for o in removal.outcomes)
    return replace(
        removal, outcomes=outcomes, cleaned=text, gone=frozenset(), guard_message=GUARD_MSG
    )


def _keyed(*findings: Sequence[Finding]) -> dict[tuple[str, int, int], Finding]:
    """The findings by code and lines, a later one in place of an earlier one of the same key."""
    return {(f.code, f.line, f.end_line): f for group in findings for f in group}


def _unmasked(result: Result, doc: Document) -> Result:
    """The fix of the masked view told in the document's own (repaired) text: same lines,
    markers kept."""
    outcomes = tuple(replace(o, removed=original_spans(doc, o.removed)) for o in result.outcomes)
    gone = {i for o in outcomes for span in o.removed for i in range(span.start, span.end)}
    return replace(result, cleaned=doc.without(gone), outcomes=outcomes)


def _with_repairs(
    outcomes: tuple[Outcome, ...], repairs: Sequence[RepairOutcome]
) -> tuple[Outcome, ...]:
    """The outcomes of the removal passes and of the repairs, in report order."""
    repaired = [Outcome(r.finding, (), r.resolved, r.done) for r in repairs]
    merged = [*outcomes, *repaired]
    return tuple(sorted(merged, key=lambda o: (o.finding.line, o.finding.code)))
