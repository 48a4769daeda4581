"""What a file states about a document outside its text: a record's fields (scrapelint's own
metadata field among them), Markdown front matter, an HTML page's metadata, the path.

A fix moves datelines and bylines out of the text; where the format has a place for them (a JSONL
record with `--add-metadata`, front matter), a later check must still see them there, or it would
report as missing the very date and author the fix put aside.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from scrapelint.facts.dates import find_dates_in
from scrapelint.facts.record_metadata import FIELD
from scrapelint.io.formats import Parsed
from scrapelint.text.lazy_pattern import lazy

# JSONL fields and front-matter keys that carry a publication date, most specific first.
DATE_FIELDS = ("date", "published", "published_at", "publication_date", "pub_date", "timestamp")
# Record fields (and scrapelint's own metadata keys) that name who wrote or supplied the text.
CREDIT_FIELDS = ("author", "authors", "byline", "source", "sources", "translators")
FRONT_MATTER_CREDIT_RE = lazy(
    r"^(?:author|authors|byline|source)[ \t]*:[ \t]*(.*)\n((?:[ \t]+-[ \t]*\S.*\n)*)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Stated:
    date: datetime.date | None = None
    credited: bool = False  # an author or source is named outside the text


NOTHING_STATED = Stated()  # a bare text: no file, record or page says anything of it


def stated(parsed: Parsed, record: dict | None) -> Stated:
    """What the file states of the document whose record (for JSONL) is `record`."""
    own = record.get(FIELD) if record is not None else None
    own = own if isinstance(own, dict) else {}
    return Stated(_date(parsed, record, own), _credited(parsed, record, own))


def _date(parsed: Parsed, record: dict | None, own: dict) -> datetime.date | None:
    candidates: list[str] = []
    for key in DATE_FIELDS:
        value = record.get(key) if record is not None else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _epoch_date(value)
        if value:
            candidates.append(str(value))
    if isinstance(own.get("date"), str):
        candidates.append(own["date"])
    if parsed.front_matter:
        candidates.append(parsed.front_matter)
    if parsed.metadata.get("date"):
        candidates.append(parsed.metadata["date"])
    candidates.append(parsed.path)
    for text in candidates:
        found = find_dates_in(text)
        if found:
            return found[0].date
    return None


def _credited(parsed: Parsed, record: dict | None, own: dict) -> bool:
    fields = [record.get(key) for key in CREDIT_FIELDS] if record is not None else []
    fields += [own.get(key) for key in CREDIT_FIELDS]
    if any(_names_someone(value) for value in fields):
        return True
    # A name on the key's line ("author: Jane Roe") or a YAML list under it ("  - Jane Roe").
    return any(
        _names_someone(match.group(1)) or bool(match.group(2))
        for match in FRONT_MATTER_CREDIT_RE.finditer(parsed.front_matter)
    )


# YAML's spellings of nothing: `author: null` names nobody.
YAML_NULLS = frozenset({"", "null", "~", "none"})


def _names_someone(value: object) -> bool:
    if isinstance(value, str):
        return value.strip(" \t\r\n-[]'\"").lower() not in YAML_NULLS
    if isinstance(value, list):
        return any(_names_someone(item) for item in value)
    return False


def _epoch_date(value: float) -> datetime.date | None:
    """A Unix timestamp, in seconds or (past the year 2286 in seconds) milliseconds."""
    seconds = value / 1000 if value > 1e10 else value
    try:
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None
