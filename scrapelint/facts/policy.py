"""What a corpus expects of its documents: languages, a date window, the day dates are checked on,
and how strong the evidence for a removal must be.

A frozen value built once from the configuration and the command line, and handed to the checks
of dates, attribution and language. The defaults ask nothing a corpus did not declare: no
language set, no window, dates checked against today.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from scrapelint.text.confidence import REMOVE_AT


@dataclass(frozen=True, slots=True)
class Policy:
    languages: tuple[str, ...] = ()
    reference_date: datetime.date = field(default_factory=datetime.date.today)
    date_min: datetime.date | None = None
    date_max: datetime.date | None = None
    language_detector: str = "auto"
    detect_language: bool = True
    # The confidence a removal needs (`scrapelint.text.confidence`); lowered by `--aggressive`.
    remove_at: float = REMOVE_AT
