"""Paths that may be URIs (`s3://bucket/prefix/`): object storage, which `--engine ray` reads
and writes (`cluster.object_store`), and the local engine refuses by name."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import cast

import click

from scrapelint.cluster.object_store import is_uri


class PathOrUri(click.ParamType):
    """A local path, or a URI kept as written (`s3://bucket/prefix/`): a `Path` folds its `//`."""

    name = "path"

    def convert(self, value, param, ctx):
        return value if isinstance(value, Path) or is_uri(value) else Path(value)


PATH_OR_URI = PathOrUri()


def local_paths(paths: Sequence[Path | str]) -> list[Path]:
    # Local arguments arrive as Paths (PathOrUri converts them); URIs stay strings.
    return [cast(Path, path) for path in paths if not is_uri(path)]


def refuse_uris(given: Sequence[Path | str | None], engine: str | None) -> None:
    """Object storage is read and written by the Ray engine only."""
    for path in given:
        if is_uri(path) and engine != "ray":
            raise click.UsageError(
                f"{path} is in object storage, which only --engine ray reads and writes "
                "(pip install 'scrapelint[ray]')"
            )
