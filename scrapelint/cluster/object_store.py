"""Files in object storage for `--engine ray`: `s3://bucket/prefix/`, `gs://...`, `hdfs://...`,
`file:///...`. The URI names a pyarrow file system (`FileSystem.from_uri`: S3 is built into
pyarrow, credentials from the usual AWS environment); files are found under its prefix as a
folder is walked, and read and written through that file system, never through a local path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from scrapelint.io.formats import Problem, supported
from scrapelint.io.parquet import open_parquet
from scrapelint.io.sources import Source
from scrapelint.text.lazy_pattern import lazy

# `scheme://`: what tells a URI from a local path (a Windows drive `C:\` has no `//`).
URI = lazy(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_uri(path: object) -> bool:
    return isinstance(path, str) and URI.match(path) is not None


@dataclass(frozen=True, slots=True)
class StoredSource(Source):
    """A file in a store: `path` and `root` are the file system's names (`bucket/key` on S3)."""

    filesystem: Any = field(default=None, compare=False)


def open_store(uri: str) -> tuple[Any, str]:
    """The file system `uri` names and the path in it; OSError or ValueError when it cannot."""
    from pyarrow.fs import FileSystem

    filesystem, path = FileSystem.from_uri(uri)
    return filesystem, path.rstrip("/") or "/"


def discover_uri(uri: str) -> Iterator[Source | Problem]:
    """The files under `uri` (a file, or a prefix walked as a folder: hidden parts skipped,
    the formats scrapelint reads), in the order a local walk of the same tree gives."""
    from pyarrow.fs import FileSelector, FileType

    try:
        filesystem, root = open_store(uri)
        kind = filesystem.get_file_info(root).type
        if kind == FileType.File:
            yield StoredSource(Path(root), None, filesystem)
            return
        if kind != FileType.Directory:
            yield Problem(uri, None, "no such file or folder", fatal=True)
            return
        found = filesystem.get_file_info(FileSelector(root, recursive=True))
    except (OSError, ValueError) as error:  # pyarrow's errors: ArrowInvalid is a ValueError
        yield Problem(uri, None, f"cannot open: {error}", fatal=True)
        return
    inside = [
        PurePosixPath(info.path).relative_to(root) for info in found if info.type == FileType.File
    ]
    for relative in sorted(inside, key=_walk_order):
        if supported(relative.name) and not any(p.startswith(".") for p in relative.parts):
            yield StoredSource(Path(root) / relative, Path(root), filesystem)


def _walk_order(relative: PurePosixPath) -> tuple:
    """`os.walk`'s order, top down: a folder's files (sorted) before its subfolders (sorted)."""
    *folders, name = relative.parts
    return (*((1, folder) for folder in folders), (0, name))


def sources_of(paths: Sequence[Path | str], discover: Any) -> Iterator[Source | Problem]:
    """What `discover` finds under the local paths and `discover_uri` under the URIs, in order."""
    for path in paths:
        yield from discover_uri(str(path)) if is_uri(path) else discover([path])


def open_parquet_in(source: Source) -> Any:
    """`io.parquet.open_parquet`, through the store's file system for a stored file."""
    if not isinstance(source, StoredSource):
        return open_parquet(source.path)
    try:
        file = source.filesystem.open_input_file(str(source.path))
    except OSError as error:
        return Problem(str(source.path), None, f"cannot read: {error}", fatal=True)
    found = open_parquet(file)
    if isinstance(found, Problem):
        return Problem(str(source.path), found.line, found.message, fatal=found.fatal)
    return found


def size_of(source: Source) -> int:
    if isinstance(source, StoredSource):
        return source.filesystem.get_file_info(str(source.path)).size
    return source.path.stat().st_size
