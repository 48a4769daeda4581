"""Compressed inputs: `.gz` (gzip, standard library) and `.zst` (Zstandard, `zstandard`).

A compressed file is read decompressed and written back compressed the same way, so a corpus of
`.jsonl.zst` shards stays one. The format is named by the inner suffix (`x.jsonl.gz` is JSONL).
Every gzip member and every zstd frame is read (`cat a.zst b.zst` holds both), and a file cut
short is an error, never a shorter file.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

SUFFIXES = (".gz", ".zst")
# What reading a damaged compressed file raises: gzip's BadGzipFile (an OSError) and EOFError
# when cut short, zlib.error for a broken deflate stream; zstd errors come out as ValueError.
DAMAGED = (OSError, EOFError, ValueError, zlib.error)
# Compressed bytes handed to the zstd decoder at a time. Its output for one call is unbounded (a
# run of zeros packs 128 KB into 4 bytes), so small feeds keep any one output under ~32 MB, and
# a size limit can stop a bomb early; measured as fast as zstandard's own stream reader.
ZSTD_FEED_BYTES = 1024


def codec_of(name: str) -> str | None:
    lowered = name.lower()
    return next((suffix for suffix in SUFFIXES if lowered.endswith(suffix)), None)


def inner_name(name: str) -> str:
    """`page.html.gz` -> `page.html`: the name that says what format the content is in."""
    codec = codec_of(name)
    return name[: -len(codec)] if codec else name


def decompress(name: str, raw: bytes) -> bytes:
    """`raw` decompressed the way `name` says; raises one of `DAMAGED` if it cannot be."""
    codec = codec_of(name)
    if codec == ".gz":
        return gzip.decompress(raw)
    if codec == ".zst":
        with _ZstdFrames(io.BytesIO(raw)) as stream:
            return stream.readall()
    return raw


def compress(name: str, data: bytes) -> bytes:
    """`data` compressed the way `name` says, by the same writer as `open_write`, so that a
    streamed and a whole file come out byte-identical (gzip with mtime 0: reproducible shards)."""
    return compress_codec(codec_of(name), data)


def compress_codec(codec: str | None, data: bytes) -> bytes:
    """`compress` for a codec already read from the name (`file_kind`)."""
    if codec is None:
        return data
    buffer = io.BytesIO()
    with write_codec(codec, buffer) as stream:
        stream.write(data)
    return buffer.getvalue()


def open_read(path: Path) -> BinaryIO:
    """The file's decompressed bytes as a stream, read as they are asked for (so a caller can
    stop at a size limit); reading raises one of `DAMAGED` for a damaged file."""
    return open_codec(path, codec_of(path.name))


def open_codec(path: Path, codec: str | None) -> BinaryIO:
    """`open_read` for a codec already read from the name (`file_kind`)."""
    if codec == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if codec == ".zst":
        return io.BufferedReader(_ZstdFrames(open(path, "rb")))
    return open(path, "rb")


def open_write(name: str, stream: BinaryIO) -> BinaryIO:
    """A stream that compresses into `stream` the way `name` says (or passes bytes through)."""
    return write_codec(codec_of(name), stream)


def write_codec(codec: str | None, stream: BinaryIO) -> BinaryIO:
    """`open_write` for a codec already read from the name (`file_kind`)."""
    if codec == ".gz":
        return gzip.GzipFile(fileobj=stream, mode="wb", mtime=0)  # type: ignore[return-value]
    if codec == ".zst":
        import zstandard

        return zstandard.ZstdCompressor().stream_writer(stream, closefd=False)
    return stream


class _ZstdFrames(io.RawIOBase):
    """The decompressed bytes of every zstd frame in `source`, one frame after the other.

    zstandard's readers stop, silently, at the end of the first frame and at a frame cut short;
    this one goes on across frames and raises EOFError for a last frame that never ends, as gzip
    does for a cut member.
    """

    def __init__(self, source: BinaryIO) -> None:
        import zstandard

        self._source = source
        self._decompressor = zstandard.ZstdDecompressor()
        self._frame: zstandard.ZstdDecompressionObj | None = None  # None between frames
        self._rest = b""  # compressed bytes read past the end of the last frame
        self._output = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._output:
            if not self._decompress_more():
                return 0
        size = min(len(buffer), len(self._output))
        buffer[:size] = self._output[:size]
        self._output = self._output[size:]
        return size

    def close(self) -> None:
        if not self.closed:
            self._source.close()
        super().close()

    def _decompress_more(self) -> bool:
        """Decompress the next feed into `_output`; False at the end of the input."""
        import zstandard

        data = self._rest or self._source.read(ZSTD_FEED_BYTES)
        self._rest = b""
        if not data:
            if self._frame is not None:
                raise EOFError("compressed file ended before the end of a zstd frame")
            return False
        if self._frame is None:
            self._frame = self._decompressor.decompressobj()
        try:
            self._output = memoryview(self._frame.decompress(data))
        except zstandard.ZstdError as error:
            raise ValueError(str(error)) from None
        if self._frame.eof:
            self._rest, self._frame = self._frame.unused_data, None
        return True
