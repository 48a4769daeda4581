"""The input tree is walked once per run, with or without the progress bar (which needs the
number of files before the first is done), and the bar changes nothing in the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapelint.cli import running
from tests.corpus import report_of, run, write_corpus


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
