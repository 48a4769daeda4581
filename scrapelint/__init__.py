"""scrapelint: lint and clean corpora of scraped news text.

`from scrapelint import Linter` is the Python API (`scrapelint.api`); it is imported on first use,
so the command line and the pre-commit hook do not pay for it.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["ConfigError", "Finding", "Linter", "Removal", "Result", "__version__"]


def __getattr__(name: str) -> Any:
    if name in __all__ and name != "__version__":
        from scrapelint import api

        return getattr(api, name)
    raise AttributeError(f"module 'scrapelint' has no attribute {name!r}")
