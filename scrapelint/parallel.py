"""Processing many files on several cores, with the same results, in the same order, as one.

Each worker receives the `Job` (compiled rules included) once, when it starts, and then only
file names. Files are handed out in windows of bounded size, so a corpus of a million files never
has a million pending tasks in memory, and results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Iterable, Iterator

from scrapelint.file_result import FileResult
from scrapelint.formats import Problem
from scrapelint.pipeline import Job, run_one
from scrapelint.sources import Source

# Files per task: large enough to amortise the round trip, small enough to balance the cores.
CHUNK = 4
# Tasks in flight per worker; bounds memory whatever the corpus size.
WINDOW_PER_JOB = 64

_job: Job | None = None


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def process_all(items: Iterable[Source | Problem], job: Job, jobs: int = 1) -> Iterator[FileResult]:
    """A `FileResult` per item, in order; problems found while discovering pass straight through."""
    iterator = iter(items)
    window = list(itertools.islice(iterator, jobs * WINDOW_PER_JOB))
    if jobs <= 1 or len(window) < jobs * CHUNK:
        # A handful of files (a pre-commit hook) is done before a pool would have started.
        yield from (run_one(item, job) for item in itertools.chain(window, iterator))
        return
    with multiprocessing.get_context("fork").Pool(jobs, _start_worker, (job,)) as pool:
        while window:
            yield from pool.imap(_work, window, chunksize=CHUNK)
            window = list(itertools.islice(iterator, jobs * WINDOW_PER_JOB))


def _start_worker(job: Job) -> None:
    global _job
    _job = job


def _work(item: Source | Problem) -> FileResult:
    assert _job is not None, "worker started without its job"
    return run_one(item, _job)
