"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One result per finding still in the text (a fixed finding's lines are gone), located by file and
line: for a JSONL file the line of the record, the line inside its text in the message. Each result
carries the finding's content fingerprint, so code scanning follows it when lines move. Input
problems are tool notifications; an unreadable input makes the execution unsuccessful.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath
from urllib.parse import quote

from scrapelint import __version__
from scrapelint.io.formats import Problem
from scrapelint.report.model import DocumentEntry, Report, ReportedFinding
from scrapelint.report.reporters.json import data_pieces

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "scrapelint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render_sarif(report: Report) -> str:
    return "".join(sarif_pieces(report))


def sarif_pieces(report: Report) -> Iterator[str]:
    """The SARIF log in pieces, a result at a time: the rules are gathered in a first reading of
    the documents (the tool, and its rules, come before the results), the results in a second."""
    rules: dict[str, dict] = {}
    for document in report.documents:
        for finding in document.findings:
            if not finding.fixed and finding.code not in rules:
                rules[finding.code] = _descriptor(finding)
    indices = {code: index for index, code in enumerate(rules)}
    results = (
        _result(document, finding, indices[finding.code])
        for document in report.documents
        for finding in document.findings
        if not finding.fixed
    )
    notifications = [_notification(problem) for problem in report.errors]
    run = {
        "tool": {
            "driver": {
                "name": "scrapelint",
                "version": __version__,
                "rules": list(rules.values()),
            }
        },
        "invocations": [
            {
                "executionSuccessful": not any(p.fatal for p in report.errors),
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": results,
    }
    return data_pieces({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]})


def _descriptor(finding: ReportedFinding) -> dict:
    return {
        "id": finding.code,
        "name": finding.rule,
        "shortDescription": {"text": f"{finding.rule} ({finding.category})"},
        "defaultConfiguration": {"level": LEVELS[finding.severity.value]},
        "properties": {"category": finding.category, "tags": [finding.category]},
    }


def _result(document: DocumentEntry, finding: ReportedFinding, index: int) -> dict:
    message = finding.message
    properties: dict = {"category": finding.category, "fixable": finding.fixable}
    end = max(finding.end_line, finding.line)
    path = f"{document.path}"
    if document.extracted:
        # The lines of the text extracted from a page are not the page's: the result is on the
        # page as a whole, and where in the extracted text travels in the message and properties.
        message += f" (extracted text, line {finding.line})"
        location: dict = {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}
        properties["extractedText"] = {"startLine": finding.line, "endLine": end}
    elif document.record is not None:
        message += f" (record line {finding.line})"
        location = _location(path, document.record.number, document.record.number)
    else:
        location = _location(path, document.file_line(finding.line), document.file_line(end))
    result = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity.value],
        "message": {"text": message},
        "locations": [location],
        "properties": properties,
    }
    if finding.fingerprint is not None:
        result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    return result


def _notification(problem: Problem) -> dict:
    notification = {
        "level": "error" if problem.fatal else "warning",
        "message": {"text": problem.message},
        "locations": [_location(problem.path, problem.line or 1, problem.line or 1)],
    }
    return notification


def _location(path: str, start: int, end: int) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {"startLine": start, "endLine": end},
        }
    }


def _uri(path: str) -> str:
    """The path as a URI reference; a name's bytes that are not UTF-8 are percent-encoded as
    the bytes they are."""
    pure = PurePath(path)
    quoted = quote(pure.as_posix().encode("utf-8", "surrogateescape"))
    return "file://" + quoted if pure.is_absolute() else quoted
