"""Output formats for a run. Each reporter turns the report data into text; none of them prints.

`REPORTERS` maps a format name to its function. A reporter's module is imported the first time
its format is asked for, so a pre-commit run pays only for the one it prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

Reporter = Callable[[dict], str]

# format name → "module:function" under scrapelint.report.reporters
_REPORTER_PATHS = {
    "text": "text:render_text",
    "concise": "concise:render_concise",
    "json": "json:render_json",
    "jsonl": "json:render_jsonl",
    "sarif": "sarif:render_sarif",
    "junit": "junit:render_junit",
    "github": "github:render_github",
    "html": "html:render_html",
}

# Formats that show whole documents: the report they get carries each document's original `text`.
NEEDS_TEXT = frozenset({"html"})


class _Reporters(Mapping[str, Reporter]):
    def __init__(self, paths: Mapping[str, str]) -> None:
        self._paths = dict(paths)

    def __getitem__(self, name: str) -> Reporter:
        module, _, function = self._paths[name].partition(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


REPORTERS: Mapping[str, Reporter] = _Reporters(_REPORTER_PATHS)

__all__ = ["NEEDS_TEXT", "REPORTERS", "Reporter"]
