"""Compiled regular expressions kept between runs, beside the package's own bytecode.

Python's `re` compiles a pattern in two steps: parsing it and generating its code, in pure
Python, then handing that code (a list of integers) to `_sre.compile`, in C. For the 129 patterns
a 3-file hook run uses, the first step took 46 ms and the second 0.6 ms: a seventh of the run.
This store keeps each pattern's code, so a later process only does the second step.

Trust: `_sre` validates the code it is given, but not against everything (a randomly damaged
code crashed the interpreter when we tried). So the store is written and read only where Python
keeps the package's compiled modules (`scrapelint/__pycache__`, under the same trust: whoever
can write there can already run code as the user; for an editable install that is the
repository's own folder, never a corpus's working tree), never in the user's cache folder,
and a digest of its content turns a torn or damaged file into no store at all. Each code
is checked when it is made: it is kept only if the pattern it makes equals `re.compile`'s (a
compiled pattern compares its source, flags and code; its groups' names are compared too). The
file is named after the interpreter's version, cache tag, byte order and `_sre`'s magic number,
so another Python never reads it, and any Python whose `re` is built differently compiles as
before.

The command line opens the store (`open_store`, unless `SCRAPELINT_NO_CACHE=1`); a Python that
writes no bytecode (`PYTHONDONTWRITEBYTECODE`) reads it but writes none. A program using the API
compiles as `re` does: a long-running process gains nothing from it.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import hashlib
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

try:  # The internals of `re` on CPython 3.11 and later; elsewhere patterns compile as before.
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    # Patch releases share a cache tag and `_sre.MAGIC` but not always `re`'s code generator
    # (3.11.2 and 3.11.7 give one pattern different codes); the code is packed in native order.
    _VERSION = hashlib.sha256(sys.version.encode()).hexdigest()[:12]
    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}-{_VERSION}"
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _TAG = ""

FORMAT = 1
LIMIT = 1000  # patterns kept: the package's are about 300; a user's packs add theirs
MAX_BYTES = 2_000_000  # and their size: reading a store must cost less than it saves
_WORD = next(code for code in "IL" if array(code).itemsize == 4)  # one code unit of `_sre`
# (final flags, code, groups, group index, index group): what `_sre.compile` takes after the source
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# Writes bytes to a path atomically; False when it could not (`io.user_cache.store`).
Writer = Callable[[Path, bytes], bool]


class PatternStore:
    """The codes of compiled patterns, read from `path` when first asked and written back (merged
    with what another process wrote meanwhile) by `save`."""

    def __init__(self, path: Path | None, write: Writer, recording: bool = True) -> None:
        self.path = path
        self._write = write
        # Making a code parses the pattern a second time: only worth it when it will be saved.
        self.recording = recording
        self._known: dict[str, list[Any]] | None = None
        self._new: dict[str, list[Any]] = {}
        self._used: set[str] = set()

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(source, flags)`, from the stored code when there is one."""
        flags = int(flags)
        if self.path is None or flags & re.DEBUG:
            return re.compile(source, flags)
        key = f"{flags}:{source!r}"  # repr: a source may hold lone surrogates, JSON may not
        stored = self._read().get(key) or self._new.get(key)
        if stored is not None:
            try:
                pattern = _sre.compile(source, *_entry(stored))
            except (TypeError, ValueError, RuntimeError, OverflowError):
                pass  # a store this interpreter cannot read: compile as if it were not there
            else:
                self._used.add(key)
                return pattern
        pattern = re.compile(source, flags)
        made = _made(source, flags, pattern) if self.recording else None
        if made is not None:
            self._new[key] = made
        return pattern

    def save(self) -> bool:
        """Write the codes made in this process, if any, with those already stored."""
        if self.path is None or not self._new:
            return False
        merged = _trimmed({**_load(self.path), **self._new}, self._used | self._new.keys())
        try:
            body = orjson.dumps({"format": FORMAT, "tag": _TAG, "patterns": merged})
        except TypeError:  # a group name JSON cannot hold: run without the store
            return False
        written = self._write(self.path, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        if written:
            self._new.clear()
            with contextlib.suppress(OSError):  # readable as the package's bytecode is
                self.path.chmod(Path(__file__).stat().st_mode & 0o666)
        return written

    def _read(self) -> dict[str, list[Any]]:
        if self._known is None:
            self._known = _load(self.path) if self.path is not None else {}
        return self._known


def _trimmed(patterns: dict[str, list[Any]], fresh: set[str]) -> dict[str, list[Any]]:
    """At most `LIMIT` patterns and `MAX_BYTES`: those this run used or made last, so they stay,
    the others dropped oldest first (an edited pack's old patterns, another version's)."""
    order = [k for k in patterns if k not in fresh] + [k for k in patterns if k in fresh]
    size = sum(len(k) + len(patterns[k][1]) for k in order)
    while order and (len(order) > LIMIT or size > MAX_BYTES):
        dropped = order.pop(0)
        size -= len(dropped) + len(patterns[dropped][1])
    return {key: patterns[key] for key in order}


def _made(source: str, flags: int, pattern: re.Pattern[str]) -> list[Any] | None:
    """The stored form of `pattern`'s code, made as `re` makes it and kept only if the pattern it
    makes is `pattern` (so a `re` of another shape stores nothing)."""
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        groups = parsed.state.groups - 1
        made = [flags | parsed.state.flags, _packed(code), groups, groupindex, indexgroup]
        rebuilt = _sre.compile(source, *_entry(made))
        # A pattern compares its source, flags and code, not its groups' count and names.
        if rebuilt != pattern or rebuilt.groups != pattern.groups:
            return None
        if rebuilt.groupindex != pattern.groupindex:
            return None
    except Exception:
        return None
    return made


def _entry(stored: list[Any]) -> Entry:
    final_flags, packed, groups, groupindex, indexgroup = stored
    code = array(_WORD)
    code.frombytes(base64.b64decode(packed))
    return final_flags, code.tolist(), groups, groupindex, tuple(indexgroup)


def _packed(code: list[int]) -> str:
    return base64.b64encode(array(_WORD, code).tobytes()).decode("ascii")


def _load(path: Path) -> dict[str, list[Any]]:
    """The stored patterns, or none when the file is missing, damaged or of another Python."""
    try:
        digest, _, body = path.read_bytes().partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return {}
        data = orjson.loads(body)
    except (OSError, orjson.JSONDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("tag") != _TAG:
        return {}
    patterns = data.get("patterns")
    return patterns if isinstance(patterns, dict) else {}


def default_path() -> Path | None:
    """Where the package keeps its compiled modules; None on a Python whose `re` differs, or
    one that keeps bytecode elsewhere (`PYTHONPYCACHEPREFIX`): this folder is then not one
    Python trusts."""
    if not _TAG or sys.pycache_prefix:
        return None
    return Path(__file__).resolve().parents[1] / "__pycache__" / f"patterns.{_TAG}.json"


_STORE: PatternStore | None = None


def open_store(write: Writer) -> None:
    """Compile patterns from the package's store from now on, and write the ones compiled anew
    when the process ends (unless Python writes no bytecode)."""
    global _STORE
    _STORE = PatternStore(default_path(), write, recording=not sys.dont_write_bytecode)
    if _STORE.path is not None and _STORE.recording:
        atexit.register(_STORE.save)


def stop_recording() -> None:
    """Read the store but make no codes: a worker process ends without saving them."""
    if _STORE is not None:
        _STORE.recording = False


def compile_pattern(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the store once one is open (see the module)."""
    if _STORE is None:
        return re.compile(source, flags)
    return _STORE.compile(source, int(flags))
