"""What the Python API returns for a document: small frozen values, typed, with the report's
meaning (lines are 1-based, as in the report; a finding's removed text is exact).

A `Result` holds everything needed to undo its fix: each removal's lines in the original
numbering and the exact text taken, so `Result.restore()` gives the input back.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from scrapelint.engine import apply as engine
from scrapelint.engine.apply import Outcome
from scrapelint.report.restore_text import restore as restore_text
from scrapelint.run.parquet_rows import metadata_columns


@dataclass(frozen=True, slots=True)
class Removal:
    """Lines `line` .. `end_line` (1-based, inclusive, original numbering) and their exact text."""

    line: int
    end_line: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    rule: str
    category: str
    severity: str  # "info", "warning" or "error"
    line: int  # 1-based, in the original text
    end_line: int
    message: str
    fixable: bool
    fixed: bool  # the fix took its lines out (always False for `check`)
    removals: tuple[Removal, ...] = ()

    @property
    def removed(self) -> str:
        return "".join(removal.text for removal in self.removals)


@dataclass(frozen=True, slots=True)
class Result:
    """One document linted (`check`) or cleaned (`fix`)."""

    text: str  # the cleaned text (for `check`: what `fix` would give)
    original: str
    findings: tuple[Finding, ...]
    title: str | None
    date: datetime.date | None
    authors: tuple[str, ...]
    sources: tuple[str, ...]
    translators: tuple[str, ...]
    language: str | None
    entry: dict  # the document's entry in the report, as `scrapelint fix --report` writes it

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def removals(self) -> tuple[Removal, ...]:
        return tuple(r for finding in self.findings for r in finding.removals)

    def restore(self) -> str:
        """The original text, rebuilt from the cleaned text and the removals alone."""
        return restore_text(self.text, self.entry)

    def columns(self) -> dict[str, object]:
        """The document's metadata and findings as the `scrapelint_*` columns `fix
        --add-metadata` adds to Parquet rows: strings and lists of strings, the findings as the
        report's JSON."""
        return metadata_columns(self.entry)


def from_engine(entry: dict, result: engine.Result, date: datetime.date | None) -> Result:
    """A `Result` from the engine's and the report entry the run built from it."""
    findings = tuple(
        _finding(found, outcome)
        for found, outcome in zip(entry["findings"], result.outcomes, strict=True)
    )
    return Result(
        text=result.cleaned.text,
        original=result.original.text,
        findings=findings,
        title=entry["title"],
        date=date,
        authors=tuple(entry["authors"]),
        sources=tuple(entry["sources"]),
        translators=tuple(entry["translators"]),
        language=entry["language"],
        entry=entry,
    )


def _finding(entry: dict, outcome: Outcome) -> Finding:
    return Finding(
        code=entry["code"],
        rule=entry["rule"],
        category=entry["category"],
        severity=entry["severity"],
        line=entry["line"],
        end_line=entry["end_line"],
        message=entry["message"],
        fixable=entry["fixable"],
        fixed=entry["fixed"],
        removals=tuple(Removal(r.start + 1, r.end, r.text) for r in outcome.removed),
    )
