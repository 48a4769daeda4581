"""What `fix --add-metadata` writes into a cleaned JSONL record: what was read from its text."""

from __future__ import annotations

from scrapelint.metadata import DocumentMeta

# One field, so no record's own `date` or `language` is ever overwritten.
FIELD = "scrapelint"


def found(meta: DocumentMeta) -> dict:
    """What was read from a document, as the field holds it."""
    return {
        "title": meta.title,
        "date": meta.date.isoformat() if meta.date else None,
        "authors": list(meta.authors),
        "sources": list(meta.sources),
        "translators": list(meta.translators),
        "language": meta.language,
    }
