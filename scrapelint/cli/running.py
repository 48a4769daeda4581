"""The files of a `check` or `fix` run through the engine (local processes or Ray), in order, with
a progress bar on a terminal and Ctrl-C heard between files."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from scrapelint.api.linter import Linter
from scrapelint.cli.options import ConfigError, RunOptions
from scrapelint.engine.rule_cache import source_digest
from scrapelint.io import user_cache
from scrapelint.io.filesets import once_each
from scrapelint.io.interrupt import EXIT_INTERRUPTED, StopRequest
from scrapelint.io.sources import STDIN, StdinSource, stdin_source
from scrapelint.report.file_result import FileResult
from scrapelint.report.reporters import NEEDS_TEXT
from scrapelint.run.parallel import process_all
from scrapelint.run.pipeline import Job, run_one
from scrapelint.run.progress import Progress
from scrapelint.run.progress import wanted as progress_wanted
from scrapelint.run.result_cache import ResultCache
from scrapelint.text.pattern_store import open_store


def open_pattern_store() -> None:
    """Compile patterns from the package's store (`text/pattern_store`) unless caches are off:
    the command line starts a process per hook run, and this saves it parsing them."""
    if user_cache.enabled():
        open_store(user_cache.store)


def run_files(
    paths: Sequence[Path],
    options: RunOptions,
    stop: StopRequest,
    *,
    applied: bool,
    out: Path | str | None = None,
    stdin: StdinSource | None = None,
) -> Iterator[FileResult]:
    """Every file's result, in order, on `options.jobs` processes, with a bar on a terminal;
    no more once `stop` is requested (the file just handed out is finished by the caller).

    Each file is read once, however many of `paths` reach it, and nothing under `out` is read:
    the run's own output is never its input. `stdin` is standard input, read already, which
    stands for `paths` then."""
    cache = None
    if options.cache:
        cache = ResultCache.at(options.config.root, source_digest(options.config.rules_dirs))
    job = Job(
        settings_for=options.settings_for,
        applied=applied,
        keep_text=options.output_format in NEEDS_TEXT,
        cache=cache,
    )
    if stdin is not None:  # one text already read: in this process, and always finished
        yield run_one(stdin, job)
        return
    show = progress_wanted(options.quiet) and options.engine == "local"  # Ray shows its own
    out = out if isinstance(out, Path) else None  # a store is never read as a local folder
    items = once_each(options.sources(paths), out)
    total = None
    if show:  # the bar needs the total first: the tree is walked once, into a list
        listed = list(items)
        items, total = iter(listed), len(listed)
    bar = Progress(total, show)
    try:
        for file in _engine(options, items, job):
            if stop.requested:
                break  # closing the generator ends the worker pool
            bar.advance(len(file.entries), file.size)
            yield file
    finally:
        bar.close()


def _engine(options: RunOptions, items: Iterator, job: Job) -> Iterator[FileResult]:
    if options.engine != "ray":
        return process_all(items, job, options.jobs)
    from scrapelint.cluster import ray_engine

    if ray_engine.ray_missing():  # Ray is an optional extra
        raise click.UsageError(ray_engine.NEEDS_RAY)
    cluster = ray_engine.Cluster(options.address, options.jobs, options.quiet)
    try:
        ray_engine.connect(cluster)
    except ray_engine.ClusterError as error:
        raise ConfigError(str(error)) from None
    linter = options.linter or Linter(options.config)
    return ray_engine.on_ray(items, job, linter, cluster)


def read_stdin(paths: Sequence[Path | str], name: str | None, engine: str) -> StdinSource | None:
    """Standard input, when `-` is the path given (`--stdin-filename` names it), else None."""
    if not any(str(path) == STDIN for path in paths):
        if name is not None:
            raise click.UsageError("--stdin-filename names standard input, given as -")
        return None
    if len(paths) > 1:
        raise click.UsageError("- (standard input) is read alone, with no other path")
    if engine == "ray":
        raise click.UsageError("standard input is read on the local engine only")
    try:
        data = sys.stdin.buffer.read()
    except KeyboardInterrupt:  # before any file: nothing read, nothing written
        click.echo("scrapelint: interrupted while reading standard input", err=True)
        sys.exit(EXIT_INTERRUPTED)
    return stdin_source(name, data)


def store_placer(out: Path | str):
    from scrapelint.cluster.store_placer import StorePlacer

    try:
        return StorePlacer(out)
    except (OSError, ValueError) as error:  # pyarrow's: the URI names no file system it has
        raise click.BadParameter(f"{out}: {error}", param_hint="--out") from None
