"""File names at the edges of what a file system takes are fixed and restored like any other."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from tests.corpus import ARTICLE, JUNK, run

QUIET = ["--no-language", "--select", "newsletter,share", "--no-cache"]
LONGEST = "n" * 251 + ".txt"  # 255 bytes, the longest name most file systems take


@pytest.mark.parametrize("into", [None, "cleaned"])
def test_a_name_of_the_longest_length_is_fixed_and_restored(
    tmp_path: Path, into: str | None
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / LONGEST
    path.write_text(JUNK, encoding="utf-8")
    report = tmp_path / "report.json"
    out = ["--out", tmp_path / into] if into else []
    fixed = run("fix", folder, *QUIET, *out, "--report", report)
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    cleaned = tmp_path / into / LONGEST if into else path
    assert cleaned.read_text(encoding="utf-8") == ARTICLE
    back = ["--cleaned", tmp_path / into, "--out", tmp_path / "back"] if into else []
    assert run("restore", report, *back).exit_code == 0
    restored = tmp_path / "back" / LONGEST if into else path
    assert restored.read_text(encoding="utf-8") == JUNK


@pytest.mark.parametrize("into", [None, "cleaned"])
def test_a_name_that_is_not_utf8_is_restored_from_the_report(
    tmp_path: Path, into: str | None
) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1, as an old archive names its files
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(JUNK, encoding="utf-8")
    report = tmp_path / "report.json"
    out = ["--out", tmp_path / into] if into else []
    assert run("fix", folder, *QUIET, *out, "--report", report).exit_code == 0
    entry = json.loads(report.read_bytes())["documents"][0]
    assert base64.b64decode(entry["path_b64"]).endswith(b"/in/caf\xe9.txt")
    assert base64.b64decode(entry["cleaned_path_b64"]) == b"caf\xe9.txt"
    back = ["--cleaned", tmp_path / into, "--out", tmp_path / "back"] if into else []
    restored = run("restore", report, *back)
    assert restored.exit_code == 0, restored.stdout + restored.stderr
    assert (tmp_path / "back" / name if into else folder / name).read_text("utf-8") == JUNK


def test_a_name_that_is_not_utf8_is_printed_as_its_bytes(tmp_path: Path) -> None:
    """Under a strict UTF-8 output (the test runner's, as PYTHONIOENCODING=utf-8 gives) the text
    report printed a traceback instead of the file's findings."""
    path = tmp_path / os.fsdecode(b"caf\xe9.txt")
    path.write_text(JUNK, encoding="utf-8")
    checked = run("check", path, *QUIET, "--output-format", "concise")
    assert checked.exit_code == 1
    assert b"caf\xe9.txt: 2 findings (NL001, SH001)" in checked.stdout_bytes


@pytest.mark.parametrize("output_format", ["text", "sarif"])
def test_a_name_that_is_not_utf8_goes_through_the_cache_and_every_report(
    tmp_path: Path, monkeypatch, output_format: str
) -> None:
    # The result cache keyed a file by its name encoded strictly, and SARIF quoted it so: the
    # run stopped with a traceback after fixing the files before it, and wrote no report.
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", os.fsdecode(b"caf\xe9.txt"), "z.txt"):
        (folder / name).write_text(JUNK, encoding="utf-8")
    report = tmp_path / "report.json"
    flags = ["--no-language", "--select", "newsletter,share", "--output-format", output_format]
    fixed = run("fix", folder, *flags, "--report", report)
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert all(path.read_text("utf-8") == ARTICLE for path in folder.iterdir())
    assert run("restore", report).exit_code == 0
    assert all(path.read_text("utf-8") == JUNK for path in folder.iterdir())
    checked = run("check", folder, *flags)
    assert checked.exit_code == 1, checked.stdout + checked.stderr
    if output_format == "sarif":  # the name's byte percent-encoded, as a URI holds it
        results = json.loads(checked.stdout)["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert any(uri.endswith("in/caf%E9.txt") for uri in uris)


def test_a_name_that_is_not_utf8_is_learned_and_looked_up(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (os.fsdecode(b"caf\xe9.txt"), "b.txt"):
        (folder / name).write_text(JUNK, encoding="utf-8")
    table = tmp_path / "table.db"
    learned = run("learn", folder, "-o", table)
    assert learned.exit_code == 0, learned.stdout + learned.stderr
    checked = run("check", folder, *QUIET, "--boilerplate", table)
    assert checked.exit_code == 1, checked.stdout + checked.stderr  # findings, no traceback
    assert "NL001" in checked.stdout
