"""Inline suppressions end to end: `check` and `fix` agree, `--show-suppressed` lists them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import BODY, NO_FACTS, run, run_json

MARKED = BODY + "\nSubscribe to our newsletter <!-- scrapelint: ignore[NL001,NL003,AR002] -->\n"
RECORD = {"id": 7, "text": BODY + "\nSubscribe to our newsletter\n"}


def suppressed(report: dict) -> set[str]:
    return {f["code"] for d in report["documents"] for f in d.get("suppressed", ())}


def codes(report: dict) -> set[str]:
    return {f["code"] for d in report["documents"] for f in d["findings"]}


def test_check_holds_back_marked_findings_and_lists_them_on_request(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(MARKED, encoding="utf-8")
    status, report = run_json("check", *NO_FACTS, page)
    assert status == 0
    assert "NL001" not in codes(report)
    assert suppressed(report) == set()  # the report's shape is unchanged without the flag
    _, shown = run_json("check", *NO_FACTS, "--show-suppressed", page)
    assert "NL001" in suppressed(shown)
    text = run("check", *NO_FACTS, "--show-suppressed", page).stdout
    assert "NL001" in text


def test_fix_keeps_a_marked_line_and_check_agrees(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(MARKED, encoding="utf-8")
    run("fix", *NO_FACTS, page)
    assert page.read_text(encoding="utf-8") == MARKED
    assert run("check", *NO_FACTS, page).exit_code == 0


def test_an_unused_marker_fails_check(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(BODY + "\nA plain closing line. scrapelint: ignore[NL001]\n", encoding="utf-8")
    status, report = run_json("check", *NO_FACTS, page)
    assert status == 1
    assert codes(report) == {"SL002"}


def test_a_record_field_suppresses_the_whole_record(tmp_path: Path) -> None:
    records = tmp_path / "news.jsonl"
    lines = [
        {**RECORD, "scrapelint_ignore": ["NL001", "NL003", "AR002"]},
        RECORD,
        {**RECORD, "scrapelint_ignore": "NL001"},
    ]
    records.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    _, report = run_json("check", *NO_FACTS, "--show-suppressed", records)
    first, second, third = report["documents"]
    assert first["findings"] == [] and {f["code"] for f in first["suppressed"]} >= {"NL001"}
    assert "NL001" in {f["code"] for f in second["findings"]}
    assert "NL001" in {f["code"] for f in third["findings"]}  # a field of the wrong type: unused
    assert [e["line"] for e in report["errors"]] == [3]  # ... and said so, naming the line
