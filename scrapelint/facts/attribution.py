"""Find bylines (authors, translators) and sources (agencies, sites) in a scraped document.

Only the head and tail windows are read (plus a "Sources:" list wherever it starts in them); each
line there is read as a credit (`credit_line`). A bare name line only counts right before or after
a dateline, and never as the first line (the title).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scrapelint.facts.credit_line import (
    MAX_HEADING,
    SOURCES_HEADING_RE,
    clean,
    is_byline,
    parse,
)
from scrapelint.facts.credit_names import is_media_label, looks_like_name
from scrapelint.facts.dates import head_indices, is_dateline
from scrapelint.text.document import LINK_RE
from scrapelint.text.lazy_pattern import lazy

__all__ = ["Attribution", "find_attributions", "is_byline", "looks_like_name"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A credit found on line ``line``; ``text`` is that whole line."""

    line: int
    kind: str  # "author" | "translator" | "source"
    name: str
    text: str


# A Markdown or plain list item: "1. ", "- ", "* ".
LIST_ITEM_RE = lazy(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_MAX_TAIL_SOURCES = 20  # a Sources list longer than this is a link farm, not a credit list


def _sources_list(lines: Sequence[str], heading: int) -> list[Attribution]:
    """Sources named by the Markdown list under a "Sources:" heading (media links skipped)."""
    found: list[Attribution] = []
    for index in range(heading + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        if not LIST_ITEM_RE.match(line) or len(found) >= _MAX_TAIL_SOURCES:
            break
        links = [label for label, _ in LINK_RE.findall(line)]  # a link's text names the source
        for label in links or [clean(line)]:
            label = label.strip()
            if label and not is_media_label(label) and len(label.split()) <= 8:
                found.append(Attribution(index, "source", label, line))
    return found


def _window(lines: Sequence[str], head: int, tail: int) -> list[int]:
    first = head_indices(lines, head)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    last = nonblank[-tail:] if tail > 0 else []
    return sorted(set(first) | set(last))


def _neighbours(lines: Sequence[str], index: int) -> list[int]:
    """The nearest non-blank lines before and after ``index``."""
    before = next((i for i in range(index - 1, -1, -1) if lines[i].strip()), None)
    after = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
    return [i for i in (before, after) if i is not None]


def _bare_name(lines: Sequence[str], index: int) -> Attribution | None:
    """A line holding only a name, right next to a dateline: the author. The first non-blank
    line is the title, never a byline."""
    if len(lines[index]) > MAX_HEADING or not any(line.strip() for line in lines[:index]):
        return None
    text = clean(lines[index])
    if not looks_like_name(text):
        return None
    if any(is_dateline(lines[i]) for i in _neighbours(lines, index)):
        return Attribution(index, "author", text, lines[index])
    return None


def find_attributions(
    lines: Sequence[str], head: int = 12, tail: int = 8
) -> tuple[Attribution, ...]:
    """Authors, translators and sources in the first ``head`` and last ``tail`` non-blank lines."""
    heads = set(head_indices(lines, head))
    found: list[Attribution] = []
    for index in _window(lines, head, tail):
        line = lines[index]
        if len(line) < MAX_HEADING and SOURCES_HEADING_RE.match(clean(line)):
            found.extend(_sources_list(lines, index))
            continue
        parsed = parse(line)
        found.extend(Attribution(index, kind, name, line) for kind, name in parsed.credits)
        if not parsed.credits and index in heads and (bare := _bare_name(lines, index)):
            found.append(bare)
    return _dedupe(found)


def _dedupe(found: list[Attribution]) -> tuple[Attribution, ...]:
    seen: set[tuple[int, str, str]] = set()
    result: list[Attribution] = []
    for item in sorted(found, key=lambda a: a.line):
        key = (item.line, item.kind, item.name)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return tuple(result)
