"""What `fix --add-metadata` writes into a cleaned JSONL record, merged with what the record holds.

The field is merged, never overwritten with less: a value this run found replaces the old one, and
a value it did not find keeps what the record carried. A second run finds no dateline or byline
(the first run moved them out of the text), and its empties must not erase the only copy.

The field is only ever scrapelint's own: when a record's field of that name holds anything but
an object of these keys, that field is left as it was (the text is still cleaned) and reported.
What the field held before is kept in the report (`metadata_before`), so `restore` puts the exact
bytes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scrapelint.facts.metadata import DocumentMeta
from scrapelint.io.json_members import Member, MemberEdit, dumps, find, value_text

# One field, so no record's own `date` or `language` is ever overwritten.
FIELD = "scrapelint"
KEYS = ("title", "date", "authors", "sources", "translators", "language")


class ForeignField(ValueError):
    """The record already has a field of that name, and it is not scrapelint's metadata."""


@dataclass(frozen=True, slots=True)
class MetadataEdit:
    field: str
    value: str  # the field's new JSON text
    before: str | None  # its JSON text before the fix, or None when the fix adds it

    @property
    def member(self) -> MemberEdit:
        return MemberEdit(self.field, self.value)


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


def plan(
    record: dict, line: str, members: Sequence[Member], meta: DocumentMeta
) -> MetadataEdit | None:
    """The edit that brings a record's field up to date, or None when it already is.

    Raises ForeignField when the record holds a field of that name that is not scrapelint's.
    """
    new = found(meta)
    old_member = find(members, FIELD)
    if old_member is None:
        return MetadataEdit(FIELD, dumps(new, line, members), None)
    old = record[FIELD]
    if not _is_ours(old):
        raise ForeignField(f"field {FIELD!r} holds data that is not scrapelint's; left as it was")
    merged = merge(old, new)
    if merged == old:
        return None  # nothing new: the record stays byte for byte
    return MetadataEdit(FIELD, dumps(merged, line, members), value_text(line, old_member))


def merge(old: dict, new: dict) -> dict:
    """`new`'s values where it found one, `old`'s where it did not."""
    return {key: new[key] if _has(new[key]) else old.get(key, new[key]) for key in KEYS}


def _has(value: object) -> bool:
    return value is not None and value != []


def _is_ours(value: object) -> bool:
    return isinstance(value, dict) and set(value) <= set(KEYS)
