"""The report's JSON: the one place its typed values (`model`) become plain data and come back.

The shape is the contract other tools and the CI gate rely on (see `summary`): keys appear in the
order they always had, and a key that only some entries carry is left out when it does not apply.
JSON cannot carry bytes that are not UTF-8 (kept in the text as lone surrogates), so the exact
bytes of such a removed text, dropped record or file name go beside it in base64 (`removed_b64`,
`dropped_b64`, `path_b64`, `cleaned_path_b64`); they follow from the text, and reading an entry
back ignores them.

`json_read` reads it back.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from scrapelint.io.formats import ESCAPED_BYTE_RE, Problem, encode
from scrapelint.report.model import (
    BaselineUse,
    DocumentEntry,
    FindingCounts,
    Record,
    Related,
    Repaired,
    Report,
    ReportedFinding,
    Summary,
    Suppressed,
)

DOCUMENTS = "documents"


# The report's key for the folder a `fix --report` ran in: its relative paths start there.
WORKING_DIRECTORY = "working_directory"


def working_directory_json(folder: str) -> dict[str, str]:
    """The folder a run was in as report keys: its name, and its exact bytes when some are
    not UTF-8 (as a document's `path`)."""
    data = {WORKING_DIRECTORY: folder}
    _put(data, f"{WORKING_DIRECTORY}_b64", _exact_bytes(folder))
    return data


def report_json(report: Report) -> dict[str, Any]:
    """The report as plain data; its documents a generator, read as they are written."""
    documents: Iterator[dict] = (document_json(entry) for entry in report.documents)
    errors = [problem_json(problem) for problem in report.errors]
    return {DOCUMENTS: documents, "errors": errors, "summary": summary_json(report.summary)}


def summary_json(summary: Summary) -> dict[str, Any]:
    data: dict[str, Any] = {
        "files": summary.files,
        "documents": summary.documents,
        **counts_json(summary.counts),
        "errors": summary.errors,
        "unreadable": summary.unreadable,
        "skipped": summary.skipped,
        "lines": summary.lines,
        "removed_lines": summary.removed_lines,
        "partial": summary.partial,
    }
    if summary.baseline is not None:
        data["baseline"] = _baseline_json(summary.baseline)
    return data


def counts_json(counts: FindingCounts) -> dict[str, Any]:
    return {
        "findings": counts.findings,
        "fixable": counts.fixable,
        "fixed": counts.fixed,
        "refused": counts.refused,
        "remaining": counts.remaining,
        "by_rule": dict(counts.by_rule),
    }


def _baseline_json(used: BaselineUse) -> dict[str, Any]:
    stale = [
        {"path": e.path, "code": e.code, "text": e.text, "document": e.document} for e in used.stale
    ]
    return {"file": used.file, "matched": used.matched, "stale": stale}


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "path": problem.path,
        "line": problem.line,
        "message": problem.message,
        "fatal": problem.fatal,
    }


def document_json(entry: DocumentEntry) -> dict[str, Any]:
    data: dict[str, Any] = {} if entry.path is None else {"path": entry.path}
    data |= {
        "title": entry.title,
        "date": entry.date,
        "language": entry.language,
        "authors": list(entry.authors),
        "sources": list(entry.sources),
        "translators": list(entry.translators),
        "findings": [finding_json(finding) for finding in entry.findings],
        "lines": entry.lines,
        "removed_lines": entry.removed_lines,
        "updated": entry.updated,
        "title_line": entry.title_line,
        "date_line": entry.date_line,
        "updated_line": entry.updated_line,
        "author_line": entry.author_line,
    }
    if entry.suppressed:
        data["suppressed"] = [_suppressed_json(held) for held in entry.suppressed]
    if entry.record is not None:
        data |= _record_json(entry.record)
    if entry.metadata is not None:
        data["metadata_field"] = entry.metadata.field
        if entry.metadata.before is not None:
            data["metadata_before"] = entry.metadata.before
    if entry.extracted:
        data["extracted"] = True
    if entry.path is not None:
        data["cleaned_path"] = entry.cleaned_path
    _put(data, "hash", entry.hash)
    _put(data, "text", entry.text)
    _put(data, "metadata_columns", entry.metadata_columns)
    _put(data, "first_line", entry.first_line if entry.first_line != 1 else None)
    _put(data, "path_b64", _exact_bytes(entry.path or ""))
    _put(data, "cleaned_path_b64", _exact_bytes(entry.cleaned_path or ""))
    return data


def finding_json(finding: ReportedFinding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": finding.code,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.value,
        "line": finding.line,
        "end_line": finding.end_line,
        "message": finding.message,
        "fixable": finding.fixable,
        "confidence": finding.confidence,
        "removed": finding.removed,
        "removed_spans": [list(span) for span in finding.removed_spans],
        "fixed": finding.fixed,
        "refused": finding.refused,
    }
    _put(data, "removed_b64", _exact_bytes(finding.removed or ""))
    if finding.removed_ends:
        data["removed_ends"] = list(finding.removed_ends)
    if finding.replaced:
        data["replaced"] = [_repaired_json(edit) for edit in finding.replaced]
    if finding.related:
        data["related"] = [_related_json(related) for related in finding.related]
    _put(data, "text", finding.text)
    _put(data, "fingerprint", finding.fingerprint)
    return data


def _related_json(related: Related) -> dict[str, Any]:
    return {
        "code": related.code,
        "rule": related.rule,
        "line": related.line,
        "end_line": related.end_line,
        "message": related.message,
    }


def _repaired_json(edit: Repaired) -> dict[str, Any]:
    return {
        "line": edit.line,
        "start": edit.start,
        "end": edit.end,
        "original": edit.original,
        "replacement": edit.replacement,
        "at": edit.at,
    }


def _suppressed_json(held: Suppressed) -> dict[str, Any]:
    return {
        "code": held.code,
        "rule": held.rule,
        "category": held.category,
        "severity": held.severity.value,
        "line": held.line,
        "end_line": held.end_line,
        "message": held.message,
    }


def _record_json(record: Record) -> dict[str, Any]:
    data: dict[str, Any] = {
        "record": record.number,
        "id": record.id,
        "text_field": record.text_field,
    }
    _put(data, "record_sha256", record.sha256)
    if record.dropped is not None:
        # The whole line, as read: `restore` puts it back where it stood.
        data["dropped_record"] = record.dropped
        _put(data, "dropped_b64", _exact_bytes(record.dropped))
    return data


def _exact_bytes(text: str) -> str | None:
    """`text`'s bytes in base64 when some are not UTF-8, which JSON cannot carry."""
    if not ESCAPED_BYTE_RE.search(text):
        return None
    return base64.b64encode(encode(text)).decode("ascii")


def _put(data: dict[str, Any], key: str, value: object) -> None:
    if value is not None:
        data[key] = value
