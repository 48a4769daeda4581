"""Every rule's documented examples run as tests, and every rule is documented.

A fail example must be found by its rule alone; when it gives a `fixed` text, fixing with that rule
alone must give exactly that, and fixing the fixed text again must change nothing. A pass example
must not be found at all. This is the sqlfluff `fail_str` / `fix_str` / `pass_str` discipline,
with the cases kept beside each rule in its YAML file.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

import pytest

from scrapelint.engine import apply as engine
from scrapelint.engine.corpus_rules import reads_corpus
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import DocumentRule
from scrapelint.facts.policy import Policy
from scrapelint.run.process import clean_document
from scrapelint.text.confidence import AGGRESSIVE_AT, REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.findings import CATEGORIES

RULES = load_rules()
DEFAULT_RULES = tuple(
    r for r in RULES if r.meta.default and getattr(r, "engine_finding", None) is None
)
CODE_RE = re.compile(r"^[A-Z]{2}\d{3}$")
# Date checks compare with "today"; pin it so the examples mean the same thing every day.
POLICY = Policy(reference_date=datetime.date(2026, 11, 23))
# Rules that document no example yet (strict xfail: documenting one makes it pass).
MISSING_EXAMPLES: set[str] = set()
# Rules that only report what they find (they propose no edit, so show no fixed case).
REPORT_ONLY = {"HY012"}
# Documented examples their rule does not live up to, as strict xfail: fixing one makes it pass.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def by_code(rules=RULES):
    return pytest.mark.parametrize("rule", rules, ids=lambda rule: rule.meta.code)


def engine_made(rule) -> bool:
    """A rule whose findings the engine makes (the guard's, an unused suppression)."""
    return getattr(rule, "engine_finding", None) is not None


def found(rule, text: str) -> list[str]:
    """The codes this rule alone reports on `text`, line rules and document-level rules alike.

    The engine's own findings (SL001, SL002) judge what the other rules found: they run with the
    default rules."""
    rules = (*DEFAULT_RULES, rule) if engine_made(rule) else (rule,)
    result, _ = clean_document(Document.from_text(text), rules, POLICY)
    return [outcome.finding.code for outcome in result.outcomes]


def fixed_by(rule, text: str, remove_at: float = REMOVE_AT) -> str:
    return engine.fix(Document.from_text(text), (rule,), remove_at=remove_at).cleaned.text


def example_cases(kind: str, test: str) -> list:
    """The documented cases of the rules that read one document (those that read the corpus's
    table run in `tests/corpus/test_corpus_rules.py`, after their corpus is learned)."""
    cases = []
    for rule in RULES:
        if reads_corpus(rule):
            continue
        examples = rule.meta.fail_examples if kind == "fail" else rule.meta.pass_examples
        for number, case in enumerate(examples):
            case_id = f"{rule.meta.code}-{kind}{number}"
            reason = KNOWN_FAILURES.get((test, case_id))
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            cases.append(pytest.param(rule, case, id=case_id, marks=marks))
    return cases


@pytest.mark.parametrize(("rule", "case"), example_cases("fail", "found"))
def test_fail_example_is_found(rule, case) -> None:
    assert rule.meta.code in found(rule, case.text)


@pytest.mark.parametrize(
    ("rule", "case"), [c for c in example_cases("fail", "fixed") if c.values[1].fixed is not None]
)
def test_fail_example_is_fixed_as_documented(rule, case) -> None:
    assert fixed_by(rule, case.text) == case.fixed
    assert fixed_by(rule, case.fixed) == case.fixed


@pytest.mark.parametrize(
    ("rule", "case"),
    [c for c in example_cases("fail", "aggressive") if c.values[1].aggressive is not None],
)
def test_fail_example_is_fixed_aggressively_as_documented(rule, case) -> None:
    """`fixed-aggressive`: what `fix --aggressive` leaves, removing on weaker evidence too."""
    assert fixed_by(rule, case.text, AGGRESSIVE_AT) == case.aggressive
    assert fixed_by(rule, case.aggressive, AGGRESSIVE_AT) == case.aggressive


@pytest.mark.parametrize(
    ("rule", "case"), [c for c in example_cases("fail", "unfixed") if c.values[1].fixed is None]
)
def test_fail_example_without_fix_is_left_alone(rule, case) -> None:
    """A case documented without a fixed text is reported, not fixed: the text stays as it is."""
    assert fixed_by(rule, case.text) == case.text


@pytest.mark.parametrize(("rule", "case"), example_cases("pass", "pass"))
def test_pass_example_is_not_found(rule, case) -> None:
    assert rule.meta.code not in found(rule, case.text)


@by_code()
def test_rule_is_documented(rule) -> None:
    meta = rule.meta
    assert CODE_RE.match(meta.code)
    assert meta.category in CATEGORIES
    assert len(meta.rationale.split()) >= 8
    assert meta.slug and meta.slug == meta.slug.lower() and " " not in meta.slug


def test_codes_and_slugs_are_unique() -> None:
    codes = Counter(rule.meta.code for rule in RULES)
    slugs = Counter(rule.meta.slug for rule in RULES)
    assert [code for code, n in codes.items() if n > 1] == []
    assert [slug for slug, n in slugs.items() if n > 1] == []


def has_examples(rule) -> bool:
    """A rule that removes lines shows one fixed case; a document-level check shows any case
    (some of them fire only on metadata or a configured policy, which an example cannot hold)."""
    meta = rule.meta
    if isinstance(rule, DocumentRule) or engine_made(rule):
        return bool(meta.fail_examples or meta.pass_examples)
    if not meta.fixes or meta.code in REPORT_ONLY:
        return bool(meta.fail_examples or meta.pass_examples)
    fixed = any(c.fixed is not None or c.aggressive is not None for c in meta.fail_examples)
    return fixed and bool(meta.pass_examples)


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(
            rule,
            id=rule.meta.code,
            marks=pytest.mark.xfail(
                strict=True, reason=f"missing examples: {rule.meta.code} {rule.meta.slug}"
            )
            if rule.meta.code in MISSING_EXAMPLES
            else (),
        )
        for rule in RULES
    ],
)
def test_rule_has_examples(rule) -> None:
    assert has_examples(rule)


@pytest.mark.parametrize(
    "call",
    [
        f"{verb} {whose} {daily}newsletter"
        for verb, whose in [
            *(("subscribe to", w) for w in ("our", "the")),
            *(("sign up for", w) for w in ("our", "the")),
            *(("sign up to", w) for w in ("our", "the")),
            ("get", "our"),
            ("join", "our"),
        ]
        for daily in ("", "daily ")
    ],
)
def test_every_call_the_newsletter_pattern_leaves_to_the_phrases_is_one_of_them(call: str) -> None:
    """NL004's pattern passes over the calls NL001 knows ("Sign up to our daily newsletter"), so
    that no line is reported twice; each of those must then be one of NL001's phrases."""
    by_code = {rule.meta.code: rule for rule in RULES}
    article = "Rain is expected on Monday across the north of the country, forecasters said today."
    doc = Document.from_text(f"{article}\n\n{call.capitalize()}\n")
    found = {
        code
        for code in ("NL001", "NL004")
        for f in engine.lint(doc, [by_code[code]])
        if f.line == 2
    }
    assert found == {"NL001"}
