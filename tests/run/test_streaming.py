"""Big JSONL files stream in batches, with the same report and bytes as a whole-file read."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import scrapelint.run.pipeline as pipeline
import scrapelint.run.streaming as streaming
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.facts.policy import Policy
from scrapelint.io.compression import compress
from scrapelint.io.sources import Source
from scrapelint.run.entries import summarize_file
from scrapelint.run.process import Settings, process_raw
from tests.corpus import ARTICLE, JUNK, report_of, run


def shard(count: int) -> bytes:
    lines = []
    for number in range(count):
        if number % 7 == 3:
            lines.append(b"{not json\n")
            continue
        text = JUNK if number % 2 else ARTICLE
        lines.append(orjson.dumps({"id": number, "text": text, "n": number}) + b"\n")
    return "\ufeff".encode() + b"".join(lines) + b"\xff not utf-8\n"


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz", "big.jsonl.zst"])
def test_streamed_file_matches_a_whole_read(tmp_path: Path, monkeypatch, name: str) -> None:
    data = shard(25)
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_bytes(compress(name, data))
    args = ("--select", "share", "--no-cache", "--no-language", "--output-format", "json")

    whole = run("fix", source, "--out", tmp_path / "whole", *args, "--jobs", "1")
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 0)
    monkeypatch.setattr(streaming, "BATCH_RECORDS", 4)
    streamed = run("fix", source, "--out", tmp_path / "streamed", *args, "--jobs", "1")
    shared = run("fix", source, "--out", tmp_path / "shared", *args, "--jobs", "2")

    assert report_of(whole) == report_of(streamed) == report_of(shared)
    cleaned = {(tmp_path / out / name).read_bytes() for out in ("whole", "streamed", "shared")}
    assert len(cleaned) == 1
    errors = [e["line"] for e in report_of(streamed)["errors"]]
    assert 4 in errors and 26 in errors  # a bad record, and the bad bytes, by their line
    assert not list(tmp_path.glob("in/*.spool"))


def test_streamed_check_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "big.jsonl"
    source.write_bytes(shard(9))
    before = source.read_bytes()
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 0)
    result = run("check", source, "--select", "share", "--no-cache", "--output-format", "json")
    assert result.exit_code == 2  # a record that is not JSON could not be read
    assert len(report_of(result)["documents"]) == 9 - 1  # one line is not a record
    assert source.read_bytes() == before


def records(count: int) -> bytes:
    """`shard`, with records whose `scrapelint_ignore` is refused: a problem found while their
    documents are processed, reported after every problem of reading the records."""
    bad = b"".join(
        orjson.dumps({"id": n, "text": JUNK, "scrapelint_ignore": "NL001"}) + b"\n"
        for n in range(3)
    )
    return bad + shard(count)


@pytest.mark.parametrize("fix", [False, True])
@pytest.mark.parametrize("batch", [1, 4, 2000])
@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_a_file_read_whole_gives_by_batches_what_it_gives_at_once(
    monkeypatch, fix: bool, batch: int, name: str
) -> None:
    raw = records(12)
    source = Source(Path(name), None)
    settings = Settings(select_rules(load_rules()), fix=fix, policy=Policy(detect_language=False))
    whole = summarize_file(process_raw(source, raw, settings), applied=fix)
    monkeypatch.setattr(streaming, "BATCH_RECORDS", batch)
    batched = streaming.process_records(source, raw, settings, applied=fix)
    assert batched == whole
    assert len(whole.problems) > 4 and whole.problems[-1].line == 3  # the record's, last
    assert (whole.output is not None) == fix


@pytest.mark.parametrize(
    "raw", [b" \n\n", "\ufeff{}\n".encode("utf-16"), b'{"text": "a\\u0000"}\n{"text": "\x00"}\n']
)
def test_a_file_read_only_at_once_is_left_to_it(raw: bytes) -> None:
    settings = Settings(select_rules(load_rules()), policy=Policy(detect_language=False))
    source = Source(Path("in.jsonl"), None)
    assert streaming.process_records(source, raw, settings, applied=False) is None


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_entries_of_a_file_read_whole_are_spooled_by_batch(
    tmp_path: Path, monkeypatch, jobs: str
) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for number in range(8):  # enough files for `--jobs 2` to start workers
        (corpus / f"part{number}.jsonl").write_bytes(records(6 + number))
    args = ("--select", "share", "--no-language", "--output-format", "json", "--jobs", jobs)
    whole = run("fix", corpus, "--out", tmp_path / "whole", "--no-cache", *args)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    monkeypatch.setattr(streaming, "BATCH_RECORDS", 4)
    monkeypatch.chdir(tmp_path)
    for out in ("batched", "cached", "hit"):
        cache = ("--no-cache",) if out == "batched" else ()
        batched = run("fix", corpus, "--out", tmp_path / out, *cache, *args)
        assert report_of(batched) == report_of(whole)
        for cleaned in (tmp_path / "whole").iterdir():
            assert (tmp_path / out / cleaned.name).read_bytes() == cleaned.read_bytes()
        assert not list(temporary.iterdir())  # every spool, and the workers' folder, gone
