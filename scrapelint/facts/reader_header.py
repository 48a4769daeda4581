"""The header a web-to-Markdown reader writes above the page it saved.

Some readers open every saved page with fields of their own, one to a line: "Title:" with the
page's `<title>`, "URL Source:" with its address, "Published Time:" with the time the page
declares, and "Markdown Content:" right before the page. The metadata readers must not take the
field names for a headline or a name ("Markdown Content" beside a date reads like a byline); the
published time is a dateline like any other and stays for them to read.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.text.lazy_pattern import lazy

# The fields, case as the reader writes them; "Published Time:" is not among those dropped.
_FIELD_RE = lazy(r"(?:Title:\s+\S|URL Source:\s*\S|Published Time:\s*\S|Markdown Content:\s*$)")
_DROPPED = ("Title:", "URL Source:", "Markdown Content:")
# The header is the text's first lines: four fields and the blank lines between them.
_REACH = 12


def without_reader_header(texts: Sequence[str]) -> Sequence[str]:
    """`texts` with the reader's header lines blank, when the text opens with one whose
    "URL Source:" field says it is; the line numbers stay as they were."""
    header = _header_lines(texts)
    if not header:
        return texts
    return tuple("" if i in header else text for i, text in enumerate(texts))


def _header_lines(texts: Sequence[str]) -> frozenset[int]:
    fields = []
    for index, text in enumerate(texts[:_REACH]):
        if not text.strip():
            continue
        if not _FIELD_RE.match(text):
            break
        fields.append(index)
    if not any(texts[i].startswith("URL Source:") for i in fields):
        return frozenset()
    return frozenset(i for i in fields if texts[i].startswith(_DROPPED))
