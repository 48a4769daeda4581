"""The engine: run rules over a document, and apply the removals they propose.

Rules propose, the engine disposes. A fix runs in passes until nothing more is removed (capped, so a
pair of rules that disagree cannot loop), keeps every line in the original numbering, gives each
removed line to exactly one finding, and refuses a fix that would take away most of the prose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from scrapelint.engine.claims import claim_lines, removed_spans
from scrapelint.engine.guard import ProseLedger
from scrapelint.engine.kinds.engine_finding import BODY_GUARD, UNUSED_SUPPRESSION, engine_rule
from scrapelint.engine.repair import repair
from scrapelint.engine.rule import LineRule, Rule, RuleMeta, document_rules, line_rules
from scrapelint.engine.suppression import Suppressions, masked, original_spans, read_markers
from scrapelint.facts.document_facts import Facts
from scrapelint.locate.context import Context, LineMemo
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.findings import AppliedRemoval, AppliedReplacement, Finding, LineRemoval

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap

MAX_FIX_PASSES = 5
# A comment thread is prose but not the article: once a comment rule has recognised it, the body
# guard does not count it (a one-paragraph post under a long thread may lose the thread).
COMMENTS = "comments"
_GUARD_MSG = "fix refused: it would remove most of the document's prose"
_STOPPED_MSG = (
    "fix stopped: a further pass would remove most of the document's prose; the removals of the "
    "passes before it stand"
)
_PARTLY_MSG = (
    "fix partly refused: the article-shape removals would take most of the document's prose, so "
    "only the other rules' removals were applied"
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A finding as reported, in original line numbers, with what the fix removed for it.

    `resolved` is true when the finding's lines are gone from the cleaned text, whether its own
    removal took them or another finding's did.
    """

    finding: Finding
    removed: tuple[AppliedRemoval, ...] = ()
    resolved: bool = False
    replaced: tuple[AppliedReplacement, ...] = ()  # what an in-line repair changed

    @property
    def fixed(self) -> bool:
        return bool(self.removed) or bool(self.replaced)


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of linting or fixing one document.

    `article` is where the locator put the article in the original text, when a rule asked
    (the first pass's reading, so metadata is read around the article at no extra cost).
    """

    original: Document
    cleaned: Document
    outcomes: tuple[Outcome, ...]
    suppressed: tuple[Finding, ...] = ()  # held back by an inline suppression, original lines
    suppressions: Suppressions = field(default=Suppressions())
    article: ArticleMap | None = None  # the locator's reading of the original text

    @property
    def changed(self) -> bool:
        lost = len(self.cleaned.lines) != len(self.original.lines)
        return lost or any(outcome.replaced for outcome in self.outcomes)

    @property
    def remaining(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.resolved)


def lint(
    doc: Document,
    rules: Sequence[LineRule],
    memo: LineMemo | None = None,
    vocabulary: frozenset[str] | None = None,
) -> list[Finding]:
    """All findings of `rules` on `doc`, ordered by line then code.

    `memo` carries per-line results over from an earlier lint of another version of the text;
    `vocabulary` is `key_words(rules)`, when the caller has it already.
    """
    if vocabulary is None:
        vocabulary = key_words(rules)
    return _lint(Context(doc, memo or LineMemo(), vocabulary), rules)


def _lint(ctx: Context, rules: Sequence[LineRule]) -> list[Finding]:
    findings = [finding for rule in rules for finding in rule.check(ctx.doc, ctx)]
    findings.sort(key=lambda f: (f.line, f.end_line, f.code))
    return findings


def key_words(rules: Sequence[LineRule]) -> frozenset[str]:
    """The words the rules look lines up by (`Context.lines_with_words`)."""
    return _key_words(tuple(rules))


@lru_cache(maxsize=8)
def _key_words(rules: tuple[LineRule, ...]) -> frozenset[str]:
    # A run fixes every document with the same rules: the union is taken once, not per document.
    return frozenset().union(*(rule.key_words for rule in rules))


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
    repaired, repairs, held = repair(doc, rules, memo, marks)  # first: the rest read its text
    view = masked(repaired, marks) if marks else repaired
    state = _FixState(view, marks, remove_at, engine_rule(rules, BODY_GUARD), memo)
    state.hidden.update({(f.code, f.line, f.end_line): f for f in held})
    for _ in range(MAX_FIX_PASSES):
        if not state.apply_pass(line_rules(rules)):
            break
    outcomes = _settle(state.outcomes, set(state.origin))
    if repairs:
        outcomes = _with_repairs(outcomes, repairs)
    result = Result(
        doc, state.current, outcomes, tuple(state.hidden.values()), marks, state.article
    )
    return result if view is repaired else _unmasked(result, repaired)


def _unmasked(result: Result, doc: Document) -> Result:
    """The fix of the masked view told in the document's own (repaired) text: same lines,
    markers kept."""
    outcomes = tuple(replace(o, removed=original_spans(doc, o.removed)) for o in result.outcomes)
    gone = {i for o in outcomes for span in o.removed for i in range(span.start, span.end)}
    return replace(result, cleaned=doc.without(gone), outcomes=outcomes)


def judge(result: Result, rules: Sequence[Rule], facts: Facts) -> Result:
    """Add the findings of the document-level rules, given the facts read from the fixed text."""
    found = [finding for rule in document_rules(rules) for finding in rule.check_facts(facts)]
    marks = result.suppressions
    if marks:
        held = tuple(f for f in found if marks.covers(f.code, f.line))
        suppressed = result.suppressed + held
        reported = [o.finding for o in result.outcomes]
        found = [f for f in found if f not in held]
        codes = {rule.meta.code for rule in rules}
        found += marks.unused(suppressed, reported, codes, engine_rule(rules, UNUSED_SUPPRESSION))
        result = replace(result, suppressed=suppressed)
    if not found:
        return result
    outcomes = sorted(
        [*result.outcomes, *map(Outcome, found)], key=lambda o: (o.finding.line, o.finding.code)
    )
    return replace(result, outcomes=tuple(outcomes))


class _FixState:
    """The text as the passes leave it, and the map from its lines to the original's."""

    def __init__(
        self,
        doc: Document,
        marks: Suppressions,
        remove_at: float = REMOVE_AT,
        guard: RuleMeta | None = None,
        memo: LineMemo | None = None,
    ) -> None:
        self.original = doc
        self.remove_at = remove_at
        self.guard = guard  # the guard's rule, when selected: its finding says what was refused
        self.prose = ProseLedger(doc)
        self.current = doc
        self.origin = list(range(len(doc.lines)))
        self.outcomes: list[Outcome] = []
        self.comments: set[int] = set()  # original lines a comment rule recognised as comments
        self.memo = memo or LineMemo()  # each pass re-reads the lines the last one kept
        self.vocabulary: frozenset[str] | None = None
        self.guarded = False  # the guard has stopped a pass, and said so
        self.marks = marks
        self.keeps = self._keeps if marks else None
        self.hidden: dict[tuple[str, int, int], Finding] = {}  # suppressed, by code and lines
        self.article: ArticleMap | None = None  # the locator's reading of the original text

    def apply_pass(self, rules: Sequence[LineRule]) -> bool:
        """Run `rules` once and apply their removals; False when nothing was removed."""
        if self.vocabulary is None:
            self.vocabulary = key_words(rules)
        ctx = Context(self.current, self.memo, self.vocabulary)
        findings = _lint(ctx, rules)
        if self.current is self.original:
            self.article = ctx.__dict__.get("article")  # only if a rule located it
        if self.marks:
            findings = self._unsuppressed(findings)
        findings = [_weighed(f, self.remove_at) for f in findings]
        claims = self._guarded_claims(findings, rules)
        if not claims:
            self.outcomes.extend(_outcome(f, self.origin, ()) for f in findings)
            return False
        removed = {index for lines in claims.values() for index in lines}
        for position, finding in enumerate(findings):
            spans = removed_spans(self.current, claims.get(position, ()), self.origin)
            self.outcomes.append(_outcome(finding, self.origin, spans))
        self.current = self.current.without(removed)
        self.origin = [index for i, index in enumerate(self.origin) if i not in removed]
        return True

    def _guarded_claims(
        self, findings: Sequence[Finding], rules: Sequence[LineRule]
    ) -> dict[int, tuple[int, ...]]:
        """The lines `findings` may take, each with its finding, as far as the guard lets them."""
        claims = claim_lines(self.current, findings, self.keeps)
        if not claims or self._keeps_prose(findings, claims):
            return claims
        # The page's shape misled the locator (an article of short lines, a long promo box):
        # what the other rules recognised by its wording may still go, under the same guard.
        claims = claim_lines(self.current, _set_aside(findings, _shape_codes(rules)), self.keeps)
        if claims and self._keeps_prose(findings, claims):
            self._report_guard(_PARTLY_MSG)
            return claims
        earlier = len(self.origin) < len(self.original.lines)
        self._report_guard(_STOPPED_MSG if earlier else _GUARD_MSG)
        return {}

    def _unsuppressed(self, findings: list[Finding]) -> list[Finding]:
        """`findings` less those starting on a line that keeps their rule, which are set aside."""
        kept = []
        for finding in findings:
            if self.marks.covers(finding.code, self.origin[finding.line]):
                held = _outcome(finding, self.origin, ()).finding
                self.hidden[(held.code, held.line, held.end_line)] = held
            else:
                kept.append(finding)
        return kept

    def _keeps(self, index: int, code: str) -> bool:
        """Whether an inline suppression keeps line `index` of the current text from `code`."""
        return self.marks.covers(code, self.origin[index])

    def _keeps_prose(self, findings: Sequence[Finding], claims: dict[int, tuple[int, ...]]) -> bool:
        """Whether the guard lets `claims` go; if so, the comment lines they take are recorded."""
        gone = {self.origin[i] for lines in claims.values() for i in lines}
        gone |= _removed_before(self.origin, self.original)
        comments = self.comments | {
            self.origin[i]
            for position, lines in claims.items()
            if findings[position].category == COMMENTS
            for i in lines
        }
        if self.prose.refuses(gone, comments):
            return False
        self.comments = comments
        return True

    def _report_guard(self, message: str) -> None:
        """One guard finding per fix: the first pass the guard stopped says what happened."""
        if not self.guarded and self.guard is not None:
            size = max(len(self.original.lines), 1)
            self.outcomes.append(Outcome(self.guard.finding(0, size, message, remove=False)))
            self.guarded = True


def _with_repairs(
    outcomes: tuple[Outcome, ...], repairs: Sequence[tuple[Finding, tuple[AppliedReplacement, ...]]]
) -> tuple[Outcome, ...]:
    """The outcomes of the removal passes and of the repairs, in report order; a repair is
    resolved when all it proposed was applied."""
    repaired = [
        Outcome(f, (), bool(done) and len(done) == len(f.replacements), done) for f, done in repairs
    ]
    merged = [*outcomes, *repaired]
    return tuple(sorted(merged, key=lambda o: (o.finding.line, o.finding.code)))


def _weighed(finding: Finding, remove_at: float) -> Finding:
    """`finding`, no longer asking for a removal when its evidence is too weak for one."""
    if finding.removal is None or finding.confidence >= remove_at:
        return finding
    return replace(finding, removal=None, held=True)


def _shape_codes(rules: Sequence[LineRule]) -> frozenset[str]:
    """The rules whose verdicts come from the page's shape rather than from what a line says."""
    return frozenset(rule.meta.code for rule in rules if rule.shape)


def _set_aside(findings: Sequence[Finding], codes: frozenset[str]) -> list[Finding]:
    """`findings` in the same order, those of `codes` no longer asking for a removal."""
    return [replace(f, removal=None) if f.code in codes else f for f in findings]


def _outcome(
    finding: Finding, origin: Sequence[int], removed: tuple[AppliedRemoval, ...]
) -> Outcome:
    """Translate a finding of a later pass back to the original line numbers."""
    start, end = origin[finding.line], origin[finding.end_line]
    if (start, end) != (finding.line, finding.end_line):
        removal = LineRemoval(start, end + 1) if finding.removal else None
        finding = replace(finding, line=start, end_line=end, removal=removal)
    return Outcome(finding, removed)


def _removed_before(origin: Sequence[int], doc: Document) -> set[int]:
    return set(range(len(doc.lines))) - set(origin)


def _settle(outcomes: Sequence[Outcome], kept: set[int]) -> tuple[Outcome, ...]:
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
