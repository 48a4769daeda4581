"""Undoing the fix of a Parquet file: each row the report names gets its text back, and the
`scrapelint_*` columns the fix added go again. A Parquet file comes back by value (the same schema,
row groups and values), not byte for byte: its writer's own metadata is not in the report."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from scrapelint.io.formats import Problem
from scrapelint.io.parquet import METADATA_COLUMNS, codec, open_parquet, row_groups
from scrapelint.report.restore_text import restore

# The entry key `fix --add-metadata` sets on a Parquet row: "added", or "replaced" when the input
# had the columns already (their earlier values are not in the report).
COLUMNS_KEY = "metadata_columns"


def restore_parquet(path: Path, entries: list[dict]) -> tuple[bytes | None, str | None]:
    """The original file's bytes, or None and why it cannot be restored."""
    file = open_parquet(path)
    if isinstance(file, Problem):
        return None, file.message
    field = entries[0].get("text_field") or "text"
    by_row = {entry["record"]: entry for entry in entries}
    drop = any(entry.get(COLUMNS_KEY) == "added" for entry in entries)
    sink = io.BytesIO()
    writer = None
    try:
        for first, table in row_groups(file):
            restored = _group(table, first, field, by_row)
            if drop:
                names = [n for n in restored.column_names if n in METADATA_COLUMNS]
                restored = restored.drop_columns(names)
            writer = writer or _writer(sink, restored.schema, codec(file))
            writer.write_table(restored, row_group_size=max(restored.num_rows, 1))
    except (KeyError, ValueError) as error:
        return None, f"the cleaned file no longer matches the report: {error}"
    if writer is None:
        return None, "no rows to restore into"
    writer.close()
    return sink.getvalue(), None


def _group(table: Any, first: int, field: str, by_row: dict[int, dict]) -> Any:
    import pyarrow as pa

    index = table.schema.get_field_index(field)
    if index < 0:
        raise KeyError(f"no column {field!r}")
    texts = table.column(index).to_pylist()
    for offset, text in enumerate(texts):
        entry = by_row.get(first + offset)
        if entry is not None:
            texts[offset] = restore(text, entry)
    column = pa.array(texts, type=table.schema.field(index).type)
    return table.set_column(index, table.schema.field(index), column)


def _writer(sink: io.BytesIO, schema: Any, compression: str) -> Any:
    import pyarrow.parquet as pq

    return pq.ParquetWriter(
        sink, schema, compression=None if compression == "uncompressed" else compression
    )
