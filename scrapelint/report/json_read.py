"""The report's JSON read back into its typed values: `json_form` in reverse.

It serves the run's own JSON only (report entries spooled to disk, the result cache, entries
sent back by Ray workers) and expects the keys `json_form` writes; the `_b64` keys follow from
the text and are not read.
"""

from __future__ import annotations

from typing import Any

from scrapelint.report.model import (
    DocumentEntry,
    MetadataWritten,
    Record,
    Related,
    Repaired,
    ReportedFinding,
    Suppressed,
)
from scrapelint.text.findings import Severity


def document_from_json(data: dict[str, Any]) -> DocumentEntry:
    """An entry this scrapelint wrote as JSON, back as it was."""
    record = None
    if "record" in data:
        record = Record(
            data["record"],
            data["id"],
            data["text_field"],
            data.get("record_sha256"),
            data.get("dropped_record"),
        )
    metadata = None
    if "metadata_field" in data:
        metadata = MetadataWritten(data["metadata_field"], data.get("metadata_before"))
    return DocumentEntry(
        path=data.get("path"),
        title=data["title"],
        date=data["date"],
        language=data["language"],
        authors=tuple(data["authors"]),
        sources=tuple(data["sources"]),
        translators=tuple(data["translators"]),
        findings=_findings_from(data["findings"]),
        lines=data["lines"],
        removed_lines=data["removed_lines"],
        updated=data["updated"],
        title_line=data["title_line"],
        date_line=data["date_line"],
        updated_line=data["updated_line"],
        author_line=data["author_line"],
        suppressed=tuple(_suppressed_from(held) for held in data.get("suppressed", ())),
        record=record,
        metadata=metadata,
        extracted=data.get("extracted", False),
        cleaned_path=data.get("cleaned_path"),
        hash=data.get("hash"),
        text=data.get("text"),
        metadata_columns=data.get("metadata_columns"),
        first_line=data.get("first_line", 1),
    )


def _findings_from(items: list[dict[str, Any]]) -> tuple[ReportedFinding, ...]:
    # Findings of one line quote its text alike: read back, they share one string again (a
    # page's text on one line is quoted by each of its findings).
    texts: dict[str, str] = {}
    for item in items:
        text = item.get("text")
        if text is not None:
            item["text"] = texts.setdefault(text, text)
    return tuple(map(_finding_from, items))


def _finding_from(data: dict[str, Any]) -> ReportedFinding:
    return ReportedFinding(
        code=data["code"],
        rule=data["rule"],
        category=data["category"],
        severity=Severity(data["severity"]),
        line=data["line"],
        end_line=data["end_line"],
        message=data["message"],
        fixable=data["fixable"],
        confidence=data["confidence"],
        removed=data["removed"],
        removed_spans=tuple((start, end) for start, end in data["removed_spans"]),
        fixed=data["fixed"],
        refused=data["refused"],
        replaced=tuple(Repaired(**edit) for edit in data.get("replaced", ())),
        related=tuple(Related(**related) for related in data.get("related", ())),
        text=data.get("text"),
        fingerprint=data.get("fingerprint"),
        removed_ends=tuple(data.get("removed_ends", ())),
    )


def _suppressed_from(data: dict[str, Any]) -> Suppressed:
    return Suppressed(**{**data, "severity": Severity(data["severity"])})
