"""The removal passes of one fix: the text as they leave it, and its lines mapped to the original's.

Each pass runs the line rules once, weighs each finding's evidence, lets the body guard judge what
the claimed lines would take, and removes them; its findings are told in original line numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from scrapelint.engine.claims import claim_lines, removed_spans
from scrapelint.engine.guard import ProseCheck, ProseLedger
from scrapelint.engine.lint import gate_literals, key_words, run_rules
from scrapelint.engine.result import Outcome
from scrapelint.engine.rule import LineRule, RuleMeta
from scrapelint.engine.suppression import Suppressions
from scrapelint.engine.title_spared import sparing
from scrapelint.facts.headline_shape import is_headline_lookalike
from scrapelint.facts.page_meta import headline_line
from scrapelint.locate.code_runs import program_lines
from scrapelint.locate.context import Context, LineMemo
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.fences import fenced_lines
from scrapelint.text.findings import AppliedRemoval, Finding, LineRemoval

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap

# A comment thread is prose but not the article: once a comment rule has recognised it, the body
# guard does not count it (a one-paragraph post under a long thread may lose the thread).
COMMENTS = "comments"
GUARD_MSG = "fix refused: it would remove most of the document's prose"
_STOPPED_MSG = (
    "fix stopped: a further pass would remove most of the document's prose; the removals of the "
    "passes before it stand"
)
_PARTLY_MSG = (
    "fix partly refused: the article-shape removals would take most of the document's prose, so "
    "only the other rules' removals were applied"
)


class FixPasses:
    """The text as the passes leave it, and the map from its lines to the original's."""

    def __init__(
        self,
        doc: Document,
        marks: Suppressions,
        remove_at: float = REMOVE_AT,
        guard: RuleMeta | None = None,
        memo: LineMemo | None = None,
        prose: ProseCheck | None = None,
    ) -> None:
        self.original = doc
        self.remove_at = remove_at
        self.guard = guard  # the guard's rule, when selected: its finding says what was refused
        # The document's prose, or an earlier reading's (`guard.LedgerThrough`): then removals
        # came before these passes, and a refusal stops the fix rather than refusing it.
        self.prose: ProseCheck = prose or ProseLedger(doc)
        self.after_removals = prose is not None
        self.current = doc
        self.origin = list(range(len(doc.lines)))
        self.outcomes: list[Outcome] = []
        self.comments: set[int] = set()  # original lines a comment rule recognised as comments
        # The headline the last pass kept where the locator alone would have taken it (an
        # original line): the guard weighs a pass as if it went, as it did before the headline
        # was read. A kept title is no sign that the body was.
        self.headline: int | None = None
        self.memo = memo or LineMemo()  # each pass re-reads the lines the last one kept
        self.vocabulary: frozenset[str] | None = None
        self.guard_message: str | None = None  # what the guard said when it first stopped a pass
        self.marks = marks
        self.keeps = self._keeps if marks else None
        self.hidden: dict[tuple[str, int, int], Finding] = {}  # suppressed, by code and lines
        self.article: ArticleMap | None = None  # the locator's reading of the original text
        self.original_programs: frozenset[int] | None = None  # its lines of code, when asked

    def apply_pass(self, rules: Sequence[LineRule]) -> bool:
        """Run `rules` once and apply their removals; False when nothing was removed."""
        if self.vocabulary is None:
            self.vocabulary = key_words(rules)
        later = self._programs if self.current is not self.original else None
        ctx = Context(
            self.current,
            self.memo,
            self.vocabulary,
            gate_literals(rules),
            programs=later,
            headline=headline_line,
            lookalike=is_headline_lookalike,
        )
        findings = run_rules(ctx, rules)
        title = ctx.title_line if "article" in ctx.__dict__ else None  # only if a rule located it
        rescued = ctx.title_rescued if title is not None else None
        self.headline = self.origin[rescued] if rescued is not None else None
        if title is not None:
            findings = [sparing(f, title) for f in findings]
        if self.current is self.original:
            self.article = ctx.__dict__.get("article")  # only if a rule located it
            self.original_programs = ctx.__dict__.get("program_lines")  # the same, if read
        if self.marks:
            findings = self._unsuppressed(findings)
        findings = [_weighed(f, self.remove_at) for f in findings]
        code = fenced_lines(self.current.texts)
        if code:
            findings = [_outside_code(f, code) for f in findings]
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

    def _programs(self) -> frozenset[int]:
        """The lines of code of the current text, as read on the original (a later pass's; the
        first pass's context reads them itself)."""
        if self.original_programs is None:
            self.original_programs = frozenset(program_lines(self.original.texts))
        code = self.original_programs
        return frozenset(i for i, index in enumerate(self.origin) if index in code)

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
        earlier = self.after_removals or len(self.origin) < len(self.original.lines)
        self._report_guard(_STOPPED_MSG if earlier else GUARD_MSG)
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
        """Whether the guard lets `claims` go; if so, the comment lines they take are recorded.

        A pass is weighed against the prose it reads, as a fix of that text would weigh it: what
        earlier passes took counts on neither side. Weighed against the first text, a pass would
        be refused what a second fix of the cleaned text then takes: the fix would not be a fixed
        point (the passes before a refused one stand, and each is weighed the same way)."""
        gone = {self.origin[i] for lines in claims.values() for i in lines}
        if self.headline is not None:
            gone.add(self.headline)
        comments = self.comments | {
            self.origin[i]
            for position, lines in claims.items()
            if findings[position].category == COMMENTS
            for i in lines
        }
        if self.prose.refuses(gone, comments | _removed_before(self.origin, self.original)):
            return False
        self.comments = comments
        return True

    def _report_guard(self, message: str) -> None:
        """One guard finding per fix (`guard_outcome`): the first pass the guard stopped says
        what happened."""
        if self.guard_message is None:
            self.guard_message = message


def guard_outcome(guard: RuleMeta | None, message: str | None, doc: Document) -> Outcome | None:
    """The guard's finding over the whole of `doc`, when it stopped a pass and is selected."""
    if guard is None or message is None:
        return None
    return Outcome(guard.finding(0, max(len(doc.lines), 1), message, remove=False))


def settle(outcomes: Iterable[Outcome], kept: set[int]) -> tuple[Outcome, ...]:
    """One outcome per finding (a later pass finds unfixable problems again), marked resolved when
    the lines it asked to remove are gone; in report order."""
    settled: dict[tuple[str, int, int], Outcome] = {}
    for outcome in outcomes:
        finding = outcome.finding
        key = (finding.code, finding.line, finding.end_line)
        if key in settled and not outcome.fixed:
            continue
        removal = finding.removal
        resolved = removal is not None and kept.isdisjoint(range(removal.start, removal.end))
        settled[key] = Outcome(finding, outcome.removed, resolved)  # not `replace`: 3x slower
    return in_report_order(settled.values())


def in_report_order(outcomes: Iterable[Outcome]) -> tuple[Outcome, ...]:
    return tuple(sorted(outcomes, key=lambda o: (o.finding.line, o.finding.code)))


def _weighed(finding: Finding, remove_at: float) -> Finding:
    """`finding`, no longer asking for a removal when its evidence is too weak for one."""
    if finding.removal is None or finding.confidence >= remove_at:
        return finding
    return replace(finding, removal=None, held=True)


def _outside_code(finding: Finding, code: set[int]) -> Finding:
    """`finding`, no longer asking for a removal that only takes lines of fenced code blocks:
    a tutorial's `subscribe()` or `document.cookie` is code, whatever a rule's words say."""
    removal = finding.removal
    if removal is None or not code.issuperset(range(removal.start, removal.end)):
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
