"""Output formats for a run. Each reporter turns the report data into text; none of them prints."""

from __future__ import annotations

from collections.abc import Callable

from scrapelint.reporters.github import render_github
from scrapelint.reporters.html import render_html
from scrapelint.reporters.json import render_json, render_jsonl
from scrapelint.reporters.junit import render_junit
from scrapelint.reporters.sarif import render_sarif
from scrapelint.reporters.text import render_text

REPORTERS: dict[str, Callable[[dict], str]] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
    "junit": render_junit,
    "github": render_github,
    "html": render_html,
}

# Formats that show whole documents: the report they get carries each document's original `text`.
NEEDS_TEXT = frozenset({"html"})

__all__ = ["NEEDS_TEXT", "REPORTERS"]
