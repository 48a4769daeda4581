"""A Ray Data source that reads files as the pieces scrapelint cleans: JSONL (plain, .gz, .zst)
in batches of whole lines, Parquet by row group. Each piece is one row: the file, where the piece
starts (line or row, 1-based), whether it is the file's last, and its bytes (an Arrow IPC stream
for a row group). Ray's file systems do the reading (local, s3://, gs:// ...) and decompression.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from ray.data.datasource import FileBasedDatasource

from scrapelint.io.parquet import is_parquet
from scrapelint.run.streaming import BATCH_RECORDS

READ_BYTES = 1 << 20  # read this much at a time from the stream
LINES, ROWS, BROKEN = "lines", "rows", "broken"


def piece(path: str, kind: str, first: int, last: bool, data: bytes) -> pa.Table:
    return pa.table(
        {
            "path": [path],
            "kind": [kind],
            "first": pa.array([first], pa.int64()),
            "last": [last],
            "data": pa.array([data], pa.binary()),
        }
    )


class PiecesSource(FileBasedDatasource):
    def __init__(self, paths: list[str], lines_per_piece: int = BATCH_RECORDS, **options: Any):
        super().__init__(paths, **options)
        self.lines_per_piece = lines_per_piece

    def _open_input_source(self, filesystem: Any, path: str, **open_args: Any) -> Any:
        if is_parquet(path):  # Parquet seeks to its footer: a file, not a stream
            return filesystem.open_input_file(path)
        return super()._open_input_source(filesystem, path, **open_args)

    def _read_stream(self, f: Any, path: str) -> Iterator[pa.Table]:
        try:
            if is_parquet(path):
                yield from _row_groups(f, path)
            else:
                yield from _line_batches(f, path, self.lines_per_piece)
        except (OSError, EOFError, ValueError) as error:  # damaged: pyarrow's errors among them
            # The file's last piece says what went wrong; the run goes on with the other files.
            yield piece(path, BROKEN, 0, True, str(error).encode("utf-8", "replace"))


def _line_batches(f: Any, path: str, size: int) -> Iterator[pa.Table]:
    """Batches of `size` lines, as `run.streaming` cuts them; the last may be empty."""
    first, lines, rest = 1, [], b""
    while chunk := f.read(READ_BYTES):
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        lines += [part + b"\n" for part in parts]
        while len(lines) >= size:
            batch, lines = lines[:size], lines[size:]
            yield piece(path, LINES, first, False, b"".join(batch))
            first += size
    if rest:
        lines.append(rest)
    yield piece(path, LINES, first, True, b"".join(lines))


def _row_groups(f: Any, path: str) -> Iterator[pa.Table]:
    file = pq.ParquetFile(f)
    first, count = 1, file.num_row_groups
    for index in range(count):
        table = file.read_row_group(index)
        yield piece(path, ROWS, first, index == count - 1, to_ipc(table))
        first += table.num_rows
    if count == 0:
        yield piece(path, ROWS, first, True, to_ipc(file.schema_arrow.empty_table()))


def to_ipc(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def from_ipc(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()
