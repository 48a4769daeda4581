"""File names at the edges of what a file system takes are fixed and restored like any other."""

from __future__ import annotations

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
