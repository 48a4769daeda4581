"""What `fix` checks before it changes any file: where its report and its output go.

A report is how a fix is undone, so a report that cannot be written, or that would take the place
of an input or of a cleaned file, stops the run before the first file is touched; so does an
`--out` that holds an input folder, where cleaned files would land on inputs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from scrapelint.io.file_kind import kind_of
from scrapelint.io.formats import supported
from scrapelint.io.sources import real


class PreflightError(ValueError):
    """The run would lose data as asked; the message says why."""


def check_fix(
    paths: Sequence[Path], out: Path | None, report: Path | None, *, writes: bool
) -> None:
    """Raise PreflightError when a fix of `paths` into `out` (None: in place) with its report at
    `report` (None: none) could lose data; `writes` is false for `--diff`, which writes nothing."""
    if report is not None and clashes(report, paths, out):
        clash = "is, or would be read or written as, one of the files of the run"
        raise PreflightError(f"--report {report} {clash}")
    if out is not None:
        check_out(out, paths)
    if report is not None and writes:  # last: it may create the report's folder
        check_report_path(report)


def check_report_path(path: Path) -> None:
    """A usage error unless a file can be created where the report goes."""
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "is a folder")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=path.parent)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise PreflightError(f"--report {path}: cannot write there: {error}") from None


def check_out(out: Path, paths: Sequence[Path]) -> None:
    """A usage error when `--out` is a file, or an input folder or one that holds one: cleaned
    files would land on inputs. An `--out` inside an input folder is fine; it is left out of
    the walk."""
    target = real(out)
    if target.exists() and not target.is_dir():
        raise PreflightError(f"--out {out} is a file; --out names a folder")
    for given in map(real, paths):
        if given == target or given.is_relative_to(target):
            raise PreflightError(
                f"--out {out} holds the input {given}; fix in place (no --out) or write elsewhere"
            )


def clashes(path: Path, paths: Sequence[Path], out: Path | None) -> bool:
    """Whether the report at `path` would take the place of an input or of a cleaned file: an
    input itself, a page's `.txt` beside it, or a file of a kind read inside an input folder or
    written under `out`."""
    # Resolved, links and ".." too: `sub/../a.txt` is `a.txt`.
    target = real(path)
    folders = [real(p) for p in paths] + ([real(out)] if out is not None else [])
    for given in map(real, paths):
        if target in (given, given.with_name(kind_of(given.name).target)):
            return True
    return supported(path.name) and any(target.is_relative_to(f) for f in folders)
