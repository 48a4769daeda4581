"""Output formats for a run. Each reporter turns the report data into text; none of them prints."""

from __future__ import annotations

from collections.abc import Callable

from scrapelint.reporters.json import render_json, render_jsonl
from scrapelint.reporters.text import render_text

REPORTERS: dict[str, Callable[[dict], str]] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
}

__all__ = ["REPORTERS"]
