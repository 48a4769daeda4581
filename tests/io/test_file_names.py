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
