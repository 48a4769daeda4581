"""`scrapelint learn`: read a corpus once and add what it repeats to the boilerplate table.

Documents are read one file at a time and, for JSONL, one record at a time, so memory stays
bounded whatever the corpus size: line counts wait in a batch of at most `BATCH_KEYS` entries and
are then added to the table in one transaction. A document already in the table (same file and
record) is passed over, so running `learn` again as the corpus grows counts only what is new. A
document that copies an earlier one (exactly or nearly) adds no line counts: the lines it repeats
are its article's, not its site's.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from scrapelint.corpus.address import resolved, source_of
from scrapelint.corpus.line_keys import document_keys
from scrapelint.corpus.signatures import band_keys, bands_for, signature, similarity, text_digest
from scrapelint.corpus.table import DEFAULT_THRESHOLD, connect, pack, unpack
from scrapelint.io.compression import inner_name, open_read
from scrapelint.io.encodings import is_blank
from scrapelint.io.formats import JSONL_SUFFIXES, Problem, parse
from scrapelint.io.sources import Source, discover, read_bytes
from scrapelint.text.document import Document

BATCH_KEYS = 200_000  # pending (source, line) counts before they are written


@dataclass
class LearnStats:
    documents: int = 0  # newly learned
    skipped: int = 0  # learned before
    exact: int = 0
    near: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LearnOptions:
    text_field: str = "text"
    source_key: str | None = None  # the JSONL field naming a record's source (default `url`)
    threshold: float = DEFAULT_THRESHOLD


def learn(paths: Sequence[Path], table: Path, options: LearnOptions) -> LearnStats:
    stats, started = LearnStats(), time.perf_counter()
    db = connect(table)
    try:
        writer = _Writer(db, options.threshold)
        seen: set[str] = set()  # files read in this run, by the file a link names
        for item in discover(paths):
            if isinstance(item, Problem):
                stats.problems.append(_unread(item))
                continue
            if (file := resolved(str(item.path))) in seen:
                continue  # the same file again, through a link: learned once
            seen.add(file)
            for found in _documents(item, options):
                if isinstance(found, Problem):
                    stats.problems.append(found)
                else:
                    writer.add(*found, stats)
        writer.flush()
    finally:
        db.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _documents(
    source: Source, options: LearnOptions
) -> Iterator[tuple[str, int, str, Document] | Problem]:
    """(file, record, source, document) of every document of a file; JSONL one line at a time."""
    path = source.path
    file = resolved(str(path))
    if inner_name(path.name).lower().endswith(JSONL_SUFFIXES):
        yield from _records(path, file, options)
        return
    raw = read_bytes(path)
    if not isinstance(raw, bytes):
        yield _unread(raw)
        return
    if is_blank(raw):
        return  # an empty file is no document, as `check` and `fix` skip it
    parsed = parse(str(path), raw, options.text_field)
    yield from parsed.problems
    for doc in parsed.documents:
        yield file, 0, source_of(file, None), doc


def _records(
    path: Path, file: str, options: LearnOptions
) -> Iterator[tuple[str, int, str, Document] | Problem]:
    try:
        stream = open_read(path)
    except OSError as error:
        yield Problem(str(path), None, f"cannot read: {error}", fatal=True)
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            record = _record(raw)
            text = record.get(options.text_field) if record else None
            if not isinstance(text, str):
                if raw.strip():
                    what = f"no {options.text_field!r} text" if record else "not a JSON record"
                    yield Problem(str(path), number, f"{what}; not learned")
                continue
            where = source_of(file, record, options.source_key)
            yield file, number, where, Document.from_text(text, f"{path}:{number}")


def _unread(problem: Problem) -> Problem:
    """A file that could not be read at all: the run goes on, and ends with an error."""
    return Problem(problem.path, problem.line, problem.message, fatal=True)


def _record(raw: bytes) -> dict | None:
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


class _Writer:
    """Adds documents to the table: counts in batches, copies found as each document comes."""

    def __init__(self, db: sqlite3.Connection, threshold: float) -> None:
        self.db = db
        self.threshold = threshold
        self.bands, self.rows = bands_for(threshold)
        self.sources = dict(db.execute("SELECT name, id FROM sources"))
        self.pending: Counter[tuple[int, int]] = Counter()
        self.documents: Counter[int] = Counter()  # distinct documents per source, not yet written

    def add(self, file: str, record: int, where: str, doc: Document, stats: LearnStats) -> None:
        db = self.db
        if db.execute(
            "SELECT 1 FROM documents WHERE path = ? AND record = ?", (file, record)
        ).fetchone():
            stats.skipped += 1
            return
        texts = doc.texts
        source = self._source(where)
        digest, sig = text_digest(texts), signature(texts)
        first = db.execute(
            "SELECT id FROM documents WHERE digest = ? ORDER BY id LIMIT 1", (digest,)
        ).fetchone()
        cursor = db.execute(
            "INSERT INTO documents (path, record, source, digest, signature) VALUES (?,?,?,?,?)",
            (file, record, source, digest, pack(sig) if sig else None),
        )
        doc_id = cursor.lastrowid
        assert doc_id is not None  # an INSERT into a rowid table sets it
        copied = bool(first)
        if first:
            db.execute("INSERT INTO copies VALUES (?, ?, 'exact', 1.0)", (doc_id, first[0]))
            stats.exact += 1
        elif sig is not None:
            copied = self._near(doc_id, sig, stats)
        if not copied:
            # A copy repeats its article, not the site's chrome: only distinct documents count.
            self.pending.update((source, key) for key in document_keys(texts))
            self.documents[source] += 1
        stats.documents += 1
        if len(self.pending) >= BATCH_KEYS:
            self.flush()

    def _near(self, doc_id: int, sig: list[int], stats: LearnStats) -> bool:
        """Record the earliest document that shares a band and is similar enough, and add this
        document's bands for those to come; whether there was one."""
        keys = band_keys(sig, self.bands, self.rows)
        candidates: set[int] = set()
        for band, key in enumerate(keys):
            rows = self.db.execute("SELECT doc FROM bands WHERE band = ? AND key = ?", (band, key))
            candidates.update(doc for (doc,) in rows)
        best = _first_similar(self.db, sorted(candidates), sig, self.threshold)
        if best is not None:
            self.db.execute("INSERT INTO copies VALUES (?, ?, 'near', ?)", (doc_id, *best))
            stats.near += 1
        self.db.executemany(
            "INSERT INTO bands VALUES (?, ?, ?)", [(b, k, doc_id) for b, k in enumerate(keys)]
        )
        return best is not None

    def _source(self, name: str) -> int:
        if name not in self.sources:
            cursor = self.db.execute("INSERT INTO sources (name) VALUES (?)", (name,))
            self.sources[name] = cursor.lastrowid
        return self.sources[name]

    def flush(self) -> None:
        self.db.executemany(
            "INSERT INTO lines VALUES (?, ?, ?) "
            "ON CONFLICT (source, key) DO UPDATE SET docs = docs + excluded.docs",
            ((source, key, n) for (source, key), n in self.pending.items()),
        )
        self.db.executemany(
            "UPDATE sources SET docs = docs + ? WHERE id = ?",
            [(n, source) for source, n in self.documents.items()],
        )
        self.db.commit()
        self.pending.clear()
        self.documents.clear()


def _first_similar(
    db: sqlite3.Connection, candidates: Iterable[int], sig: list[int], threshold: float
) -> tuple[int, float] | None:
    for doc in candidates:
        row = db.execute("SELECT signature FROM documents WHERE id = ?", (doc,)).fetchone()
        if row and row[0]:
            score = similarity(sig, unpack(row[0]))
            if score >= threshold:
                return doc, score
    return None
