"""`--engine ray`: Ray Data reads JSONL (plain, .gz, .zst) and Parquet files in pieces and cleans
them in `map_batches` with the API, on a cluster (`--address`) or on a local one started for the
run. This process puts each file's pieces back together, in order: the cleaned file goes to a
spool the command line moves into place, and the entries to the report, exactly as a local run
would leave them. Other files (text, Markdown, pages) are processed here, as a local run does;
in object storage (`object_store`) they are named and left alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from scrapelint.api.linter import Linter
from scrapelint.cluster.object_store import StoredSource, open_parquet_in, size_of
from scrapelint.io.formats import Problem
from scrapelint.io.parquet import ParquetSpool, codec
from scrapelint.io.sources import Source
from scrapelint.report.file_result import FileResult
from scrapelint.report.model import DocumentEntry
from scrapelint.run.pipeline import Job, run_one
from scrapelint.run.streaming import BATCH_RECORDS, Spool

# JSONL lines per piece: the batch a local run streams a big file in.
LINES_PER_PIECE = BATCH_RECORDS
NEEDS_RAY = "--engine ray needs Ray Data: pip install 'scrapelint[ray]'"
NOT_STORED = "not read: in object storage, --engine ray reads JSONL and Parquet files only"


@dataclass(frozen=True)
class Cluster:
    address: str | None = None  # None: start a local cluster for the run
    cpus: int | None = None  # of that local cluster
    quiet: bool = False


def ray_missing() -> bool:
    try:
        import pyarrow  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        return True
    return False


def on_ray(
    items: Iterable[Source | Problem], job: Job, linter: Linter, cluster: Cluster
) -> Iterator[FileResult]:
    """A `FileResult` per item, in order, the JSONL and Parquet files cleaned on Ray."""
    found = list(items)
    ours = [item for item in found if isinstance(item, Source) and _ours(item)]
    early = {s.path: _unusable(s, linter.text_field) for s in ours if s.kind.is_parquet}
    shared = [source for source in ours if early.get(source.path) is None]
    pieces = _results(shared, job, linter, cluster) if shared else iter(())
    done: dict[str, FileResult] = {}
    for item in found:
        if isinstance(item, StoredSource) and not _ours(item):
            yield FileResult(item, problems=(Problem(str(item.path), None, NOT_STORED),))
            continue
        if not isinstance(item, Source) or not _ours(item):
            yield run_one(item, job)
            continue
        problem = early.get(item.path)
        if problem is not None:
            yield FileResult(item, problems=(problem,))
            continue
        key = str(item.path)
        while key not in done:
            finished = next(pieces)
            done[str(finished.source.path)] = finished
        yield done.pop(key)


def _ours(source: Source) -> bool:
    return source.kind.streams  # JSONL read by batches of lines, Parquet by row groups


def _unusable(source: Source, text_field: str) -> Problem | None:
    """What makes a Parquet file unreadable as a whole, found before Ray reads it."""
    file = open_parquet_in(source)
    if isinstance(file, Problem):
        return file
    if text_field not in file.schema_arrow.names:
        return Problem(str(source.path), None, f"no column {text_field!r}; kept as is", fatal=True)
    return None


def _results(
    sources: list[Source], job: Job, linter: Linter, cluster: Cluster
) -> Iterator[FileResult]:
    """Each file's result as its last piece comes back."""
    from scrapelint.cluster.work import Work

    connect(cluster)
    by_key = {str(s.path): s for s in sources}
    first = job.settings_for(sources[0].path)
    work = Work(
        linter,
        fix=first.fix,
        applied=job.applied,
        add_metadata=first.add_metadata,
        keep_text=job.keep_text,
        ignores={key: codes for key, s in by_key.items() if (codes := _ignored(job, linter, s))},
    )
    files: dict[str, _File] = {}
    for batch in _cleaned(sources, work):
        for row in batch.to_pylist():
            key = row["path"]
            file = files.get(key) or files.setdefault(key, _File(by_key[key], first.fix))
            file.add(row)
            if row["last"]:
                result = files.pop(key).result()
                # Workers know the file by its path alone: where it is written under `--out`
                # (relative to its folder argument) goes into its entries here.
                yield result.at(by_key[key]) if result.entries else result


def _cleaned(sources: list[Source], work: Any) -> Iterator[Any]:
    """The cleaned pieces of `sources`, in order: one Ray read per file system (local files,
    and each store), since a datasource reads through one."""
    import ray.data

    from scrapelint.cluster.pieces_source import PiecesSource

    for filesystem, paths in _by_filesystem(sources):
        source = PiecesSource(paths, LINES_PER_PIECE, filesystem=filesystem)
        dataset = ray.data.read_datasource(source)
        cleaned = dataset.map_batches(
            work, batch_size=1, batch_format="pyarrow", zero_copy_batch=True
        )
        yield from cleaned.iter_batches(batch_size=None, batch_format="pyarrow")


def _by_filesystem(sources: list[Source]) -> list[tuple[Any, list[str]]]:
    """The files' paths grouped by the file system they are read through (None: local), in
    order of first appearance."""
    groups: list[tuple[Any, list[str]]] = []
    for source in sources:
        filesystem = source.filesystem if isinstance(source, StoredSource) else None
        group = next((g for g in groups if _same(g[0], filesystem)), None)
        if group is None:
            group = (filesystem, [])
            groups.append(group)
        group[1].append(str(source.path))
    return groups


def _same(one: Any, other: Any) -> bool:
    return one is other or (one is not None and other is not None and one.equals(other))


def _ignored(job: Job, linter: Linter, source: Source) -> tuple[str, ...]:
    """The codes `per-file-ignores` take away from the file's rules."""
    kept = {rule.meta.code for rule in job.settings_for(source.path).rules}
    return tuple(rule.meta.code for rule in linter.rules if rule.meta.code not in kept)


class ClusterError(Exception):
    """Ray could not be started or joined; the message says which and why."""


def connect(cluster: Cluster) -> None:
    """Join the cluster at `cluster.address`, or start a local one, unless Ray runs already."""
    import ray
    from ray.data import DataContext

    context = DataContext.get_current()
    context.execution_options.preserve_order = True  # pieces come back in file order
    context.enable_progress_bars = not cluster.quiet
    if ray.is_initialized():
        return
    try:
        if cluster.address:
            ray.init(address=cluster.address, logging_level=logging.WARNING)
        else:
            ray.init(num_cpus=cluster.cpus, include_dashboard=False, logging_level=logging.WARNING)
    except Exception as error:  # ConnectionError, RuntimeError, ValueError: Ray has no base
        where = cluster.address or "a local cluster"
        raise ClusterError(f"cannot start Ray on {where}: {error}") from None


@dataclass
class _File:
    """One file's pieces, put back together as they come."""

    source: Source
    fix: bool
    entries: list[DocumentEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    undecodable: list[Problem] = field(default_factory=list)
    size: int = 0
    changed: bool = False
    blank: bool = True
    broken: bool = False  # the file could not be read to its end
    spool: Any = None

    def add(self, row: dict) -> None:
        import json

        from scrapelint.cluster.pieces_source import from_ipc
        from scrapelint.cluster.work import problems_of
        from scrapelint.report.json_read import document_from_json

        self.entries += map(document_from_json, json.loads(row["entries"]))
        self.undecodable += problems_of(row["undecodable"])
        self.problems += problems_of(row["problems"])
        self.size += row["size"]
        self.changed = self.changed or row["changed"]
        self.blank = self.blank and row["blank"]
        self.broken = self.broken or row["broken"]
        if self.fix and row["cleaned"] is not None:
            self._spool().write(from_ipc(row["cleaned"]) if self._parquet else row["cleaned"])

    @property
    def _parquet(self) -> bool:
        return self.source.kind.is_parquet

    def _spool(self) -> Any:
        if self.spool is None:
            target = self.source.kind.target
            parquet = self._parquet
            self.spool = (
                ParquetSpool(target, codec(open_parquet_in(self.source)))
                if parquet
                else Spool(self.source.kind)
            )
        return self.spool

    def result(self) -> FileResult:
        path, target = self.source.path, self.source.kind.target
        size = size_of(self.source) if self._parquet else self.size
        if self.broken:  # as a local run: the file is named, left as it was, its entries dropped
            if self.spool is not None:
                self.spool.discard()
            return FileResult(self.source, problems=tuple(self.problems[-1:]))
        if self.blank and not self._parquet:
            if self.spool is not None:
                self.spool.discard()
            return FileResult(
                self.source, (), (Problem(str(path), None, "empty file"),), None, target, size
            )
        output = None
        if self.spool is not None:
            output = self.spool.finish() if self.changed else None
            if not self.changed:
                self.spool.discard()
        problems = (*self.undecodable, *self.problems)
        return FileResult(self.source, tuple(self.entries), problems, output, target, size)
