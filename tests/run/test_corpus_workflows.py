"""Corpus workflows: parallel runs, the result cache, compressed JSONL, HTML pages, metadata."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import orjson

from tests.corpus import ARTICLE, JUNK, report_of, run

ARTICLES = [
    ARTICLE.replace("Storm", f"Storm number {n}") + ("\nShare on Facebook\n" if n % 2 else "")
    for n in range(24)
]


def write_many(folder: Path) -> Path:
    corpus = folder / "many"
    for number, text in enumerate(ARTICLES):
        (corpus / f"part{number % 3}").mkdir(parents=True, exist_ok=True)
        (corpus / f"part{number % 3}" / f"doc{number:02d}.txt").write_text(text, encoding="utf-8")
    return corpus


def json_run(*args) -> dict:
    result = run("check", *args, "--output-format", "json", "--no-language", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    return report_of(result)


def test_parallel_run_gives_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    corpus = write_many(tmp_path)
    one = json_run(corpus, "--jobs", "1")
    two = json_run(corpus, "--jobs", "2")
    assert one == two
    assert [d["path"] for d in one["documents"]] == sorted(d["path"] for d in one["documents"])


def test_parallel_fix_writes_the_same_files(tmp_path: Path) -> None:
    corpus = write_many(tmp_path)
    for jobs in ("1", "2"):
        run("fix", corpus, "--out", tmp_path / f"out{jobs}", "--jobs", jobs, "--no-language")
    first = sorted(p.relative_to(tmp_path / "out1") for p in (tmp_path / "out1").rglob("*.txt"))
    second = sorted(p.relative_to(tmp_path / "out2") for p in (tmp_path / "out2").rglob("*.txt"))
    assert first == second and len(first) == len(ARTICLES)
    for name in first:
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()


def test_second_check_comes_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    corpus = write_many(tmp_path)
    monkeypatch.chdir(tmp_path)
    args = ("check", corpus, "--output-format", "json", "--no-language", "--jobs", "1")
    first = run(*args)
    assert list((tmp_path / ".scrapelint_cache").rglob("*"))

    calls = []
    import scrapelint.run.pipeline as pipeline

    original = pipeline.process_raw
    monkeypatch.setattr(pipeline, "process_raw", lambda *a: calls.append(a) or original(*a))
    second = run(*args)
    assert calls == []
    assert report_of(first) == report_of(second)

    (corpus / "part0" / "doc00.txt").write_text(JUNK, encoding="utf-8")
    run(*args)
    assert len(calls) == 1  # only the changed file is processed again


def test_no_cache_writes_no_cache(tmp_path: Path, monkeypatch) -> None:
    corpus = write_many(tmp_path)
    monkeypatch.chdir(tmp_path)
    run("check", corpus, "--no-cache", "--no-language")
    assert not (tmp_path / ".scrapelint_cache").exists()


def jsonl(records: list[dict]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def test_gzipped_jsonl_is_cleaned_and_stays_gzipped(tmp_path: Path) -> None:
    records = [
        {"id": "a", "text": JUNK, "site": "example"},
        {"id": "b", "text": ARTICLE, "site": "example"},
    ]
    source = tmp_path / "in" / "shard.jsonl.gz"
    source.parent.mkdir()
    source.write_bytes(gzip.compress(jsonl(records)))
    result = run("fix", source.parent, "--out", tmp_path / "out", "--select", "share", "--no-cache")
    assert result.exit_code in (0, 1)
    cleaned = [
        json.loads(line)
        for line in gzip.decompress((tmp_path / "out" / source.name).read_bytes()).splitlines()
    ]
    assert [r["id"] for r in cleaned] == ["a", "b"]
    assert [r["site"] for r in cleaned] == ["example", "example"]
    assert "Share on Facebook" not in cleaned[0]["text"]
    assert cleaned[1]["text"] == ARTICLE


def test_add_metadata_puts_what_was_found_in_each_record(tmp_path: Path) -> None:
    text = "By Jane Doe\n\nNovember 4, 2017\n\n" + ARTICLE
    source = tmp_path / "shard.jsonl"
    source.write_bytes(jsonl([{"id": 1, "text": text}]))
    run("fix", source, "--out", tmp_path / "out", "--add-metadata", "--no-cache")
    record = json.loads((tmp_path / "out" / "shard.jsonl").read_text())
    assert record["scrapelint"]["date"] == "2017-11-04"
    assert record["scrapelint"]["language"] == "en"
    assert record["id"] == 1


def test_record_date_field_is_checked_against_the_dateline(tmp_path: Path) -> None:
    text = "November 4, 2017\n\n" + ARTICLE
    source = tmp_path / "shard.jsonl"
    source.write_bytes(jsonl([{"id": 1, "text": text, "date": "2017-11-09"}]))
    report = json_run(source, "--select", "DT003")
    assert [f["code"] for f in report["documents"][0]["findings"]] == ["DT003"]
    assert report["documents"][0]["record"] == 1


PAGE = (
    "<html><head><title>Storm leaves thousands without power</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>Storm leaves thousands without power</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    + "<p>Paragraph three adds that repair crews from two neighbouring states arrived on "
    "Saturday and worked through the weekend to bring the lines back.</p>"
    "</article><footer>Copyright 2019 Example News</footer></body></html>"
)


def test_html_page_is_extracted_and_its_text_written_beside_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run("fix", page, "--no-cache", "--no-language")
    assert result.exit_code in (0, 1)
    text = (tmp_path / "page.txt").read_text(encoding="utf-8")
    assert "repair crews from two neighbouring states" in text
    assert "Home" not in text.split("\n")
    assert page.read_text(encoding="utf-8") == PAGE  # the page itself is never changed


def test_no_progress_bar_when_not_on_a_terminal(tmp_path: Path) -> None:
    corpus = write_many(tmp_path)
    result = run("check", corpus, "--no-language", "--no-cache")
    assert "docs," not in result.stderr and "file/s" not in result.stderr


def test_empty_file_is_named_once_and_still_copied_to_out(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_bytes(b"  \n\n")
    result = run("fix", corpus, "--out", tmp_path / "out", "--output-format", "json", "--no-cache")
    report = report_of(result)
    assert report["documents"] == []
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in report["errors"]) == [
        "blank.md",
        "empty.txt",
    ]
    assert (tmp_path / "out" / "empty.txt").read_bytes() == b""
    assert (tmp_path / "out" / "blank.md").read_bytes() == b"  \n\n"


def test_unreadable_folder_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    import os

    import pytest

    corpus = write_many(tmp_path)
    locked = corpus / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("this user can read a folder with mode 000 (root)")
        result = run("check", corpus, "--output-format", "json", "--no-cache", "--no-language")
        report = report_of(result)
        assert result.exit_code == 2
        assert any(e["path"].endswith("locked") and e["fatal"] for e in report["errors"])
        assert len(report["documents"]) == len(ARTICLES)
    finally:
        locked.chmod(0o755)


def metadata_of(path: Path) -> dict:
    return json.loads(path.read_text())["scrapelint"]


def test_add_metadata_twice_keeps_what_the_first_run_found(tmp_path: Path) -> None:
    # The first run moves the byline and dateline out of the text; the second finds neither.
    text = "By Jane Doe\n\nNovember 4, 2017\n\n" + ARTICLE
    source = tmp_path / "shard.jsonl"
    source.write_bytes(jsonl([{"id": 1, "text": text}]))
    run("fix", source, "--add-metadata", "--no-cache")
    once = source.read_bytes()
    assert metadata_of(source)["date"] == "2017-11-04"
    assert metadata_of(source)["authors"] == ["Jane Doe"]
    run("fix", source, "--add-metadata", "--no-cache")
    assert source.read_bytes() == once


def test_add_metadata_replaces_what_it_finds_and_keeps_what_it_does_not(tmp_path: Path) -> None:
    text = "By Jane Doe\n\n" + ARTICLE
    old = {"date": "2017-11-04", "authors": ["Old Name"], "sources": ["Wire"], "language": None}
    source = tmp_path / "shard.jsonl"
    source.write_bytes(jsonl([{"id": 1, "text": text, "scrapelint": old}]))
    run("fix", source, "--add-metadata", "--no-cache")
    metadata = metadata_of(source)
    assert metadata["authors"] == ["Jane Doe"] and metadata["language"] == "en"
    assert metadata["date"] == "2017-11-04" and metadata["sources"] == ["Wire"]


def test_add_metadata_leaves_a_field_that_is_not_its_own(tmp_path: Path) -> None:
    text = "By Jane Doe\n\n" + JUNK
    source = tmp_path / "shard.jsonl"
    source.write_bytes(jsonl([{"id": 1, "text": text, "scrapelint": {"owner": "someone else"}}]))
    result = run("fix", source, "--add-metadata", "--no-cache", "--output-format", "json")
    record = json.loads(source.read_text())
    assert record["scrapelint"] == {"owner": "someone else"}
    assert "Share on Facebook" not in record["text"]  # the text is still cleaned
    assert [e["line"] for e in report_of(result)["errors"]] == [1]


def test_add_metadata_splices_the_field_into_the_line_as_written(tmp_path: Path) -> None:
    source = tmp_path / "shard.jsonl"
    line = '{"id": 123456789012345678901234567890, "text": TEXT}\r\n'
    line = line.replace("TEXT", json.dumps(ARTICLE))
    source.write_bytes(line.encode())
    run("fix", source, "--add-metadata", "--no-cache", "--no-language")
    written = source.read_bytes().decode()
    assert written.startswith(line[: -len("}\r\n")] + ', "scrapelint": {"title": ')
    assert written.endswith("}}\r\n")


def test_a_record_cleaned_with_its_metadata_added_passes_the_fact_checks(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(jsonl([{"id": 1, "text": "November 4, 2017\n\nBy Jane Roe\n\n" + JUNK}]))
    run("fix", shard, "--add-metadata", "--no-cache", "--no-language")
    record = orjson.loads(shard.read_bytes())
    assert "November 4, 2017" not in record["text"]  # moved out of the text, into the field
    report = json_run(shard, "--select", "DT001,AT001")
    assert report["documents"][0]["findings"] == []
    bare = tmp_path / "bare.jsonl"
    bare.write_bytes(jsonl([{"id": 1, "text": record["text"]}]))
    codes = [
        f["code"] for f in json_run(bare, "--select", "DT001,AT001")["documents"][0]["findings"]
    ]
    assert codes == ["AT001", "DT001"]  # the same text, without the field: both missing


def test_front_matter_names_the_author(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("---\nauthor: Jane Roe\ndate: 2017-11-04\n---\n" + ARTICLE, encoding="utf-8")
    assert json_run(story, "--select", "DT001,AT001")["documents"][0]["findings"] == []
    for nobody in ("", " null", " ~"):
        front = f"---\nauthor:{nobody}\ndate: 2017-11-04\n---\n"
        story.write_text(front + ARTICLE, encoding="utf-8")
        found = json_run(story, "--select", "DT001,AT001")["documents"][0]["findings"]
        assert [f["code"] for f in found] == ["AT001"], nobody


def test_a_link_loop_named_on_the_command_line_is_reported(tmp_path: Path) -> None:
    (tmp_path / "l1.txt").symlink_to(tmp_path / "l2.txt")
    (tmp_path / "l2.txt").symlink_to(tmp_path / "l1.txt")
    (tmp_path / "good.txt").write_text(JUNK, encoding="utf-8")
    result = run("check", tmp_path / "l1.txt", tmp_path / "good.txt", "--no-cache")
    assert result.exit_code == 2
    assert "l1.txt:1:1: error: a broken or looping symbolic link" in result.stdout
    assert "good.txt" in result.stdout  # the run went on
