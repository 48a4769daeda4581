"""`kind: pattern` with `requires`: the prefilter never turns away a line the regex takes."""

from __future__ import annotations

import re
import sys

import pytest

from scrapelint.engine.kinds.pattern import PatternRule, fold_case
from scrapelint.engine.packs import load_rule_file, load_rules
from scrapelint.engine.spec import SpecError
from tests.strategies import HEADLINES, SENTENCES

FILTERED = [r for r in load_rules() if isinstance(r, PatternRule) and r.requires]
# Every code point but the surrogates, which a str may hold but no text carries.
EVERY_CHAR = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_some_rules_use_the_prefilter():
    assert {r.meta.code for r in FILTERED} >= {"NV001", "MD003", "FT001"}


def test_fold_case_holds_every_ignorecase_match_of_a_required_character():
    folded = [rule for rule in FILTERED if rule.pattern.flags & re.IGNORECASE]
    needed = {ch for rule in folded for literal in rule.requires for ch in literal}
    for ch in needed:
        for match in re.finditer(re.escape(ch), EVERY_CHAR, re.IGNORECASE):
            assert fold_case(match.group()) == ch, (ch, match.group())


@pytest.mark.parametrize("rule", FILTERED, ids=lambda r: r.meta.code)
def test_prefilter_agrees_with_the_pattern(rule):
    lines = [
        line
        for example in rule.meta.fail_examples + rule.meta.pass_examples
        for line in example.text.splitlines()
    ]
    lines += [s for pool in (SENTENCES, HEADLINES) for texts in pool.values() for s in texts]
    for line in lines:
        for text in (line, line.upper(), line.swapcase()):
            assert bool(rule._matches(text)) == bool(rule.pattern.search(text)), text


def test_upper_case_requires_is_an_error(tmp_path):
    path = tmp_path / "shout.yaml"
    path.write_text(
        "code: XX001\nkind: pattern\ncategory: footer\nmessage: m\nrationale: r\n"
        "pattern: 'read more'\nrequires: [Read More]\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecError, match="requires"):
        load_rule_file(path)
