"""Compressed inputs: `.gz` (gzip, standard library) and `.zst` (Zstandard, `zstandard`).

A compressed file is read decompressed and written back compressed the same way, so a corpus of
`.jsonl.zst` shards stays one. The format is named by the inner suffix (`x.jsonl.gz` is JSONL).
"""

from __future__ import annotations

import gzip

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
    codec = codec_of(name)
    if codec == ".gz":
        # mtime=0 keeps the output the same for the same content (reproducible shards).
        return gzip.compress(data, mtime=0)
    if codec == ".zst":
        import zstandard

        return zstandard.ZstdCompressor().compress(data)
    return data
