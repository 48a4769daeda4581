"""Findings in an HTML page are about the text extracted from it: no output format may present a
line of that text as a line of the .html file (text, GitHub annotations and SARIF did)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.corpus import run
from tests.run.test_corpus_workflows import PAGE

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json"
QUIET = ["--no-cache", "--no-language", "--select", "ALL"]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def output(page: Path, fmt: str) -> str:
    return run("check", page, *QUIET, "--output-format", fmt).stdout


def test_the_report_marks_the_page_as_extracted(page: Path) -> None:
    report = json.loads(output(page, "json"))
    assert report["documents"][0]["extracted"] is True
    assert report["documents"][0]["findings"]


def test_text_output_names_the_extracted_text(page: Path) -> None:
    lines = [line for line in output(page, "text").splitlines() if line.startswith(str(page))]
    assert lines and all(line.startswith(f"{page} (extracted text):") for line in lines)


def test_github_annotations_are_on_the_page_not_a_line_of_it(page: Path) -> None:
    commands = [line for line in output(page, "github").splitlines() if line.startswith("::")]
    assert commands
    for command in commands:
        properties = command.split(" ", 1)[1].split("::", 1)[0]
        assert "line=" not in properties and "extracted text" in command


def test_sarif_locates_the_page_and_keeps_the_extracted_lines_apart(page: Path) -> None:
    log = json.loads(output(page, "sarif"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    assert results
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].endswith("page.html")
        assert "region" not in location
        assert result["properties"]["extractedText"]["startLine"] >= 1


def test_junit_names_the_extracted_text(page: Path) -> None:
    assert "page.html (extracted text)" in output(page, "junit")
