"""One junk block, one finding; a finding is fixable only when `fix` removes it.

Seed 004's comment thread was reported as CM003 plus AR002 and AR009 alternating line by line, and
a newsletter line as both NL001 and NL003; a finding the guard refused was still marked `[*]`.
"""

from __future__ import annotations

import json
from pathlib import Path

from scrapelint.text.confidence import REMOVE_AT
from tests.cli.test_gate_trust import QUIET, REFUSED
from tests.corpus import ARTICLE, run

SEED_004 = Path(__file__).resolve().parents[2] / "fixtures/input/seeds/004_e43b33c81aac3a56.txt"


def findings(*args) -> list[dict]:
    report = json.loads(run("check", *args, *QUIET, "--output-format", "json").stdout)
    return [f for d in report["documents"] for f in d["findings"]]


def test_a_comment_thread_is_one_finding_with_its_related_codes() -> None:
    found = findings(SEED_004, "--select", "ALL")
    inside = [f for f in found if 30 <= f["line"] <= 83]
    assert [f["code"] for f in inside] == ["CM003"]
    assert {"AR002", "AR009"} <= {r["code"] for r in inside[0]["related"]}
    assert inside[0]["end_line"] == 83


def test_a_line_with_two_codes_of_one_pack_is_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        ARTICLE + "\nSign up for our newsletter to get the news delivered to your inbox\n",
        encoding="utf-8",
    )
    found = findings(path, "--select", "newsletter")
    assert len(found) == 1  # NL002, NL003 and NL007 all fire on the line
    codes = [found[0]["code"], *(r["code"] for r in found[0]["related"])]
    assert codes == ["NL002", "NL003", "NL007"]  # NL007: the call, the inbox and "our"


def test_the_same_rule_twice_apart_is_two_findings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "\nShare on Facebook\n\nShare on Facebook\n", encoding="utf-8")
    assert [f["code"] for f in findings(path, "--select", "share")] == ["SH001", "SH001"]


def test_a_block_restores_byte_for_byte(tmp_path: Path) -> None:
    original = SEED_004.read_bytes()
    path = tmp_path / "seed.txt"
    path.write_bytes(original)
    run("fix", path, *QUIET, "--select", "ALL", "--report", tmp_path / "r.json")
    assert path.read_bytes() != original
    assert run("restore", tmp_path / "r.json").exit_code == 0
    assert path.read_bytes() == original


def test_a_refused_fix_is_not_fixable_in_check_or_fix(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(REFUSED, encoding="utf-8")
    checked = findings(path)
    # The findings that asked for a removal at the run's threshold (a weaker one is only reported).
    asked = [f for f in checked if f["code"] != "SL001" and f["confidence"] >= REMOVE_AT]
    assert asked and not any(f["fixable"] for f in asked)
    assert all(f["refused"] for f in asked)
    assert "[*]" not in run("check", path, *QUIET).stdout
    fixed = json.loads(run("fix", path, *QUIET, "--output-format", "json").stdout)
    assert fixed["summary"]["fixable"] == 0 and fixed["summary"]["refused"] == len(asked)


def test_a_block_is_named_by_what_it_is_not_where_it_stands(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "\nShare on Facebook\n", encoding="utf-8")
    [share] = [f for f in findings(path, "--select", "ALL") if f["line"] == 7]
    assert share["code"] == "SH001"  # not AR002, the tail chrome of the article's shape
    assert "AR002" in {r["code"] for r in share.get("related", [])}


def test_a_threshold_on_a_rule_still_counts_it_inside_another_rules_block(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        ARTICLE + "\nSign up for our newsletter to get the news delivered to your inbox\n",
        encoding="utf-8",
    )
    args = ["check", path, *QUIET, "--select", "newsletter"]
    assert run(*args, "--max-per-rule", "NL003=0").exit_code == 1  # NL003 is related to NL002
    assert run(*args, "--max-per-rule", "NL003=1").exit_code == 0
