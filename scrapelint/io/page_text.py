"""The visible text of an HTML page, one block a line, as a page scraper would save it.

The page reader (:mod:`scrapelint.facts.page_meta`) finds the dateline and byline by the headline in
text of this shape; on an HTML input it reads them here, beside what the page's own metadata
says (trafilatura and htmldate), so the two can be checked against each other.
"""

from __future__ import annotations

# Elements whose text is never shown.
HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
# Elements that start a new line: blocks, list items, table rows and cells, line breaks.
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
        "tr", "ul", "time", "button", "label", "option", "select",
    }
)  # fmt: skip
# `time` stands on its own line in most page scrapers' output, as the dateline it usually is.


def page_lines(raw: bytes) -> list[str]:
    """The page's visible text, a block a line, without blank lines."""
    import lxml.html

    try:
        root = lxml.html.fromstring(raw)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return []
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _walk(element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in HIDDEN:
        if element.tail:
            parts.append(element.tail)
        return
    block = tag.lower() in BLOCKS
    if block:
        parts.append("\n")
    if element.text and tag:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if element.tail:
        parts.append(element.tail)
