"""A processed file as values: its report entries, input problems and cleaned bytes.

Workers turn each processed file (documents, engine results) into a `FileResult` before handing it
back, so what crosses processes, goes into the cache and stays in memory for the final report is
small: entries, not documents. Once the cleaned file is written, the bytes are dropped too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from scrapelint.io.formats import Problem
from scrapelint.io.sources import Source
from scrapelint.report.model import DocumentEntry


@dataclass(frozen=True)
class FileResult:
    source: Source
    entries: Sequence[DocumentEntry] = ()  # a tuple, or read from disk (`entry_spool`)
    problems: tuple[Problem, ...] = ()
    output: bytes | Path | None = None  # a Path: a spool file the cleaned stream was written to
    target_name: str = ""
    size: int = 0  # bytes read (decompressed)

    @property
    def path(self) -> str:
        return str(self.source.path)

    @property
    def unreadable(self) -> bool:
        return any(problem.fatal for problem in self.problems) and not self.entries

    def at(self, source: Source) -> FileResult:
        """This result (from the cache) for the same bytes found at `source`: the report names
        the file as this run reaches it, and where this run writes it."""
        old = str(self.source.path)
        entries = tuple(relocated(entry, old, source) for entry in self.entries)
        problems = tuple(
            replace(p, path=str(source.path)) if p.path == old else p for p in self.problems
        )
        return replace(
            self, source=source, entries=entries, problems=problems, target_name=source.kind.target
        )

    def without_output(self) -> FileResult:
        return replace(self, output=None) if self.output is not None else self


def relocated(entry: DocumentEntry, old: str, source: Source) -> DocumentEntry:
    """`entry` of the file at `old`, now found at `source`."""
    path = str(source.path) if entry.path == old else entry.path
    cleaned = None if entry.cleaned_path is None else cleaned_path(source)
    return replace(entry, path=path, cleaned_path=cleaned)


def cleaned_path(source: Source) -> str:
    """Where `fix` writes `source`'s cleaned text, relative to `--out` (or beside the input)."""
    return str(source.relative.with_name(source.kind.target))
