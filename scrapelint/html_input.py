"""Saved HTML pages: the article is extracted with trafilatura, then linted like any text.

trafilatura has the page's markup to go on, which text alone does not; comments are kept out and
the page's own metadata (date, author, site, title) comes along. Importing trafilatura costs about
a quarter of a second, so it is imported only when an HTML file is actually read.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    metadata: dict[str, str]


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
    metadata.update(printed(raw))
    return Extracted(text if text.endswith("\n") else text + "\n", metadata)


def printed(raw: bytes) -> dict[str, str]:
    """What the page prints by its headline (`dateline`, `dateline_kind`, `byline`, `headline`),
    read from its visible text around the article the locator finds there. (Reading around the
    part trafilatura extracted instead gets fewer dates right on DEV-modern: .917 against .930.)"""
    from scrapelint.article import locate_article
    from scrapelint.page_meta import read_page
    from scrapelint.page_text import page_lines

    lines = page_lines(raw)
    article = locate_article(lines)
    page = read_page(lines, (article.start, article.end))
    found: dict[str, str] = {}
    if page.date is not None:
        found["dateline"] = page.date.mention.date.isoformat()
        found["dateline_kind"] = page.date.kind
    if page.byline is not None:
        found["byline"] = "; ".join(page.byline.names)
    if page.title is not None:
        found["headline"] = page.title.text
    return found
