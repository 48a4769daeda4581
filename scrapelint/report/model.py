"""The report as typed values: what a run found in each document, and what its fix did.

Workers build these from the engine's results (`run.entries`); they cross processes as they are,
wait on disk (`entry_spool`) and in the result cache as JSON, and reach the reporters, which read
their fields. `report.json_form` is the one place they become the report's JSON and are read back
from it. Lines are 1-based here, as in the report (the engine's `Finding`s count from 0).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from scrapelint.io.formats import Problem
from scrapelint.text.findings import Severity


@dataclass(frozen=True, slots=True)
class Related:
    """A finding reported inside another's block (`grouping`)."""

    code: str
    rule: str
    line: int
    end_line: int
    message: str


@dataclass(frozen=True, slots=True)
class Repaired:
    """An applied in-line repair: `original` became `replacement`, which stands at characters
    `start` .. `end - 1` of line `line` of the cleaned text; `at` is where `original` started in
    the line before the repair (the order to undo in)."""

    line: int
    start: int
    end: int
    original: str
    replacement: str
    at: int


@dataclass(frozen=True, slots=True)
class ReportedFinding:
    """A finding (or a block of findings reported as one) as the report tells it.

    `fixable` is true only when `fix` does remove its lines; a removal the guard refused is
    `refused` instead. `removed` is the exact text taken (endings included), `removed_spans`
    where it stood; `removed_ends` where each span's text ends in it, when the joined text does
    not tell (a span ending in a lone CR before one starting with an LF would read as a CRLF).
    `text` and `fingerprint` are added by `annotate`."""

    code: str
    rule: str
    category: str
    severity: Severity
    line: int
    end_line: int
    message: str
    fixable: bool
    confidence: float
    removed: str | None
    removed_spans: tuple[tuple[int, int], ...]
    fixed: bool
    refused: bool
    replaced: tuple[Repaired, ...] = ()
    related: tuple[Related, ...] = ()
    text: str | None = None
    fingerprint: str | None = None
    removed_ends: tuple[int, ...] = ()  # where each span's text ends in `removed`, when ambiguous


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding an inline suppression held back: listed with `--show-suppressed`, never fixed."""

    code: str
    rule: str
    category: str
    severity: Severity
    line: int
    end_line: int
    message: str


@dataclass(frozen=True, slots=True)
class Record:
    """Where a JSONL record (or Parquet row) stands, and what restore needs to put it back."""

    number: int  # its 1-based line (or row)
    id: str | None
    text_field: str | None
    sha256: str | None = None  # of its line as read, so restore can tell it is exact
    dropped: str | None = None  # its whole line, when `--drop-duplicates` left it out


@dataclass(frozen=True, slots=True)
class MetadataWritten:
    """The field `fix --add-metadata` wrote into a record, and its JSON text before, if any."""

    field: str
    before: str | None


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """One document of the report: its metadata, findings and where its cleaned text went.

    `path` is None for a document of no file (the Python API): such an entry has no
    `cleaned_path` either. The `*_line` fields say where each value was read (None when it was
    not read from the text)."""

    path: str | None
    title: str | None
    date: str | None  # ISO
    language: str | None
    authors: tuple[str, ...]
    sources: tuple[str, ...]
    translators: tuple[str, ...]
    findings: tuple[ReportedFinding, ...]
    lines: int
    removed_lines: int
    updated: str | None
    title_line: int | None
    date_line: int | None
    updated_line: int | None
    author_line: int | None
    suppressed: tuple[Suppressed, ...] = ()
    record: Record | None = None
    metadata: MetadataWritten | None = None
    # The lines are those of the text extracted from a page, not of its markup.
    extracted: bool = False
    cleaned_path: str | None = None  # relative to `--out`; None when this run wrote none
    hash: str | None = None  # `annotate`: a digest of the text, wherever it is stored
    text: str | None = None  # the original text, for the reporters that show it (html)
    metadata_columns: str | None = None  # "added" or "replaced": a Parquet row got them
    # The file's line of the text's first line: a Markdown file's front matter stands above its
    # text, which the findings' lines count from. Editors' locations add it (`file_line`).
    first_line: int = 1

    def file_line(self, line: int) -> int:
        """The line of the file where line `line` of the document's text stands."""
        return line + self.first_line - 1


@dataclass(frozen=True, slots=True)
class FindingCounts:
    """The findings of a run: all, fixable, fixed, refused by the guard, remaining, per rule."""

    findings: int = 0
    fixable: int = 0
    fixed: int = 0
    refused: int = 0
    remaining: int = 0
    by_rule: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, order=True)
class BaselineEntry:
    """A finding a baseline accepts: by its document's content and its line's text, never by
    line number (`baseline`)."""

    path: str
    document: str
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class BaselineUse:
    """What a baseline excused: its file, how many findings it matched, and its entries that no
    longer occur."""

    file: str
    matched: int
    stale: tuple[BaselineEntry, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts of a run (`summary.summarize`); `partial` when it was interrupted before every
    file was read."""

    files: int = 0
    documents: int = 0
    counts: FindingCounts = FindingCounts()
    errors: int = 0  # input problems
    unreadable: int = 0
    skipped: int = 0
    lines: int = 0
    removed_lines: int = 0
    partial: bool = False
    baseline: BaselineUse | None = None


@dataclass(frozen=True)
class Report:
    """The report of a run: its documents (a list, or a view read as a stream: `documents`),
    the input problems, and the summary."""

    documents: Sequence[DocumentEntry]
    errors: tuple[Problem, ...]
    summary: Summary
