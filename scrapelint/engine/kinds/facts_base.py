"""Base of the kinds that judge a whole document from its `Facts`, once the fix has run.

They propose no removal: a missing date is reported, never fixed. They are `DocumentRule`s
(`engine.rule`): `engine.judge` calls `check_facts` once per document. Each kind maps the names
its `check:` option takes to the methods that make the checks, in `CHECKS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from scrapelint.engine.kinds.base import RuleKind
from scrapelint.engine.options import option
from scrapelint.facts.document_facts import Facts
from scrapelint.text.findings import Finding

# One check of a kind: a method of it, given the document's facts.
Check = Callable[[Any, Facts], Iterator[Finding]]


@dataclass(frozen=True, eq=False, kw_only=True)
class FactRule(RuleKind):
    CHECKS: ClassVar[Mapping[str, Check]]

    # Each kind declares this option again, with its `CHECKS` as the choices and a default.
    check_name: str = option(key="check", doc="which check the rule makes")

    def check_facts(self, facts: Facts) -> Iterator[Finding]:
        yield from self.CHECKS[self.check_name](self, facts)

    def report(self, line: int, message: str) -> Finding:
        return self.meta.finding(line, line + 1, message, remove=False)
