"""The default report: one finding a line, `path:line:col: CODE message`, then a summary."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.io.formats import Problem
from scrapelint.report.model import DocumentEntry, Report, ReportedFinding, Summary

EXTRACTED = " (extracted text)"


def render_text(report: Report) -> str:
    return "".join(text_lines(report))


def text_lines(report: Report) -> Iterator[str]:
    """The report a line at a time, so a long run's output is never one string in memory."""
    for entry in report.documents:
        where = location(entry)
        for finding in entry.findings:
            line, mark = entry.file_line(finding.line), _mark(finding)
            yield f"{where}:{line}:1: {finding.code} {finding.message}{mark}\n"
        for held in entry.suppressed:  # there with `--show-suppressed`
            line = entry.file_line(held.line)
            yield f"{where}:{line}:1: {held.code} {held.message} [suppressed]\n"
    for problem in report.errors:
        yield problem_line(problem) + "\n"
    yield summary_line(report.summary) + "\n"


def problem_line(problem: Problem) -> str:
    return f"{problem.path}:{problem.line or 1}:1: error: {problem.message}"


def location(document: DocumentEntry) -> str:
    """Where a document's lines are: its file, its JSONL record, or the text extracted from a page
    (whose line numbers are not the page's)."""
    record = document.record
    where = f"{document.path}" + (f":{record.number}" if record is not None else "")
    return where + EXTRACTED if document.extracted else where


def _mark(finding: ReportedFinding) -> str:
    """[fixed], [*] when `fix` removes it, [refused] when the guard keeps `fix` from it."""
    if finding.fixed:
        return " [fixed]"
    if finding.fixable:
        return " [*]"
    return " [refused]" if finding.refused else ""


def summary_line(summary: Summary) -> str:
    docs = _plural(summary.documents, "document")
    counts = summary.counts
    if counts.fixed:
        text = f"Fixed {counts.fixed} of {_plural(counts.findings, 'finding')} in {docs}"
        text += f"; {counts.remaining} remaining{_refused(counts.refused)}."
    elif counts.findings:
        text = f"Found {_plural(counts.findings, 'finding')} in {docs}"
        text += f" ({counts.fixable} fixable with `scrapelint fix`"
        if summary.removed_lines:
            text += f", which would remove {_plural(summary.removed_lines, 'line')}"
        text += f"{_refused(counts.refused)})."
    elif not summary.documents:
        text = "Nothing checked (0 documents)."
    elif summary.errors:
        text = f"No findings in {docs}."
    else:
        text = f"All checks passed ({docs})."
    if summary.errors:
        text += f" {_plural(summary.errors, 'input problem')}."
    if summary.partial:
        text += " Partial: the run was interrupted."
    if summary.skipped:
        text += f" {_plural(summary.skipped, 'file')} skipped."
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _refused(refused: int) -> str:
    return f"; {refused} refused by the body guard (SL001)" if refused else ""
