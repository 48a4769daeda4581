"""Compressed and unusual inputs: every frame is read, damage is an error, the size limit counts
decompressed bytes, and anything that is not a regular file is skipped rather than waited on."""

from __future__ import annotations

import contextlib
import gzip
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import zstandard

import scrapelint.io.sources as sources
import scrapelint.run.pipeline as pipeline
import scrapelint.run.streaming as streaming
from scrapelint.io.compression import decompress
from tests.corpus import ARTICLE, JUNK, report_of, run

ARGS = ("--select", "share", "--no-cache", "--no-language", "--output-format", "json")
CODECS = {
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
    ".gz": lambda data: gzip.compress(data, mtime=0),
}


def records(first: int, count: int) -> bytes:
    texts = (JUNK if number % 2 else ARTICLE for number in range(first, first + count))
    return b"".join(orjson.dumps({"id": n, "text": t}) + b"\n" for n, t in enumerate(texts, first))


def pieces(suffix: str, *parts: bytes) -> bytes:
    """Each part compressed on its own and the results concatenated, as `cat a.zst b.zst` does."""
    return b"".join(CODECS[suffix](part) for part in parts)


def ids_in(path: Path) -> list[int]:
    """The record ids in a shard, read by the libraries themselves (not by scrapelint)."""
    if path.suffix == ".gz":
        data = gzip.decompress(path.read_bytes())
    else:
        with zstandard.ZstdDecompressor().stream_reader(
            path.read_bytes(), read_across_frames=True
        ) as stream:
            data = stream.read()
    return [orjson.loads(line)["id"] for line in data.splitlines()]


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail, rather than hang the suite, if the block blocks (as reading a named pipe does)."""

    def expire(*_) -> None:
        pytest.fail(f"still running after {seconds} s")  # not an OSError: nothing catches it

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(params=["whole", "streamed"])
def reading(request, monkeypatch) -> str:
    """Both ways a JSONL file is read: at once, and in batches (as past 32 MB)."""
    if request.param == "streamed":
        monkeypatch.setattr(pipeline, "STREAM_BYTES", 0)
        monkeypatch.setattr(streaming, "BATCH_RECORDS", 2)
    return request.param


@pytest.mark.parametrize("suffix", [".zst", ".gz"])
def test_every_frame_is_read_and_written_back(tmp_path: Path, suffix: str, reading: str) -> None:
    shard = tmp_path / f"shard.jsonl{suffix}"
    shard.write_bytes(pieces(suffix, records(1, 3), records(4, 2)))

    checked = run("check", shard, *ARGS)
    fixed = run("fix", shard, *ARGS)

    assert [d["record"] for d in report_of(checked)["documents"]] == [1, 2, 3, 4, 5]
    assert fixed.exit_code == 0, fixed.output
    assert ids_in(shard) == [1, 2, 3, 4, 5]  # the second frame's records were once dropped


def test_decompress_reads_every_zstd_frame() -> None:
    frames = pieces(".zst", b"one\n", b"two\n", b"three\n")
    assert decompress("x.zst", frames) == b"one\ntwo\nthree\n"


def cut_points(whole: bytes, first_frame: int) -> list[int]:
    """Cuts inside the last frame: its magic number, its header, its blocks, its very last byte."""
    return [first_frame + cut for cut in (1, 4, 6, 200)] + [len(whole) - 1]


def test_a_zstd_frame_cut_short_is_an_error() -> None:
    first = pieces(".zst", records(1, 2))
    whole = first + pieces(".zst", records(3, 40))
    assert decompress("x.zst", whole[: len(first)]) == records(1, 2)  # a cut between frames
    for cut in cut_points(whole, len(first)):
        with pytest.raises(EOFError):
            decompress("x.zst", whole[:cut])


@pytest.mark.parametrize("suffix", [".zst", ".gz"])
@pytest.mark.parametrize("count", [6, 3000])  # one block, and many: a readable prefix
def test_a_truncated_shard_is_reported_and_left_alone(
    tmp_path: Path, suffix: str, count: int, reading: str
) -> None:
    whole = pieces(suffix, records(1, count))
    shard = tmp_path / f"shard.jsonl{suffix}"
    shard.write_bytes(whole[: len(whole) // 2])
    before = shard.read_bytes()

    result = run("fix", shard, *ARGS)

    assert result.exit_code == 2, result.output
    report = report_of(result)
    assert report["documents"] == []
    [error] = report["errors"]
    assert error["path"] == str(shard) and error["fatal"]
    assert "decompress" in error["message"]
    assert shard.read_bytes() == before
    assert not list(tmp_path.glob("*.spool"))


@pytest.mark.parametrize("suffix", [".zst", ".gz"])
def test_damaged_compressed_data_is_reported(tmp_path: Path, suffix: str) -> None:
    damaged = bytearray(pieces(suffix, records(1, 40)))
    damaged[len(damaged) // 2 :] = bytes(len(damaged) - len(damaged) // 2)  # zeroed tail
    shard = tmp_path / f"shard.jsonl{suffix}"
    shard.write_bytes(bytes(damaged))

    result = run("check", shard, *ARGS)

    assert result.exit_code == 2, result.output
    assert [(e["path"], e["fatal"]) for e in report_of(result)["errors"]] == [(str(shard), True)]


@pytest.mark.parametrize("suffix", [".zst", ".gz"])
def test_the_size_limit_counts_decompressed_bytes(tmp_path: Path, monkeypatch, suffix: str) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 4096)
    small = tmp_path / f"small.txt{suffix}"
    small.write_bytes(pieces(suffix, ARTICLE.encode()))
    big = tmp_path / f"big.txt{suffix}"
    big.write_bytes(pieces(suffix, JUNK.encode() * 40))  # a few hundred bytes on disk
    assert big.stat().st_size < 4096

    result = run("check", small, big, *ARGS)

    assert result.exit_code == 2, result.output
    report = report_of(result)
    assert [d["path"] for d in report["documents"]] == [str(small)]
    assert [(e["path"], e["fatal"]) for e in report["errors"]] == [(str(big), True)]


@pytest.mark.parametrize("suffix", [".zst", ".gz"])
def test_reading_stops_at_the_size_limit(tmp_path: Path, suffix: str) -> None:
    # Damage past the limit is never reached: the file is refused as too big, not as damaged.
    big = tmp_path / f"big.txt{suffix}"
    big.write_bytes(pieces(suffix, b"x" * 100_000) + b"\xde\xad" * 100)

    assert isinstance(sources.read_bytes(big, 50_000), sources.Oversized)
    assert "decompress" in sources.read_bytes(big).message


@pytest.mark.parametrize("suffix", [".zst", ".gz"])
def test_compressed_jsonl_over_the_limit_is_streamed(
    tmp_path: Path, monkeypatch, suffix: str
) -> None:
    data = records(1, 30)
    shard = tmp_path / "in" / f"shard.jsonl{suffix}"
    shard.parent.mkdir()
    shard.write_bytes(CODECS[suffix](data))
    whole = run("fix", shard, "--out", tmp_path / "whole", *ARGS)

    # Small on disk, over both limits once decompressed: streamed, not refused.
    monkeypatch.setattr(pipeline, "STREAM_BYTES", shard.stat().st_size)
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", shard.stat().st_size)
    assert len(data) > shard.stat().st_size
    streams: list[Path] = []
    real = pipeline.process_stream

    def spy(item, *args, **kwargs):
        streams.append(item.path)
        return real(item, *args, **kwargs)

    monkeypatch.setattr(pipeline, "process_stream", spy)
    streamed = run("fix", shard, "--out", tmp_path / "streamed", *ARGS)

    assert streams == [shard]
    assert streamed.exit_code == whole.exit_code == 0, streamed.output
    assert report_of(streamed) == report_of(whole)
    assert (tmp_path / "streamed" / shard.name).read_bytes() == (
        tmp_path / "whole" / shard.name
    ).read_bytes()


@pytest.mark.parametrize("named", [False, True])
def test_a_named_pipe_is_skipped_not_waited_on(tmp_path: Path, named: bool) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(JUNK, encoding="utf-8")
    pipe = corpus / "p.txt"
    os.mkfifo(pipe)
    paths = (corpus / "a.txt", pipe) if named else (corpus,)

    with deadline(15):
        result = run("fix", *paths, *ARGS)

    assert result.exit_code == 2, result.output
    report = report_of(result)
    assert [d["path"] for d in report["documents"]] == [str(corpus / "a.txt")]
    assert [(e["path"], e["fatal"]) for e in report["errors"]] == [(str(pipe), True)]
    assert "regular" in report["errors"][0]["message"]
