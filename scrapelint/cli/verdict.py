"""From the files of a run to what it prints and how it exits: report, baseline, statistics, gate.

Exit codes, as in ruff: 2 when an input could not be read; else 1 when the gate fails (any
remaining finding at or above `fail-on` that no baseline excuses, or an input problem; with
thresholds, a threshold exceeded); else 0. Notes (threshold breaches, baseline entries that no
longer occur) are for the person reading the log and go to standard error, so that machine
formats on standard output stay parseable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from scrapelint.cli.options import ConfigError, RunOptions
from scrapelint.engine.spec import SpecError
from scrapelint.report import baseline, gate
from scrapelint.report import summary as reporting
from scrapelint.report.coverage import nothing_checked
from scrapelint.report.documents import mapped
from scrapelint.report.file_result import FileResult
from scrapelint.report.model import BaselineUse, DocumentEntry, Report
from scrapelint.report.reporters import pieces
from scrapelint.report.statistics import render_statistics, statistics

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STALE_SHOWN = 20


@dataclass(frozen=True)
class Verdict:
    report: Report  # what is shown: without the findings a baseline excuses
    output: Iterable[str]  # pieces of text, made as they are printed
    notes: tuple[str, ...]
    exit_code: int
    baseline: bytes | None = None  # the baseline to write, with `--write-baseline`


def full_report(files: Sequence[FileResult], options: RunOptions, *, partial: bool) -> Report:
    """Every finding of the run (suppressed ones with `--show-suppressed`), before a baseline
    excuses any: what `conclude` starts from."""
    full = reporting.build(files, partial=partial)
    return full if options.show_suppressed else _without_suppressed(full)


def recorded(report: Report) -> Report:
    """`report` as `--report` records it: the documents' texts are for the page that shows them
    (html), not for the JSON report."""
    return replace(report, documents=mapped(report.documents, _without_text))


def conclude(
    files: Sequence[FileResult],
    options: RunOptions,
    *,
    write_baseline: Path | None = None,
    paths: Sequence[Path] = (),
    partial: bool = False,
    full: Report | None = None,
) -> Verdict:
    """What the run prints and how it exits; `full` is `full_report` of `files`, when the caller
    has it already."""
    if full is None:
        full = full_report(files, options, partial=partial)
    notes: list[str] = []
    shown, baseline_bytes = full, None
    if write_baseline is not None:
        entries = baseline.entries_of(full)
        baseline_bytes = baseline.dumps(entries)
        shown = baseline.apply(full, entries).report
        notes.append(f"Wrote {sum(entries.values())} findings to the baseline {write_baseline}.")
    elif options.baseline is not None:
        shown = _with_baseline(full, options.baseline, notes)
    output: Iterable[str]
    if options.statistics:
        output = (render_statistics(statistics(shown), options.output_format),)
    else:
        output = pieces(options.output_format, shown)  # read from the entries as it is printed
    code = _exit_code(shown, files, options, notes)
    empty = nothing_checked(files, options.settings.text_field)
    if empty is not None and not options.allow_empty and not options.all_excluded(files, paths):
        notes.append(f"scrapelint: nothing was checked: {empty} (--allow-empty to pass anyway)")
        code = EXIT_ERROR
    return Verdict(shown, output, tuple(notes), code, baseline_bytes)


def _without_text(_: int, entry: DocumentEntry) -> DocumentEntry:
    return replace(entry, text=None) if entry.text is not None else entry


def _without_suppressed(report: Report) -> Report:
    """The findings inline suppressions held back are listed only with `--show-suppressed`."""
    if not any(d.suppressed for d in report.documents):
        return report
    return replace(report, documents=mapped(report.documents, _unsuppressed))


def _unsuppressed(_: int, entry: DocumentEntry) -> DocumentEntry:
    return replace(entry, suppressed=()) if entry.suppressed else entry


def _with_baseline(report: Report, path: Path, notes: list[str]) -> Report:
    try:
        outcome = baseline.apply(report, baseline.load(path))
    except SpecError as error:
        raise ConfigError(str(error)) from None
    stale = outcome.stale
    used = BaselineUse(str(path), outcome.matched, stale)
    summary = replace(outcome.report.summary, baseline=used)
    if stale:
        notes.append(f"{len(stale)} baseline entries no longer occur (refresh: --write-baseline):")
        notes += [f"  {e.path}: {e.code} {e.text[:80]}" for e in stale[:STALE_SHOWN]]
        if len(stale) > STALE_SHOWN:
            notes.append(f"  ... and {len(stale) - STALE_SHOWN} more")
    return replace(outcome.report, summary=summary)


def _exit_code(
    report: Report, files: Sequence[FileResult], options: RunOptions, notes: list[str]
) -> int:
    if any(problem.fatal for file in files for problem in file.problems):
        return EXIT_ERROR
    if report.summary.partial:
        return EXIT_FINDINGS  # a gate never passes what it did not see (the CLI exits 130)
    if report.summary.errors:
        return EXIT_FINDINGS
    if options.thresholds.active:
        breaches = gate.evaluate(report, options.thresholds, options.fail_on)
        notes += [f"Gate failed: {breach.describe()}" for breach in breaches]
        return EXIT_FINDINGS if breaches else EXIT_CLEAN
    failing = gate.failing_findings(report, options.fail_on)
    return EXIT_FINDINGS if failing else EXIT_CLEAN
