"""A progress bar on a terminal for runs longer than a moment: files, documents, MB/s, ETA.

It writes to standard error, and only when that is a terminal and `--quiet` was not given, so
logs, pipes and machine-readable output on standard output are never touched. tqdm draws it
(imported only when a bar is shown): rate, ETA and terminal width handling come for free.
"""

from __future__ import annotations

import sys
import time
from typing import Any

# A run shorter than this never shows a bar (a pre-commit hook on three files).
DELAY_SECONDS = 0.5


class Progress:
    def __init__(self, total: int | None, enabled: bool) -> None:
        self._bar: Any = None
        self._documents = 0
        self._bytes = 0
        self._start = time.perf_counter()
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, unit="file", file=sys.stderr, delay=DELAY_SECONDS, leave=False
            )

    def advance(self, documents: int, size: int) -> None:
        if self._bar is None:
            return
        self._documents += documents
        self._bytes += size
        elapsed = max(time.perf_counter() - self._start, 1e-9)
        self._bar.set_postfix_str(
            f"{self._documents:,} docs, {self._bytes / 1e6 / elapsed:.1f} MB/s", refresh=False
        )
        self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def wanted(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()
