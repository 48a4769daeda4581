"""Where `fix` writes: never two inputs into one place, and a failed write is named, not fatal."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.corpus import ARTICLE, JUNK, run
from tests.test_corpus_workflows import PAGE

OTHER = ARTICLE.replace("storm", "flood") + "\nShare on Facebook\n"


def fix(*args: object) -> tuple[int, str, dict]:
    result = run("fix", *args, "--no-cache", "--no-language", "--output-format", "json")
    return result.exit_code, result.stderr, orjson.loads(result.stdout)


def test_a_page_does_not_overwrite_another_text_of_the_same_name(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(OTHER, encoding="utf-8")
    code, _, report = fix(tmp_path)
    assert code == 2
    assert "flood" in (tmp_path / "page.txt").read_text(encoding="utf-8")  # its own text, cleaned
    [error] = report["errors"]
    assert error["path"].endswith("page.html") and "not written" in error["message"]


def test_restore_after_a_refused_page_leaves_the_text_beside_it(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(OTHER, encoding="utf-8")
    report = tmp_path / "report.json"
    assert fix(tmp_path / "page.html", "--report", report)[0] == 2
    assert run("restore", report).exit_code == 0
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == OTHER


def test_a_page_fixed_again_in_place_is_not_refused(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert fix(tmp_path)[2]["errors"] == []
    written = (tmp_path / "page.txt").read_bytes()
    code, _, report = fix(tmp_path)
    assert code != 2 and report["errors"] == []
    assert (tmp_path / "page.txt").read_bytes() == written


def test_two_folders_with_the_same_names_do_not_collide_silently(tmp_path: Path) -> None:
    for folder, text in (("a", JUNK), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(text, encoding="utf-8")
    out, report_path = tmp_path / "out", tmp_path / "report.json"
    code, _, report = fix(tmp_path / "a", tmp_path / "b", "--out", out, "--report", report_path)
    assert code == 2
    assert "storm" in (out / "x.txt").read_text(encoding="utf-8")  # the first one stays
    [error] = report["errors"]
    assert error["path"].endswith("b/x.txt") and "already holds" in error["message"]
    refused = [d for d in report["documents"] if d["path"].endswith("b/x.txt")]
    assert all(not f["fixed"] and not f["removed"] for d in refused for f in d["findings"])
    assert [d["cleaned_path"] for d in refused] == [None]
    restored = tmp_path / "restored"
    assert run("restore", report_path, "--cleaned", out, "--out", restored).exit_code == 0
    assert (restored / "x.txt").read_text(encoding="utf-8") == JUNK  # a's original, not b's


def test_a_failed_write_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    originals = {name: JUNK.encode() for name in ("a.txt", "b" * 246 + ".txt", "c.txt")}
    for name, data in originals.items():
        (corpus / name).write_bytes(data)
    report = tmp_path / "report.json"
    code, _, printed = fix(corpus, "--report", report)
    assert code == 2
    [error] = printed["errors"]
    assert error["path"].endswith("b" * 246 + ".txt") and "cannot write" in error["message"]
    assert (corpus / "a.txt").read_bytes() != originals["a.txt"]
    assert (corpus / "c.txt").read_bytes() != originals["c.txt"]  # files after it are still fixed
    assert report.exists()
    assert run("restore", report).exit_code == 0  # the long name, never changed, is left alone
    for name in originals:
        assert (corpus / name).read_bytes() == originals[name]
