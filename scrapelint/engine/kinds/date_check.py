"""`kind: date-check` — is the document dated, once, plausibly and consistently?

Checks (`check:`): `missing` (no date in the head nor in the metadata), `conflicting` (datelines
in the head that disagree, "Updated" stamps aside), `metadata-mismatch` (the dateline says one day,
the JSONL field, front matter or path another), `weekday` (a weekday that is not the date's),
`future` (after the reference date), `window` (outside the configured date window), `unresolved`
(two datelines beside the article name different days and nothing tells which is the article's,
so no date is reported).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

from scrapelint.engine.kinds.facts_base import Check, FactRule
from scrapelint.engine.options import option
from scrapelint.facts.dates import is_dateline
from scrapelint.facts.document_facts import Facts
from scrapelint.text.findings import Finding
from scrapelint.text.lazy_pattern import lazy

# A second date on an "Updated" line is a revision, not a conflict.
REVISION_RE = lazy(
    r"\b(?:updated|modified|revised|aktualisiert|actualizado|actualisé|mis à jour|atualizado|"
    r"aggiornato)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, eq=False, kw_only=True)
class DateCheckRule(FactRule):
    KIND = "date-check"

    def _unresolved(self, facts: Facts) -> Iterator[Finding]:
        conflict = facts.meta.date_conflict
        if facts.meta.date is None and len(conflict) >= 2:
            (line, first), (other_line, other) = conflict[:2]
            yield self.report(
                line,
                f"datelines by the article disagree ({first.isoformat()} on line {line + 1}, "
                f"{other.isoformat()} on line {other_line + 1}); no date reported",
            )

    def _missing(self, facts: Facts) -> Iterator[Finding]:
        if facts.meta.date is None and facts.metadata_date is None:
            yield self.report(0, "no publication date in the head or the metadata")

    def _conflicting(self, facts: Facts) -> Iterator[Finding]:
        lines = facts.original.texts
        datelines = [
            m
            for m in facts.head_dates
            if is_dateline(lines[m.line]) and not _revision(lines[m.line])
        ]
        if not datelines:
            return
        first = datelines[0]
        for mention in datelines[1:]:
            if mention.date != first.date:
                yield self.report(
                    mention.line,
                    f"dateline says {mention.date.isoformat()}, line {first.line + 1} says "
                    f"{first.date.isoformat()}",
                )
                return

    def _metadata_mismatch(self, facts: Facts) -> Iterator[Finding]:
        date, meta_date = facts.meta.date, facts.metadata_date
        if date is not None and meta_date is not None and date != meta_date:
            yield self.report(
                facts.meta.date_line or 0,
                f"dateline {date.isoformat()} disagrees with metadata date {meta_date.isoformat()}",
            )

    def _weekday(self, facts: Facts) -> Iterator[Finding]:
        for mention in facts.head_dates:
            if mention.weekday_ok is False:
                weekday = mention.date.strftime("%A")
                yield self.report(mention.line, f"“{mention.text}” was a {weekday}")

    def _future(self, facts: Facts) -> Iterator[Finding]:
        date, reference = facts.meta.date or facts.metadata_date, facts.policy.reference_date
        if date is not None and date > reference:
            yield self.report(
                facts.meta.date_line or 0,
                f"date {date.isoformat()} is after the reference date {reference.isoformat()}",
            )

    def _window(self, facts: Facts) -> Iterator[Finding]:
        date, low, high = (
            facts.meta.date or facts.metadata_date,
            facts.policy.date_min,
            facts.policy.date_max,
        )
        if date is None or (low is None and high is None):
            return
        if (low is not None and date < low) or (high is not None and date > high):
            window = f"{low.isoformat() if low else '…'} – {high.isoformat() if high else '…'}"
            yield self.report(
                facts.meta.date_line or 0, f"date {date.isoformat()} is outside {window}"
            )

    CHECKS: ClassVar[Mapping[str, Check]] = {
        "missing": _missing,
        "conflicting": _conflicting,
        "metadata-mismatch": _metadata_mismatch,
        "weekday": _weekday,
        "future": _future,
        "window": _window,
        "unresolved": _unresolved,
    }
    check_name: str = option(
        "conflicting", key="check", choices=frozenset(CHECKS), doc="which date check the rule makes"
    )


def _revision(line: str) -> bool:
    return bool(REVISION_RE.search(line))
