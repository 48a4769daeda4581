"""Output formats for a run. Each reporter turns the report data into text; none of them prints.

`REPORTERS` maps a format name to its function. A reporter's module is imported the first time
its format is asked for, so a pre-commit run pays only for the one it prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping

from scrapelint.report.model import Report

Reporter = Callable[[Report], str]

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

# Formats written a piece at a time (a document at a time), so a big report is never one string.
_PIECES_PATHS = {
    "text": "text:text_lines",
    "github": "github:github_lines",
    "json": "json:json_pieces",
    "jsonl": "json:jsonl_pieces",
    "sarif": "sarif:sarif_pieces",
    "junit": "junit:junit_pieces",
    "concise": "concise:concise_pieces",
    "html": "html:html_pieces",
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


def pieces(name: str, report: Report) -> Iterable[str]:
    """The report in format `name`, as pieces of text (of about `PIECE_CHARS`, so that printing
    them is a write per piece, not per line) that join into `REPORTERS[name](report)`."""
    if name in _PIECES_PATHS:
        return _joined(_Reporters(_PIECES_PATHS)[name](report))
    return (REPORTERS[name](report),)


PIECE_CHARS = 64 * 1024


def _joined(small: Iterable[str]) -> Iterator[str]:
    held: list[str] = []
    size = 0
    for piece in small:
        if len(piece) >= PIECE_CHARS:  # a long piece goes as it is, never copied into a join
            if held:
                yield "".join(held)
                held, size = [], 0
            yield piece
            continue
        held.append(piece)
        size += len(piece)
        if size >= PIECE_CHARS:
            yield "".join(held)
            held, size = [], 0
    if held:
        yield "".join(held)


__all__ = ["NEEDS_TEXT", "REPORTERS", "Reporter", "pieces"]
