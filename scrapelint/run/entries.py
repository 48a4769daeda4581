"""A processed document as a report entry: the run's results turned into the report's plain data.

Workers call this before a result leaves them, so what crosses processes and goes into the cache is
the report's shape (see `scrapelint.report.summary`), never documents or engine results.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence

from scrapelint.engine.apply import Outcome, Result
from scrapelint.facts.metadata import DocumentMeta
from scrapelint.io.formats import ESCAPED_BYTE_RE, encode
from scrapelint.report import annotate
from scrapelint.report.file_result import FileResult, cleaned_path
from scrapelint.report.grouping import Group, group
from scrapelint.run.process import DocumentReport, FileReport
from scrapelint.text.findings import Finding


def summarize_file(file: FileReport, *, applied: bool, keep_text: bool = False) -> FileResult:
    """The report entries of a processed file (annotated for baselines and SARIF)."""
    entries = []
    for doc in file.documents:
        original = doc.result.original
        entry = annotate.annotate_entry(document_entry(file, doc, applied), original)
        if keep_text:
            entry["text"] = original.text
        entries.append(entry)
    return FileResult(
        file.source,
        tuple(entries),
        file.problems,
        file.output,
        file.target_name,
        len(file.original),
    )


def finding_entry(group: Group | Outcome, applied: bool) -> dict:
    """A finding (or a block of findings reported as one) as a report entry.

    `fixable` is true only when `fix` does remove the finding's lines (check runs the same fix,
    so both say the same); a removal the guard refused is `refused` instead."""
    group = group if isinstance(group, Group) else Group(group)
    finding = group.primary.finding
    spans = sorted((span for o in group.members for span in o.removed), key=lambda s: s.start)
    removed = "".join(span.text for span in spans)
    proposed = [o for o in group.members if o.finding.fixable]  # a removal or an in-line repair
    resolved = bool(proposed) and all(o.resolved for o in proposed)
    entry = {
        "code": finding.code,
        "rule": finding.rule,
        "category": finding.category,
        "severity": group.severity.value,
        "line": min(o.finding.line for o in group.members) + 1,
        "end_line": max(o.finding.end_line for o in group.members) + 1,
        "message": finding.message,
        "fixable": resolved,
        "confidence": finding.confidence,
        "removed": removed or None,
        "removed_spans": [[span.start + 1, span.end] for span in spans],
        "fixed": applied and resolved,
        "refused": bool(proposed) and not resolved,
        **_exact_bytes(removed),
        **_replaced(group.members),
    }
    if group.related:
        entry["related"] = [_related(o) for o in group.related]
    return entry


def _related(outcome: Outcome) -> dict:
    finding = outcome.finding
    return {
        "code": finding.code,
        "rule": finding.rule,
        "line": finding.line + 1,
        "end_line": finding.end_line + 1,
        "message": finding.message,
    }


def _replaced(members: Sequence[Outcome]) -> dict:
    """`replaced`, for a finding whose in-line repair was applied: each span's original text and
    its replacement, where the replacement stands in the cleaned text (1-based line, 0-based
    characters, end exclusive)."""
    edits = [edit for outcome in members for edit in outcome.replaced]
    if not edits:
        return {}
    return {
        "replaced": [
            {
                "line": edit.line + 1,
                "start": edit.start,
                "end": edit.end,
                "original": edit.original,
                "replacement": edit.text,
                "at": edit.at,
            }
            for edit in edits
        ]
    }


def suppressed_entry(finding: Finding) -> dict:
    """A finding an inline suppression held back: listed with `--show-suppressed`, never fixed."""
    return {
        "code": finding.code,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.value,
        "line": finding.line + 1,
        "end_line": finding.end_line + 1,
        "message": finding.message,
    }


def _exact_bytes(removed: str) -> dict:
    """`removed_b64` when `removed` holds bytes that are not UTF-8, which JSON cannot carry."""
    if not ESCAPED_BYTE_RE.search(removed):
        return {}
    return {"removed_b64": base64.b64encode(encode(removed)).decode("ascii")}


def _line(index: int | None) -> int | None:
    return None if index is None else index + 1


def document_entry(file: FileReport, doc: DocumentReport, applied: bool) -> dict:
    entry = {"path": file.path, **document_fields(doc.meta, doc.result, applied)}
    if doc.record is not None:
        entry["record"] = doc.record
        entry["id"] = doc.record_id
        entry["text_field"] = doc.text_field
        if doc.digest is not None:
            entry["record_sha256"] = doc.digest
        if doc.dropped is not None:
            # The whole line, as read: `restore` puts it back where it stood.
            entry["dropped_record"] = doc.dropped
            if ESCAPED_BYTE_RE.search(doc.dropped):
                entry["dropped_b64"] = base64.b64encode(encode(doc.dropped)).decode("ascii")
    if doc.metadata is not None:
        entry["metadata_field"] = doc.metadata.field
        if doc.metadata.before is not None:
            entry["metadata_before"] = doc.metadata.before
    if file.source.kind.is_html:
        # Lines are those of the text extracted from the page, not of its markup: every output
        # format says so rather than point at a line of the .html file.
        entry["extracted"] = True
    # Where `fix` writes the cleaned text, under `--out` (or beside the input): what `restore`
    # reads back. A page's is a `.txt` beside it; every other file keeps its name.
    entry["cleaned_path"] = cleaned_path(file.source)
    return entry


def document_fields(meta: DocumentMeta, result: Result, applied: bool) -> dict:
    """What an entry says of a document wherever it comes from: its metadata and findings."""
    fields = {
        "title": meta.title,
        "date": meta.date.isoformat() if meta.date else None,
        "language": meta.language,
        "authors": list(meta.authors),
        "sources": list(meta.sources),
        "translators": list(meta.translators),
        "findings": [finding_entry(g, applied) for g in group(result.outcomes, result.original)],
        "lines": len(result.original.lines),
        "removed_lines": len(result.original.lines) - len(result.cleaned.lines),
        # Where each value was read (1-based lines of the original text; null when not read
        # from the text), and the revision date printed beside the publication date.
        "updated": meta.updated.isoformat() if meta.updated else None,
        "title_line": _line(meta.title_line),
        "date_line": _line(meta.date_line),
        "updated_line": _line(meta.updated_line),
        "author_line": _line(meta.author_line),
    }
    if result.suppressed:
        fields["suppressed"] = [suppressed_entry(f) for f in result.suppressed]
    return fields
