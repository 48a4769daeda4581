"""JSONL files processed as a stream of record batches.

Records are read a batch at a time (decompressing on the fly), linted and cleaned like any other
records, and each cleaned batch is appended to a spool file in the temporary folder, which the
command line then copies, atomically, to where the cleaned file belongs; the report entries
wait in a spool of their own (`entry_spool`). The result is the same, byte for byte, as reading
the whole file at once: records split only at "\n", which no multi-byte UTF-8 character contains.

A JSONL file small enough to read whole (`process_records`) goes through the same batches: only
its bytes and cleaned bytes are held for the whole file, not every record's parse and engine
results at once (a 26 MB file of 41,000 records peaked at 800 MB); once it is more than one batch,
its entries go to a spool as each batch is done (in a worker, a named one in the run's `folder`).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from scrapelint.io.compression import DAMAGED, compress_codec, open_codec, write_codec
from scrapelint.io.encodings import is_blank, wide_encoding
from scrapelint.io.file_kind import FileKind
from scrapelint.io.formats import BOM, RECORD_RE, Problem, decode, parse_jsonl_lines
from scrapelint.io.sources import Source, read_problem
from scrapelint.report.entry_spool import EntrySpool
from scrapelint.report.file_result import FileResult
from scrapelint.report.model import DocumentEntry
from scrapelint.run.entries import summarize_file
from scrapelint.run.process import FileReport, Settings, process_parsed, render_cleaned

# Records per batch: enough to amortise the per-batch work, few enough to keep memory flat.
BATCH_RECORDS = 2000


@dataclass(frozen=True)
class Batch:
    """Some consecutive lines of a JSONL file: the unit a worker processes."""

    source: Source
    first_line: int
    raw: bytes


@dataclass(frozen=True)
class BatchResult:
    entries: tuple[DocumentEntry, ...]
    undecodable: tuple[Problem, ...]
    problems: tuple[Problem, ...]  # its records' first (`read_problems` of them), then documents'
    cleaned: bytes | None  # with `fix`: the batch's cleaned bytes (uncompressed)
    size: int
    changed: bool = False
    read_problems: int | None = None  # None: all of `problems`
    documents: int = 0


class Gathered:
    """Batch results added up in the order a file read whole gives them: the bytes that are not
    UTF-8, then every record's problems, then those found in its documents."""

    def __init__(self, entries: list[DocumentEntry] | EntrySpool) -> None:
        self.entries = entries
        self.undecodable: list[Problem] = []
        self.read: list[Problem] = []
        self.found: list[Problem] = []
        self.size = self.documents = 0
        self.changed = False

    def add(self, result: BatchResult) -> None:
        self.entries.extend(result.entries)
        self.undecodable += result.undecodable
        cut = len(result.problems) if result.read_problems is None else result.read_problems
        self.read += result.problems[:cut]
        self.found += result.problems[cut:]
        self.size += result.size
        self.documents += result.documents
        self.changed = self.changed or result.changed

    @property
    def problems(self) -> tuple[Problem, ...]:
        return (*self.undecodable, *self.read, *self.found)


BatchMap = Callable[[Iterator[Batch]], Iterator[BatchResult]]


def process_stream(
    source: Source, settings: Settings, *, applied: bool, mapper: BatchMap | None = None
) -> FileResult:
    """Lint (and with `settings.fix`, clean into a spool file) a JSONL file batch by batch.

    `mapper` processes the batches, in order (several processes may share the work); by default
    they are processed here, one after the other.
    """
    if mapper is None:
        mapper = partial(map, partial(process_batch, settings=settings, applied=applied))
    target = source.kind.target
    entries = EntrySpool()  # a big file's entries wait on disk, not in memory
    gathered = Gathered(entries)
    spool = Spool(source.kind) if settings.fix else None
    try:
        with open_codec(source.path, source.kind.codec) as stream:
            batches = (Batch(source, first, raw) for first, raw in _batches(stream))
            for result in mapper(batches):
                gathered.add(result)
                if spool is not None and result.cleaned is not None:
                    spool.write(result.cleaned)
    except DAMAGED as error:
        if spool is not None:
            spool.discard()
        entries.close()
        return FileResult(source, problems=(read_problem(source.path, error, source.kind),))
    output = spool.finish() if spool is not None and gathered.changed else None
    if spool is not None and not gathered.changed:
        spool.discard()
    return FileResult(source, entries.whole(), gathered.problems, output, target, gathered.size)


def process_records(
    source: Source,
    raw: bytes,
    settings: Settings,
    *,
    applied: bool,
    keep_text: bool = False,
    folder: Path | None = None,
) -> FileResult | None:
    """A JSONL file read whole (`raw`, decompressed) processed a batch of records at a time:
    the `FileResult` that processing it at once gives. None for the files `process_raw` must
    read whole: blank, UTF-16 or UTF-32, or holding a NUL (reported only there)."""
    if is_blank(raw) or wide_encoding(raw) is not None or b"\0" in raw:
        return None
    several = raw.count(b"\n") >= BATCH_RECORDS  # one batch's entries stay in memory
    entries: list[DocumentEntry] | EntrySpool = EntrySpool(folder) if several else []
    gathered = Gathered(entries)
    cleaned: list[bytes] = []
    for first, part in _batches(io.BytesIO(raw)):
        batch = Batch(source, first, part)
        result = process_batch(batch, settings=settings, applied=applied, keep_text=keep_text)
        gathered.add(result)
        cleaned.append(result.cleaned if result.cleaned is not None else part)
    output = None
    if settings.fix and gathered.documents:
        rendered = b"".join(cleaned)
        del cleaned
        if source.kind.target != source.path.name or rendered != raw:
            output = compress_codec(source.kind.target_codec, rendered)
    kept = entries.whole() if isinstance(entries, EntrySpool) else tuple(entries)
    return FileResult(source, kept, gathered.problems, output, source.kind.target, len(raw))


def process_batch(
    batch: Batch, *, settings: Settings, applied: bool, keep_text: bool = False
) -> BatchResult:
    path = str(batch.source.path)
    text, decoding = decode(path, batch.raw)
    prefix = BOM if batch.first_line == 1 and text.startswith(BOM) else ""
    lines = RECORD_RE.findall(text[len(prefix) :])
    parsed = parse_jsonl_lines(path, lines, batch.first_line, settings.text_field)
    parsed.prefix = prefix
    read_problems = len(parsed.problems)
    reports = process_parsed(parsed, settings)
    report = FileReport(batch.source, reports)
    entries = tuple(summarize_file(report, applied=applied, keep_text=keep_text).entries)
    cleaned = None
    if settings.fix:
        cleaned = render_cleaned(parsed, reports, settings) if reports else batch.raw
    return BatchResult(
        entries,
        tuple(_shift(p, batch.first_line - 1) for p in decoding),
        tuple(parsed.problems),
        cleaned,
        len(batch.raw),
        cleaned is not None and cleaned != batch.raw,
        read_problems,
        len(reports),
    )


def _batches(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(first line number, bytes) for each batch of `BATCH_RECORDS` lines."""
    number = 1
    while True:
        lines = list(itertools.islice(stream, BATCH_RECORDS))
        if not lines:
            return
        yield number, b"".join(lines)
        number += len(lines)


def _shift(problem: Problem, offset: int) -> Problem:
    line = problem.line + offset if problem.line is not None else None
    return Problem(problem.path, line, problem.message, problem.fatal)


class Spool:
    """The cleaned file, written as it comes, compressed like the input, in a temporary file."""

    def __init__(self, kind: FileKind) -> None:
        handle, name = tempfile.mkstemp(prefix=f"scrapelint-{kind.target}.", suffix=".spool")
        self.path = Path(name)
        self._raw = os.fdopen(handle, "wb")
        self._stream = write_codec(kind.target_codec, self._raw)

    def write(self, data: bytes) -> None:
        self._stream.write(data)

    def finish(self) -> Path:
        if self._stream is not self._raw:
            self._stream.close()
        self._raw.close()
        return self.path

    def discard(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.finish()
        with contextlib.suppress(OSError):
            self.path.unlink()
