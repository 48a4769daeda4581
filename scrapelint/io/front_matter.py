"""Markdown front matter: the YAML block opening a Markdown file, metadata rather than text.

It is set aside, never linted or removed, and written back as it was. It opens with a key
("title: ...") right under its `---`, and every line up to the closing `---` reads as YAML: a key,
a list item, an indented continuation, a comment or a blank line. A thematic break over the text,
or over a heading ("# Storm") and prose, is not front matter. Any line ending will do.
"""

from __future__ import annotations

import re

from scrapelint.text.lazy_pattern import lazy

FRONT_MATTER_RE = lazy(
    r"\A---[ \t]*(?:\r\n|\n|\r)"
    r"(?=(?:[\w.-]+|\"[^\"\r\n]*\"|'[^'\r\n]*')[ \t]*:(?:[ \t]|\r|\n))"
    r"(?P<body>.*?)(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|\Z)",
    re.DOTALL,
)
LINE_END_RE = lazy(r"\r\n|\n|\r")
YAML_LINE_RE = lazy(
    r"(?:[\w.-]+|\"[^\"]*\"|'[^']*')[ \t]*:(?:[ \t].*)?"  # a key, and its value
    r"|[ \t]+\S.*|-(?:[ \t].*)?|#.*|[ \t]*"  # continued, a list item, a comment, blank
)


def front_matter_of(text: str) -> str:
    """The YAML front matter opening a Markdown text, with its closing line; "" for none."""
    match = FRONT_MATTER_RE.match(text)
    if match is None:
        return ""
    lines = LINE_END_RE.split(match["body"])
    return match.group(0) if all(YAML_LINE_RE.fullmatch(line) for line in lines) else ""


def line_starts(text: str, lines: int) -> int:
    """Where line `lines` (0-based) of `text` starts: after that many line breaks of any kind, or
    at the end of a text that has fewer."""
    cut = 0
    for _ in range(lines):
        end = LINE_END_RE.search(text, cut)
        cut = len(text) if end is None else end.end()
    return cut
