"""Where `fix` writes: never two inputs into one place, and a failed write is named, not fatal."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import orjson
import pytest

from scrapelint.io import write_batch
from scrapelint.io.write_batch import BATCH_FILES
from tests.corpus import ARTICLE, JUNK, run
from tests.run.test_corpus_workflows import PAGE

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


def test_a_failed_write_is_named_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    originals = {name: JUNK.encode() for name in ("a.txt", "b.txt", "c.txt")}
    for name, data in originals.items():
        (corpus / name).write_bytes(data)
    staged = write_batch.stage_temp

    def refused(path: Path, *args: object, **kwargs: object) -> str:
        if path.name == "b.txt":  # as a full disk or a file system's own limits refuse it
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return staged(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(write_batch, "stage_temp", refused)
    report = tmp_path / "report.json"
    code, _, printed = fix(corpus, "--report", report)
    assert code == 2
    [error] = printed["errors"]
    assert error["path"].endswith("b.txt") and "cannot write" in error["message"]
    assert (corpus / "a.txt").read_bytes() != originals["a.txt"]
    assert (corpus / "c.txt").read_bytes() != originals["c.txt"]  # files after it are still fixed
    assert report.exists()
    assert run("restore", report).exit_code == 0  # b, never changed, is left alone
    for name in originals:
        assert (corpus / name).read_bytes() == originals[name]


def test_diff_of_a_page_is_a_patch_of_its_text_not_of_the_page(tmp_path: Path) -> None:
    junk_page = PAGE.replace("</article>", "<p>Share on Facebook</p></article>")
    (tmp_path / "page.html").write_text(junk_page, encoding="utf-8")
    patch = run("fix", tmp_path, "--diff", "--no-cache", "--no-language").stdout
    assert "--- /dev/null" in patch and f"+++ b/{tmp_path / 'page.txt'}" in patch
    assert "page.html" not in patch


def test_a_report_that_cannot_be_written_stops_the_fix_before_it_starts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    result = run("fix", tmp_path, "--report", tmp_path / "a.txt" / "r.json", "--no-cache")
    assert result.exit_code == 2 and "cannot write there" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == JUNK


def test_out_may_not_hold_an_input_and_is_never_read_as_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    result = run("fix", tmp_path, "--out", tmp_path, "--no-cache")
    assert result.exit_code == 2 and "holds the input" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == JUNK
    for _ in range(2):  # the second run finds the first one's output under the input folder
        report = fix(tmp_path, "--out", tmp_path / "out")[2]
        assert [d["path"] for d in report["documents"]] == [str(tmp_path / "a.txt")]
    assert not (tmp_path / "out" / "out").exists()


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    shard = tmp_path / "e.jsonl"
    shard.write_bytes(orjson.dumps({"id": 1, "text": JUNK}) + b"\n")
    report = tmp_path / "r.json"
    fix(tmp_path, shard, tmp_path / "sub" / ".." / "e.jsonl", "--report", report)
    assert len(orjson.loads(report.read_bytes())["documents"]) == 1
    assert run("restore", report).exit_code == 0
    assert orjson.loads(shard.read_bytes())["text"] == JUNK


def test_a_cached_result_names_the_file_as_this_run_reaches_it(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "scrapelint.toml").write_text("")  # one cache for both runs
    run("fix", tmp_path, "--out", tmp_path / "o1", "--no-language")
    report = tmp_path / "r.json"
    run("fix", tmp_path / "sub", "--out", tmp_path / "o2", "--report", report, "--no-language")
    [entry] = orjson.loads(report.read_bytes())["documents"]
    assert entry["cleaned_path"] == "a.txt"
    restored = tmp_path / "restored"
    assert run("restore", report, "--cleaned", tmp_path / "o2", "--out", restored).exit_code == 0
    assert (restored / "a.txt").read_text(encoding="utf-8") == JUNK


def test_diff_shows_no_patch_over_another_text_beside_a_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text("my own notes\n", encoding="utf-8")
    assert run("fix", tmp_path / "page.html", "--diff", "--no-cache").stdout == ""


def test_links_are_their_own_files_and_a_loop_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "junk.txt").write_text(JUNK, encoding="utf-8")
    (corpus / "alias.txt").symlink_to("junk.txt")
    (corpus / "l1.txt").symlink_to("l2.txt")
    (corpus / "l2.txt").symlink_to("l1.txt")
    code, _, report = fix(corpus, "--out", tmp_path / "out")
    assert code == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["alias.txt", "junk.txt"]
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in report["errors"]) == ["l1.txt", "l2.txt"]


def test_a_cached_result_is_written_under_this_run_s_name(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "junk.txt").write_text(JUNK, encoding="utf-8")
    (corpus / "alias.txt").symlink_to("junk.txt")
    (tmp_path / "scrapelint.toml").write_text("")  # one cache for both runs
    run("fix", corpus / "alias.txt", "--out", tmp_path / "o1", "--no-language")
    report = tmp_path / "r.json"
    run("fix", corpus / "junk.txt", "--out", tmp_path / "o2", "--report", report, "--no-language")
    assert [p.name for p in (tmp_path / "o2").iterdir()] == ["junk.txt"]
    back = tmp_path / "back"
    assert run("restore", report, "--cleaned", tmp_path / "o2", "--out", back).exit_code == 0
    assert (back / "junk.txt").read_text(encoding="utf-8") == JUNK


def test_a_write_that_fails_when_its_batch_is_committed_is_reported_as_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (corpus / name).write_text(JUNK, encoding="utf-8")
    replace = os.replace

    def refuse_b(src, dst):
        if Path(dst).name == "b.txt":
            raise PermissionError(13, "Permission denied")
        replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_b)
    report = tmp_path / "report.json"
    code, _, printed = fix(corpus, "--report", report)
    assert code == 2
    [error] = printed["errors"]
    assert error["path"].endswith("b.txt") and "cannot write" in error["message"]
    [entry] = [d for d in printed["documents"] if d["path"].endswith("b.txt")]
    assert entry["cleaned_path"] is None and entry["removed_lines"] == 0
    assert (corpus / "b.txt").read_text(encoding="utf-8") == JUNK
    assert (corpus / "a.txt").read_text(encoding="utf-8") != JUNK
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt", "b.txt", "c.txt"]


def test_files_written_over_several_batches_hold_their_cleaned_text(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    count = BATCH_FILES * 2 + 3  # two full batches and the last one, committed at the end
    for number in range(count):
        text = (JUNK if number % 2 else ARTICLE).replace("two", str(number))
        (corpus / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    for place in (("--out", out), ()):  # under --out, then in place
        code, _, report = fix(corpus, *place)
        assert code != 2 and report["errors"] == []
        written = out if place else corpus
        assert sorted(p.name for p in written.iterdir()) == [f"{n:03d}.txt" for n in range(count)]
        for number in range(count):
            expected = ARTICLE.replace("two", str(number))
            assert (written / f"{number:03d}.txt").read_text(encoding="utf-8") == expected


def test_an_out_that_is_a_file_stops_the_run_before_any_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "b.txt").write_text(JUNK, encoding="utf-8")
    taken = tmp_path / "cleaned"
    taken.write_text("not a folder\n", encoding="utf-8")
    result = run("fix", tmp_path / "a.txt", tmp_path / "b.txt", "--out", taken, "--no-cache")
    assert result.exit_code == 2 and "is a file" in result.stderr
    assert result.stderr.count("cleaned") == 1  # said once, not once per input
