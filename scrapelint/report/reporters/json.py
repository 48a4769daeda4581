"""JSON and JSON Lines reports (orjson: several times faster than `json` on large reports).

Both are written as a stream of pieces, a document at a time, so a report of any size is never
one string in memory; the JSON is byte for byte what orjson's two-space indentation gives for
the whole report at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from scrapelint.io.writer import write_atomic_pieces
from scrapelint.report.annotate import readable
from scrapelint.report.json_form import (
    document_json,
    problem_json,
    report_json,
    summary_json,
    working_directory_json,
)
from scrapelint.report.model import Report

# A document whose JSON is longer than this is indented a line at a time, each line a view of
# the dump: a page's text on one line, quoted by its findings, is never copied whole again.
LONG_DUMP = 1 << 20


def _dump(data: object, option: int = 0) -> bytes:
    # Lone surrogates (bytes that were not UTF-8, kept as escapes) cannot go into JSON as they are.
    try:
        return orjson.dumps(data, option=option, default=str)
    except TypeError:
        return orjson.dumps(_scrub(data), option=option, default=str)


def _dumps(data: object, option: int = 0) -> str:
    return _dump(data, option).decode("utf-8")


def render_json(report: Report) -> str:
    return "".join(json_pieces(report))


def json_pieces(report: Report) -> Iterator[str]:
    """The report as indented JSON, in pieces: the documents one by one."""
    return data_pieces(report_json(report))


def render_data(data: dict) -> str:
    """Plain data (a report's, or another format's built from it) as indented JSON."""
    return "".join(data_pieces(data))


def data_pieces(report: dict) -> Iterator[str]:
    """`report` as indented JSON, in pieces: its `documents`, if any, one by one."""
    return (str(piece, "utf-8") for piece in _byte_pieces(report))


def _byte_pieces(report: dict) -> Iterator[bytes | memoryview]:
    """`data_pieces`, as UTF-8 (cut only at line breaks, so no character is cut)."""
    yield from _value_pieces(report, b"\n")
    yield b"\n"


def _value_pieces(value: object, newline: bytes) -> Iterator[bytes | memoryview]:
    """`value` indented as orjson indents it, on a line that `newline` starts. An iterator in it
    (the report's documents, a SARIF run's results) is a list written an item at a time; its
    items are plain data."""
    if isinstance(value, Iterator):
        yield from _list_pieces(value, newline)
    elif not _streams(value):
        yield from _indented(value, newline)
    elif isinstance(value, dict):
        yield b"{"
        for number, (key, item) in enumerate(value.items()):
            yield b"," * bool(number) + newline + b"  " + _dump(key) + b": "
            yield from _value_pieces(item, newline + b"  ")
        yield newline + b"}"
    else:
        assert isinstance(value, list)
        yield b"["
        for number, item in enumerate(value):
            yield b"," * bool(number) + newline + b"  "
            yield from _value_pieces(item, newline + b"  ")
        yield newline + b"]"


def _streams(value: object) -> bool:
    """Whether `value` holds an iterator to write an item at a time."""
    if isinstance(value, Iterator):
        return True
    if isinstance(value, dict):
        return any(_streams(item) for item in value.values())
    if isinstance(value, list):
        return any(_streams(item) for item in value)
    return False


def _list_pieces(items: Iterable[object], newline: bytes) -> Iterator[bytes | memoryview]:
    inner = newline + b"  "
    empty = True
    for item in items:
        yield (b"[" if empty else b",") + inner
        yield from _indented(item, inner)
        empty = False
    yield b"[]" if empty else newline + b"]"


def _indented(value: object, newline: bytes) -> Iterator[bytes | memoryview]:
    # JSON strings hold no raw line break, so every "\n" of the dump starts a line to indent.
    dumped = _dump(value, orjson.OPT_INDENT_2)
    if len(dumped) <= LONG_DUMP:
        yield dumped.replace(b"\n", newline)
        return
    view, start = memoryview(dumped), 0
    while (end := dumped.find(b"\n", start)) != -1:
        yield view[start:end]
        yield newline
        start = end + 1
    yield view[start:]


def write_json(path: Path, report: Report) -> None:
    """The report as JSON in `path` (`fix --report`), atomically, written as it is made. It
    also names the folder the run was in, which its relative paths start from (`restore` run
    from elsewhere finds the files by it)."""
    data = report_json(report)
    data |= working_directory_json(os.getcwd())
    write_atomic_pieces(path, _byte_pieces(data))


def render_jsonl(report: Report) -> str:
    return "".join(jsonl_pieces(report))


def jsonl_pieces(report: Report) -> Iterator[str]:
    """One document a line, then the summary: a huge corpus can be read as a stream."""
    for entry in report.documents:
        yield _dumps(document_json(entry))  # never copied to add its line break
        yield "\n"
    errors = [problem_json(problem) for problem in report.errors]
    yield _dumps({"summary": summary_json(report.summary), "errors": errors}) + "\n"


def _scrub(value: object) -> object:
    """Replace undecodable-byte escapes with backslash escapes, which JSON can carry."""
    if isinstance(value, str):
        return readable(value)
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value
