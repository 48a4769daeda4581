"""The report of a run (`model.Report`) and its summary's counts. Its JSON (`json_form`) is the
shape other tools and the CI gate rely on.

Shape (extend it, never change it): `{"documents": [{"path", "title", "date", "language",
"authors", "sources", "translators", "findings": [{"code", "rule", "category", "severity", "line",
"end_line", "message", "fixable", "confidence", "removed", "removed_spans", "fixed", "refused",
"related"}], "lines", "removed_lines", "updated", "title_line", "date_line", "updated_line",
"author_line"} (plus "record" and "id" for a JSONL record)], "errors": [{"path", "line",
"message", "fatal"}], "summary": {..., "refused", "skipped", "partial"}}`; `annotate` adds hashes
and fingerprints. Lines are 1-based; the `*_line` keys say where each value was read (null when it
was not read from the text). `removed` is the exact text a fix removed (or, for `check`, would
remove) for that finding, endings included, and `removed_spans` says where it stood, so the
original can be restored byte for byte. JSON cannot carry bytes that are not UTF-8, so when the
removed text holds some, `removed` shows them as backslash escapes and `removed_b64` holds the
exact bytes; when the spans' texts, joined, would not split back by their lines (a lone CR
ending one, an LF starting the next), `removed_ends` lists where each span's text ends in it.
`confidence` is how strong the evidence for the removal is
(`scrapelint.text.confidence`): a finding below the run's threshold is reported with `fixable`
false and its lines kept. A record `fix --add-metadata` wrote into names the field
(`metadata_field`) and, when it replaced one, its JSON text before (`metadata_before`). A finding
whose in-line repair was applied (mojibake, an HTML entity ...) lists in `replaced` each span's
`original` text and its `replacement`, with where the replacement stands in the cleaned text
(`line`, 1-based; `start`, `end`: 0-based characters, end exclusive) and where the original
stood before the repair (`at`). A JSONL record `fix --drop-duplicates` left out keeps its line
as read in `dropped_record` (and its exact bytes in `dropped_b64` when they are not UTF-8).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from scrapelint.report.coverage import skipped
from scrapelint.report.documents import Documents
from scrapelint.report.file_result import FileResult
from scrapelint.report.model import DocumentEntry, FindingCounts, Report, ReportedFinding, Summary


def build(files: Sequence[FileResult], *, partial: bool = False) -> Report:
    """The report of a run from its files' entries; `partial` when the run was interrupted
    before every file was read (the report covers only those, and no gate passes it).

    Its `documents` are a view over the files' entries (`documents`), read as a stream."""
    documents = Documents.of(files)
    problems = tuple(p for f in files for p in f.problems)
    return Report(documents, problems, summarize(files, documents, partial=partial))


def summarize(
    files: Sequence[FileResult], documents: Iterable[DocumentEntry], *, partial: bool = False
) -> Summary:
    count = lines = removed = 0
    tally = _Tally()
    for document in documents:  # one pass: the documents may be read from disk
        count += 1
        lines += document.lines
        removed += document.removed_lines
        tally.add(document.findings)
    return Summary(
        files=len(files),
        documents=count,
        counts=tally.counts(),
        errors=sum(len(f.problems) for f in files),
        unreadable=sum(f.unreadable for f in files),
        skipped=sum(skipped(f) for f in files),
        lines=lines,
        removed_lines=removed,
        partial=partial,
    )


def finding_counts(findings: Iterable[ReportedFinding]) -> FindingCounts:
    """The summary's counts of finding entries: all, fixable, fixed, remaining, and per rule."""
    tally = _Tally()
    tally.add(findings)
    return tally.counts()


class _Tally:
    """Running counts of finding entries, so no list of every finding is needed."""

    def __init__(self) -> None:
        self.findings = self.fixable = self.fixed = self.refused = self.remaining = 0
        self.by_rule: Counter[str] = Counter()

    def add(self, findings: Iterable[ReportedFinding]) -> None:
        for f in findings:
            self.findings += 1
            self.fixable += f.fixable
            self.fixed += f.fixed
            self.refused += f.refused
            self.remaining += not f.fixed
            self.by_rule[f.code] += 1

    def counts(self) -> FindingCounts:
        return FindingCounts(
            self.findings,
            self.fixable,
            self.fixed,
            self.refused,
            self.remaining,
            dict(sorted(self.by_rule.items())),
        )
