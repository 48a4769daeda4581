"""A processed document as a report entry: the run's results turned into the report's values.

Workers call this before a result leaves them, so what crosses processes and goes into the cache is
the report's typed entries (`scrapelint.report.model`), never documents or engine results.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate, pairwise

from scrapelint.engine.result import Outcome, Result
from scrapelint.facts.metadata import DocumentMeta
from scrapelint.report import annotate
from scrapelint.report.file_result import FileResult, cleaned_path
from scrapelint.report.grouping import Group, group
from scrapelint.report.model import (
    DocumentEntry,
    MetadataWritten,
    Record,
    Related,
    Repaired,
    ReportedFinding,
    Suppressed,
)
from scrapelint.run.process import DocumentReport, FileReport
from scrapelint.text.findings import AppliedRemoval, Finding


def summarize_file(file: FileReport, *, applied: bool, keep_text: bool = False) -> FileResult:
    """The report entries of a processed file (annotated for baselines and SARIF)."""
    entries = []
    for doc in file.documents:
        original = doc.result.original
        entry = annotate.annotate_entry(document_entry(file, doc, applied), original)
        if keep_text:
            entry = replace(entry, text=original.text)
        entries.append(entry)
    return FileResult(
        file.source,
        tuple(entries),
        file.problems,
        file.output,
        file.target_name,
        len(file.original),
    )


def finding_entry(group: Group | Outcome, applied: bool) -> ReportedFinding:
    """A finding (or a block of findings reported as one) as a report entry.

    `fixable` is true only when `fix` does remove the finding's lines (check runs the same fix,
    so both say the same); a removal the guard refused is `refused` instead."""
    group = group if isinstance(group, Group) else Group(group)
    finding = group.primary.finding
    spans = sorted((span for o in group.members for span in o.removed), key=lambda s: s.start)
    removed = "".join(span.text for span in spans)
    proposed = [o for o in group.members if o.finding.fixable]  # a removal or an in-line repair
    resolved = bool(proposed) and all(o.resolved for o in proposed)
    return ReportedFinding(
        code=finding.code,
        rule=finding.rule,
        category=finding.category,
        severity=group.severity,
        line=min(o.finding.line for o in group.members) + 1,
        end_line=max(o.finding.end_line for o in group.members) + 1,
        message=finding.message,
        fixable=resolved,
        confidence=finding.confidence,
        removed=removed or None,
        removed_spans=tuple((span.start + 1, span.end) for span in spans),
        fixed=applied and resolved,
        refused=_refused(proposed),
        replaced=_replaced(group.members),
        related=tuple(_related(o) for o in group.related),
        removed_ends=_span_ends(spans),
    )


def _refused(proposed: Sequence[Outcome]) -> bool:
    """Whether the guard refused a removal the finding proposed; an in-line repair left out (its
    text gone by another) is no refusal, the guard weighs removals only."""
    return any(not o.resolved and not o.finding.replacements for o in proposed)


def _span_ends(spans: Sequence[AppliedRemoval]) -> tuple[int, ...]:
    """Where each span but the last ends in the joined removed text, when the join would hide
    it: a span ending in a lone CR next to one starting with an LF reads back as one CRLF line."""
    texts = [span.text for span in spans]
    if not any(a.endswith("\r") and b.startswith("\n") for a, b in pairwise(texts)):
        return ()
    return tuple(accumulate(len(text) for text in texts[:-1]))


def _related(outcome: Outcome) -> Related:
    finding = outcome.finding
    return Related(
        finding.code, finding.rule, finding.line + 1, finding.end_line + 1, finding.message
    )


def _replaced(members: Sequence[Outcome]) -> tuple[Repaired, ...]:
    """For a finding whose in-line repair was applied: each span's original text and its
    replacement, where the replacement stands in the cleaned text (1-based line, 0-based
    characters, end exclusive)."""
    return tuple(
        Repaired(edit.line + 1, edit.start, edit.end, edit.original, edit.text, edit.at)
        for outcome in members
        for edit in outcome.replaced
    )


def suppressed_entry(finding: Finding) -> Suppressed:
    """A finding an inline suppression held back: listed with `--show-suppressed`, never fixed."""
    return Suppressed(
        finding.code,
        finding.rule,
        finding.category,
        finding.severity,
        finding.line + 1,
        finding.end_line + 1,
        finding.message,
    )


def _line(index: int | None) -> int | None:
    return None if index is None else index + 1


def document_entry(file: FileReport, doc: DocumentReport, applied: bool) -> DocumentEntry:
    entry = document_fields(doc.meta, doc.result, applied)
    record = metadata = None
    if doc.record is not None:
        record = Record(doc.record, doc.record_id, doc.text_field, doc.digest, doc.dropped)
    if doc.metadata is not None:
        metadata = MetadataWritten(doc.metadata.field, doc.metadata.before)
    return replace(
        entry,
        path=file.path,
        record=record,
        metadata=metadata,
        # Lines are those of the text extracted from the page, not of its markup: every output
        # format says so rather than point at a line of the .html file.
        extracted=file.source.kind.is_html,
        # Where `fix` writes the cleaned text, under `--out` (or beside the input): what
        # `restore` reads back. A page's is a `.txt` beside it; every other file keeps its name.
        cleaned_path=cleaned_path(file.source),
        first_line=doc.first_line,
    )


def document_fields(meta: DocumentMeta, result: Result, applied: bool) -> DocumentEntry:
    """What an entry says of a document wherever it comes from (a file, or the Python API): its
    metadata and findings."""
    return DocumentEntry(
        path=None,
        title=meta.title,
        date=meta.date.isoformat() if meta.date else None,
        language=meta.language,
        authors=tuple(meta.authors),
        sources=tuple(meta.sources),
        translators=tuple(meta.translators),
        findings=tuple(finding_entry(g, applied) for g in group(result.outcomes, result.original)),
        lines=len(result.original.lines),
        removed_lines=len(result.original.lines) - len(result.cleaned.lines),
        # Where each value was read (1-based lines of the original text; None when not read
        # from the text), and the revision date printed beside the publication date.
        updated=meta.updated.isoformat() if meta.updated else None,
        title_line=_line(meta.title_line),
        date_line=_line(meta.date_line),
        updated_line=_line(meta.updated_line),
        author_line=_line(meta.author_line),
        suppressed=tuple(suppressed_entry(f) for f in result.suppressed),
    )
