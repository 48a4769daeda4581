"""One file from path to `FileResult`: read, look up the cache, process, summarise, store.

A `Job` holds everything a worker needs, so the same function serves one process or many.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scrapelint.io.formats import Problem
from scrapelint.io.sources import Oversized, Source, StdinSource, read_bytes, text_bytes
from scrapelint.report.file_result import FileResult
from scrapelint.run.entries import summarize_file
from scrapelint.run.parquet_rows import process_parquet
from scrapelint.run.process import Settings, process_raw, unreadable
from scrapelint.run.result_cache import ResultCache
from scrapelint.run.streaming import process_records, process_stream

# JSONL files larger than this, on disk or decompressed, are streamed in batches of records.
STREAM_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Job:
    settings_for: Callable[[Path], Settings]  # a bound method, so workers can unpickle it
    applied: bool  # the fix is written (not `check`, not `--diff`)
    keep_text: bool = False  # entries carry each document's text (for the html report)
    cache: ResultCache | None = None
    spool_folder: Path | None = None  # in a worker: where a big file's entries are spooled


def run_one(item: Source | Problem, job: Job) -> FileResult:
    """The file's result; a fault of scrapelint's own on it is reported as a problem of the file,
    whose text is then left as it is, and the run goes on with the rest."""
    if isinstance(item, Problem):
        return FileResult(Source(Path(item.path), None), problems=(item,))
    try:
        return _run_one(item, job)
    except Exception as error:  # any fault: one file must not end a corpus run
        detail = "".join(traceback.format_exception_only(error)).strip()
        reason = f"internal error, file left unchanged (please report it): {detail}"
        return FileResult(item, problems=(Problem(str(item.path), None, reason, fatal=True),))


def _run_one(item: Source, job: Job) -> FileResult:
    settings = job.settings_for(item.path)
    if isinstance(item, StdinSource):
        return _run_stdin(item, job, settings)
    if item.kind.is_parquet:  # read a row group at a time, past the cache
        return process_parquet(item, settings, applied=job.applied, keep_text=job.keep_text)
    if is_big_jsonl(item):
        return process_stream(item, settings, applied=job.applied)
    jsonl = item.kind.is_jsonl
    raw = read_bytes(item.path, STREAM_BYTES if jsonl else None, item.kind)
    if isinstance(raw, Oversized) and jsonl:
        # Compressed, it looked small: over the limit once decompressed, it is streamed too.
        return process_stream(item, settings, applied=job.applied)
    if isinstance(raw, Problem):
        return summarize_file(unreadable(item, raw), applied=job.applied)
    key = None
    if job.cache is not None:
        key = job.cache.key(item.path, raw, _options_key(settings, job))
        cached = job.cache.get(key, item, job.spool_folder)
        if cached is not None:
            return cached
    result = None
    if jsonl:  # a batch of records at a time, as a bigger file is streamed
        keep, folder = job.keep_text, job.spool_folder
        result = process_records(
            item, raw, settings, applied=job.applied, keep_text=keep, folder=folder
        )
    if result is None:
        report = process_raw(item, raw, settings)
        result = summarize_file(report, applied=job.applied, keep_text=job.keep_text)
    if job.cache is not None and key is not None:
        job.cache.put(key, result)
    return result


def _run_stdin(item: StdinSource, job: Job, settings: Settings) -> FileResult:
    """Standard input, read whole (never streamed, never cached: it has no file to key by)."""
    if item.kind.is_parquet or item.kind.codec:
        why = "Parquet is read from files" if item.kind.is_parquet else "pipe it decompressed"
        reason = f"standard input is read as text: {why}"
        raw: bytes | Problem = Problem(str(item.path), None, reason, fatal=True)
    else:
        raw = text_bytes(item.path, item.data)
    if isinstance(raw, Problem):
        return summarize_file(unreadable(item, raw), applied=job.applied)
    if item.kind.is_jsonl:
        result = process_records(item, raw, settings, applied=job.applied, keep_text=job.keep_text)
        if result is not None:
            return result
    report = process_raw(item, raw, settings)
    return summarize_file(report, applied=job.applied, keep_text=job.keep_text)


def _options_key(settings: Settings, job: Job) -> str:
    codes = ",".join(rule.meta.code for rule in settings.rules)
    return (
        f"{codes}\0{settings.fix}\0{settings.policy!r}\0{settings.text_field}\0"
        f"{settings.add_metadata}\0{job.applied}\0{job.keep_text}"
    )


def is_big_parquet(source: Source) -> bool:
    """A Parquet file big enough for its row groups to be shared among workers."""
    return source.kind.is_parquet and _over_stream_size(source)


def is_big_jsonl(source: Source) -> bool:
    """A JSONL file too big to read at once goes through `streaming` (and past the cache)."""
    return source.kind.is_jsonl and _over_stream_size(source)


def _over_stream_size(source: Source) -> bool:
    try:
        return source.path.stat().st_size > STREAM_BYTES
    except OSError:
        return False
