"""Golden fixtures: seeds cleaned as their labels say, negative cases left untouched."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse, render
from tests.regenerate_fixtures import findings_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = sorted((FIXTURES / "input" / "seeds").glob("*.txt"))
NEGATIVES = sorted((FIXTURES / "input" / "negative").iterdir())
LABELS = {
    record["file"]: record["lines"]
    for record in map(json.loads, (FIXTURES / "seeds-labels.jsonl").open())
}
# Article lines must stay, junk must go; datelines, bylines and source lines may go either way.
KEEP_LABELS = {"title", "body"}
KNOWN_FAILURES: dict[str, str] = {}


@pytest.fixture(scope="module")
def rules():
    return select_rules(load_rules())


def clean(path: Path, rules) -> tuple[bytes, object]:
    parsed = parse(str(path), path.read_bytes())
    result = fix(parsed.documents[0], rules)
    return render(parsed, [result.cleaned]), result


@pytest.mark.parametrize("source", SEEDS, ids=lambda p: p.name)
def test_seed_is_cleaned_as_golden(source: Path, rules) -> None:
    expected = FIXTURES / "expected" / "seeds" / source.name
    cleaned, result = clean(source, rules)
    assert cleaned == expected.read_bytes()
    findings = json.loads(expected.with_name(source.name + ".findings.json").read_text())
    assert findings_of(result) == findings


@pytest.mark.parametrize("source", SEEDS, ids=lambda p: p.name)
def test_golden_seed_follows_the_labels(source: Path) -> None:
    original = source.read_text(encoding="utf-8").split("\n")
    expected = FIXTURES / "expected" / "seeds" / source.name
    kept = {_norm(line) for line in expected.read_text(encoding="utf-8").split("\n")}
    for number, label in LABELS[source.name].items():
        line = _norm(original[int(number) - 1])
        if label in KEEP_LABELS:
            assert line in kept, f"{label} line {number} was removed"
        elif label.startswith("junk"):
            assert line not in kept, f"{label} line {number} was kept"


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[p.name]))
        if p.name in KNOWN_FAILURES
        else p
        for p in NEGATIVES
    ],
    ids=lambda p: p.name,
)
def test_article_without_junk_is_untouched(source: Path, rules) -> None:
    cleaned, result = clean(source, rules)
    assert cleaned == source.read_bytes()
    assert not [o for o in result.outcomes if o.finding.fixable]


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()
