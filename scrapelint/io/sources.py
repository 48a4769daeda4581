"""Finding the files to read under the paths given, and reading them safely.

Folders are walked recursively for the formats scrapelint reads, skipping hidden folders (.git,
.venv). A file named explicitly is always read. Binary, oversized and unreadable files, and
anything that is not a regular file (a named pipe), are reported by path and skipped; the run
goes on with the rest.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrapelint.io.compression import DAMAGED, open_codec
from scrapelint.io.encodings import looks_binary, unmarked_utf16
from scrapelint.io.file_kind import FileKind, kind_of
from scrapelint.io.formats import Problem, supported

# The first block tells a binary file (`encodings.looks_binary`).
BINARY_SNIFF_BYTES = 8192
MAX_FILE_BYTES = 256 * 1024 * 1024
# The path that names standard input, as in ruff and most Unix tools.
STDIN = "-"


# Compressed input is decompressed this much at a time, up to the size limit.
READ_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """A file to process; `root` is the folder argument it was found under (None for a file), and
    `kind` what its name says it is, decided here once (from the path when not given)."""

    path: Path
    root: Path | None
    # Keyword-only: subclasses (a file in an object store) add their own fields after `root`.
    kind: FileKind = field(default=None, kw_only=True)  # type: ignore[assignment]  # see below

    def __post_init__(self) -> None:
        if self.kind is None:
            object.__setattr__(self, "kind", kind_of(self.path.name))

    @property
    def relative(self) -> Path:
        return self.path.relative_to(self.root) if self.root else Path(self.path.name)


@dataclass(frozen=True, slots=True)
class StdinSource(Source):
    """Standard input read as one file (`check -`): its bytes, and the name (`--stdin-filename`)
    it is reported under and whose extension says its format."""

    data: bytes = field(default=b"", kw_only=True)


def stdin_source(name: str | None, data: bytes) -> StdinSource:
    return StdinSource(Path(name or STDIN), None, data=data)


@dataclass(frozen=True, slots=True)
class Oversized(Problem):
    """A file too big to read whole: JSONL can still be streamed."""


def discover(paths: Sequence[Path]) -> Iterator[Source | Problem]:
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield Source(path, None, kind=kind_of(path.name))
        elif path.is_symlink():  # exists() follows links: this one leads nowhere, or in a loop
            yield Problem(str(path), None, "a broken or looping symbolic link", fatal=True)
        else:
            yield Problem(str(path), None, "no such file or folder", fatal=True)


def _walk(root: Path) -> Iterator[Source | Problem]:
    unreadable: list[OSError] = []
    for folder, subfolders, files in os.walk(root, onerror=unreadable.append):
        yield from (_folder_problem(error) for error in unreadable)
        unreadable.clear()
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            if supported(name) and not name.startswith("."):
                yield Source(Path(folder) / name, root, kind=kind_of(name))
    yield from (_folder_problem(error) for error in unreadable)


def _folder_problem(error: OSError) -> Problem:
    name = error.filename or "?"
    return Problem(str(name), None, f"cannot read folder: {error.strerror or error}", fatal=True)


def read_bytes(
    path: Path, limit: int | None = None, kind: FileKind | None = None
) -> bytes | Problem:
    """The file's (decompressed) bytes, or the problem that kept it from being read.

    Past `limit` bytes (by default `MAX_FILE_BYTES`) reading stops and the file is `Oversized`:
    a compressed file is measured as it decompresses, never held whole first. `kind` is the
    file's, when known (else read from its name).
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    kind = kind_of(path.name) if kind is None else kind
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # A named pipe would block the run forever; a device has no end.
            return Problem(str(path), None, "not a regular file", fatal=True)
        if status.st_size > limit:
            return Oversized(str(path), None, f"file is {status.st_size:,} bytes, {_over(limit)}")
        stream = open_codec(path, kind.codec)
    except OSError as error:
        return Problem(str(path), None, f"cannot read: {error.strerror or error}", fatal=True)
    # A plain file's size was checked above; a compressed one's is known only as it decompresses.
    # It is read in chunks: asking a stream for `limit + 1` bytes allocates them all at once.
    try:
        with stream:
            raw = _read_upto(stream, limit + 1) if kind.codec else stream.read()
    except DAMAGED as error:
        return read_problem(path, error, kind)
    if len(raw) > limit:
        return Oversized(str(path), None, f"decompressed, it is {_over(limit)}")
    return text_bytes(path, raw)


def text_bytes(path: Path, raw: bytes) -> bytes | Problem:
    """`raw`, or the problem that makes it no text (read from `path`, or named so)."""
    if looks_binary(raw[:BINARY_SNIFF_BYTES]):
        if unmarked_utf16(raw[:BINARY_SNIFF_BYTES]):
            why = "UTF-16 without a byte-order mark, skipped (save it as UTF-8, or with its mark)"
            return Problem(str(path), None, why, fatal=False)
        return Problem(str(path), None, "binary file skipped", fatal=False)
    return raw


def read_problem(path: Path, error: Exception, kind: FileKind | None = None) -> Problem:
    """What went wrong reading the file: the disk (an OSError with an errno) or its contents."""
    kind = kind_of(path.name) if kind is None else kind
    if kind.codec and not (isinstance(error, OSError) and error.errno is not None):
        return Problem(str(path), None, f"cannot decompress: {error}", fatal=True)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    return Problem(str(path), None, f"cannot read: {reason}", fatal=True)


def _over(limit: int) -> str:
    return f"over the {limit / (1024 * 1024):g} MB limit"


def _read_upto(stream: BinaryIO, size: int) -> bytes:
    """At most `size` bytes of `stream`, read a chunk at a time."""
    chunks, total = [], 0
    while total < size:
        chunk = stream.read(min(READ_CHUNK, size - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def real(path: Path) -> Path:
    """`path` with its links and ".." resolved, or only made absolute when its links loop (the
    loop is reported when the file is read)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        return Path(os.path.abspath(path))
