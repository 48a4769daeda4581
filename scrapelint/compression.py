"""Compressed inputs: `.gz` (gzip, standard library) and `.zst` (Zstandard, `zstandard`).

A compressed file is read decompressed and written back compressed the same way, so a corpus of
`.jsonl.zst` shards stays one. The format is named by the inner suffix (`x.jsonl.gz` is JSONL).
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import BinaryIO

SUFFIXES = (".gz", ".zst")


def codec_of(name: str) -> str | None:
    lowered = name.lower()
    return next((suffix for suffix in SUFFIXES if lowered.endswith(suffix)), None)


def inner_name(name: str) -> str:
    """`page.html.gz` -> `page.html`: the name that says what format the content is in."""
    codec = codec_of(name)
    return name[: -len(codec)] if codec else name


def decompress(name: str, raw: bytes) -> bytes:
    codec = codec_of(name)
    if codec == ".gz":
        return gzip.decompress(raw)
    if codec == ".zst":
        import zstandard

        try:
            return zstandard.ZstdDecompressor().decompressobj().decompress(raw)
        except zstandard.ZstdError as error:
            raise ValueError(str(error)) from None
    return raw


def compress(name: str, data: bytes) -> bytes:
    """`data` compressed the way `name` says, by the same writer as `open_write`, so that a
    streamed and a whole file come out byte-identical (gzip with mtime 0: reproducible shards)."""
    if codec_of(name) is None:
        return data
    buffer = io.BytesIO()
    with open_write(name, buffer) as stream:
        stream.write(data)
    return buffer.getvalue()


def open_read(path: Path) -> BinaryIO:
    """The file's decompressed bytes as a stream, for files too big to read at once."""
    codec = codec_of(path.name)
    if codec == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if codec == ".zst":
        import zstandard

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(open(path, "rb")))
    return open(path, "rb")


def open_write(name: str, stream: BinaryIO) -> BinaryIO:
    """A stream that compresses into `stream` the way `name` says (or passes bytes through)."""
    codec = codec_of(name)
    if codec == ".gz":
        return gzip.GzipFile(fileobj=stream, mode="wb", mtime=0)  # type: ignore[return-value]
    if codec == ".zst":
        import zstandard

        return zstandard.ZstdCompressor().stream_writer(stream, closefd=False)  # type: ignore[return-value]
    return stream
