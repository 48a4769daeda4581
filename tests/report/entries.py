"""Report entries for tests: a hypothesis strategy over every field (lone surrogates, integers
beyond 64 bits, every optional part), a small hand-made entry, and a report read back from the
JSON a run printed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import strategies as st

from scrapelint.io.formats import Problem
from scrapelint.report.json_read import document_from_json
from scrapelint.report.model import (
    DocumentEntry,
    FindingCounts,
    MetadataWritten,
    Record,
    Related,
    Repaired,
    Report,
    ReportedFinding,
    Summary,
    Suppressed,
)
from scrapelint.text.findings import Severity

# Text with lone surrogates: bytes that were not UTF-8, which orjson cannot write.
texts = st.text(
    st.characters(codec=None, exclude_categories=["Cs"]) | st.sampled_from("\udcff\ud800")
)
numbers = st.integers(min_value=-(2**80), max_value=2**80)
small = st.integers(min_value=0, max_value=10_000)
severities = st.sampled_from(Severity)
maybe = st.none

repairs = st.builds(Repaired, small, small, small, texts, texts, small)
findings = st.builds(
    ReportedFinding,
    code=texts,
    rule=texts,
    category=texts,
    severity=severities,
    line=numbers,
    end_line=small,
    message=texts,
    fixable=st.booleans(),
    confidence=st.floats(allow_nan=False, allow_infinity=False),
    removed=maybe() | texts,
    removed_spans=st.lists(st.tuples(small, small), max_size=3).map(tuple),
    fixed=st.booleans(),
    refused=st.booleans(),
    replaced=st.lists(
        st.builds(Repaired, small, small, small, texts, texts, small), max_size=2
    ).map(tuple),
    related=st.lists(st.builds(Related, texts, texts, small, small, texts), max_size=2).map(tuple),
    text=maybe() | texts,
    fingerprint=maybe() | texts,
)
suppressed = st.builds(Suppressed, texts, texts, texts, severities, small, small, texts)
records = st.builds(
    Record, numbers, maybe() | texts, maybe() | texts, maybe() | texts, maybe() | texts
)
lines = maybe() | small
names = st.lists(texts, max_size=2).map(tuple)

documents = st.builds(
    DocumentEntry,
    path=maybe() | texts,
    title=maybe() | texts,
    date=maybe() | texts,
    language=maybe() | texts,
    authors=names,
    sources=names,
    translators=names,
    findings=st.lists(findings, max_size=3).map(tuple),
    lines=numbers,
    removed_lines=small,
    updated=maybe() | texts,
    title_line=lines,
    date_line=lines,
    updated_line=lines,
    author_line=lines,
    suppressed=st.lists(suppressed, max_size=2).map(tuple),
    record=maybe() | records,
    metadata=maybe() | st.builds(MetadataWritten, texts, maybe() | texts),
    extracted=st.booleans(),
    cleaned_path=maybe() | texts,
    hash=maybe() | texts,
    text=maybe() | texts,
    metadata_columns=maybe() | st.sampled_from(["added", "replaced"]),
).map(lambda entry: as_written(entry))


def as_written(entry: DocumentEntry) -> DocumentEntry:
    """`entry` as its JSON keeps it: a document of no file has no cleaned path either."""
    if entry.path is None and entry.cleaned_path is not None:
        return replace(entry, cleaned_path=None)
    return entry


def finding(code: str, *, fixed: bool = False, **fields: Any) -> ReportedFinding:
    values: dict[str, Any] = {
        "code": code,
        "rule": code.lower(),
        "category": "share",
        "severity": Severity.WARNING,
        "line": 1,
        "end_line": 1,
        "message": "Share",
        "fixable": True,
        "confidence": 1.0,
        "removed": None,
        "removed_spans": (),
        "fixed": fixed,
        "refused": False,
    }
    return ReportedFinding(**{**values, **fields})


def document(
    path: str | None, found: tuple[ReportedFinding, ...] = (), **fields: Any
) -> DocumentEntry:
    values: dict[str, Any] = {
        "path": path,
        "title": None,
        "date": None,
        "language": None,
        "authors": (),
        "sources": (),
        "translators": (),
        "findings": found,
        "lines": 10,
        "removed_lines": 0,
        "updated": None,
        "title_line": None,
        "date_line": None,
        "updated_line": None,
        "author_line": None,
    }
    return DocumentEntry(**{**values, **fields})


def typed_report(data: dict[str, Any]) -> Report:
    """The report a run printed as JSON, read back into its typed values."""
    summary = data["summary"]
    counts = FindingCounts(**{key: summary[key] for key in COUNTS})
    rest = {key: value for key, value in summary.items() if key not in COUNTS}
    return Report(
        tuple(document_from_json(entry) for entry in data["documents"]),
        tuple(Problem(**problem) for problem in data["errors"]),
        Summary(**rest, counts=counts),
    )


COUNTS = ("findings", "fixable", "fixed", "refused", "remaining", "by_rule")
