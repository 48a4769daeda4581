"""Faults in the run itself: one file the engine fails on, and a report that cannot be written
once the files are fixed. Neither may end the run nor lose what was removed."""

from __future__ import annotations

import json
from pathlib import Path

from scrapelint.cli import commands
from scrapelint.run import pipeline
from tests.corpus import ARTICLE, JUNK, run

QUIET = ["--no-cache", "--no-language", "--select", "newsletter,share"]


def test_a_file_the_engine_fails_on_is_named_and_the_rest_are_fixed(
    tmp_path: Path, monkeypatch
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(JUNK, encoding="utf-8")
    process = pipeline.process_raw

    def failing(item, raw, settings):
        if item.path.name == "b.txt":
            raise RuntimeError("a fault of the engine's")
        return process(item, raw, settings)

    monkeypatch.setattr(pipeline, "process_raw", failing)
    report = tmp_path / "r.json"
    fixed = run("fix", tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt", *QUIET,
                "--report", report)  # fmt: skip
    assert fixed.exit_code == 2
    assert "b.txt" in fixed.stdout + fixed.stderr and "a fault of the engine's" in fixed.stdout
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == JUNK  # left as it was
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == ARTICLE
    assert run("restore", report).exit_code == 0
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == JUNK


def test_a_report_that_cannot_be_written_goes_to_the_temporary_folder(
    tmp_path: Path, monkeypatch
) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    write = commands.write_json
    asked: list[Path] = []

    def full_disk_once(path: Path, report) -> None:
        asked.append(path)
        if len(asked) == 1:
            raise OSError(28, "No space left on device")
        write(path, report)

    monkeypatch.setattr(commands, "write_json", full_disk_once)
    fixed = run("fix", tmp_path / "a.txt", *QUIET, "--report", tmp_path / "r.json")
    assert fixed.exit_code == 2
    assert "No space left on device" in fixed.stderr
    spare = asked[1]
    assert str(spare) in fixed.stderr
    assert "NL001" in fixed.stdout  # the findings are still printed
    assert json.loads(spare.read_bytes())["documents"]
    assert run("restore", spare).exit_code == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == JUNK
    spare.unlink()
