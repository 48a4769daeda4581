"""Processing many files on several cores, with the same results, in the same order, as one.

Each worker receives the `Job` (compiled rules included) once, when it starts, and then only
file names, or the batches of records of a big JSONL file, or the row groups of a big Parquet
file. Work is handed out in windows of bounded size, so a corpus of a million files (or a shard
of a million records) never has a million pending tasks in memory, and results come back in
input order.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from scrapelint.io.formats import Problem
from scrapelint.io.interrupt import ignore_in_worker
from scrapelint.io.sources import Source
from scrapelint.report.file_result import FileResult
from scrapelint.run.parquet_rows import Group, GroupResult, process_one, process_parquet
from scrapelint.run.pipeline import Job, is_big_jsonl, is_big_parquet, run_one
from scrapelint.run.streaming import Batch, BatchResult, process_batch, process_stream
from scrapelint.text.pattern_store import stop_recording

# Files per task: large enough to amortise the round trip, small enough to balance the cores.
CHUNK = 4
# Tasks in flight per worker; bounds memory whatever the corpus size.
WINDOW_PER_JOB = 64
# Batches of a big JSONL file in flight per worker (each a few thousand records).
BATCHES_PER_JOB = 2

_job: Job | None = None


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def process_all(items: Iterable[Source | Problem], job: Job, jobs: int = 1) -> Iterator[FileResult]:
    """A `FileResult` per item, in order; problems found while discovering pass straight through."""
    iterator = iter(items)
    window = list(itertools.islice(iterator, jobs * WINDOW_PER_JOB))
    if jobs <= 1 or (len(window) < jobs * CHUNK and not any(map(_is_big, window))):
        # A handful of files (a pre-commit hook) is done before a pool would have started.
        yield from (run_one(item, job) for item in itertools.chain(window, iterator))
        return
    import multiprocessing  # here: a hook run on a few files never starts a pool (12 ms)

    # The workers' spools of report entries, until this process takes them over (`entry_spool`);
    # whatever a stopped or failed run leaves in it goes with it.
    folder = Path(tempfile.mkdtemp(prefix="scrapelint-run."))
    job = replace(job, spool_folder=folder)
    try:
        with multiprocessing.get_context("fork").Pool(jobs, _start_worker, (job,)) as pool:
            while window:
                yield from _window(pool, window, job, jobs)
                window = list(itertools.islice(iterator, jobs * WINDOW_PER_JOB))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _window(pool, window: list[Source | Problem], job: Job, jobs: int) -> Iterator[FileResult]:
    """The files of a window, in order: small ones shared out whole, and the batches of a big
    JSONL file shared out among the workers while this process writes the cleaned stream."""
    small: list[Source | Problem] = []
    for item in window:
        if isinstance(item, Source) and is_big_parquet(item):
            # Its row groups are shared out the same way, and written here.
            yield from pool.imap(_work, small, chunksize=CHUNK)
            small = []
            settings = job.settings_for(item.path)
            groups = partial(_map_groups, pool, jobs)
            keep = job.keep_text
            yield process_parquet(
                item, settings, applied=job.applied, keep_text=keep, mapper=groups
            )
        elif isinstance(item, Source) and is_big_jsonl(item):
            yield from pool.imap(_work, small, chunksize=CHUNK)
            small = []
            settings = job.settings_for(item.path)
            mapper = partial(_map_batches, pool, jobs)
            yield process_stream(item, settings, applied=job.applied, mapper=mapper)
        else:
            small.append(item)
    yield from pool.imap(_work, small, chunksize=CHUNK)


def _map_batches(pool, jobs: int, batches: Iterator[Batch]) -> Iterator[BatchResult]:
    # A bounded window of batches at a time: Pool.imap would read the whole file ahead.
    while window := list(itertools.islice(batches, jobs * BATCHES_PER_JOB)):
        yield from pool.imap(_work_batch, window)


def _map_groups(pool, jobs: int, groups: Iterator[Group]) -> Iterator[GroupResult]:
    # A row group may be large (often 100 MB): one in flight per worker, and one waiting.
    while window := list(itertools.islice(groups, jobs * BATCHES_PER_JOB)):
        yield from pool.imap(_work_group, window)


def _is_big(item: Source | Problem) -> bool:
    return isinstance(item, Source) and (is_big_jsonl(item) or is_big_parquet(item))


def _start_worker(job: Job) -> None:
    global _job
    ignore_in_worker()
    stop_recording()  # a worker ends without saving: the codes it made would be lost work
    _job = job


def _work(item: Source | Problem) -> FileResult:
    assert _job is not None, "worker started without its job"
    return run_one(item, _job)


def _work_group(group: Group) -> GroupResult:
    assert _job is not None, "worker started without its job"
    settings = _job.settings_for(group.source.path)
    return process_one(group, settings=settings, applied=_job.applied, keep_text=_job.keep_text)


def _work_batch(batch: Batch) -> BatchResult:
    assert _job is not None, "worker started without its job"
    settings = _job.settings_for(batch.source.path)
    return process_batch(batch, settings=settings, applied=_job.applied)
