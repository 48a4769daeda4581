"""Processing one file: read, split into documents, lint or fix each, describe it, render it back.

This is where formats meet the engine; neither knows the other. Nothing here prints or writes:
the result is a `FileReport` value that reporters format and the CLI writes out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapelint import engine
from scrapelint.document import Document
from scrapelint.formats import Parsed, Problem, parse, render
from scrapelint.metadata import DocumentMeta, describe
from scrapelint.rule import Rule
from scrapelint.sources import Source, read_bytes


@dataclass(frozen=True)
class Settings:
    rules: tuple[Rule, ...]
    fix: bool = False
    language: bool = True
    text_field: str = "text"


@dataclass(frozen=True, slots=True)
class DocumentReport:
    result: engine.Result
    meta: DocumentMeta
    record: int | None = None  # 1-based line of the JSONL record
    record_id: str | None = None


@dataclass(frozen=True)
class FileReport:
    source: Source
    documents: tuple[DocumentReport, ...] = ()
    problems: tuple[Problem, ...] = ()
    output: bytes | None = None  # the cleaned file, when a fix changed it
    original: bytes = field(default=b"", repr=False)

    @property
    def path(self) -> str:
        return str(self.source.path)

    @property
    def unreadable(self) -> bool:
        return any(problem.fatal for problem in self.problems) and not self.documents


def process(source: Source, settings: Settings) -> FileReport:
    raw = read_bytes(source.path)
    if isinstance(raw, Problem):
        return FileReport(source, problems=(_fatal(raw),))
    parsed = parse(str(source.path), raw, settings.text_field)
    if not parsed.documents and not parsed.problems and not raw.strip():
        parsed.problems.append(Problem(str(source.path), None, "empty file"))
    reports = tuple(_document(doc, parsed, n, settings) for n, doc in enumerate(parsed.documents))
    output = None
    if settings.fix:
        rendered = render(parsed, [r.result.cleaned for r in reports])
        output = rendered if rendered != raw else None
    return FileReport(source, reports, tuple(parsed.problems), output, raw)


def _fatal(problem: Problem) -> Problem:
    return Problem(problem.path, problem.line, problem.message, fatal=True)


def _document(doc: Document, parsed: Parsed, number: int, settings: Settings) -> DocumentReport:
    # `check` reports what `fix` would do, so both see the same findings and the same cleaned text
    # (the title and language are read from it).
    result = engine.fix(doc, settings.rules)
    meta = describe(doc, result.cleaned, language=settings.language)
    if not parsed.is_jsonl:
        return DocumentReport(result, meta)
    position = parsed.record_of_document[number]
    record = parsed.records[position] or {}
    record_id = record.get("id")
    return DocumentReport(result, meta, position + 1, None if record_id is None else str(record_id))
