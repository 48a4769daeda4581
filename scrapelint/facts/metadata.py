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
from scrapelint.facts.language import get_detector, sample_text
from scrapelint.text.document import Document
from scrapelint.text.pieces import count_words

# A title is a line of a few words; more than this is a paragraph.
TITLE_MAX_WORDS = 30
SENTENCE_END = (".", ";", ":")


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None
    date: datetime.date | None
    date_line: int | None  # 0-based line of the date in the original text
    authors: tuple[str, ...]
    sources: tuple[str, ...]
    translators: tuple[str, ...]
    language: str | None


def describe(
    original: Document,
    cleaned: Document,
    *,
    language: bool = True,
    detector: str = "auto",
    head_dates: Sequence[DateMention] | None = None,
) -> DocumentMeta:
    """Title and language from the cleaned text, the rest from the original lines.

    ``head_dates`` is ``find_dates(original.texts)`` when the caller has it already.
    """
    texts = original.texts
    date = publication_date(texts, mentions=head_dates)
    credits = find_attributions(texts)
    return DocumentMeta(
        title=find_title(cleaned),
        date=date.date if date else None,
        date_line=date.line if date else None,
        authors=_names(credits, "author"),
        sources=_names(credits, "source"),
        translators=_names(credits, "translator"),
        language=detect_language(cleaned.texts, detector) if language else None,
    )


def find_title(doc: Document) -> str | None:
    """The first line of the cleaned text, when it is shaped like a headline."""
    for line in doc.lines:
        if line.is_blank:
            continue
        content = line.content
        if line.heading_level or (
            count_words(content, TITLE_MAX_WORDS) <= TITLE_MAX_WORDS
            and not content.endswith(SENTENCE_END)
            and not is_dateline(content)
        ):
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
