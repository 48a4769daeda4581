"""JSON and JSON Lines reports (orjson: several times faster than `json` on large reports)."""

from __future__ import annotations

import orjson

from scrapelint.report.annotate import readable


def _dumps(data: object, option: int = 0) -> str:
    # Lone surrogates (bytes that were not UTF-8, kept as escapes) cannot go into JSON as they are.
    return orjson.dumps(data, option=option, default=str).decode("utf-8")


def render_json(report: dict) -> str:
    try:
        return _dumps(report, orjson.OPT_INDENT_2) + "\n"
    except TypeError:
        return _dumps(_scrub(report), orjson.OPT_INDENT_2) + "\n"


def render_jsonl(report: dict) -> str:
    """One document a line, then the summary: a huge corpus can be read as a stream."""
    lines = []
    for entry in report["documents"]:
        try:
            lines.append(_dumps(entry))
        except TypeError:
            lines.append(_dumps(_scrub(entry)))
    lines.append(_dumps({"summary": report["summary"], "errors": report["errors"]}))
    return "\n".join(lines) + "\n"


def _scrub(value: object) -> object:
    """Replace undecodable-byte escapes with backslash escapes, which JSON can carry."""
    if isinstance(value, str):
        return readable(value)
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value
