"""The input tree is walked once per run, with or without the progress bar (which needs the
number of files before the first is done), and the bar changes nothing in the results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapelint.cli import running
from tests.corpus import JUNK, report_of, run, write_corpus


@pytest.mark.parametrize("bar", [False, True])
def test_the_input_tree_is_walked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bar: bool
) -> None:
    corpus = write_corpus(tmp_path)
    without = report_of(run("check", corpus, "--output-format", "json", "--no-cache"))
    walks = []
    walk = running.once_each

    def counted(*args, **kwargs):
        walks.append(args)
        return walk(*args, **kwargs)

    monkeypatch.setattr(running, "once_each", counted)
    monkeypatch.setattr(running, "progress_wanted", lambda quiet: bar)
    result = run("check", corpus, "--output-format", "json", "--no-cache")
    assert len(walks) == 1
    assert report_of(result) == without


def test_a_file_reached_through_a_folder_link_is_read_once(tmp_path: Path) -> None:
    # Fixed twice (through "d" and through a link to it), the file's second entry in the report
    # no longer matched it, and restore failed.
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "dl").symlink_to(folder)
    report = tmp_path / "r.json"
    run("fix", folder, tmp_path / "dl", "--no-cache", "--report", report)
    assert len(json.loads(report.read_bytes())["documents"]) == 1
    restored = run("restore", report)
    assert restored.exit_code == 0, restored.stderr
    assert (folder / "a.txt").read_text(encoding="utf-8") == JUNK
