"""Parquet files, read and written a row group at a time (pyarrow, the optional `parquet` extra).

A row group is the unit Parquet writers choose for memory (typically 64-128 MB), so reading one at
a time bounds what a run holds whatever the file's size. The cleaned file keeps the input's schema,
row order, row groups and compression codec; only the text column's values change, and columns
are added only when asked (`fix --add-metadata`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scrapelint.io.formats import PARQUET_SUFFIXES, Problem

# The columns `fix --add-metadata` adds to each row: what was read, as strings and lists of strings.
COLUMN_PREFIX = "scrapelint_"
STRING_COLUMNS = ("findings", "title", "date", "language")
LIST_COLUMNS = ("authors", "sources")
METADATA_COLUMNS = tuple(COLUMN_PREFIX + name for name in (*STRING_COLUMNS, *LIST_COLUMNS))
NEEDS_PYARROW = "reading Parquet needs pyarrow: pip install 'scrapelint[parquet]'"


def is_parquet(name: str) -> bool:
    return name.lower().endswith(PARQUET_SUFFIXES)


def open_parquet(path: Path) -> Any:
    """A `pyarrow.parquet.ParquetFile`, or a `Problem` naming the file and why it cannot be read."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        return Problem(str(path), None, NEEDS_PYARROW, fatal=True)
    try:
        return pq.ParquetFile(path)
    except OSError as error:
        return Problem(str(path), None, f"cannot read: {error.strerror or error}", fatal=True)
    except Exception as error:  # ArrowInvalid (a ValueError) and friends: not a Parquet file
        return Problem(str(path), None, f"not a Parquet file ({error})", fatal=True)


def row_groups(file: Any) -> Iterator[tuple[int, Any]]:
    """(number of the group's first row, 1-based; the group as a `pyarrow.Table`), in order."""
    first = 1
    for index in range(file.num_row_groups):
        table = file.read_row_group(index)
        yield first, table
        first += table.num_rows


def codec(file: Any) -> str:
    """The compression of the file's first column chunk, which the cleaned file keeps."""
    metadata = file.metadata
    if metadata.num_row_groups == 0 or metadata.num_columns == 0:
        return "snappy"
    return str(metadata.row_group(0).column(0).compression).lower()


class ParquetSpool:
    """The cleaned file, a row group at a time, in a temporary file `Placer` moves into place."""

    def __init__(self, target: str, compression: str) -> None:
        handle, name = tempfile.mkstemp(prefix=f"scrapelint-{target}.", suffix=".spool")
        os.close(handle)
        self.path = Path(name)
        self._compression = compression
        self._writer: Any = None

    def write(self, table: Any) -> None:
        import pyarrow.parquet as pq

        if self._writer is None:
            codec = None if self._compression == "uncompressed" else self._compression
            self._writer = pq.ParquetWriter(self.path, table.schema, compression=codec)
        self._writer.write_table(table, row_group_size=max(table.num_rows, 1))

    def finish(self) -> Path:
        if self._writer is not None:
            self._writer.close()
        return self.path

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self.finish()
        with contextlib.suppress(OSError):
            self.path.unlink()
