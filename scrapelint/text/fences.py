"""Fenced code blocks in Markdown text: a tutorial's commands and configuration, never chrome.

A line of code reads as chrome to the locator: few words, much punctuation, no sentence
("pytest --splits 8", "services:"). Between its fences ("```" or "~~~", closed by the same
mark) a block of code is the article's, wherever it stands; a page's navigation is never
written as one. The locator passes over its lines as it does over separators (they neither add
to the body's value nor cut it), and outside the body they are only reported: their position
is the only evidence against them.
"""

from __future__ import annotations

from collections.abc import Sequence

_MARKS = ("```", "~~~")


def fenced_lines(lines: Sequence[str]) -> set[int]:
    """The indices of the lines of every closed fenced block, its fences included; an opening
    fence never closed fences nothing."""
    found: set[int] = set()
    opened: tuple[int, str] | None = None
    for index, line in enumerate(lines):
        if "```" not in line and "~~~" not in line:  # nearly every line: no strip, no search
            continue
        text = line.lstrip()
        mark = next((m for m in _MARKS if text.startswith(m)), None)
        if mark is None:
            continue
        if opened is None:
            opened = (index, mark)
        elif mark == opened[1] and not text[len(mark) :].strip("`~ \t"):
            found.update(range(opened[0], index + 1))
            opened = None
    return found
