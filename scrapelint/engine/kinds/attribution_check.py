"""`kind: attribution-check` — does the document say who wrote or supplied it?

Checks (`check:`): `missing` (no author, translator or source found), `not-a-name` (a "By ..."
credit in the head whose rest is no person's name nor an agency: "By Staff", "By Email the
author").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

from scrapelint.engine.kinds.facts_base import Check, FactRule
from scrapelint.engine.options import option
from scrapelint.facts.credit_names import agency_in, looks_like_name, looks_like_org
from scrapelint.facts.document_facts import Facts
from scrapelint.text.findings import Finding
from scrapelint.text.lazy_pattern import lazy

# A credit that opens with "By" in one of the supported languages; the rest is the name.
CREDIT_RE = lazy(r"^\s*(?:by|von|por|par|di|door|de)\s+(?P<rest>\S.{0,60})$", re.IGNORECASE)
# What parts a name from its role: "By Priya Lanehart, Local Democracy Reporter".
_ROLE_RE = lazy(r"\s*(?:,|\||·|\s[-–—]\s)\s*")
# Words after "By" that make a short line a credit attempt rather than a sentence.
HEAD_LINES = 12


@dataclass(frozen=True, eq=False, kw_only=True)
class AttributionCheckRule(FactRule):
    KIND = "attribution-check"

    def _missing(self, facts: Facts) -> Iterator[Finding]:
        meta = facts.meta
        if not (meta.authors or meta.sources or meta.translators or facts.stated_credit):
            yield self.report(0, "no author and no source found")

    def _not_a_name(self, facts: Facts) -> Iterator[Finding]:
        seen = 0
        for line in facts.original.lines:
            if line.is_blank:
                continue
            seen += 1
            if seen > HEAD_LINES:
                return
            match = CREDIT_RE.match(line.content)
            if match is None or len(match.group("rest").split()) > 5:
                continue
            rest = match.group("rest").strip(" .,;")
            if not any(_names_someone(part) for part in (rest, _ROLE_RE.split(rest)[0])):
                yield self.report(line.index, f"byline “{line.content}” does not name anyone")

    CHECKS: ClassVar[Mapping[str, Check]] = {
        "missing": _missing,
        "not-a-name": _not_a_name,
    }
    check_name: str = option(
        "missing", key="check", choices=frozenset(CHECKS), doc="which credit check the rule makes"
    )


def _names_someone(text: str) -> bool:
    return looks_like_name(text) or looks_like_org(text) or agency_in(text) is not None
