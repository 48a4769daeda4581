"""`scrapelint restore` as a whole: which files to write where, and what the run ends with.

`restoring` gives each cleaned file's original bytes; this decides what to do with them. A file
goes back in place, or under `out` at the place `fix --out` gave it (with the files the fix copied
there unread, empty or binary ones, so the restored folder is whole); two files of the report that
would be restored to the same place are refused after the first (writing the second would lose
it); a file already its original (its fix was never written) is left alone in place. Messages
go to `say` as they come, one per file not restored and one per note on a record restored by
value only.

The exit code, as the CLI's: 0 every file restored exactly; 1 every file restored, but some
record by value only (its writer's escapes were not kept); 2 some file not restored.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from pathlib import Path

import orjson

from scrapelint.io.writer import write_atomic
from scrapelint.report.restoring import restore_files, unread_files

RESTORED, BY_VALUE, NOT_RESTORED = 0, 1, 2


class NotAReport(ValueError):
    """The file given to restore is not a report `fix --report` wrote."""


def load_report(path: Path) -> dict:
    """The report `fix --report` wrote, or `NotAReport` saying why this is not one."""
    try:
        report = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as error:
        raise NotAReport(f"{path}: not a report: {error}") from None
    documents = report.get("documents") if isinstance(report, dict) else None
    if not isinstance(documents, list) or not all(_is_entry(entry) for entry in documents):
        raise NotAReport(f"{path}: not a report of `scrapelint fix --report`")
    return report


def restore_report(
    report: dict,
    cleaned: Path | None,
    out: Path | None,
    *,
    by_value: bool,
    say: Callable[[str], object],
) -> int:
    """Write back the original of every file `report` describes; the run's exit code."""
    failed = inexact = 0
    written: dict[Path, Path] = {}  # restored file -> the cleaned file it came from
    restoring = restore_files(report, cleaned, by_value=by_value)
    if out is not None and cleaned is not None:  # the mirror is whole: the files fix copied too
        restoring = chain(restoring, unread_files(report, cleaned))
    for restored in restoring:
        target = out / restored.relative if out else restored.path
        problem = restored.problem
        if problem is None and target.resolve() in written:
            problem = f"{target} was already restored from {written[target.resolve()]}"
        if problem is not None:
            failed += 1
            say(f"{restored.path}: not restored: {problem}")
            continue
        written[target.resolve()] = restored.path
        for note in restored.notes:
            say(f"{restored.path}: {note}")
        inexact += bool(restored.notes)
        if out is None and not restored.changed:
            continue  # the file is its original already (its fix was never written)
        try:
            write_atomic(target, restored.data)  # type: ignore[arg-type]
        except OSError as error:
            failed += 1
            say(f"{restored.path}: not restored: cannot write {target}: {error}")
    if failed and cleaned is None:
        # Read in place, the inputs of a fix that wrote into a folder match no report: say why.
        say("scrapelint: if the fix wrote into a folder (--out), read its files with --cleaned DIR")
    return NOT_RESTORED if failed else BY_VALUE if inexact else RESTORED


def _is_entry(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("path"), str)
        and isinstance(entry.get("findings"), list)
        and all(isinstance(finding, dict) for finding in entry["findings"])
    )
