"""Facts about a whole document, for the checks that judge the document rather than its lines.

Dates, attribution and language are read once the fix has run (the language from the cleaned
body), then handed to the document-level rule kinds as one `Facts` value. The engine passes it
through without knowing what is in it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from scrapelint.facts.dates import DateMention
from scrapelint.facts.metadata import DocumentMeta
from scrapelint.facts.policy import Policy
from scrapelint.text.document import Document


@dataclass(frozen=True, slots=True)
class Facts:
    original: Document
    cleaned: Document
    meta: DocumentMeta
    head_dates: tuple[DateMention, ...]
    metadata_date: datetime.date | None  # from a JSONL field, front matter or the file path
    policy: Policy
    stated_credit: bool = False  # an author or source named outside the text (`stated`)
