"""The document-level rules (date, attribution, language): their examples and more cases."""

from __future__ import annotations

import datetime

import pytest

from scrapelint.engine.corpus_rules import reads_corpus
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import document_rules
from scrapelint.facts.policy import Policy
from scrapelint.facts.stated import Stated
from scrapelint.run.process import clean_document
from scrapelint.text.document import Document

# Those that read the corpus's table run their examples in tests/corpus_level, after `learn`.
FACT_RULES = [rule for rule in document_rules(load_rules()) if not reads_corpus(rule)]
REFERENCE = Policy(reference_date=datetime.date(2026, 11, 23))
BODY = "Troops entered the town on Friday after a week of fighting, the army said in a statement.\n"


def codes(text: str, rule, policy: Policy = REFERENCE, metadata_date=None) -> list[str]:
    said = Stated(metadata_date)
    result, _ = clean_document(Document.from_text(text), (rule,), policy, said)
    return [o.finding.code for o in result.outcomes]


@pytest.mark.parametrize("rule", FACT_RULES, ids=lambda r: r.meta.code)
def test_fail_examples_are_found(rule) -> None:
    for example in rule.meta.fail_examples:
        assert rule.meta.code in codes(example.text, rule)


@pytest.mark.parametrize("rule", FACT_RULES, ids=lambda r: r.meta.code)
def test_pass_examples_are_clean(rule) -> None:
    for example in rule.meta.pass_examples:
        assert rule.meta.code not in codes(example.text, rule)


def rule(code: str):
    return next(r for r in FACT_RULES if r.meta.code == code)


def test_metadata_date_disagreeing_with_dateline() -> None:
    text = "November 4, 2017\n\n" + BODY
    assert "DT003" in codes(text, rule("DT003"), metadata_date=datetime.date(2017, 11, 9))
    assert "DT003" not in codes(text, rule("DT003"), metadata_date=datetime.date(2017, 11, 4))


def test_metadata_date_counts_as_a_date() -> None:
    assert "DT001" not in codes(BODY, rule("DT001"), metadata_date=datetime.date(2017, 11, 4))


def test_date_window() -> None:
    text = "November 4, 2017\n\n" + BODY
    window = Policy(date_min=datetime.date(2018, 1, 1), date_max=datetime.date(2018, 12, 31))
    assert "DT006" in codes(text, rule("DT006"), window)
    inside = Policy(date_min=datetime.date(2017, 1, 1))
    assert "DT006" not in codes(text, rule("DT006"), inside)


def test_future_is_relative_to_the_reference_date() -> None:
    text = "November 4, 2017\n\n" + BODY
    early = Policy(reference_date=datetime.date(2017, 11, 1))
    assert "DT005" in codes(text, rule("DT005"), early)


def test_unexpected_language() -> None:
    german = (
        "Die Regierung kündigte am Montag an, die Steuern für kleine Unternehmen im kommenden "
        "Jahr deutlich zu senken, und die Opposition kritisierte den Plan scharf.\n"
    )
    assert "LG001" in codes(german, rule("LG001"), Policy(languages=("en",)))
    assert "LG001" not in codes(german, rule("LG001"), Policy(languages=("de",)))
    assert "LG001" not in codes(BODY, rule("LG001"), Policy(languages=("en",)))
