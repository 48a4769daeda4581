"""A rule's own examples, run when the rule is loaded from a corpus's `--rules-dir`.

The built-in rules' examples run in the test suite (`tests/engine/test_rule_examples.py`); a
corpus's rules have no such suite, so the same discipline is applied when they are loaded: a fail
example must be found, and fixed as documented; a pass example must not be found. Rules that judge
a whole document (a date, the authors, the language) need the facts the run reads, which are not
at hand here: their examples are left to the run itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.engine.fix import fix
from scrapelint.engine.kinds.engine_finding import removes_lines
from scrapelint.engine.rule import Rule
from scrapelint.text.document import Document


def example_problems(rule: Rule) -> Iterator[tuple[str, str]]:
    """(key, problem) for each documented example the rule does not live up to."""
    if not removes_lines(rule):
        return
    code = rule.meta.code
    for number, example in enumerate(rule.meta.fail_examples):
        key = f"examples.fail[{number}]"
        result = fix(Document.from_text(example.text), (rule,))
        if code not in {outcome.finding.code for outcome in result.outcomes}:
            yield key, f"{code} does not find its own example"
        elif example.fixed is not None and result.cleaned.text != example.fixed:
            yield key, f"{code} fixes its example to {result.cleaned.text!r}, not to `fixed`"
    for number, example in enumerate(rule.meta.pass_examples):
        result = fix(Document.from_text(example.text), (rule,))
        if code in {outcome.finding.code for outcome in result.outcomes}:
            yield f"examples.pass[{number}]", f"{code} finds its own passing example"
