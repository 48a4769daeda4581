"""The documented examples of the rules that read the boilerplate table, each after `learn`.

An example's `corpus` documents are written to a folder and learned; the example itself is then
written beside them and learned too (as the corpus grows), and checked with the table: a fail
case must be found, and fixed as documented; a pass case must not be found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapelint.corpus.learn import LearnOptions, learn
from scrapelint.engine import apply as engine
from scrapelint.engine.corpus_rules import bind_table, reads_corpus
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import line_rules
from scrapelint.engine.selection import select_rules
from scrapelint.run.process import clean_document
from scrapelint.text.document import Document
from tests.engine.test_rule_examples import POLICY

CORPUS_RULES = [rule for rule in load_rules() if reads_corpus(rule)]


def cases(kind: str) -> list:
    return [
        pytest.param(rule, case, id=f"{rule.meta.code}-{kind}{number}")
        for rule in CORPUS_RULES
        for number, case in enumerate(
            rule.meta.fail_examples if kind == "fail" else rule.meta.pass_examples
        )
    ]


def learned(rule, case, folder: Path) -> tuple[object, Document]:
    """The rule bound to a table learned from the case's corpus, then from the case itself."""
    site = folder / "site"
    site.mkdir()
    for number, text in enumerate(case.corpus):
        (site / f"{number:03}.txt").write_text(text, encoding="utf-8")
    table = folder / "boilerplate.db"
    learn([site], table, LearnOptions())
    example = site / "example.txt"
    example.write_text(case.text, encoding="utf-8")
    learn([example], table, LearnOptions())
    (bound,) = bind_table([rule], table)
    return bound, Document.from_text(case.text, str(example))


def codes(rule, doc: Document) -> list[str]:
    result, _ = clean_document(doc, (rule,), POLICY)
    return [outcome.finding.code for outcome in result.outcomes]


def test_every_corpus_rule_has_examples() -> None:
    assert CORPUS_RULES
    for rule in CORPUS_RULES:
        assert rule.meta.fail_examples and rule.meta.pass_examples, rule.meta.code
        assert all(case.corpus for case in rule.meta.fail_examples)


@pytest.mark.parametrize(("rule", "case"), cases("fail"))
def test_fail_example_is_found_and_fixed(rule, case, tmp_path: Path) -> None:
    bound, doc = learned(rule, case, tmp_path)
    assert rule.meta.code in codes(bound, doc)
    cleaned = engine.fix(doc, (bound,)).cleaned.text
    assert cleaned == (case.text if case.fixed is None else case.fixed)


@pytest.mark.parametrize(("rule", "case"), cases("pass"))
def test_pass_example_is_not_found(rule, case, tmp_path: Path) -> None:
    bound, doc = learned(rule, case, tmp_path)
    assert rule.meta.code not in codes(bound, doc)


@pytest.mark.parametrize("rule", CORPUS_RULES, ids=lambda rule: rule.meta.code)
def test_without_a_table_the_rule_finds_nothing(rule) -> None:
    for case in rule.meta.fail_examples:
        assert rule.meta.code not in codes(rule, Document.from_text(case.text))


def test_rules_bound_to_a_table_look_lines_up_by_the_same_vocabulary(tmp_path: Path) -> None:
    """Binding the table keeps the rules' key words, as the same object: the context's caches
    find it by identity, where an equal copy is compared word by word on every lookup."""
    rules = select_rules(load_rules())
    table = tmp_path / "table.db"
    learn([tmp_path], table, LearnOptions())
    bound = bind_table(rules, table)
    assert bound != rules
    assert engine.key_words(line_rules(bound)) is engine.key_words(line_rules(rules))
