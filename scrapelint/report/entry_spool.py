"""Report entries on disk, so a run's memory is bounded by its largest file, not by its length.

A run of 20,000 documents made about 36 KB of report entries per document (the removed text, the
spans, the fingerprints): 700 MB held until the report was built. Instead, each file's entries
go to an anonymous temporary file as JSON lines as soon as the file is done, and the file keeps
a `SpooledEntries`: where its lines are, and how many. Whatever reads the report (summary, gate,
statistics, baseline, reporters) iterates them, one document at a time, as often as it needs.

orjson writes and reads a line; an entry it cannot encode (a lone surrogate standing for a byte
that was not UTF-8, an integer beyond 64 bits) goes through the standard library's `json`,
whose escapes bring it back exactly. The first byte of a line says which one wrote it.

A worker process spools a big file's entries into a named file in the run's own temporary folder
(`folder`) and hands the parent only its name: the parent opens and unlinks it as the result
arrives, and the run's spool copies its lines (`keep`). The folder goes with the run, so a worker
that dies or a run stopped with Ctrl-C leaves nothing behind.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, overload

import orjson

from scrapelint.report.file_result import FileResult
from scrapelint.report.json_form import document_json
from scrapelint.report.json_read import document_from_json
from scrapelint.report.model import DocumentEntry

_ORJSON, _STDLIB = b"o", b"s"
READ_CHUNK = 1024 * 1024
WRITE_ENTRIES = 500
# A finding quoting a line longer than this (a page's text on one line) keeps the quote apart.
LONG_TEXT = 1 << 20
TEXT_AT = "text_at"


class EntrySpool:
    """An append-only file of report entries, deleted when it is closed or the run ends."""

    def __init__(self, folder: Path | None = None) -> None:
        """In `folder`, the spool is a named file another process can take over (`SpooledEntries`
        crossing processes); without one, it is anonymous and read by this process only."""
        self._file, self.path = _temporary("scrapelint-entries.", folder)
        self._end = self._count = 0
        self._texts = LongTexts(folder)

    @classmethod
    def adopted(cls, path: str, texts: str | None) -> EntrySpool:
        """The spool a worker wrote at `path` (and `texts`), now this process's alone."""
        spool = cls.__new__(cls)
        spool._file, spool.path = _take(path), None
        spool._end = spool._count = 0  # read only, by the `SpooledEntries` handed over with it
        spool._texts = LongTexts()
        if texts is not None:
            spool._texts._file = _take(texts)
        return spool

    def add(self, entries: Iterable[DocumentEntry]) -> SpooledEntries:
        """Append `entries`; what comes back reads them again, in order."""
        start = self._end
        if isinstance(entries, SpooledEntries) and not entries.spool._texts.used:
            count = self._copy(entries)  # the same lines: copied, not decoded and encoded again
        else:
            count = self.extend(entries)
        return SpooledEntries(self, start, self._end, count)

    def _copy(self, entries: SpooledEntries) -> int:
        start, end = entries.span
        while start < end:
            chunk = entries.spool._chunk(start, min(READ_CHUNK, end - start))
            os.pwrite(self._file.fileno(), chunk, self._end)
            self._end += len(chunk)
            start += len(chunk)
        self._count += len(entries)
        return len(entries)

    def extend(self, entries: Iterable[DocumentEntry]) -> int:
        """Append `entries`; how many there were."""
        count = 0
        iterator = iter(entries)
        # A write per `WRITE_ENTRIES` entries: a file of 40,000 records is never encoded at once.
        while lines := [
            _encode(entry, self._texts) for entry in itertools.islice(iterator, WRITE_ENTRIES)
        ]:
            data = b"".join(lines)
            os.pwrite(self._file.fileno(), data, self._end)
            self._end += len(data)
            self._count += len(lines)
            count += len(lines)
        return count

    def whole(self) -> SpooledEntries:
        """Every entry appended so far."""
        return SpooledEntries(self, 0, self._end, self._count)

    def keep(self, file: FileResult) -> FileResult:
        """`file` with its entries here rather than in memory (or in a spool of its own)."""
        entries = file.entries
        if not entries or (isinstance(entries, SpooledEntries) and entries.spool is self):
            return file
        return replace(file, entries=self.add(file.entries))

    def read(self, start: int, end: int) -> Iterator[DocumentEntry]:
        while start < end:
            chunk = self._chunk(start, min(READ_CHUNK, end - start))
            last = chunk.rfind(b"\n")
            if last == -1:
                # An entry longer than a chunk (its findings quote a page's text held on one
                # line): read whole, once its end is found, in one piece rather than a join, and
                # let go of once decoded.
                size = self._line_end(start + len(chunk), end) + 1 - start
                del chunk
                entry = _decode_line(self._chunk(start, size), self._texts)
                start += size
                yield entry
                continue
            yield from _decode_lines(chunk, last, self._texts)
            start += last + 1  # a line the chunk cuts is read again, whole, with the next one

    def _chunk(self, start: int, size: int) -> bytes:
        chunk = os.pread(self._file.fileno(), size, start)
        if len(chunk) < size:
            raise OSError(f"the report's entry spool ends early at byte {start + len(chunk)}")
        return chunk

    def _line_end(self, start: int, end: int) -> int:
        """Where the line that runs on at `start` ends: its newline's position."""
        while start < end:
            chunk = self._chunk(start, min(READ_CHUNK, end - start))
            found = chunk.find(b"\n")
            if found != -1:
                return start + found
            start += len(chunk)
        raise OSError(f"the report's entry spool ends early at byte {end}")

    def close(self) -> None:
        """Let go of the spool; a named one leaves its folder too."""
        self._file.close()
        self._texts.close()
        for path in (self.path, self._texts.path):
            if path is not None:
                path.unlink(missing_ok=True)


class LongTexts:
    """The long lines findings quote, each kept once per entry in a file of their own, as UTF-8:
    an entry's line says where its quote is, so it is read back without a JSON parser's copies,
    and the findings of one line share one string."""

    def __init__(self, folder: Path | None = None) -> None:
        self._file: BinaryIO | None = None  # made when a first long text comes
        self.path: Path | None = None
        self._folder = folder
        self._end = 0

    @property
    def used(self) -> bool:
        return self._file is not None

    def put(self, text: str) -> list[int]:
        """Keep `text`; where it is."""
        if self._file is None:
            self._file, self.path = _temporary("scrapelint-texts.", self._folder)
        data = text.encode("utf-8", "surrogatepass")
        os.pwrite(self._file.fileno(), data, self._end)
        self._end += len(data)
        return [self._end - len(data), len(data)]

    def get(self, start: int, size: int) -> str:
        assert self._file is not None, "no long text was kept"
        data = os.pread(self._file.fileno(), size, start)
        if len(data) < size:
            raise OSError(f"the report's text spool ends early at byte {start + len(data)}")
        return data.decode("utf-8", "surrogatepass")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class SpooledEntries(Sequence[DocumentEntry]):
    """One file's entries in a spool: iterated (from disk) as often as needed, counted at once."""

    def __init__(self, spool: EntrySpool, start: int, end: int, count: int) -> None:
        self._spool, self._start, self._end, self._count = spool, start, end, count

    def __len__(self) -> int:
        return self._count

    @property
    def spool(self) -> EntrySpool:
        return self._spool

    @property
    def span(self) -> tuple[int, int]:
        return self._start, self._end

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
        spool = self._spool
        if spool.path is not None:  # a named spool: the other process takes the file over
            texts = None if spool._texts.path is None else str(spool._texts.path)
            place = (self._start, self._end, self._count)
            return (_adopt, (str(spool.path), texts, *place))
        # An anonymous spool is a file of this process: another gets the entries themselves.
        return (tuple, (tuple(self),))


def _adopt(path: str, texts: str | None, start: int, end: int, count: int) -> SpooledEntries:
    return SpooledEntries(EntrySpool.adopted(path, texts), start, end, count)


def _temporary(prefix: str, folder: Path | None) -> tuple[BinaryIO, Path | None]:
    """A file open for the run's length (not a `with` block: the report reads it after the run),
    anonymous, or named in `folder`."""
    if folder is None:
        return tempfile.TemporaryFile(prefix=prefix), None
    handle, name = tempfile.mkstemp(prefix=prefix, dir=folder)
    return os.fdopen(handle, "r+b"), Path(name)


def _take(path: str) -> BinaryIO:
    """The file at `path`, open, and no longer named: it goes when it is closed."""
    stream = open(path, "rb")  # noqa: SIM115
    os.unlink(path)
    return stream


def _encode(entry: DocumentEntry, texts: LongTexts) -> bytes:
    data = document_json(entry)
    placed: dict[str, list[int]] = {}
    for finding in data["findings"]:
        text = finding.get("text")
        if text is not None and len(text) > LONG_TEXT:
            where = placed.get(text)
            if where is None:
                where = placed[text] = texts.put(text)
            del finding["text"]
            finding[TEXT_AT] = where
    try:
        return _ORJSON + orjson.dumps(data, default=str) + b"\n"
    except TypeError:
        return _STDLIB + json.dumps(data, default=str).encode("ascii") + b"\n"


def _decode_lines(chunk: bytes, last: int, texts: LongTexts) -> Iterator[DocumentEntry]:
    """The entries of the lines of `chunk` up to its newline at `last`, each decoded from a view
    of it (a long line is never copied)."""
    start, view = 0, memoryview(chunk)
    while start <= last:
        end = chunk.index(b"\n", start)
        yield _decode(view[start:end], texts)
        start = end + 1


def _decode_line(line: bytes, texts: LongTexts) -> DocumentEntry:
    """The entry of `line`, which ends in its newline."""
    with memoryview(line) as view:
        return _decode(view[:-1], texts)


def _decode(line: memoryview, texts: LongTexts) -> DocumentEntry:
    data = orjson.loads(line[1:]) if line[:1] == _ORJSON else json.loads(bytes(line[1:]))
    if texts.used:
        _quotes_back(data["findings"], texts)
    return document_from_json(data)


def _quotes_back(findings: list[dict], texts: LongTexts) -> None:
    """The long lines the findings quote, read back once each."""
    read: dict[tuple[int, int], str] = {}
    for finding in findings:
        if TEXT_AT in finding:
            start, size = finding.pop(TEXT_AT)
            text = read.get((start, size))
            if text is None:
                text = read[start, size] = texts.get(start, size)
            finding["text"] = text
