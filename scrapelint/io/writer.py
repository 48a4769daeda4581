"""Atomic writes: a file is either its old self or its new self, never half written.

The new content goes to a temporary file in the same folder (same file system), is flushed to disk,
and replaces the target with one `os.replace`, so Ctrl-C or a crash at any point leaves either the
old or the new file. The target's permission bits are kept.

`write_batch` gives many files the same guarantee for one sync.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from scrapelint.io.interrupt import deferred

COPY_CHUNK = 1024 * 1024
# The temporary's name is ".{name}.{8 random}.tmp": a target's name of up to 255 bytes (the usual
# limit) leaves it too long, so only this many bytes of the name go into it.
TEMP_NAME_BYTES = 200


def write_atomic(path: Path, data: bytes) -> None:
    _replace_atomic(path, lambda handle: handle.write(data))


def write_atomic_pieces(path: Path, pieces: Iterable[bytes | memoryview]) -> None:
    """`write_atomic` for content made a piece at a time, never held whole."""

    def fill(handle: BinaryIO) -> None:
        for piece in pieces:
            handle.write(piece)

    _replace_atomic(path, fill)


def copy_atomic(source: Path, path: Path) -> None:
    """`write_atomic` for a file too big to hold in memory: copied in chunks, then replaced."""

    def copy(handle: BinaryIO) -> None:
        with open(source, "rb") as original:
            shutil.copyfileobj(original, handle, COPY_CHUNK)

    _replace_atomic(path, copy)


def _replace_atomic(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    """Let `fill` write a temporary file beside `path`, then put it in `path`'s place."""
    temp = stage_temp(path, fill, sync=True)
    try:
        os.replace(temp, path)
    except BaseException:
        remove_temp(temp)
        raise


def stage_temp(path: Path, fill: Callable[[BinaryIO], object], *, sync: bool) -> str:
    """A temporary file beside `path`, filled by `fill`, with `path`'s permission bits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_of(path)
    temp: str | None = None
    try:
        with deferred():  # Ctrl-C must not fall between the file's creation and its name's
            fd, temp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.chmod(temp, mode)
        return temp
    except BaseException:
        if temp is not None:
            remove_temp(temp)
        raise


def _temp_prefix(path: Path) -> str:
    """The target's name, cut to fit a temporary name (a cut inside a character is harmless)."""
    return f".{os.fsdecode(os.fsencode(path.name)[:TEMP_NAME_BYTES])}."


def remove_temp(temp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)


def _mode_of(path: Path) -> int:
    """The target's permission bits, or for a new file what `open` would give it."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
