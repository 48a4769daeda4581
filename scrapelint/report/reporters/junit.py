"""JUnit XML, for CI systems that show test reports: one test case per document.

A document with findings still in its text fails, with one line per finding in the failure; a file
that could not be read (or had an input problem) is a test case in error. A clean document passes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from scrapelint.report.model import DocumentEntry, Report, ReportedFinding
from scrapelint.report.reporters.text import location

# Characters XML 1.0 cannot carry at all (controls, lone surrogates from undecodable bytes).
XML_INVALID_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render_junit(report: Report) -> str:
    suite = ET.Element("testsuite", name="scrapelint")
    failures = errors = 0
    for document in report.documents:
        case = _case(suite, f"{document.path}", _name(document))
        remaining = [f for f in document.findings if not f.fixed]
        if remaining:
            failures += 1
            failure = ET.SubElement(
                case,
                "failure",
                message=_clean(f"{len(remaining)} finding(s)"),
                type=_clean(",".join(sorted({f.code for f in remaining}))),
            )
            failure.text = _clean("\n".join(_finding_line(document, f) for f in remaining))
    for problem in report.errors:
        case = _case(suite, problem.path, problem.path)
        kind = "error" if problem.fatal else "failure"
        ET.SubElement(case, kind, message=_clean(problem.message), type="input")
        errors += problem.fatal
        failures += not problem.fatal
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    root = ET.Element("testsuites", name="scrapelint")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _case(suite: ET.Element, path: str, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=_clean(path), name=_clean(name))


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
