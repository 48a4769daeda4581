"""Processing many files on several cores, with the same results, in the same order, as one.

Each worker receives the run's settings (compiled rules included) once, when it starts, and then
only file names. Files are handed out in windows of bounded size, so a corpus of a million files
never has a million pending tasks in memory, and reports come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Iterable, Iterator

from scrapelint.formats import Problem
from scrapelint.runner import FileReport, Settings, process
from scrapelint.sources import Source

# Files per task: large enough to amortise the round trip, small enough to balance the cores.
CHUNK = 4
# Tasks in flight per worker; bounds memory whatever the corpus size.
WINDOW_PER_JOB = 64

_settings: Settings | None = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def process_all(
    items: Iterable[Source | Problem], settings: Settings, jobs: int = 1
) -> Iterator[FileReport]:
    """A `FileReport` per item, in order; problems found while discovering pass straight through."""
    if jobs <= 1:
        yield from (_one(item, settings) for item in items)
        return
    with multiprocessing.get_context("fork").Pool(jobs, _start_worker, (settings,)) as pool:
        iterator = iter(items)
        while window := list(itertools.islice(iterator, jobs * WINDOW_PER_JOB)):
            yield from pool.imap(_work, window, chunksize=CHUNK)


def _one(item: Source | Problem, settings: Settings) -> FileReport:
    if isinstance(item, Source):
        return process(item, settings)
    from pathlib import Path

    return FileReport(Source(Path(item.path), None), problems=(item,))


def _start_worker(settings: Settings) -> None:
    global _settings
    _settings = settings


def _work(item: Source | Problem) -> FileReport:
    assert _settings is not None, "worker started without settings"
    return _one(item, _settings)
