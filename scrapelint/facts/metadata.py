"""What a document is about and where it comes from: title, date, authors, sources, language.

Read from the original lines (datelines and bylines are usually removed by the fix) except the
language, which is detected on a bounded sample of the cleaned body, so menus in English do not
make a German article English.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from scrapelint.facts.attribution import find_attributions
from scrapelint.facts.dates import DateMention, is_dateline, publication_date
from scrapelint.facts.headline import MIN_TITLE_SCORE
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.facts.language import get_detector, sample_text
from scrapelint.facts.page_meta import PageMeta, read_page
from scrapelint.facts.reader_header import without_reader_header
from scrapelint.text.document import Document


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None
    date: datetime.date | None
    date_line: int | None  # 0-based line of the date in the original text
    authors: tuple[str, ...]
    sources: tuple[str, ...]
    translators: tuple[str, ...]
    language: str | None
    updated: datetime.date | None = None  # a revision date printed beside the publication date
    updated_line: int | None = None
    title_line: int | None = None  # 0-based, in the original text; None when read elsewhere
    author_line: int | None = None
    # Two datelines that disagree with nothing to tell which is the article's: no date is
    # reported, and the date check says why. (line, date) of each.
    date_conflict: tuple[tuple[int, datetime.date], ...] = ()


def describe(
    original: Document,
    cleaned: Document,
    *,
    language: bool = True,
    detector: str = "auto",
    head_dates: Sequence[DateMention] | None = None,
    body: tuple[int, int] | None = None,
    unread: frozenset[int] = frozenset(),
) -> DocumentMeta:
    """Title, date and authors from around the article (`page_meta`), the head's dateline and
    credits first where it has them (`dates`, `attribution`); language from the cleaned text.

    ``head_dates`` is ``find_dates(original.texts)`` when the caller has it already; ``body``
    is where the locator put the article's body in the original text (start, end), when a rule
    asked; ``unread`` are lines nothing is read on (a comment section, a cookie banner the fix
    took).
    """
    texts = without_reader_header(original.texts)
    head_date = publication_date(texts, mentions=head_dates)
    if head_date is not None and (
        head_date.line in unread or not is_dateline(texts[head_date.line])
    ):
        head_date = None  # a date in a sentence or a menu of the head is no publication date
    # The credits' windows (the first and last lines) stay where they are; what stands on an
    # unread line is no credit.
    credits = [c for c in find_attributions(texts) if c.line not in unread]
    if unread:
        texts = [("" if index in unread else text) for index, text in enumerate(texts)]
    page = read_page(texts, body)
    date, date_line, conflict = _date(head_date, page)
    authors = _names(credits, "author")
    author_line = next((c.line for c in credits if c.kind == "author"), None)
    if page.byline is not None:
        authors, author_line = page.byline.names, page.byline.line
    updated = page.updated if date is not None and page.updated is not None else None
    title, title_line = _title(page, cleaned)
    return DocumentMeta(
        title=title,
        date=date,
        date_line=date_line,
        authors=authors,
        sources=_names(credits, "source"),
        translators=_names(credits, "translator"),
        language=detect_language(cleaned.texts, detector) if language else None,
        updated=updated.mention.date
        if updated is not None and updated.mention.date != date
        else None,
        updated_line=updated.line if updated is not None else None,
        title_line=title_line,
        author_line=author_line,
        date_conflict=conflict,
    )


def _date(
    head: DateMention | None, page: PageMeta
) -> tuple[datetime.date | None, int | None, tuple[tuple[int, datetime.date], ...]]:
    """The head's dateline when it is one; else the dateline read around the article."""
    if page.date is not None:
        return page.date.mention.date, page.date.line, ()
    if page.conflict is not None:
        return None, None, tuple((d.line, d.mention.date) for d in page.conflict)
    if head is not None and not _revised(head, page):
        return head.date, head.line, ()
    return None, None, ()


def _revised(head: DateMention, page: PageMeta) -> bool:
    """The head's date is one the page labels "Last updated": the publication came before it."""
    return any(d.last and d.mention.line == head.line for d in page.datelines)


def _title(page: PageMeta, cleaned: Document) -> tuple[str | None, int | None]:
    """The headline read around the article when it is sure enough; none when it is unsure (a
    wrong title is worse than none); the cleaned text's first line when no line was a candidate."""
    if page.title is None:
        return find_title(cleaned), None
    if page.title.score < MIN_TITLE_SCORE:
        return None, None
    return page.title.text, page.title.line


def find_title(doc: Document) -> str | None:
    """The first line of the cleaned text, when it is a heading or shaped like a headline (the
    shape `headline` reads its candidates by: a line of prose with no closing stop, or a personal
    site's name, "Jane Doe's blog", is none)."""
    for line in doc.lines:
        if line.is_blank:
            continue
        content = line.content
        if line.heading_level or is_headline_shaped(content):
            return content
        return None
    return None


def detect_language(lines: Sequence[str], detector: str = "auto") -> str | None:
    sample = sample_text(lines)
    return get_detector(detector).detect(sample).code if sample else None


def _names(credits: Sequence, kind: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for credit in credits:
        if credit.kind == kind:
            seen.setdefault(credit.name, None)
    return tuple(seen)
