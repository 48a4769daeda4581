"""Judging: the document-level rules' findings on the facts read from the fixed text, added to
the fix's result under the same inline suppressions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scrapelint.engine.kinds.engine_finding import UNUSED_SUPPRESSION, engine_rule
from scrapelint.engine.result import Outcome, Result
from scrapelint.engine.rule import Rule, document_rules
from scrapelint.facts.document_facts import Facts


def judge(result: Result, rules: Sequence[Rule], facts: Facts) -> Result:
    """Add the findings of the document-level rules, given the facts read from the fixed text."""
    found = [finding for rule in document_rules(rules) for finding in rule.check_facts(facts)]
    marks = result.suppressions
    if marks:
        held = tuple(f for f in found if marks.covers(f.code, f.line))
        suppressed = result.suppressed + held
        reported = [o.finding for o in result.outcomes]
        found = [f for f in found if f not in held]
        codes = {rule.meta.code for rule in rules}
        found += marks.unused(suppressed, reported, codes, engine_rule(rules, UNUSED_SUPPRESSION))
        result = replace(result, suppressed=suppressed)
    if not found:
        return result
    outcomes = sorted(
        [*result.outcomes, *map(Outcome, found)], key=lambda o: (o.finding.line, o.finding.code)
    )
    return replace(result, outcomes=tuple(outcomes))
