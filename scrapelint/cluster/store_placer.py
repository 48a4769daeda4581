"""Where `fix --engine ray` puts cleaned files when the input or `--out` is in object storage:
under `--out` (a URI or a local folder), through its file system, mirroring each file's path
under the URI or folder it was found in, as `run.placing.Placer` does for local files.

A file appears whole or not at all: an object store publishes an object only when its upload
completes, and on a local disk the file is written beside its place and then renamed onto it.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapelint.cluster.object_store import StoredSource, is_uri, open_store
from scrapelint.report.file_result import FileResult
from scrapelint.run.placing import _unapplied

COPY_BYTES = 1 << 20


@dataclass
class StorePlacer:
    """Writes cleaned files under `out`, each place at most once per run (the first keeps it)."""

    out: Path | str
    filesystem: Any = field(default=None, init=False)
    base: str = field(default="", init=False)
    written: dict[str, Path] = field(default_factory=dict)  # place -> the input written there
    beside: list[tuple[Path, Path]] = field(default_factory=list)  # never: `--out` is required
    failed: dict[Path, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if is_uri(self.out):
            self.filesystem, self.base = open_store(str(self.out))
        else:
            from pyarrow.fs import LocalFileSystem

            self.filesystem, self.base = LocalFileSystem(), str(Path(self.out).absolute())

    def __enter__(self) -> StorePlacer:
        return self

    def __exit__(self, *exc: object) -> None:
        """Every write is complete when `place` returns."""

    def settle(self, files: list[FileResult]) -> list[FileResult]:
        return files

    def place(self, file: FileResult) -> FileResult:
        relative = file.source.relative.with_name(file.target_name).as_posix()
        target = f"{self.base.rstrip('/')}/{relative}"
        first = self.written.get(target)
        if first is not None and first != file.source.path:
            return _unapplied(file, f"not written: {target} already holds the cleaned {first}")
        try:
            self._write(target, file)
        except OSError as error:
            return _unapplied(file, f"cannot write {target}: {error}")
        self.written[target] = file.source.path
        return file

    def _write(self, target: str, file: FileResult) -> None:
        filesystem = self.filesystem
        parent = target.rsplit("/", 1)[0]
        if parent:
            filesystem.create_dir(parent, recursive=True)
        local = filesystem.type_name == "local"
        place = f"{parent}/.{target.rsplit('/', 1)[1]}.scrapelint-tmp" if local else target
        try:
            # compression=None: the bytes are written as they are, never compressed again.
            with filesystem.open_output_stream(place, compression=None) as sink:
                _copy(file, sink)
            if local:
                filesystem.move(place, target)
        except BaseException:
            if local:
                _remove(filesystem, place)
            raise


def _copy(file: FileResult, sink: Any) -> None:
    """The cleaned bytes, the spool they were written to, or the input unchanged."""
    if isinstance(file.output, bytes):
        sink.write(file.output)
        return
    if isinstance(file.output, Path):
        with file.output.open("rb") as spool:
            shutil.copyfileobj(spool, sink, COPY_BYTES)
        return
    source = file.source
    if isinstance(source, StoredSource):
        with source.filesystem.open_input_stream(str(source.path), compression=None) as stream:
            shutil.copyfileobj(stream, sink, COPY_BYTES)
        return
    with source.path.open("rb") as stream:
        shutil.copyfileobj(stream, sink, COPY_BYTES)


def _remove(filesystem: Any, path: str) -> None:
    with contextlib.suppress(OSError):  # never written
        filesystem.delete_file(path)
