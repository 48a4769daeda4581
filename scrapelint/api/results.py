"""What the Python API returns for a document: small frozen values, typed, with the report's
meaning (lines are 1-based, as in the report; a finding's removed text is exact).

A `Result` holds everything needed to undo its fix: each removal's lines in the original
numbering and the exact text taken, and each in-line repair's original text, so
`Result.restore()` gives the input back.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from scrapelint.engine import apply as engine
from scrapelint.report.json_form import document_json
from scrapelint.report.json_read import document_from_json
from scrapelint.report.model import DocumentEntry, ReportedFinding
from scrapelint.report.restore_text import restore as restore_text
from scrapelint.run.parquet_rows import metadata_columns
from scrapelint.text.document import Document


@dataclass(frozen=True, slots=True)
class Removal:
    """Lines `line` .. `end_line` (1-based, inclusive, original numbering) and their exact text."""

    line: int
    end_line: int
    text: str


@dataclass(frozen=True, slots=True)
class Replacement:
    """An in-line repair: `original` became `text`, which stands at characters `start` ..
    `end - 1` of line `line` (1-based) of the cleaned text."""

    line: int
    start: int
    end: int
    original: str
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
    fixable: bool  # `fix` removes its lines
    fixed: bool  # the fix took its lines out (always False for `check`)
    refused: bool = False  # it asked for a removal the body guard refused
    related: tuple[str, ...] = ()  # codes of the findings reported with it, as one block
    removals: tuple[Removal, ...] = ()
    replacements: tuple[Replacement, ...] = ()  # its in-line repairs (mojibake, entities ...)

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

    @property
    def replacements(self) -> tuple[Replacement, ...]:
        return tuple(r for finding in self.findings for r in finding.replacements)

    def restore(self) -> str:
        """The original text, rebuilt from the cleaned text and the removals alone."""
        return restore_text(self.text, self.entry)

    def columns(self) -> dict[str, object]:
        """The document's metadata and findings as the `scrapelint_*` columns `fix
        --add-metadata` adds to Parquet rows: strings and lists of strings, the findings as the
        report's JSON."""
        return metadata_columns(document_from_json(self.entry))


def from_engine(entry: DocumentEntry, result: engine.Result, date: datetime.date | None) -> Result:
    """A `Result` from the engine's and the report entry the run built from it."""
    return Result(
        text=result.cleaned.text,
        original=result.original.text,
        findings=tuple(_finding(found) for found in entry.findings),
        title=entry.title,
        date=date,
        authors=entry.authors,
        sources=entry.sources,
        translators=entry.translators,
        language=entry.language,
        entry=document_json(entry),
    )


def _finding(found: ReportedFinding) -> Finding:
    return Finding(
        code=found.code,
        rule=found.rule,
        category=found.category,
        severity=found.severity.value,
        line=found.line,
        end_line=found.end_line,
        message=found.message,
        fixable=found.fixable,
        fixed=found.fixed,
        refused=found.refused,
        related=tuple(related.code for related in found.related),
        removals=_removals(found),
        replacements=tuple(
            Replacement(e.line, e.start, e.end, e.original, e.replacement) for e in found.replaced
        ),
    )


def _removals(found: ReportedFinding) -> tuple[Removal, ...]:
    """The finding's removed text cut at its spans (whole lines each, endings included)."""
    lines = [line.raw for line in Document.from_text(found.removed or "").lines]
    removals, at = [], 0
    for start, end in found.removed_spans:
        count = end - start + 1
        removals.append(Removal(start, end, "".join(lines[at : at + count])))
        at += count
    return tuple(removals)
