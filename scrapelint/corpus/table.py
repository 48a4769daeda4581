"""The boilerplate table: one SQLite file that `learn` adds to and `check`/`fix` read.

Lines are counted per source, once per document (`lines`); every document learned is kept by
file and record with its digest and MinHash signature (`documents`), its LSH band keys (`bands`)
and, when it copies an earlier one, which one (`copies`). Nothing in it is executed or unpickled:
numbers, text and byte strings only. A reader opens it read-only, once per process.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SCHEMA_VERSION = "1"
DEFAULT_THRESHOLD = 0.8  # Jaccard similarity from which two documents are near copies
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, docs INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS lines (
    source INTEGER NOT NULL, key INTEGER NOT NULL, docs INTEGER NOT NULL,
    PRIMARY KEY (source, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, record INTEGER NOT NULL,
    source INTEGER NOT NULL, digest BLOB NOT NULL, signature BLOB,
    UNIQUE (path, record)
);
CREATE INDEX IF NOT EXISTS documents_digest ON documents (digest);
CREATE TABLE IF NOT EXISTS bands (
    band INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS bands_key ON bands (band, key);
CREATE TABLE IF NOT EXISTS copies (
    doc INTEGER PRIMARY KEY, first INTEGER NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL
);
"""
_IN_CHUNK = 500  # keys per `IN (...)` query, under SQLite's limit on bound parameters
# Counts read before, by (source, key): a fix asks again on every pass, and a site's pages share
# their chrome. The table does not change during a run; the memory is bounded by clearing.
_KNOWN_MAX = 200_000


class TableError(ValueError):
    """A boilerplate table that cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True)
class Copy:
    """The document a duplicate copies: its file and record (0 for a whole file)."""

    path: str
    record: int
    kind: str  # "exact" or "near"
    similarity: float


def connect(path: Path) -> sqlite3.Connection:
    """The table at `path`, created when missing, for `learn` to write into."""
    try:
        db = sqlite3.connect(path)
        db.executescript(SCHEMA)
        found = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error as error:
        raise TableError(f"{path}: not a scrapelint boilerplate table ({error})") from None
    if found is None:
        db.execute("INSERT INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
    elif found[0] != SCHEMA_VERSION:
        raise TableError(f"{path}: written by another version of scrapelint (schema {found[0]})")
    return db


def pack(sig: Sequence[int]) -> bytes:
    return array("I", sig).tobytes()


def unpack(blob: bytes) -> array:
    values = array("I")
    values.frombytes(blob)
    return values


class Reader:
    """Read-only lookups for the rules; one per table file and process (`reader`)."""

    def __init__(self, path: str) -> None:
        if not Path(path).is_file():
            raise TableError(f"{path}: no such boilerplate table")
        try:
            # A URI, for read-only mode; `as_uri` escapes a "?" or "#" in the path.
            self.db = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
            self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.Error as error:
            raise TableError(f"{path}: not a scrapelint boilerplate table ({error})") from None
        self._sources = dict(self.db.execute("SELECT name, id FROM sources"))
        self._known: dict[tuple[int, int], int] = {}
        self._sizes: dict[int, int] = {}
        self._documents: dict[tuple[str, int], int | None] = {}
        self._last_copy: tuple[tuple[str, int] | None, Copy | None] = (None, None)

    def source_of(self, path: str, record: int, fallback: str) -> int | None:
        """The source a learned document was counted under, else the one named `fallback`."""
        if (path, record) not in self._documents:
            if len(self._documents) >= _KNOWN_MAX:
                self._documents.clear()
            row = self.db.execute(
                "SELECT source FROM documents WHERE path = ? AND record = ?", (path, record)
            ).fetchone()
            self._documents[path, record] = row[0] if row else self._sources.get(fallback)
        return self._documents[path, record]

    def documents(self, source: int) -> int:
        """How many distinct documents (copies not counted) were learned from `source`."""
        if source not in self._sizes:
            row = self.db.execute("SELECT docs FROM sources WHERE id = ?", (source,)).fetchone()
            self._sizes[source] = row[0] if row else 0
        return self._sizes[source]

    def counts(self, source: int, keys: Iterable[int]) -> dict[int, int]:
        """In how many documents of `source` each of `keys` occurs (0 for keys never seen)."""
        known = self._known
        asked = [key for key in keys if (source, key) not in known]
        if len(known) + len(asked) > _KNOWN_MAX:
            known.clear()
            asked = list(keys)
        for key in asked:
            known[source, key] = 0
        for at in range(0, len(asked), _IN_CHUNK):
            chunk = asked[at : at + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, docs FROM lines WHERE source = ? AND key IN ({marks})"
            for key, docs in self.db.execute(query, (source, *chunk)):
                known[source, key] = docs
        return {key: known[source, key] for key in keys}

    def copy_of(self, path: str, record: int) -> Copy | None:
        """The document `path`'s `record` copies, if any; the last answer is kept, for the
        exact-copy and the near-copy rules ask about the same document one after the other."""
        if self._last_copy[0] != (path, record):
            self._last_copy = ((path, record), self._find_copy(path, record))
        return self._last_copy[1]

    def _find_copy(self, path: str, record: int) -> Copy | None:
        row = self.db.execute(
            "SELECT f.path, f.record, c.kind, c.similarity FROM documents d "
            "JOIN copies c ON c.doc = d.id JOIN documents f ON f.id = c.first "
            "WHERE d.path = ? AND d.record = ?",
            (path, record),
        ).fetchone()
        return Copy(*row) if row else None


@lru_cache(maxsize=4)
def reader(path: str) -> Reader:
    return Reader(path)
