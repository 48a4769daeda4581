"""Base of the kinds that judge a whole document from its `Facts`, once the fix has run.

They propose no removal: a missing date is reported, never fixed. Their `check` over lines yields
nothing, so the fix passes skip them; `engine.judge` calls `check_facts` once per document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from scrapelint.engine.kinds.base import RuleKind
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.facts.document_facts import Facts
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding


class FactRule(RuleKind):
    CHECKS: ClassVar[frozenset[str]]
    FACTS = True

    def __init__(self, meta: RuleMeta, message: str, where: str, *, check: str) -> None:
        super().__init__(meta, message, where)
        self.check_name = check

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {"check": spec.choice("check", cls.CHECKS, sorted(cls.CHECKS)[0])}

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())

    def check_facts(self, facts: Facts) -> Iterator[Finding]:
        method = getattr(self, "_" + self.check_name.replace("-", "_"))
        yield from method(facts)

    def report(self, line: int, message: str) -> Finding:
        return self.meta.finding(line, line + 1, message, remove=False)
