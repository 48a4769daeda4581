"""Report entries on disk, so a run's memory is bounded by its largest file, not by its length.

A run of 20,000 documents made about 36 KB of report entries per document (the removed text, the
spans, the fingerprints): 700 MB held until the report was built. Instead, each file's entries
go to an anonymous temporary file as JSON lines as soon as the file is done, and the file keeps
a `SpooledEntries`: where its lines are, and how many. Whatever reads the report (summary, gate,
statistics, baseline, reporters) iterates them, one document at a time, as often as it needs.

orjson writes and reads a line; an entry it cannot encode (a lone surrogate standing for a byte
that was not UTF-8, an integer beyond 64 bits) goes through the standard library's `json`,
whose escapes bring it back exactly. The first byte of a line says which one wrote it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import overload

import orjson

from scrapelint.report.file_result import FileResult
from scrapelint.report.json_form import document_from_json, document_json
from scrapelint.report.model import DocumentEntry

_ORJSON, _STDLIB = b"o", b"s"
READ_CHUNK = 1024 * 1024


class EntrySpool:
    """An append-only file of report entries, deleted when it is closed or the run ends."""

    def __init__(self) -> None:
        # Open for the run's length, not a `with` block: the report reads it after the run.
        self._file = tempfile.TemporaryFile(prefix="scrapelint-entries.")  # noqa: SIM115
        self._end = self._count = 0

    def add(self, entries: Iterable[DocumentEntry]) -> SpooledEntries:
        """Append `entries`; what comes back reads them again, in order."""
        start = self._end
        count = self.extend(entries)
        return SpooledEntries(self, start, self._end, count)

    def extend(self, entries: Iterable[DocumentEntry]) -> int:
        """Append `entries`; how many there were."""
        lines = [_encode(entry) for entry in entries]
        data = b"".join(lines)
        os.pwrite(self._file.fileno(), data, self._end)
        self._end += len(data)
        self._count += len(lines)
        return len(lines)

    def whole(self) -> SpooledEntries:
        """Every entry appended so far."""
        return SpooledEntries(self, 0, self._end, self._count)

    def keep(self, file: FileResult) -> FileResult:
        """`file` with its entries here rather than in memory."""
        if isinstance(file.entries, SpooledEntries) or not file.entries:
            return file
        return replace(file, entries=self.add(file.entries))

    def read(self, start: int, end: int) -> Iterator[DocumentEntry]:
        rest = b""
        while start < end:
            chunk = os.pread(self._file.fileno(), min(READ_CHUNK, end - start), start)
            if not chunk:
                raise OSError(f"the report's entry spool ends early at byte {start}")
            start += len(chunk)
            *lines, rest = (rest + chunk).split(b"\n")
            yield from map(_decode, lines)

    def close(self) -> None:
        self._file.close()


class SpooledEntries(Sequence[DocumentEntry]):
    """One file's entries in a spool: iterated (from disk) as often as needed, counted at once."""

    def __init__(self, spool: EntrySpool, start: int, end: int, count: int) -> None:
        self._spool, self._start, self._end, self._count = spool, start, end, count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[DocumentEntry]:
        return self._spool.read(self._start, self._end)

    @overload
    def __getitem__(self, index: int) -> DocumentEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DocumentEntry]: ...
    def __getitem__(self, index: int | slice) -> DocumentEntry | Sequence[DocumentEntry]:
        return tuple(self)[index]  # not on any run's path: reporters iterate

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple:
        # A spool is a file of this process: another process gets the entries themselves.
        return (tuple, (tuple(self),))


def _encode(entry: DocumentEntry) -> bytes:
    data = document_json(entry)
    try:
        return _ORJSON + orjson.dumps(data, default=str) + b"\n"
    except TypeError:
        return _STDLIB + json.dumps(data, default=str).encode("ascii") + b"\n"


def _decode(line: bytes) -> DocumentEntry:
    if line[:1] == _ORJSON:
        return document_from_json(orjson.loads(line[1:]))
    return document_from_json(json.loads(line[1:]))
