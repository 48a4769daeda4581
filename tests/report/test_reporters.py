"""The CI report formats: SARIF (validated against the 2.1.0 schema), JUnit, GitHub annotations,
the HTML audit page, and --statistics. Assertions are on parsed output, never on wording."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from scrapelint.report.model import FindingCounts, Report, Summary
from scrapelint.report.reporters import REPORTERS
from tests.corpus import ARTICLE, JUNK, JUNK_CODES, run, write_corpus
from tests.report.entries import document, finding

SCHEMA = Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


def output(corpus: Path, fmt: str, *extra: str) -> str:
    result = run("check", corpus, "--output-format", fmt, *extra)
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_every_format_is_registered() -> None:
    assert {"text", "json", "jsonl", "sarif", "junit", "github", "html"} <= set(REPORTERS)


def test_sarif_is_valid_2_1_0_and_locates_each_finding(corpus: Path) -> None:
    log = json.loads(output(corpus, "sarif"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    results = sarif_run["results"]
    assert [r["ruleId"] for r in results] == JUNK_CODES
    lines = JUNK.split("\n")
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].endswith("corpus/junk.txt")
        line = location["region"]["startLine"]
        assert lines[line - 1] in ("Sign up for our daily newsletter", "Share on Facebook")
        assert result["level"] == "warning"
        assert result["partialFingerprints"]
        rule = sarif_run["tool"]["driver"]["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]


def test_sarif_of_jsonl_points_at_the_record_and_reports_input_problems(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    records = [json.dumps({"id": "a", "text": "Storm\n"}), "{broken", json.dumps({"text": JUNK})]
    (corpus / "records.jsonl").write_text("\n".join(records) + "\n")
    result = run("check", corpus / "records.jsonl", "--output-format", "sarif")
    log = json.loads(result.stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    starts = {
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in log["runs"][0]["results"]
    }
    assert starts == {3}
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"]


def test_fix_reports_only_what_remains(corpus: Path) -> None:
    result = run("fix", corpus, "--output-format", "sarif")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["runs"][0]["results"] == []


def test_junit_has_a_failing_case_for_the_junk_document(corpus: Path) -> None:
    root = ET.fromstring(output(corpus, "junit"))
    cases = {case.get("classname"): case for case in root.iter("testcase")}
    assert len(cases) == 2
    junk = next(case for name, case in cases.items() if name.endswith("junk.txt"))
    clean = next(case for name, case in cases.items() if name.endswith("clean.txt"))
    assert junk.find("failure") is not None
    assert set(junk.find("failure").get("type").split(",")) == set(JUNK_CODES)
    assert list(clean) == []
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")


def test_junit_survives_characters_xml_cannot_carry() -> None:
    report = _report(message="bell \x07 and \udce9 byte")
    ET.fromstring(REPORTERS["junit"](report))


def test_github_annotations_name_file_line_and_rule(corpus: Path) -> None:
    commands = [line for line in output(corpus, "github").splitlines() if line.startswith("::")]
    assert len(commands) == len(JUNK_CODES)
    for command, code in zip(commands, JUNK_CODES, strict=True):
        kind, _, rest = command[2:].partition(" ")
        properties, _, _message = rest.partition("::")
        fields = dict(item.split("=", 1) for item in properties.split(","))
        assert kind == "warning"
        assert fields["file"].endswith("junk.txt")
        assert int(fields["line"]) in (7, 8)
        assert fields["title"].startswith(code)


def test_github_escapes_values() -> None:
    text = REPORTERS["github"](_report(path="a,b:c.txt", message="two\nlines 100%"))
    command = text.splitlines()[0]
    assert "\n" not in command
    properties = command.split(" ", 1)[1].split("::", 1)[0]
    assert properties.split(",")[0] == "file=a%2Cb%3Ac.txt"
    assert command.endswith("two%0Alines 100%25")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict] = []
        self.external: list[str] = []
        self.checkboxes: list[str] = []
        self.sections = 0

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        if tag == "li":
            self.items.append(attrs)
        if tag == "section":
            self.sections += 1
        if tag == "input" and "rule" in (attrs.get("class") or ""):
            self.checkboxes.append(attrs["value"])
        for key in ("src", "href"):
            if attrs.get(key):
                self.external.append(attrs[key])


def test_html_strikes_removed_lines_by_category_and_needs_nothing_outside(corpus: Path) -> None:
    page = _Page()
    page.feed(output(corpus, "html"))
    assert page.external == []
    assert page.sections == 2
    assert sorted(page.checkboxes) == sorted(JUNK_CODES)
    removed = [item for item in page.items if "removed" in (item.get("class") or "")]
    assert {item["data-code"] for item in removed} == set(JUNK_CODES)
    assert any("cat-newsletter" in item["class"] for item in removed)
    # Every line of both documents is shown.
    assert len(page.items) == JUNK.count("\n") + ARTICLE.count("\n")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_html_renders_in_headless_chromium(corpus: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(output(corpus, "html"), encoding="utf-8")
    browser = shutil.which(str(CHROMIUM))
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    parsed = _Page()
    parsed.feed(dom)
    assert parsed.sections == 2
    # The filter script ran: the document without findings starts hidden.
    assert 'class="doc hidden"' in dom


def test_statistics_count_per_rule_and_the_share_removed(corpus: Path) -> None:
    result = run("check", corpus, "--statistics", "--output-format", "json")
    assert result.exit_code == 1
    stats = json.loads(result.stdout)
    assert {row["code"]: row["count"] for row in stats["rules"]} == dict.fromkeys(JUNK_CODES, 1)
    assert stats["removed_lines"] == 3
    assert stats["removed_percent"] == pytest.approx(100 * 3 / stats["lines"], abs=0.01)
    text = run("check", corpus, "--statistics").stdout
    assert all(code in text for code in JUNK_CODES)


def _report(path: str = "doc.txt", message: str = "m") -> Report:
    found = finding("NL001", rule="newsletter-prompt", category="newsletter", message=message)
    counts = FindingCounts(findings=1, fixable=1, remaining=1, by_rule={"NL001": 1})
    summary = Summary(files=1, documents=1, counts=counts, lines=1)
    return Report([document(path, (found,), lines=1)], (), summary)


def test_fix_report_still_restores_the_original(tmp_path: Path) -> None:
    from scrapelint.report.restore_text import restore

    corpus = write_corpus(tmp_path)
    report_path = tmp_path / "report.json"
    assert run("fix", corpus, "--report", report_path, "--output-format", "html").exit_code == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    for entry in report["documents"]:
        assert "text" not in entry  # the page's texts stay out of the JSON report
        cleaned = Path(entry["path"]).read_text(encoding="utf-8")
        original = JUNK if entry["path"].endswith("junk.txt") else ARTICLE
        assert restore(cleaned, entry) == original
