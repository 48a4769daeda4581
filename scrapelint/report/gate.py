"""The CI gate: when does a run fail?

Without thresholds, a run fails on any remaining finding at or above `fail-on` (default: any
finding), as ruff does. With thresholds a corpus can tolerate a known level of junk and ratchet it
down: the run fails only when one is exceeded.

- `max-error-documents`: percent of documents with a failing finding;
- `max-removed`: percent of the corpus lines that the fix removes (or would remove);
- `max-per-rule`: code → most failing findings allowed; `"*"` caps every rule not named.

Nothing here prints: `evaluate` returns the breaches as values and the CLI reports them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from scrapelint.engine.spec import Spec
from scrapelint.report.model import Report, ReportedFinding, Summary
from scrapelint.text.findings import Severity

ANY_RULE = "*"


@dataclass(frozen=True, slots=True)
class Thresholds:
    max_error_documents: float | None = None  # percent
    max_removed: float | None = None  # percent
    max_per_rule: tuple[tuple[str, int], ...] = ()

    @property
    def active(self) -> bool:
        return (
            self.max_error_documents is not None
            or self.max_removed is not None
            or bool(self.max_per_rule)
        )

    def merged(self, other: Thresholds) -> Thresholds:
        """These thresholds with every one that `other` sets taking its place."""
        rules = dict(self.max_per_rule) | dict(other.max_per_rule)
        return Thresholds(
            _first(other.max_error_documents, self.max_error_documents),
            _first(other.max_removed, self.max_removed),
            tuple(sorted(rules.items())),
        )


@dataclass(frozen=True, slots=True)
class Breach:
    """One threshold a run went over: what was measured, the limit, and the value found."""

    name: str
    limit: float
    value: float

    def describe(self) -> str:
        return f"{self.name}: {_number(self.value)} is over the limit of {_number(self.limit)}"


def read_thresholds(spec: Spec) -> Thresholds:
    thresholds = Thresholds(
        max_error_documents=_percent(spec, "max-error-documents"),
        max_removed=_percent(spec, "max-removed"),
        max_per_rule=_per_rule(spec),
    )
    return thresholds


def parse_per_rule(values: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """`--max-per-rule NL001=3` → (("NL001", 3),). Raises ValueError on a malformed value."""
    pairs = []
    for value in values:
        code, sep, count = value.partition("=")
        if not sep or not code.strip() or not count.strip().isdigit():
            raise ValueError(f"expected CODE=COUNT, got {value!r}")
        pairs.append((_code(code), int(count)))
    return tuple(pairs)


def fails(finding: ReportedFinding, fail_on: Severity) -> bool:
    """A finding that counts against the gate: still there, and severe enough."""
    return not finding.fixed and finding.severity.rank >= fail_on.rank


def failing_findings(report: Report, fail_on: Severity) -> int:
    return sum(fails(f, fail_on) for d in report.documents for f in d.findings)


def evaluate(report: Report, thresholds: Thresholds, fail_on: Severity) -> tuple[Breach, ...]:
    documents = report.documents
    breaches = []
    if thresholds.max_error_documents is not None and documents:
        failing = sum(any(fails(f, fail_on) for f in d.findings) for d in documents)
        share = 100.0 * failing / len(documents)
        if share > thresholds.max_error_documents:
            breaches.append(
                Breach("documents with findings (%)", thresholds.max_error_documents, share)
            )
    if thresholds.max_removed is not None:
        share = removed_share(report.summary)
        if share > thresholds.max_removed:
            breaches.append(Breach("corpus lines removed (%)", thresholds.max_removed, share))
    if thresholds.max_per_rule:
        limits = dict(thresholds.max_per_rule)
        counts = Counter(
            code
            for d in documents
            for f in d.findings
            if fails(f, fail_on)
            for code in _codes_of(f)
        )
        for code, count in sorted(counts.items()):
            limit = limits.get(code, limits.get(ANY_RULE))
            if limit is not None and count > limit:
                breaches.append(Breach(f"{code} findings", limit, count))
    return tuple(breaches)


def _codes_of(finding: ReportedFinding) -> set[str]:
    """The rules a finding stands for: its own and those of the findings merged into it
    (`related`), so that a threshold on a rule still sees it inside another's block."""
    return {finding.code, *(related.code for related in finding.related)}


def removed_share(summary: Summary) -> float:
    return 100.0 * summary.removed_lines / summary.lines if summary.lines else 0.0


def _percent(spec: Spec, key: str) -> float | None:
    value = spec.take(key, float, None)
    if value is not None and not 0.0 <= value <= 100.0:
        raise spec.error(key, f"expected a percentage from 0 to 100, got {value!r}")
    return value


def _per_rule(spec: Spec) -> tuple[tuple[str, int], ...]:
    table = spec.sub("max-per-rule", {})
    pairs = []
    for code in table.rest():
        count = table.take(code, int)
        if count < 0:
            raise table.error(code, f"expected a count of 0 or more, got {count}")
        pairs.append((_code(code), count))
    table.finish()
    return tuple(sorted(pairs))


def _code(code: str) -> str:
    code = code.strip()
    return code if code == ANY_RULE else code.upper()


def _first(value: float | None, fallback: float | None) -> float | None:
    return fallback if value is None else value


def _number(value: float) -> str:
    return f"{value:.4g}"
