"""The command line: `scrapelint check|fix|restore|rule|rules`. It wires options to the library
and knows nothing of rule internals.

Exit codes, as in ruff: 0 the gate passes; 1 it fails (by default: any finding, for `fix` any that
remains; see `verdict` for `fail-on`, thresholds and baselines); 2 a usage or configuration error,
or an input that could not be read (reported by path after the rest ran); 130 stopped by Ctrl-C
(see `interrupt`).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import click

from scrapelint import __version__
from scrapelint.cli.flags import run_options
from scrapelint.cli.learn import learn_command
from scrapelint.cli.options import RunOptions, resolve
from scrapelint.cli.preflight import PreflightError, check_fix, check_report_path
from scrapelint.cli.rule_info import rule_command, rules_command
from scrapelint.cli.running import open_pattern_store, read_stdin, run_files, store_placer
from scrapelint.cli.uris import PATH_OR_URI, local_paths, refuse_uris
from scrapelint.cli.verdict import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    Verdict,
    conclude,
    full_report,
    recorded,
)
from scrapelint.io.interrupt import EXIT_INTERRUPTED, StopRequest, stop_between_files
from scrapelint.io.sources import StdinSource
from scrapelint.io.writer import write_atomic
from scrapelint.report.entry_spool import EntrySpool
from scrapelint.report.file_result import FileResult
from scrapelint.report.model import Report
from scrapelint.report.patches import unified_diff
from scrapelint.report.reporters.json import write_json
from scrapelint.run.placing import Placer, discard_spool, take

STDIN_FILENAME = click.option(
    "--stdin-filename",
    help="With - (standard input): the name it is reported under; its extension says its format.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scrapelint")
def cli() -> None:
    """Lint and clean corpora of scraped news text."""
    _print_undecodable_bytes()


def _print_undecodable_bytes() -> None:
    """Bytes of a file name or line that are not UTF-8 are held as lone surrogates; printed, they
    are those bytes again (as Python prints them under the C locale), where a locale or
    PYTHONIOENCODING that encodes strictly would stop the run with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="surrogateescape")


@cli.command()
@run_options
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file; later runs with --baseline fail on new ones.",
)
@STDIN_FILENAME
def check(paths, write_baseline, stdin_filename, **params):
    """Report junk, metadata and language problems in PATHS (files or folders; - reads
    standard input)."""
    options = resolve({"paths": paths, **params}, fix=False)
    stdin = read_stdin(paths, stdin_filename, options.engine)
    spool = EntrySpool()  # the report entries wait on disk: memory stays that of one file
    with stop_between_files() as stop:
        found = run_files(paths, options, stop, applied=False, stdin=stdin)
        files = [spool.keep(f.without_output()) for f in found]
    verdict = conclude(
        files, options, write_baseline=write_baseline, paths=paths, partial=stop.requested
    )
    if verdict.baseline is not None and not stop.requested:  # a partial baseline would lie
        write_atomic(write_baseline, verdict.baseline)
    _finish(verdict, interrupted=_interrupted(stop, len(files), "the results cover only those"))


@cli.command()
@run_options
@click.option("--out", type=PATH_OR_URI, help="Write here (with --engine ray: a URI too).")
@click.option("--diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the JSON report here: every finding and the exact text removed, which "
    "`scrapelint restore` puts back.",
)
@STDIN_FILENAME
def fix(paths, out, diff, report_path, stdin_filename, **params):
    """Remove junk lines from PATHS, in place (atomically) or into --out; - reads standard input
    and writes the cleaned text to standard output (the findings to standard error)."""
    options = resolve({"paths": paths, **params}, fix=True)
    if diff and options.engine == "ray":
        raise click.UsageError("--diff runs on the local engine only")
    stdin = read_stdin(paths, stdin_filename, options.engine)
    if stdin is not None:
        return _fix_stdin(stdin, paths, options, diff, out, report_path)
    refuse_uris([out], options.engine)
    stored = local_paths([*paths, out]) != [*paths, out]
    if stored and out is None:
        raise click.UsageError("files in object storage are fixed into --out, never in place")
    try:
        check_fix(local_paths(paths), None if stored else out, report_path, writes=not diff)
    except PreflightError as error:
        raise click.UsageError(str(error)) from None
    spool = EntrySpool()  # the report entries wait on disk: memory stays that of one file
    placer = store_placer(out) if stored else Placer(out)
    with stop_between_files() as stop, placer:  # the placer commits its last batch of writes
        # A comprehension: no name outlives its file, so a file's entries leave memory with it.
        files = [
            spool.keep(_shown(file) if diff else take(placer, file))
            for file in run_files(paths, options, stop, applied=not diff, out=out)
        ]
    files = placer.settle(files)
    verdict = _reported(files, options, paths, report_path, partial=stop.requested)
    verdict = _with_pages_beside(verdict, placer)
    unreached = "the results cover only those, and files not reached are unchanged"
    _finish(verdict, show=not diff, interrupted=_interrupted(stop, len(files), unreached))


def _fix_stdin(
    stdin: StdinSource,
    paths: Sequence[Path],
    options: RunOptions,
    diff: bool,
    out: Path | None,
    report_path: Path | None,
) -> None:
    """`fix -`: the cleaned text (or with `--diff` the patch) to standard output, as a filter in
    a pipe; the input itself when it could not be read, so the pipe loses nothing."""
    if out is not None:
        raise click.UsageError("--out writes files; with -, the cleaned text goes to stdout")
    if report_path is not None:
        try:
            check_report_path(report_path)
        except PreflightError as error:
            raise click.UsageError(str(error)) from None
    spool = EntrySpool()
    with stop_between_files() as stop:
        files = [
            spool.keep(_piped(file, stdin, diff))
            for file in run_files(paths, options, stop, applied=not diff, stdin=stdin)
        ]
    verdict = _reported(files, options, paths, report_path, partial=stop.requested)
    interrupted = "scrapelint: interrupted; the text was written out" if stop.requested else None
    _finish(verdict, show=not diff, interrupted=interrupted, err=True)


def _piped(file: FileResult, stdin: StdinSource, diff: bool) -> FileResult:
    """Standard input's result, its cleaned bytes (or patch) written to standard output."""
    stdout = sys.stdout.buffer
    try:
        if diff:
            stdout.write(unified_diff(file, before=stdin.data).encode("utf-8", "surrogateescape"))
        elif isinstance(file.output, Path):
            stdout.write(file.output.read_bytes())
        else:
            stdout.write(file.output if file.output is not None else stdin.data)
        stdout.flush()
    finally:
        file = discard_spool(file)
    return file.without_output()


def _reported(
    files: list[FileResult],
    options: RunOptions,
    paths: Sequence[Path],
    report_path: Path | None,
    *,
    partial: bool,
) -> Verdict:
    """The verdict of a fix, its `--report` written first (after Ctrl-C too: it holds what was
    removed from the files fixed already), before anything is printed: what was removed must be
    recoverable whatever goes wrong after."""
    full = full_report(files, options, partial=partial)
    written = _write_report(report_path, recorded(full)) if report_path else True
    verdict = conclude(files, options, paths=paths, partial=partial, full=full)
    return verdict if written else replace(verdict, exit_code=EXIT_ERROR)


def _write_report(path: Path, report: Report) -> bool:
    """Write the `--report`; when it cannot go there (a full disk, a folder gone), write it to
    the temporary folder and say where: the files are fixed already, and only the report can
    undo that. False when it is not where it was asked for."""
    try:
        write_json(path, report)
        return True
    except OSError as error:
        click.echo(f"scrapelint: cannot write the report {path}: {error}", err=True)
    try:
        handle, spare = tempfile.mkstemp(prefix="scrapelint-report-", suffix=".json")
        os.close(handle)
        write_json(Path(spare), report)
    except OSError as error:
        click.echo(f"scrapelint: nor in the temporary folder: {error}", err=True)
    else:
        click.echo(f"scrapelint: the report is in {spare}; `scrapelint restore` reads it", err=True)
    return False


def _shown(file: FileResult) -> FileResult:
    """`--diff`: the file's changes printed, and its cleaned bytes dropped."""
    try:
        sys.stdout.flush()  # what was printed as text before comes first
        sys.stdout.buffer.write(unified_diff(file).encode("utf-8", "surrogateescape"))
        sys.stdout.buffer.flush()
    finally:
        file = discard_spool(file)
    return file


def _with_pages_beside(verdict: Verdict, placer: Placer) -> Verdict:
    """A page fixed in place is unchanged, its cleaned text a new file beside it: a pre-commit
    hook sees no changed file and would pass while the text stays untracked. Each one is named,
    and the run fails once, as a hook that changes files does."""
    written = [(page, text) for page, text in placer.beside if page not in placer.failed]
    if not written:
        return verdict
    notes = [
        f"{page}: the cleaned text is in {text}, a file beside the page (which is unchanged)"
        for page, text in written
    ]
    notes.append("scrapelint: stage those files, or fix pages with --out")
    code = max(verdict.exit_code, EXIT_FINDINGS)
    return replace(verdict, notes=(*verdict.notes, *notes), exit_code=code)


def _finish(
    verdict: Verdict, show: bool = True, interrupted: str | None = None, err: bool = False
) -> None:
    """Print the verdict (on standard error with `err`: standard output carries the text) and
    exit with its code."""
    if show:
        for piece in verdict.output:
            click.echo(piece, nl=False, err=err)
    for note in verdict.notes:
        click.echo(note, err=True)
    if interrupted:
        click.echo(interrupted, err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(verdict.exit_code)


def _interrupted(stop: StopRequest, done: int, scope: str) -> str | None:
    return f"scrapelint: interrupted after {done} files; {scope}" if stop.requested else None


@cli.command()
@click.argument("report_path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--cleaned",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Folder holding the cleaned files (default: the paths in the report, fixed in place).",
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Write here.")
@click.option(
    "--by-value",
    is_flag=True,
    help="Restore a JSONL record whose exact bytes cannot come back with its values alone.",
)
def restore(report_path: Path, cleaned: Path | None, out: Path | None, by_value: bool) -> None:
    """Put back what a fix removed, from the report it wrote (`fix --report`)."""
    # Here, not at the top: a `check` hook need not import it.
    from scrapelint.report.restore_run import NotAReport, load_report, restore_report

    try:
        report = load_report(report_path)
    except NotAReport as error:
        raise click.UsageError(str(error)) from None
    say = lambda message: click.echo(message, err=True)  # noqa: E731
    sys.exit(restore_report(report, cleaned, out, by_value=by_value, say=say))


cli.add_command(learn_command)
cli.add_command(rules_command)
cli.add_command(rule_command)


def main() -> None:
    open_pattern_store()
    cli(prog_name="scrapelint")
