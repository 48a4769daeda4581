"""The kind of the rules whose findings the engine makes itself: the body guard's refusal
(`SL001`) and a suppression marker that kept nothing (`SL002`).

Such a rule reads no line. It makes the engine's finding a rule like any other: listed, explained,
selected, ignored, in baselines and per-file ignores. The engine reports the finding only when the
rule is selected (`engine_rule`); what the finding is about is done either way: the guard refuses
a fix whether or not `SL001` is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import option
from scrapelint.engine.rule import LineRule, Rule, RuleMeta
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

BODY_GUARD = "body-guard"
UNUSED_SUPPRESSION = "unused-suppression"


@dataclass(frozen=True, eq=False, kw_only=True)
class EngineFindingRule(LineKind):
    KIND: ClassVar[str] = "engine"

    engine_finding: str = option(
        choices=frozenset({BODY_GUARD, UNUSED_SUPPRESSION}),
        key="reports",
        doc="which of the engine's own findings the rule names",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())


def engine_rule(rules: Iterable[object], name: str) -> RuleMeta | None:
    """The meta of the rule of `rules` that names the engine's finding `name`, when selected."""
    for rule in rules:
        if isinstance(rule, EngineFindingRule) and rule.engine_finding == name:
            return rule.meta
    return None


def removes_lines(rule: Rule) -> bool:
    """Whether `rule` can propose removals (`fix` resolves its findings): the document-level
    checks (a missing date) and the engine's own findings (the guard's) only report."""
    return isinstance(rule, LineRule) and not isinstance(rule, EngineFindingRule)
