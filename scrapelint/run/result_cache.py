"""Results kept between runs: a second `check` over an unchanged corpus does almost no work.

As in ruff, an entry is keyed by what the result depends on: the file's path and content, the
rules (the scrapelint version, every rule file and module, the rules selected for that file), the
policy and the options that shape the report. Entries live in `.scrapelint_cache/` in the folder
the run starts from; writes are atomic, and an entry that cannot be read is simply recomputed.

That folder sits in the working tree, where a pull request can plant files, so an entry is data
that cannot run anything: JSON, read with a JSON parser and checked field by field. It is also
signed (HMAC-SHA256) with a secret kept in the per-user cache folder, outside the working tree: a
planted entry, even one whose key is right, fails the signature and is a miss, so it cannot make
a gate pass on text it never checked. A bad, foreign or stale entry is a miss, never an error.

An entry is JSON lines: the signature, the file's result without its report entries, then one
line per report entry. A hit reads it a line at a time, checking the signature as it goes, and
puts the entries of a big file in a spool (`entry_spool`) as it reads them: a file of 40,000
records is never one JSON value in memory, written or read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from scrapelint import __version__
from scrapelint.io.formats import Problem
from scrapelint.io.sources import Source
from scrapelint.io.user_cache import cache_dir, store
from scrapelint.report.entry_spool import EntrySpool
from scrapelint.report.file_result import FileResult, relocated
from scrapelint.report.json_form import document_json
from scrapelint.report.json_read import document_from_json
from scrapelint.report.model import DocumentEntry

FOLDER = ".scrapelint_cache"
FORMAT = "scrapelint-result/2"
# A hit holds this many report entries in memory; a file with more spools them.
HELD_ENTRIES = 2000
# Written into the cache folder so that tools which honour it skip the whole folder.
CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# scrapelint result cache\n"
# Written into the cache folder so that `git add .` never takes it into the repository.
GITIGNORE = "# Automatically created by scrapelint.\n*\n"
SECRET_NAME = "result-cache.key"


class CacheEntryError(ValueError):
    """An entry that is not a well-formed result of this scrapelint: read as a miss."""


@dataclass(frozen=True)
class ResultCache:
    folder: Path
    salt: str  # digest of the rules' sources; the per-file key adds the rest
    secret: bytes  # signs entries; lives outside the working tree

    @classmethod
    def at(cls, root: Path, salt: str) -> ResultCache | None:
        """The cache of the run started in `root`; None when no signing secret can be had."""
        secret = _secret()
        if secret is None:
            return None
        return cls(root / FOLDER / "results", salt, secret)

    def key(self, path: Path, raw: bytes, options: str) -> str:
        header = f"{__version__}\0{self.salt}\0{options}\0{path.resolve()}\0"
        digest = hashlib.sha256(header.encode("utf-8", "surrogateescape"))  # a name's raw bytes
        digest.update(raw)
        return digest.hexdigest()

    def get(
        self, key: str, at: Source | None = None, folder: Path | None = None
    ) -> FileResult | None:
        """The result kept under `key` (as found at `at`: `FileResult.at`), or None. A big
        file's entries come back spooled (in `folder`, when a worker reads them)."""
        entries = _Entries(folder)
        try:
            with self._entry(key).open("rb") as stream:
                return self._read(stream, key, entries, at)
        except (OSError, ValueError, TypeError, LookupError, AttributeError):
            # Read before its signature is checked, a planted entry may be any JSON at all.
            entries.discard()
            return None

    def put(self, key: str, result: FileResult) -> None:
        if isinstance(result.output, Path):
            return  # a spool file belongs to this run only
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            self._mark_folder()
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            try:
                with open(handle, "wb") as stream:
                    self._write(stream, key, result)
            except TypeError:  # an entry that cannot be written as JSON is simply not kept
                Path(temporary).unlink(missing_ok=True)
                return
            Path(temporary).replace(entry)
        except OSError:
            return  # a cache that cannot be written only costs time

    def _write(self, stream: BinaryIO, key: str, result: FileResult) -> None:
        """The signature, a line break and the body, written an entry at a time: a file of
        40,000 records is never one JSON value in memory. The signature, over the body, is
        written last, over the placeholder that keeps its place."""
        signer = hmac.new(self.secret, digestmod=hashlib.sha256)
        stream.write(b"0" * signer.digest_size * 2 + b"\n")
        for piece in _body_pieces(key, result):
            signer.update(piece)
            stream.write(piece)
        stream.seek(0)
        stream.write(signer.hexdigest().encode())

    def _read(self, stream: BinaryIO, key: str, entries: _Entries, at: Source | None) -> FileResult:
        """An entry read a line at a time: nothing it holds is returned unless the signature
        over all of it matches, checked once its last line is read."""
        signature = stream.readline().rstrip(b"\n")
        signer = hmac.new(self.secret, digestmod=hashlib.sha256)
        head = stream.readline()
        signer.update(head)
        data = orjson.loads(head)
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
            raise CacheEntryError("not an entry of this key")
        result = _result_from(data["result"])
        old = str(result.source.path)
        for line in stream:
            signer.update(line)
            entry = orjson.loads(line)
            if not isinstance(entry, dict):
                raise CacheEntryError("an entry is not an object")
            entry = document_from_json(entry)
            entries.append(entry if at is None else relocated(entry, old, at))
        if not hmac.compare_digest(signature, signer.hexdigest().encode()):
            raise CacheEntryError("signature does not match")
        if at is not None:
            result = result.at(at)  # no entries yet: its problems and names
        return replace(result, entries=entries.done())

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / key[2:]

    def _mark_folder(self) -> None:
        top = self.folder.parent
        for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", GITIGNORE)):
            marker = top / name
            if not marker.exists():
                marker.write_text(text)


def _secret() -> bytes | None:
    """The per-user signing secret, made on first use; None when it cannot be read or kept."""
    try:
        path = cache_dir() / SECRET_NAME
    except RuntimeError:  # no home folder to find the user cache in
        return None
    try:
        secret = path.read_bytes()
        if len(secret) >= 32:
            return secret
    except OSError:
        pass
    fresh = secrets.token_bytes(32)
    if not store(path, fresh):
        return None
    os.chmod(path, 0o600)
    return path.read_bytes()  # another process may have won the race: use what is on disk


def _body_pieces(key: str, result: FileResult) -> Iterator[bytes]:
    """The entry's lines after its signature: the result without its report entries, then
    each of them (JSON never holds a raw line break)."""
    data = {"format": FORMAT, "key": key, "result": _result_data(result, entries=False)}
    yield orjson.dumps(data) + b"\n"
    for entry in result.entries:
        yield orjson.dumps(document_json(entry)) + b"\n"


class _Entries:
    """A hit's entries, in memory while they are few, then in a spool."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder
        self._held: list[DocumentEntry] = []
        self._spool: EntrySpool | None = None

    def append(self, entry: DocumentEntry) -> None:
        self._held.append(entry)
        if len(self._held) >= HELD_ENTRIES:
            if self._spool is None:
                self._spool = EntrySpool(self._folder)
            self._spool.extend(self._held)
            self._held = []

    def done(self) -> tuple[DocumentEntry, ...] | Sequence[DocumentEntry]:
        if self._spool is None:
            return tuple(self._held)
        self._spool.extend(self._held)
        return self._spool.whole()

    def discard(self) -> None:
        if self._spool is not None:
            self._spool.close()


def _result_data(result: FileResult, entries: bool = True) -> dict[str, Any]:
    output = result.output
    assert not isinstance(output, Path)  # `put` keeps spool files out of the cache
    return {
        "path": str(result.source.path),
        "root": None if result.source.root is None else str(result.source.root),
        "entries": [document_json(entry) for entry in result.entries] if entries else [],
        "problems": [[p.path, p.line, p.message, p.fatal] for p in result.problems],
        "output": None if output is None else base64.b64encode(output).decode("ascii"),
        "target_name": result.target_name,
        "size": result.size,
    }


def _result_from(data: dict[str, Any]) -> FileResult:
    root = data["root"]
    entries = data["entries"]
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CacheEntryError("entries are not objects")
    output = data["output"]
    return FileResult(
        source=Source(Path(_text(data["path"])), None if root is None else Path(_text(root))),
        entries=tuple(document_from_json(entry) for entry in entries),
        problems=tuple(_problem(item) for item in data["problems"]),
        output=None if output is None else base64.b64decode(_text(output), validate=True),
        target_name=_text(data["target_name"]),
        size=_number(data["size"]),
    )


def _problem(item: Any) -> Problem:
    path, line, message, fatal = item
    if line is not None:
        line = _number(line)
    if not isinstance(fatal, bool):
        raise CacheEntryError("fatal is not a boolean")
    return Problem(_text(path), line, _text(message), fatal)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise CacheEntryError("expected a string")
    return value


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise CacheEntryError("expected an integer")
    return value
