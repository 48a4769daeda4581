"""Atomic writes of many files with one sync: until `commit`, every target is its old self.

`writer` syncs each file before it replaces its target; an `fsync` per cleaned file cost 6-10% of a
`fix` run (1-3 ms each). A batch writes each file to its temporary file beside the target at once,
and when it is committed, one `syncfs` (Linux) puts the data of all of them on disk before any
replaces its target: a crash or power cut at any point still leaves each target either its old or
its new self.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import BinaryIO

from scrapelint.io.writer import COPY_CHUNK, remove_temp, stage_temp

# Files a batch holds before it commits: one sync per this many files, and at most this many
# temporary files left beside their targets if the process is killed outright.
BATCH_FILES = 64


class WriteBatch:
    """Atomic writes made durable together: until `commit`, every target is its old self.

    `write` and `copy` fill a temporary file beside the target at once (an error there is the
    caller's to report, and leaves the target as it was); `commit` syncs them all, then puts each
    in its target's place, and returns the targets it could not replace, with the error.
    """

    def __init__(self) -> None:
        self._staged: dict[Path, str] = {}  # target -> its temporary file

    def __len__(self) -> int:
        return len(self._staged)

    def write(self, path: Path, data: bytes) -> None:
        self._stage(path, lambda handle: handle.write(data))

    def copy(self, source: Path, path: Path) -> None:
        def fill(handle: BinaryIO) -> None:
            with open(source, "rb") as original:
                shutil.copyfileobj(original, handle, COPY_CHUNK)

        self._stage(path, fill)

    def pending(self, path: Path) -> Path | None:
        """The file holding what `path` will hold once the batch is committed, if it writes it."""
        temp = self._staged.get(path)
        return Path(temp) if temp else None

    def _stage(self, path: Path, fill: Callable[[BinaryIO], object]) -> None:
        if path.is_dir():  # what `os.replace` would refuse at commit, refused now
            raise IsADirectoryError(21, "Is a directory", str(path))
        temp = stage_temp(path, fill, sync=False)
        previous = self._staged.pop(path, None)
        if previous is not None:
            remove_temp(previous)
        self._staged[path] = temp

    def commit(self) -> dict[Path, OSError]:
        """Sync the staged files and put each in its target's place; the targets left as they
        were, with the error. A failed sync leaves every target of the batch as it was."""
        staged, self._staged = self._staged, {}
        failed: dict[Path, OSError] = {}
        try:
            _sync_all(list(staged.values()))
        except OSError as error:  # none of them is known to be on disk: none replaces its target
            _remove_all(staged)
            return dict.fromkeys(staged, error)
        except BaseException:
            _remove_all(staged)
            raise
        try:
            for path, temp in staged.items():
                try:
                    os.replace(temp, path)
                except OSError as error:
                    remove_temp(temp)
                    failed[path] = error
        except BaseException:
            _remove_all(staged)  # those already in place are gone from their temporary names
            raise
        return failed


def _remove_all(staged: dict[Path, str]) -> None:
    for temp in staged.values():
        remove_temp(temp)


def _sync_all(names: list[str]) -> None:
    """Put the data of every file in `names` on disk: one `syncfs` per file system on Linux, an
    `fsync` per file elsewhere or when `syncfs` fails."""
    by_device: dict[int, list[str]] = {}
    for name in names:
        by_device.setdefault(os.stat(name).st_dev, []).append(name)
    syncfs = _syncfs()
    for group in by_device.values():
        if syncfs is None or not _on_file(group[0], syncfs):
            for name in group:
                _on_file(name, _fsync)


def _on_file(name: str, call: Callable[[int], int | None]) -> bool:
    """`call` on an open descriptor of `name`; False when it returns an error code."""
    fd = os.open(name, os.O_RDONLY)
    try:
        return not call(fd)
    finally:
        os.close(fd)


def _fsync(fd: int) -> None:
    os.fsync(fd)


@cache
def _syncfs() -> Callable[[int], int] | None:
    import ctypes  # here: a run that writes nothing (a pre-commit `check`) need not load it

    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError, TypeError):  # not Linux, or no C library to load
        return None
