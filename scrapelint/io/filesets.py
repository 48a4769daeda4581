"""Which files a run reads, and which rules each one is spared: `exclude` and `per-file-ignores`;
each file once, and never the run's own output.

Globs are matched, as ruff's are, against the path relative to the configuration's folder and
against the file name; `*` also crosses `/`, so `drafts/*` covers the whole folder. An excluded
folder excludes everything under it, except a folder named on the command line itself. Files found
by walking a folder are always filtered; a file named on the command line only with
`--force-exclude` (what pre-commit passes in).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path, PurePosixPath

from scrapelint.io.formats import Problem
from scrapelint.io.sources import Source, real


def relative(path: Path, root: Path) -> PurePosixPath:
    """`path` relative to `root` when it lies under it, else as given, with `/` separators."""
    absolute = Path(os.path.abspath(path))
    try:
        return PurePosixPath(absolute.relative_to(root).as_posix())
    except ValueError:
        return PurePosixPath(path.as_posix())


def matches(
    path: PurePosixPath, patterns: Iterable[str], below: PurePosixPath | None = None
) -> bool:
    """Whether the file or a folder above it (under `below`, when given) matches a glob."""
    patterns = [p.rstrip("/") for p in patterns]
    parents = [p for p in path.parents if p.name and (below is None or below in p.parents)]
    candidates = [path, *parents]
    return any(
        fnmatchcase(str(candidate), pattern) or fnmatchcase(candidate.name, pattern)
        for candidate in candidates
        for pattern in patterns
    )


def included(
    items: Iterable[Source | Problem], root: Path, exclude: Sequence[str], force: bool
) -> Iterator[Source | Problem]:
    """The discovered files without the excluded ones."""
    for item in items:
        if isinstance(item, Source) and exclude and (item.root is not None or force):
            # A folder named on the command line is read even when it matches, as in ruff.
            below = relative(item.root, root) if item.root is not None else None
            if matches(relative(item.path, root), exclude, below):
                continue
        yield item


def ignored_for(
    path: Path, root: Path, per_file_ignores: Sequence[tuple[str, tuple[str, ...]]]
) -> tuple[str, ...]:
    """The rule selectors `per-file-ignores` switches off for this file."""
    where = relative(path, root)
    return tuple(
        selector
        for pattern, selectors in per_file_ignores
        if matches(where, (pattern,))
        for selector in selectors
    )


def once_each(items: Iterator[Source | Problem], out: Path | None) -> Iterator[Source | Problem]:
    """`items` with each file once, however many of the paths given reach it, and nothing under
    `out`: a run's own output is never its input. A file is the same when its path is, ".." and
    folder links resolved; a link to a file is another file (fixed in place, it is replaced by
    its text)."""
    seen: set[str] = set()
    written = (os.path.abspath(out), str(real(out))) if out is not None else ()
    for item in items:
        if isinstance(item, Source):
            plain = _same_file(item.path)
            if plain in seen or any(
                _within(where, place)
                for where in written
                for place in (plain, str(real(item.path)))
            ):
                continue
            seen.add(plain)
        yield item


def _same_file(path: Path) -> str:
    """The name a file is known by, whatever folder link it was reached through ("dl/a.txt",
    with dl a link to d, is "d/a.txt"); a link to the file itself stays a file of its own."""
    plain = os.path.abspath(path)
    return os.path.join(_real_folder(os.path.dirname(plain)), os.path.basename(plain))


@lru_cache(maxsize=1024)  # a walk gives many files of one folder in a row
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def _within(folder: str, path: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
