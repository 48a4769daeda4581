"""JUnit XML, for CI systems that show test reports: one test case per document.

A document with findings still in its text fails, with one line per finding in the failure; a file
that could not be read (or had an input problem) is a test case in error. A clean document passes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from scrapelint.report.model import DocumentEntry, Report, ReportedFinding
from scrapelint.report.reporters.text import location
from scrapelint.text.lazy_pattern import lazy

# Characters XML 1.0 cannot carry at all (controls, lone surrogates from undecodable bytes).
XML_INVALID_RE = lazy("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render_junit(report: Report) -> str:
    return "".join(junit_pieces(report))


def junit_pieces(report: Report) -> Iterator[str]:
    """The XML in pieces, a test case at a time, as `ElementTree.indent` lays out the whole: the
    suite's counts come from a first reading of the documents, its cases from a second."""
    failures = sum(any(not f.fixed for f in d.findings) for d in report.documents)
    failures += sum(not p.fatal for p in report.errors)
    errors = sum(p.fatal for p in report.errors)
    tests = len(report.documents) + len(report.errors)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="scrapelint">\n  '
    counts = f'tests="{tests}" failures="{failures}" errors="{errors}"'
    if not tests:
        yield f'<testsuite name="scrapelint" {counts} />\n</testsuites>\n'
        return
    yield f'<testsuite name="scrapelint" {counts}>'
    for document in report.documents:
        yield "\n    " + _xml(_document_case(document))
    for problem in report.errors:
        case = _case(problem.path, problem.path)
        kind = "error" if problem.fatal else "failure"
        ET.SubElement(case, kind, message=_clean(problem.message), type="input")
        yield "\n    " + _xml(case)
    yield "\n  </testsuite>\n</testsuites>\n"


def _document_case(document: DocumentEntry) -> ET.Element:
    """A document's test case: failing with a line per finding still in its text."""
    case = _case(f"{document.path}", _name(document))
    remaining = [f for f in document.findings if not f.fixed]
    if remaining:
        failure = ET.SubElement(
            case,
            "failure",
            message=_clean(f"{len(remaining)} finding(s)"),
            type=_clean(",".join(sorted({f.code for f in remaining}))),
        )
        failure.text = _clean("\n".join(_finding_line(document, f) for f in remaining))
    return case


def _xml(case: ET.Element) -> str:
    """A test case laid out as it stands in the suite (two levels in)."""
    ET.indent(case, level=2)
    return ET.tostring(case, "unicode")


def _case(path: str, name: str) -> ET.Element:
    return ET.Element("testcase", classname=_clean(path), name=_clean(name))


def _name(document: DocumentEntry) -> str:
    return location(document)


def _finding_line(document: DocumentEntry, finding: ReportedFinding) -> str:
    if document.record is not None:
        return f"{location(document)}: {finding.code} {finding.message}"
    return (
        f"{location(document)}:{document.file_line(finding.line)}: {finding.code} {finding.message}"
    )


def _clean(text: str) -> str:
    return XML_INVALID_RE.sub("\ufffd", text)
