"""Baselines: today's findings recorded by content; later runs fail only on new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus import ARTICLE, JUNK, JUNK_CODES, codes_of, run, write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


def write_baseline(corpus: Path) -> Path:
    baseline = corpus.parent / "baseline.json"
    result = run("check", corpus, "--write-baseline", baseline)
    assert result.exit_code == 0, result.output
    return baseline


def check(corpus: Path, baseline: Path):
    return run("check", corpus, "--baseline", baseline, "--output-format", "json")


def test_written_baseline_is_keyed_by_content_not_line(corpus: Path) -> None:
    data = json.loads(write_baseline(corpus).read_text())
    entries = data["entries"]
    assert sorted(e["code"] for e in entries) == sorted(JUNK_CODES)
    assert {e["text"] for e in entries} == {"Sign up for our daily newsletter", "Share on Facebook"}
    assert all("line" not in e for e in entries)


def test_unchanged_corpus_passes_with_its_baseline(corpus: Path) -> None:
    baseline = write_baseline(corpus)
    result = check(corpus, baseline)
    assert result.exit_code == 0
    assert codes_of(result) == []
    assert json.loads(result.stdout)["summary"]["baseline"]["matched"] == len(JUNK_CODES)


def test_a_new_finding_fails_and_is_the_only_one_shown(corpus: Path) -> None:
    baseline = write_baseline(corpus)
    (corpus / "clean.txt").write_text(ARTICLE + "\nSign up for our daily newsletter\n")
    result = check(corpus, baseline)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    new = [(d["path"], f["code"]) for d in report["documents"] for f in d["findings"]]
    assert [(Path(p).name, c) for p, c in new] == [("clean.txt", "NL001")]


def test_a_second_occurrence_of_a_known_line_is_new(corpus: Path) -> None:
    baseline = write_baseline(corpus)
    (corpus / "junk.txt").write_text(JUNK + "\nShare on Facebook\n")
    result = check(corpus, baseline)
    assert result.exit_code == 1
    assert codes_of(result) == ["SH001"]


def test_edits_elsewhere_in_the_document_keep_it_matched(corpus: Path) -> None:
    baseline = write_baseline(corpus)
    edited = "A new first paragraph, added by an editor after the baseline was written.\n\n" + JUNK
    (corpus / "junk.txt").write_text(edited)
    assert check(corpus, baseline).exit_code == 0


def test_a_moved_document_keeps_it_matched(corpus: Path) -> None:
    baseline = write_baseline(corpus)
    (corpus / "archive").mkdir()
    (corpus / "junk.txt").rename(corpus / "archive" / "renamed.txt")
    assert check(corpus, baseline).exit_code == 0


def test_entries_that_no_longer_occur_are_reported(corpus: Path) -> None:
    baseline = write_baseline(corpus)
    (corpus / "junk.txt").write_text(ARTICLE + "\nShare on Facebook\n")
    result = check(corpus, baseline)
    assert result.exit_code == 0
    stale = json.loads(result.stdout)["summary"]["baseline"]["stale"]
    assert [entry["code"] for entry in stale] == ["NL001"]
    assert result.stderr


def test_baseline_from_config_relative_to_it(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    write_baseline(corpus)
    config = "select = ['newsletter', 'share']\nbaseline = 'baseline.json'\n"
    (tmp_path / "scrapelint.toml").write_text(config)
    assert run("check", corpus).exit_code == 0


@pytest.mark.parametrize(
    "text",
    ["not json", '{"format": "other", "version": 1, "entries": []}', '{"entries": [{}]}'],
)
def test_a_broken_baseline_exits_2(corpus: Path, text: str) -> None:
    baseline = corpus.parent / "baseline.json"
    baseline.write_text(text)
    assert run("check", corpus, "--baseline", baseline).exit_code == 2


def test_missing_baseline_exits_2(corpus: Path) -> None:
    assert run("check", corpus, "--baseline", corpus.parent / "nope.json").exit_code == 2
