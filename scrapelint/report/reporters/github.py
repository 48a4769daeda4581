"""GitHub Actions workflow commands: each finding still in the text becomes an annotation on its
line in the pull request (`::warning file=…,line=…,endLine=…,title=…::message`).

Severities map to `error`, `warning` and `notice`. Values are escaped as the runner expects:
`%`, CR and LF everywhere, and also `:` and `,` in the properties.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.report.model import Report
from scrapelint.report.reporters.text import summary_line

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render_github(report: Report) -> str:
    return "".join(github_lines(report))


def github_lines(report: Report) -> Iterator[str]:
    """The commands a line at a time, so a long run's output is never one string in memory."""
    for document in report.documents:
        for finding in document.findings:
            if finding.fixed:
                continue
            properties: dict = {"file": document.path}
            message = finding.message
            if document.extracted:
                # A line of the text extracted from a page is no line of the page: the annotation
                # is on the file, and the message says where in the extracted text.
                message += f" (extracted text, line {finding.line})"
            elif document.record is not None:
                number = document.record.number
                properties |= {"line": number, "endLine": number}
            else:
                end = max(finding.end_line, finding.line)
                properties |= {"line": document.file_line(finding.line)}
                properties["endLine"] = document.file_line(end)
            properties["title"] = f"{finding.code} {finding.rule}"
            yield _command(COMMANDS[finding.severity.value], properties, message) + "\n"
    for problem in report.errors:
        properties = {"file": problem.path, "line": problem.line or 1}
        command = "error" if problem.fatal else "warning"
        yield _command(command, properties, problem.message) + "\n"
    yield summary_line(report.summary) + "\n"


def _command(name: str, properties: dict, message: str) -> str:
    props = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{_escape_data(message)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
