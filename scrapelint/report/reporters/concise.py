"""One line per file: what a pre-commit hook prints by default.

A hook that cleans a few hundred files prints thousands of finding lines nobody reads in a commit
message window; a line per file says what changed where (`--verbose` gives every finding back).
Files without findings are not listed; input problems keep their own line, as in `text`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import groupby

from scrapelint.report.model import Report, ReportedFinding
from scrapelint.report.reporters.text import EXTRACTED, problem_line, summary_line

MAX_CODES = 6  # codes named on a file's line; the rest are counted


def render_concise(report: Report) -> str:
    return "".join(concise_pieces(report))


def concise_pieces(report: Report) -> Iterator[str]:
    """A line per file with findings, made as its documents are read: a file's documents (a
    JSONL file's records) come one after another in a report."""
    for path, documents in groupby(report.documents, key=lambda d: f"{d.path}"):
        findings: list[ReportedFinding] = []
        extracted = False
        for document in documents:
            findings.extend(document.findings)
            extracted = extracted or document.extracted
        if findings:
            yield _file_line(path + (EXTRACTED if extracted else ""), findings) + "\n"
    for problem in report.errors:
        yield problem_line(problem) + "\n"
    yield summary_line(report.summary) + "\n"


def _file_line(where: str, findings: list[ReportedFinding]) -> str:
    codes = Counter(finding.code for finding in findings)
    named = [f"{code}×{n}" if n > 1 else code for code, n in sorted(codes.items())]
    if len(named) > MAX_CODES:
        named = [*named[:MAX_CODES], f"+{len(named) - MAX_CODES} more"]
    fixed = sum(f.fixed for f in findings)
    states = [
        f"{fixed} fixed" if fixed else "",
        f"{sum(f.fixable and not f.fixed for f in findings)} fixable",
        f"{sum(f.refused for f in findings)} refused",
    ]
    shown = ", ".join(s for s in states if s and not s.startswith("0 "))
    count = f"{len(findings)} finding{'' if len(findings) == 1 else 's'}"
    return f"{where}: {count} ({', '.join(named)})" + (f"; {shown}" if shown else "")
