"""The report of a run as plain data: the JSON shape other tools and the CI gate rely on.

Shape (extend it, never change it): `{"documents": [{"path", "title", "date", "language",
"authors", "sources", "translators", "findings": [{"code", "rule", "category", "severity", "line",
"end_line", "message", "fixable", "removed", "removed_spans", "fixed"}], "lines", "removed_lines",
"updated", "title_line", "date_line", "updated_line", "author_line"} (plus "record" and "id" for a
JSONL record)], "errors": [{"path", "line", "message", "fatal"}], "summary": {...}}`; `annotate`
adds hashes and fingerprints. Lines are 1-based; the `*_line` keys say where each value was read
(null when it was not read from the text). `removed` is the exact text a fix removed (or, for
`check`, would remove) for that finding, endings included, and `removed_spans` says where it
stood, so the original can be restored byte for byte. JSON cannot carry bytes that are not UTF-8,
so when the removed text holds some, `removed` shows them as backslash escapes and `removed_b64`
holds the exact bytes. A record `fix --add-metadata` wrote into names the field
(`metadata_field`) and, when it replaced one, its JSON text before (`metadata_before`).
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scrapelint.engine import Outcome
from scrapelint.formats import ESCAPED_BYTE_RE, Problem, encode, output_name
from scrapelint.runner import DocumentReport, FileReport
from scrapelint.sources import Source

if TYPE_CHECKING:
    from scrapelint.file_result import FileResult


def finding_entry(outcome: Outcome, applied: bool) -> dict:
    finding = outcome.finding
    removed = "".join(span.text for span in outcome.removed)
    return {
        "code": finding.code,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.value,
        "line": finding.line + 1,
        "end_line": finding.end_line + 1,
        "message": finding.message,
        "fixable": finding.fixable,
        "removed": removed or None,
        "removed_spans": [[span.start + 1, span.end] for span in outcome.removed],
        "fixed": applied and outcome.resolved,
        **_exact_bytes(removed),
    }


def _exact_bytes(removed: str) -> dict:
    """`removed_b64` when `removed` holds bytes that are not UTF-8, which JSON cannot carry."""
    if not ESCAPED_BYTE_RE.search(removed):
        return {}
    return {"removed_b64": base64.b64encode(encode(removed)).decode("ascii")}


def document_entry(file: FileReport, doc: DocumentReport, applied: bool) -> dict:
    meta, result = doc.meta, doc.result
    entry = {
        "path": file.path,
        "title": meta.title,
        "date": meta.date.isoformat() if meta.date else None,
        "language": meta.language,
        "authors": list(meta.authors),
        "sources": list(meta.sources),
        "translators": list(meta.translators),
        "findings": [finding_entry(o, applied) for o in result.outcomes],
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
    if doc.record is not None:
        entry["record"] = doc.record
        entry["id"] = doc.record_id
        entry["text_field"] = doc.text_field
        if doc.digest is not None:
            entry["record_sha256"] = doc.digest
    if doc.metadata is not None:
        entry["metadata_field"] = doc.metadata.field
        if doc.metadata.before is not None:
            entry["metadata_before"] = doc.metadata.before
    # Where `fix` writes the cleaned text, under `--out` (or beside the input): what `restore`
    # reads back. A page's is a `.txt` beside it; every other file keeps its name.
    entry["cleaned_path"] = cleaned_path(file.source)
    return entry


def _line(index: int | None) -> int | None:
    return None if index is None else index + 1


def cleaned_path(source: Source) -> str:
    """Where `fix` writes `source`'s cleaned text, relative to `--out` (or beside the input)."""
    return str(source.relative.with_name(output_name(source.path.name)))


def problem_entry(problem: Problem) -> dict:
    return {
        "path": problem.path,
        "line": problem.line,
        "message": problem.message,
        "fatal": problem.fatal,
    }


def build(files: Sequence[FileResult]) -> dict:
    """The report of a run from its files' entries."""
    documents = [entry for file in files for entry in file.entries]
    problems = [problem_entry(p) for f in files for p in f.problems]
    return {"documents": documents, "errors": problems, "summary": summarize(files, documents)}


def summarize(files: Sequence[FileResult], documents: Iterable[dict]) -> dict:
    documents = list(documents)
    findings = [f for d in documents for f in d["findings"]]
    lines = sum(d["lines"] for d in documents)
    removed = sum(d["removed_lines"] for d in documents)
    return {
        "files": len(files),
        "documents": len(documents),
        **finding_counts(findings),
        "errors": sum(len(f.problems) for f in files),
        "unreadable": sum(f.unreadable for f in files),
        "lines": lines,
        "removed_lines": removed,
    }


def finding_counts(findings: Sequence[dict]) -> dict:
    """The summary's counts of finding entries: all, fixable, fixed, remaining, and per rule."""
    return {
        "findings": len(findings),
        "fixable": sum(f["fixable"] for f in findings),
        "fixed": sum(f["fixed"] for f in findings),
        "remaining": sum(not f["fixed"] for f in findings),
        "by_rule": dict(sorted(Counter(f["code"] for f in findings).items())),
    }


def restore(cleaned: str, entry: dict) -> str:
    """The original text of a document, from its cleaned text and its report entry.

    Raises ValueError when the two do not fit together (the cleaned text was edited since).
    """
    removed: dict[int, str] = {}
    for finding in entry["findings"]:
        pieces = _lines(removed_text(finding))
        numbers = [n for start, end in finding["removed_spans"] for n in range(start, end + 1)]
        if len(numbers) != len(pieces):
            raise ValueError(f"finding {finding['code']} does not match its removed text")
        removed.update(zip(numbers, pieces, strict=True))
    kept = _lines(cleaned)
    total = len(removed) + len(kept)
    if "lines" in entry and total != entry["lines"]:
        raise ValueError(
            f"{len(kept)} cleaned lines, but the report left {entry['lines'] - len(removed)}"
        )
    if removed and max(removed) > total:
        raise ValueError("the report removed lines past the end of the text")
    remaining = iter(kept)
    return "".join(removed[n] if n in removed else next(remaining) for n in range(1, total + 1))


def removed_text(finding: dict) -> str:
    """What a finding removed, exactly: its bytes when `removed` could not carry them."""
    if finding.get("removed_b64"):
        exact = base64.b64decode(finding["removed_b64"], validate=True)
        return exact.decode("utf-8", errors="surrogateescape")
    return finding["removed"] or ""


def _lines(text: str) -> list[str]:
    from scrapelint.document import Document

    return [line.raw for line in Document.from_text(text).lines]
