"""Big JSONL files stream in batches, with the same report and bytes as a whole-file read."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import scrapelint.run.pipeline as pipeline
import scrapelint.run.streaming as streaming
from scrapelint.io.compression import compress
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
