"""A menu written out on one line: short items between bars, dots or wide spaces.

Extractors flatten a site's navigation bar into one line ("Home | News | Sport | Weather",
"Startseite  Politik  Wirtschaft  Sport"): too many words for a phrase rule that matches a whole
line, and each item is one of its phrases. `menu_items` splits such a line into its items; a
phrase rule with `menu-lines` counts how many of them it knows.
"""

from __future__ import annotations

import re

# Bars, middle dots and bullets between items, or a run of two spaces or more, or a tab.
SEPARATOR_RE = re.compile(r"\s*[|·•]\s*|\s{2,}|\t")
# The fewest items of a menu, and the most words of one ("Cultuur & Media", "Strona główna").
MIN_ITEMS = 3
MAX_ITEM_WORDS = 4
_SEPARATORS = ("|", "·", "•", "  ", "\t")


def menu_items(content: str) -> list[str] | None:
    """The items of a line written as a menu, or None when it is not one (fewer than three
    items, or one as long as a phrase of prose)."""
    if not any(mark in content for mark in _SEPARATORS):
        return None
    items = [item for item in SEPARATOR_RE.split(content.strip()) if item]
    if len(items) < MIN_ITEMS or any(len(item.split()) > MAX_ITEM_WORDS for item in items):
        return None
    return items
