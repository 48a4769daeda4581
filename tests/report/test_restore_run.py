"""`restore` as a whole (`restore_run`): what is not a report is named as such, two files of a
report that would go to one place are refused after the first, and the exit code says which."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from scrapelint.report.restore_run import (
    NOT_RESTORED,
    RESTORED,
    NotAReport,
    load_report,
    restore_report,
)
from tests.corpus import JUNK, run


@pytest.mark.parametrize(
    "content", [b"not json", b"[]", b'{"documents": [{"path": 3, "findings": []}]}']
)
def test_what_is_not_a_report_is_refused_by_name(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(content)
    with pytest.raises(NotAReport) as refused:
        load_report(path)
    assert str(path) in str(refused.value)


def test_a_fix_is_undone_and_a_second_file_for_the_same_place_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "junk.txt").write_text(JUNK, encoding="utf-8")
    report_path = tmp_path / "r.json"
    assert run("fix", corpus, "--out", tmp_path / "fixed", "--report", report_path).exit_code == 1
    report = load_report(report_path)
    said: list[str] = []
    code = restore_report(
        report, tmp_path / "fixed", tmp_path / "back", by_value=False, say=said.append
    )
    assert (code, said) == (RESTORED, [])
    assert (tmp_path / "back" / "junk.txt").read_text(encoding="utf-8") == JUNK
    (entry,) = report["documents"]
    elsewhere = {**entry, "path": str(tmp_path / "other" / "junk.txt")}  # same cleaned_path
    twice = {**report, "documents": [entry, elsewhere]}
    said.clear()
    code = restore_report(
        twice, tmp_path / "fixed", tmp_path / "again", by_value=False, say=said.append
    )
    assert code == NOT_RESTORED
    (message,) = said  # the second is refused, by name; the first is written
    assert message.startswith(str(tmp_path / "fixed" / "junk.txt"))
    assert (tmp_path / "again" / "junk.txt").read_text(encoding="utf-8") == JUNK
    assert orjson.loads(report_path.read_bytes()) == report


@pytest.mark.parametrize(
    "edit",
    [
        {"removed_spans": [["5", "5"]]},
        {"removed": 7},
        {"removed_ends": "x"},
    ],
)
def test_a_report_edited_by_hand_is_refused_by_file(tmp_path: Path, edit: dict) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "junk.txt").write_text(JUNK, encoding="utf-8")
    report_path = tmp_path / "r.json"
    run("fix", corpus, "--no-cache", "--report", report_path)
    report = orjson.loads(report_path.read_bytes())
    removing = next(f for f in report["documents"][0]["findings"] if f["removed_spans"])
    removing.update(edit)
    report_path.write_bytes(orjson.dumps(report))
    restored = run("restore", report_path)
    assert restored.exit_code == 2  # the file named, no traceback
    assert "junk.txt: not restored" in restored.stderr


def test_restore_run_from_another_folder_finds_the_files_by_the_fix_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The report's paths are as the fix was given them, relative to the folder it ran in, which
    # the report names: restore finds them from anywhere.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(JUNK, encoding="utf-8")
    report = tmp_path / "report.json"
    monkeypatch.chdir(tmp_path)
    run("fix", Path("corpus"), "--report", report, "--no-cache")
    assert (tmp_path / "corpus" / "a.txt").read_text(encoding="utf-8") != JUNK
    assert orjson.loads(report.read_bytes())["working_directory"] == str(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run("restore", report)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "corpus" / "a.txt").read_text(encoding="utf-8") == JUNK


def test_restore_finds_the_fix_s_folder_when_its_name_is_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The folder's name goes in the report's JSON as escapes; its exact bytes beside it.
    try:
        ran_in = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
        ran_in.mkdir()
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    (ran_in / "corpus").mkdir()
    (ran_in / "corpus" / "a.txt").write_text(JUNK, encoding="utf-8")
    report = tmp_path / "report.json"
    monkeypatch.chdir(ran_in)
    run("fix", Path("corpus"), "--report", report, "--no-cache")
    assert orjson.loads(report.read_bytes())["working_directory_b64"]
    monkeypatch.chdir(tmp_path)
    result = run("restore", report)
    assert result.exit_code == 0, result.output
    assert (ran_in / "corpus" / "a.txt").read_text(encoding="utf-8") == JUNK
