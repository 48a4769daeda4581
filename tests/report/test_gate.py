"""The gate: fail-on, and thresholds that let a corpus tolerate known junk and ratchet it down."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapelint.report.gate import Thresholds, evaluate, parse_per_rule
from scrapelint.report.model import Report, Summary
from scrapelint.text.findings import Severity
from tests.corpus import run, write_corpus
from tests.report.entries import document, finding


def _report(
    findings_per_doc: list[list[tuple[str, str]]], lines=100, removed=0, fixed=False
) -> Report:
    documents = [
        document("doc.txt", tuple(finding(c, severity=Severity(s), fixed=fixed) for c, s in doc))
        for doc in findings_per_doc
    ]
    return Report(documents, (), Summary(lines=lines, removed_lines=removed))


REPORT = _report([[("NL001", "warning"), ("NL001", "warning")], [("DT001", "info")], [], []])


def test_error_documents_share() -> None:
    # 2 of 4 documents have findings of any severity; 1 of 4 a warning or worse.
    assert evaluate(REPORT, Thresholds(max_error_documents=50), Severity.INFO) == ()
    assert evaluate(REPORT, Thresholds(max_error_documents=49), Severity.INFO)
    assert evaluate(REPORT, Thresholds(max_error_documents=25), Severity.WARNING) == ()


def test_removed_share() -> None:
    report = _report([[]], lines=200, removed=30)
    assert evaluate(report, Thresholds(max_removed=15), Severity.INFO) == ()
    (breach,) = evaluate(report, Thresholds(max_removed=14.9), Severity.INFO)
    assert breach.value == pytest.approx(15.0)
    assert breach.limit == 14.9


def test_per_rule_limits_and_a_cap_for_every_other_rule() -> None:
    assert evaluate(REPORT, Thresholds(max_per_rule=(("NL001", 2),)), Severity.INFO) == ()
    assert evaluate(REPORT, Thresholds(max_per_rule=(("NL001", 1),)), Severity.INFO)
    ratchet = Thresholds(max_per_rule=(("*", 0), ("NL001", 2)))
    (breach,) = evaluate(REPORT, ratchet, Severity.INFO)
    assert "DT001" in breach.name
    assert evaluate(REPORT, ratchet, Severity.WARNING) == ()


def test_fixed_findings_do_not_count() -> None:
    report = _report([[("NL001", "warning")]], fixed=True)
    assert evaluate(report, Thresholds(max_per_rule=(("*", 0),)), Severity.INFO) == ()


def test_flags_override_config_thresholds() -> None:
    config = Thresholds(max_error_documents=5, max_per_rule=(("NL001", 1),))
    merged = config.merged(Thresholds(max_removed=10, max_per_rule=(("NL001", 4),)))
    assert merged == Thresholds(5, 10, (("NL001", 4),))


@pytest.mark.parametrize("value", ["NL001", "NL001=x", "=3", "NL001=-1"])
def test_malformed_per_rule_value(value: str) -> None:
    with pytest.raises(ValueError):
        parse_per_rule((value,))


# The corpus: 2 documents, 1 with 2 findings (NL001, SH001); 3 of 13 lines removed (23%).


@pytest.mark.parametrize(
    ("flags", "code"),
    [
        ((), 1),
        (("--max-error-documents", "50"), 0),
        (("--max-error-documents", "49"), 1),
        (("--max-removed", "25"), 0),
        (("--max-removed", "20"), 1),
        (("--max-per-rule", "NL001=1", "--max-per-rule", "SH001=1"), 0),
        (("--max-per-rule", "NL001=0"), 1),
        (("--max-per-rule", "*=1"), 0),
        (("--max-per-rule", "*=0"), 1),
        (("--max-per-rule", "bogus"), 2),
        (("--max-removed", "200"), 2),
        (("--fail-on", "error"), 0),
    ],
)
def test_cli_gate(tmp_path: Path, flags: tuple[str, ...], code: int) -> None:
    corpus = write_corpus(tmp_path)
    result = run("check", corpus, *flags)
    assert result.exit_code == code, result.output
    if code == 1 and flags:
        assert result.stderr  # the breach is explained


def test_config_thresholds(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, "select = ['newsletter', 'share']\nmax-error-documents = 50\n")
    assert run("check", corpus).exit_code == 0
    assert run("check", corpus, "--max-error-documents", "10").exit_code == 1


def test_fix_gate_counts_what_remains(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    # Everything found is fixed; the removed share still counts.
    assert run("fix", corpus, "--max-per-rule", "*=0").exit_code == 0
    corpus = write_corpus(tmp_path / "again")
    assert run("fix", corpus, "--max-removed", "10").exit_code == 1
