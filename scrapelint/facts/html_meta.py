"""An HTML page's metadata against what its text prints: one title, date and author list.

A page states its title, author and date in its markup (trafilatura's metadata; the date is
htmldate's reading of meta tags, JSON-LD, `<time>` and the URL) and prints them by its headline
(`printed`, read on the page's visible text that `io.page_text` gives). The printed dateline is
the article's as readers see it and wins (unless the markup's date is printed as a dateline
elsewhere on the page too: then two sources agree on it), then the markup's, then a date left in
the extracted text. The markup's date stays the document's stated date, so `DT003` reports when
it and the reported date disagree. For authors the markup is the more reliable (DEV-modern:
.884/.048 against .864/.068 right/wrong), then what the page prints, then the extracted text.
The title is the markup's or the printed headline, as `title_choice` decides between them
(.852/.148 right/wrong, the markup's alone .749/.251), then the extracted text's.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import replace

from scrapelint.facts.datelines import UPDATED
from scrapelint.facts.headline import MIN_TITLE_SCORE
from scrapelint.facts.metadata import DocumentMeta
from scrapelint.facts.page_meta import read_page
from scrapelint.facts.title_choice import choose_title

# Several authors in trafilatura's `author` field are joined by "; ", and so are the names of a
# printed byline here.
AUTHOR_SEPARATOR = "; "


def printed(lines: Sequence[str], body: tuple[int, int] | None) -> dict[str, str]:
    """What a page prints by its headline, read from its visible text `lines` around the body
    the locator finds there: `dateline`, `dateline_kind`, `byline`, `headline` (when sure enough
    to report). (Reading around the part trafilatura extracted instead gets fewer dates right on
    DEV-modern: .917 against .930.)"""
    page = read_page(lines, body)
    found: dict[str, str] = {}
    if page.date is not None:
        found["dateline"] = page.date.mention.date.isoformat()
        found["dateline_kind"] = page.date.kind
    if page.byline is not None:
        found["byline"] = AUTHOR_SEPARATOR.join(page.byline.names)
    if page.title is not None and page.title.score >= MIN_TITLE_SCORE:
        found["headline"] = page.title.text
    printed_dates = {d.mention.date.isoformat() for d in page.datelines if d.kind != UPDATED}
    found["datelines"] = " ".join(sorted(printed_dates))
    return found


def with_page_metadata(meta: DocumentMeta, page: Mapping[str, str]) -> DocumentMeta:
    """`meta` (read from the extracted text) completed from what the page states and prints."""
    if not page:
        return meta
    # The extracted text has lost the dateline and byline as a rule (trafilatura cuts them); a
    # date or name left in it is more often another one's.
    printed = _iso(page.get("dateline"))
    stated = _iso(page.get("date"))
    if printed and stated and stated != printed and page.get("date", "")[:10] in _printed(page):
        printed = stated  # the markup's date is printed on the page too: two sources agree
    date = printed or stated or meta.date
    date_line = meta.date_line if date == meta.date and not printed else None
    credited = _authors(page.get("author")) or _authors(page.get("byline"))
    authors = credited or meta.authors
    author_line = None if credited else meta.author_line
    title = choose_title(page.get("title"), page.get("headline")) or meta.title
    title_line = meta.title_line if title == meta.title else None
    return replace(
        meta,
        date=date,
        date_line=date_line,
        authors=authors,
        author_line=author_line,
        title=title,
        title_line=title_line,
    )


def _printed(page: Mapping[str, str]) -> set[str]:
    return set(page.get("datelines", "").split())


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name.strip() for name in value.split(AUTHOR_SEPARATOR.strip()) if name.strip())


def _iso(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
