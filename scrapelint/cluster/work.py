"""What a Ray worker does with a batch of pieces: clean each with the API, return plain columns.

The `Linter` travels pickled as its configuration (it rebuilds its rules in the worker); results
go back as the report's entries in JSON (the standard library's, which carries the lone
surrogates that stand for bytes that are not UTF-8), problems, and the cleaned bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa

from scrapelint.api.linter import Linter
from scrapelint.api.pieces import lines_piece, rows_piece, settings_of
from scrapelint.cluster.pieces_source import BROKEN, LINES, from_ipc, to_ipc
from scrapelint.io.encodings import is_blank
from scrapelint.io.formats import Problem
from scrapelint.io.sources import Source, read_problem
from scrapelint.report.json_form import document_json
from scrapelint.report.model import DocumentEntry
from scrapelint.run.process import Settings


@dataclass(frozen=True)
class Work:
    linter: Linter
    fix: bool
    applied: bool
    add_metadata: bool = False
    keep_text: bool = False  # entries carry each document's text (for the HTML report)
    ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per-file-ignores

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = [self._piece(row) for row in batch.to_pylist()]
        return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)

    def _piece(self, row: dict) -> dict:
        path = row["path"]
        source = Source(Path(path), None)
        settings = self._settings(path)
        out = {k: row[k] for k in ("path", "first", "last")}
        if row["kind"] == BROKEN:
            problem = read_problem(source.path, OSError(row["data"].decode("utf-8")))
            return out | _nothing() | {"problems": _problems((problem,)), "broken": True}
        if row["kind"] == LINES:
            raw = row["data"]
            result = lines_piece(
                settings, source, row["first"], raw, applied=self.applied, keep_text=self.keep_text
            )
            return out | {
                "entries": _entries(result.entries),
                "undecodable": _problems(result.undecodable),
                "problems": _problems(result.problems),
                "cleaned": result.cleaned,
                "size": result.size,
                "changed": result.changed,
                "blank": is_blank(raw),
                "broken": False,
            }
        table = from_ipc(row["data"])
        group = rows_piece(
            settings, source, table, row["first"], applied=self.applied, keep_text=self.keep_text
        )
        return out | {
            "entries": _entries(group.entries),
            "undecodable": "[]",
            "problems": _problems(group.problems),
            "cleaned": to_ipc(group.table) if group.table is not None else None,
            "size": 0,
            "changed": group.changed,
            "blank": table.num_rows == 0,
            "broken": False,
        }

    def _settings(self, path: str) -> Settings:
        ignore = self.ignores.get(path, ())
        return settings_of(self.linter, fix=self.fix, add_metadata=self.add_metadata, ignore=ignore)


RESULT_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("first", pa.int64()),
        ("last", pa.bool_()),
        ("entries", pa.string()),
        ("undecodable", pa.string()),
        ("problems", pa.string()),
        ("cleaned", pa.binary()),
        ("size", pa.int64()),
        ("changed", pa.bool_()),
        ("blank", pa.bool_()),
        ("broken", pa.bool_()),
    ]
)


def _nothing() -> dict:
    empty = "[]"
    return {
        "entries": empty,
        "undecodable": empty,
        "problems": empty,
        "cleaned": None,
        "size": 0,
        "changed": False,
        "blank": False,
        "broken": False,
    }


def _problems(problems: tuple[Problem, ...]) -> str:
    return json.dumps([asdict(p) for p in problems])


def problems_of(text: str) -> list[Problem]:
    return [Problem(**fields) for fields in json.loads(text)]


def _entries(entries: Sequence[DocumentEntry]) -> str:
    return json.dumps([document_json(entry) for entry in entries])
