"""Parquet files, row group by row group: each row's text column is a document, its other
columns are the record's fields (a `date` column counts as stated, as in JSONL).

A row group is read, its rows linted and cleaned like JSONL records, and with `fix` written to a
spool file the command line moves into place; the run keeps only the report entries (`record` is
the row's number, 1-based). Every other column passes through unchanged. With `--add-metadata`
the rows carry `scrapelint_*` columns: the findings (the report's JSON) and what was read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import orjson

from scrapelint.facts.stated import stated
from scrapelint.io.formats import Parsed, Problem
from scrapelint.io.parquet import (
    COLUMN_PREFIX,
    LIST_COLUMNS,
    STRING_COLUMNS,
    ParquetSpool,
    codec,
    open_parquet,
    row_groups,
)
from scrapelint.io.sources import Source
from scrapelint.report.entry_spool import EntrySpool
from scrapelint.report.file_result import FileResult
from scrapelint.report.json_form import finding_json
from scrapelint.report.model import DocumentEntry
from scrapelint.run.entries import summarize_file
from scrapelint.run.process import (
    DocumentReport,
    FileReport,
    Settings,
    clean_document,
    record_ignore,
)
from scrapelint.text.document import Document


@dataclass(frozen=True)
class GroupResult:
    entries: tuple[DocumentEntry, ...]
    problems: tuple[Problem, ...]
    table: Any  # the cleaned row group (`pyarrow.Table`)
    changed: bool


def metadata_columns(entry: DocumentEntry) -> dict[str, Any]:
    """A document's `scrapelint_*` columns, from its report entry: its findings as the report's
    JSON."""
    findings = [finding_json(finding) for finding in entry.findings]
    values: dict[str, Any] = {
        "findings": orjson.dumps(findings).decode(),
        "title": entry.title,
        "date": entry.date,
        "language": entry.language,
        "authors": list(entry.authors),
        "sources": list(entry.sources),
    }
    return {COLUMN_PREFIX + key: values[key] for key in (*STRING_COLUMNS, *LIST_COLUMNS)}


@dataclass(frozen=True)
class Group:
    """A row group of a Parquet file: the unit a worker processes."""

    source: Source
    first: int  # the number of its first row, 1-based
    table: Any  # `pyarrow.Table`


GroupMap = Callable[[Iterator[Group]], Iterator[GroupResult]]


def process_parquet(
    source: Source,
    settings: Settings,
    *,
    applied: bool,
    keep_text: bool = False,
    mapper: GroupMap | None = None,
) -> FileResult:
    """Lint (and with `settings.fix`, clean into a spool file) a Parquet file, a group at a time.

    `mapper` processes the groups, in order (several processes may share the work); by default
    they are processed here, one after the other."""
    if mapper is None:
        step = partial(process_one, settings=settings, applied=applied, keep_text=keep_text)
        mapper = partial(map, step)
    file = open_parquet(source.path)
    if isinstance(file, Problem):
        return FileResult(source, problems=(file,))
    target = source.kind.target
    spool = ParquetSpool(target, codec(file)) if settings.fix else None
    entries = EntrySpool()  # a big file's entries wait on disk, not in memory
    problems: list[Problem] = []
    changed = False
    try:
        if settings.text_field not in file.schema_arrow.names:
            message = f"no column {settings.text_field!r}; kept as is"
            raise _Unusable(Problem(str(source.path), None, message, fatal=True))
        groups = (Group(source, first, table) for first, table in row_groups(file))
        for result in mapper(groups):
            entries.extend(result.entries)
            problems += result.problems
            changed = changed or result.changed
            if spool is not None:
                spool.write(result.table)
    except _Unusable as unusable:
        _drop(spool)
        entries.close()
        return FileResult(source, problems=(unusable.problem,))
    except (OSError, ValueError) as error:  # a damaged row group (pyarrow's ArrowInvalid, IOError)
        _drop(spool)
        problem = Problem(str(source.path), None, f"cannot read: {error}", fatal=True)
        return FileResult(source, entries.whole(), (*problems, problem))
    output = spool.finish() if spool is not None and changed else None
    if spool is not None and not changed:
        spool.discard()
    size = source.path.stat().st_size
    return FileResult(source, entries.whole(), tuple(problems), output, target, size)


def process_one(
    group: Group, *, settings: Settings, applied: bool, keep_text: bool = False
) -> GroupResult:
    return process_group(
        group.source, group.table, group.first, settings, applied=applied, keep_text=keep_text
    )


def process_group(
    source: Source,
    table: Any,
    first: int,
    settings: Settings,
    *,
    applied: bool,
    keep_text: bool = False,
) -> GroupResult:
    """One row group: its entries, its problems and, with `fix`, the cleaned group."""
    field = settings.text_field
    rows = table.to_pylist()
    reports, texts, problems = [], [], []
    for number, row in enumerate(rows, start=first):
        text = row.get(field)
        if not isinstance(text, str):
            message = f"no string field {field!r}; kept as is"
            problems.append(Problem(str(source.path), number, message))
            texts.append(text)
            continue
        reports.append(_document(source, number, row, settings, problems))
        texts.append(reports[-1].result.cleaned.text)
    report = FileReport(source, tuple(reports))
    entries = tuple(summarize_file(report, applied=applied, keep_text=keep_text).entries)
    if settings.fix and settings.add_metadata:
        had = (COLUMN_PREFIX + "findings") in table.column_names
        # Said on each entry whose row got the columns: "added", or "replaced" (the input had them).
        mark = "replaced" if had else "added"
        entries = tuple(replace(entry, metadata_columns=mark) for entry in entries)
    if not settings.fix:
        return GroupResult(entries, tuple(problems), None, False)
    cleaned = _with_texts(table, field, texts)
    if settings.add_metadata:
        cleaned = _with_metadata(cleaned, rows, field, iter(entries))
    changed = settings.add_metadata or any(
        row.get(field) != text for row, text in zip(rows, texts, strict=True)
    )
    return GroupResult(entries, tuple(problems), cleaned, changed)


def _document(
    source: Source, number: int, row: dict, settings: Settings, problems: list[Problem]
) -> DocumentReport:
    said = stated(Parsed(str(source.path), []), row)
    doc = Document.from_text(row[settings.text_field], f"{source.path}:{number}")
    try:
        ignore = record_ignore(row)
    except ValueError as error:
        problems.append(Problem(str(source.path), number, str(error)))
        ignore = None
    result, meta = clean_document(
        doc,
        settings.rules,
        settings.policy,
        said,
        record_ignore=ignore,
    )
    return DocumentReport(result, meta, number, _row_id(row), settings.text_field)


def _row_id(row: dict) -> str | None:
    value = row.get("id")
    return None if value is None else str(value)


def _with_texts(table: Any, field: str, texts: list) -> Any:
    import pyarrow as pa

    index = table.schema.get_field_index(field)
    column = pa.array(texts, type=table.schema.field(index).type)
    return table.set_column(index, table.schema.field(index), column)


def _with_metadata(table: Any, rows: list[dict], field: str, entries: Any) -> Any:
    """`table` with the `scrapelint_*` columns (replaced where a former run added them)."""
    import pyarrow as pa

    values = [
        metadata_columns(next(entries)) if isinstance(r.get(field), str) else {} for r in rows
    ]
    for name in (*STRING_COLUMNS, *LIST_COLUMNS):
        column = COLUMN_PREFIX + name
        kind = pa.list_(pa.string()) if name in LIST_COLUMNS else pa.string()
        array = pa.array([v.get(column) for v in values], type=kind)
        index = table.schema.get_field_index(column)
        if index >= 0:
            table = table.set_column(index, pa.field(column, kind), array)
        else:
            table = table.append_column(pa.field(column, kind), array)
    return table


class _Unusable(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _drop(spool: ParquetSpool | None) -> None:
    if spool is not None:
        spool.discard()
