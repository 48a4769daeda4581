"""Saved HTML pages: the article is extracted with trafilatura, then linted like any text.

trafilatura has the page's markup to go on, which text alone does not; comments are kept out and
the page's own metadata (date, author, site, title) comes along. Importing trafilatura costs about
a quarter of a second, so it is imported only when an HTML file is actually read.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapelint.io.page_text import page_lines


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    metadata: dict[str, str]
    page: tuple[str, ...] = ()  # the page's visible text, a block a line (`page_text`)


# Metadata fields trafilatura reads from a page that scrapelint reports. Its `date` is htmldate's
# reading of the page (meta tags, JSON-LD, `<time>`, the URL), the original publication date.
METADATA_FIELDS = ("title", "author", "date", "sitename", "url", "language")


def extract(raw: bytes) -> Extracted | None:
    """The article text and page metadata, or None when trafilatura finds no article."""
    import trafilatura

    document = trafilatura.bare_extraction(
        raw, include_comments=False, with_metadata=True, include_tables=True
    )
    if document is None:
        return None
    text = getattr(document, "text", None) or ""
    if not text.strip():
        return None
    metadata = {
        name: str(value) for name in METADATA_FIELDS if (value := getattr(document, name, None))
    }
    return Extracted(text if text.endswith("\n") else text + "\n", metadata, tuple(page_lines(raw)))
