"""A menu written out on one line: short items between bars, dots or wide spaces.

Extractors flatten a site's navigation bar into one line ("Home | News | Sport | Weather",
"Startseite  Politik  Wirtschaft  Sport"): too many words for a phrase rule that matches a whole
line, and each item is one of its phrases. `menu_items` splits such a line into its items; a
phrase rule with `menu-lines` counts how many of them it knows.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.text.document import Document
from scrapelint.text.lazy_pattern import lazy

# Bars, middle dots and bullets between items, or a run of two spaces or more, or a tab.
SEPARATOR_RE = lazy(r"\s*[|·•]\s*|\s{2,}|\t")
# The fewest items of a menu, and the most words of one ("Cultuur & Media", "Strona główna").
MIN_ITEMS = 3
MAX_ITEM_WORDS = 4
# Any separator at all: one search, most lines of prose hold none.
_SEPARATOR_MARK_RE = lazy(r"[|·•\t]|  ")


def menu_items(content: str) -> list[str] | None:
    """The items of a line written as a menu, or None when it is not one (fewer than three
    items, one as long as a phrase of prose, or one with a digit: a menu's sections have none,
    a table's row or a timetable's "19:00  News  Weather" has)."""
    if _SEPARATOR_MARK_RE.search(content) is None:
        return None
    items = [item for item in SEPARATOR_RE.split(content.strip()) if item]
    if len(items) < MIN_ITEMS or any(len(item.split()) > MAX_ITEM_WORDS for item in items):
        return None
    if any(char.isdigit() for item in items for char in item):
        return None
    return items


def menu_lines(doc: Document) -> Iterator[tuple[int, list[str]]]:
    """The lines written as a menu, each with its items, that stand alone: a line under one
    ending in a colon is an article's list ("The new sections:"), and one beside another such
    line is a table's row."""
    shaped = {line.index: items for line in doc.lines if (items := menu_items(line.content))}
    for index, items in shaped.items():
        previous = _previous_non_blank(doc, index)
        following = doc.next_non_blank(index + 1)
        if previous in shaped or (following is not None and following.index in shaped):
            continue
        if previous is None or not doc.lines[previous].content.rstrip().endswith((":", "：")):
            yield index, items


def _previous_non_blank(doc: Document, index: int) -> int | None:
    return next((i for i in range(index - 1, -1, -1) if not doc.lines[i].is_blank), None)
