"""Pieces of files for engines that share a run out among machines (`--engine ray`): a batch of
JSONL lines, a Parquet row group. Each goes through the same step as in a local run, with the
rules and policy of a `Linter`, so where a piece is cleaned changes nothing in its result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from scrapelint.api.linter import Linter
from scrapelint.engine.selection import matches
from scrapelint.io.sources import Source
from scrapelint.run.parquet_rows import GroupResult, process_group
from scrapelint.run.process import Settings
from scrapelint.run.streaming import Batch, BatchResult, process_batch


def settings_of(
    linter: Linter, *, fix: bool, add_metadata: bool, ignore: Sequence[str] = ()
) -> Settings:
    """The linter's settings for one file, without the rules its `per-file-ignores` name."""
    settings = linter.settings(fix=fix, add_metadata=add_metadata)
    if not ignore:
        return settings
    rules = tuple(r for r in settings.rules if not any(matches(r, s) for s in ignore))
    return replace(settings, rules=rules)


def lines_piece(
    settings: Settings,
    source: Source,
    first_line: int,
    raw: bytes,
    *,
    applied: bool,
    keep_text: bool = False,
) -> BatchResult:
    """Lines `first_line`... of a JSONL file (`raw`, decompressed, whole lines); `keep_text`
    puts each document's text in its entry (for the HTML report)."""
    batch = Batch(source, first_line, raw)
    return process_batch(batch, settings=settings, applied=applied, keep_text=keep_text)


def rows_piece(
    settings: Settings,
    source: Source,
    table: Any,
    first_row: int,
    *,
    applied: bool,
    keep_text: bool = False,
) -> GroupResult:
    """A Parquet row group (`pyarrow.Table`) whose first row is row `first_row` of the file."""
    return process_group(source, table, first_row, settings, applied=applied, keep_text=keep_text)
