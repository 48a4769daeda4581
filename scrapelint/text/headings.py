"""Markdown's level-one heading: how a Markdown page marks its headline.

A page has one headline, and Markdown writes it `# Headline` (ATX) or over a line of `=`
(setext). A text with exactly one such heading says which line its headline is; with none or
several (a site's name and the article's, or every section at level one) it says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.text.document import HEADING_RE, LINK_MARK
from scrapelint.text.fences import fenced_lines
from scrapelint.text.lazy_pattern import lazy

# A level-one heading that is only a link: "# [Daily Courier](https://example.com/)".
LINK_ONLY_RE = lazy(r"\s{0,3}#\s+\[[^\]]*\]\([^)]*\)\s*$")
# What either opens with (a space: indented by up to three): most lines are settled by it.
_OPENINGS = frozenset("#= ")
# A setext underline of level one: three `=` or more, alone on the line.
UNDERLINE_RE = lazy(r"\s{0,3}={3,}\s*$")


def sole_level_one_heading(lines: Sequence[str], *, plain_underlines: bool = True) -> int | None:
    """The index of the text's only level-one heading (of its text line, over a setext
    underline), or None when it has none or several. A heading that is only a link is a site's
    logo, not a headline. Plain text underlines a title with `=` as Markdown does, a site's name
    as well as a headline: with `plain_underlines` false, an underline counts only in a text with
    Markdown links."""
    found = [
        i
        for i, line in enumerate(lines)
        if line[:1] in _OPENINGS
        and (heading_level(line) == 1 or (i and UNDERLINE_RE.match(line) and lines[i - 1].strip()))
    ]
    if len(found) > 1:
        fenced = fenced_lines(lines)  # a shell comment in a code block ("# install it") is none
        found = [i for i in found if i not in fenced]
    if len(found) != 1:
        return None
    index = found[0]
    if UNDERLINE_RE.match(lines[index]):
        markdown = plain_underlines or any(LINK_MARK in line for line in lines)
        return index - 1 if markdown else None
    return None if LINK_ONLY_RE.match(lines[index]) else index


def heading_level(line: str) -> int:
    """The level of a Markdown ATX heading ("## Results": 2), 0 for any other line (hashes with
    nothing after them too)."""
    if "#" not in line[:4]:
        return 0
    match = HEADING_RE.match(line)
    return len(match.group(1)) if match and line[match.end() :].strip() else 0
