"""The per-user cache folder, and atomic writes into it that never fail a run.

`$SCRAPELINT_CACHE_DIR`, else `$XDG_CACHE_HOME/scrapelint`, else `~/.cache/scrapelint`;
`SCRAPELINT_NO_CACHE=1` turns every cache off. A cache that cannot be written only costs time.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def enabled() -> bool:
    return os.environ.get("SCRAPELINT_NO_CACHE") != "1"


def cache_dir() -> Path:
    explicit = os.environ.get("SCRAPELINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "scrapelint"


def store(entry: Path, data: bytes) -> bool:
    """Write `data` to `entry` atomically; False (and nothing written) when that fails."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(NameError, OSError):
            os.unlink(temporary)
        return False
    return True
