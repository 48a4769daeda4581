"""Inline suppressions: `scrapelint: ignore[CODE]` keeps a line from rules, in `check` and `fix`."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint.engine import apply as engine
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.engine.suppression import Marker, masked, read_markers
from scrapelint.facts.policy import Policy
from scrapelint.report.json_form import finding_json
from scrapelint.report.restore_text import restore
from scrapelint.run.entries import finding_entry
from scrapelint.run.process import clean_document
from scrapelint.text.document import Document
from tests.strategies import junk_groups, scraped_documents

RULES = select_rules(load_rules())
LINE_RULES = select_rules(load_rules(), ignore=["date", "attribution", "language"])
POLICY = Policy(reference_date=datetime.date(2026, 11, 23), detect_language=False)
BODY = (
    "The council approved the budget on Monday after a long debate about schools and roads.\n\n"
    "The mayor said the plan would cut waiting times at the clinics and pay for new buses.\n\n"
)
PROMPT = "Subscribe to our newsletter"
JUNK = tuple(
    group
    for rule in load_rules()
    for case in rule.meta.fail_examples
    if case.fixed is not None
    for group in junk_groups(case.text, case.fixed)
)


def codes(result: engine.Result) -> list[str]:
    return [o.finding.code for o in result.outcomes]


def removed_lines(result: engine.Result, code: str | None = None) -> set[int]:
    return {
        index
        for outcome in result.outcomes
        if code is None or outcome.finding.code == code
        for span in outcome.removed
        for index in range(span.start, span.end)
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("x scrapelint: ignore", Marker(0, None)),
        ("x # scrapelint: ignore[NL001]", Marker(0, frozenset({"NL001"}))),
        ("x <!-- scrapelint: ignore[nl001, CM002] -->", Marker(0, frozenset({"NL001", "CM002"}))),
        ("x scrapelint:ignore[]", Marker(0, None)),  # no codes: every rule
    ],
)
def test_markers_are_read_from_the_line(line: str, expected: Marker) -> None:
    assert read_markers(Document.from_text(line + "\n")).markers == (expected,)


@pytest.mark.parametrize("line", ["scrapelint is a linter", "scrapelint: ignored", "ignore[NL001]"])
def test_other_text_is_no_marker(line: str) -> None:
    assert not read_markers(Document.from_text(line + "\n"))


def test_rules_see_a_marked_line_without_its_marker() -> None:
    lines = [
        f"{PROMPT} <!-- scrapelint: ignore[NL001] -->",
        f"  - {PROMPT}  # scrapelint: ignore",  # the indentation stays: list rules read it
        "scrapelint: ignore",  # a line that is only a marker stays
    ]
    doc = Document.from_text("\n".join(lines) + "\n")
    view = masked(doc, read_markers(doc))
    assert view.texts == (PROMPT, f"  - {PROMPT}", "scrapelint: ignore")


def test_a_suppressed_finding_is_held_back_and_its_line_kept() -> None:
    plain = engine.fix(Document.from_text(BODY + PROMPT + "\n"), LINE_RULES)
    assert "NL001" in codes(plain)
    text = BODY + PROMPT + " <!-- scrapelint: ignore -->\n"
    result = engine.fix(Document.from_text(text), LINE_RULES)
    assert "NL001" not in codes(result)
    assert "NL001" in [f.code for f in result.suppressed]
    assert result.cleaned.text == text  # the marker stays, byte for byte


def test_a_coded_marker_holds_back_that_rule_only() -> None:
    text = BODY + PROMPT + " <!-- scrapelint: ignore[NL001] -->\n"
    result = engine.fix(Document.from_text(text), LINE_RULES)
    assert "NL001" not in codes(result)
    assert [f.code for f in result.suppressed] == ["NL001"]
    assert 4 in removed_lines(result)  # other rules still take the line
    assert 4 not in removed_lines(result, "NL001")


def test_a_removal_passes_over_a_line_kept_from_its_rule() -> None:
    # The comment heading takes everything after it; a line kept from it stays.
    thread = "6 thoughts on the budget\n\nGreat reporting, thank you. scrapelint: ignore[CM005]\n"
    rule = select_rules(load_rules(), select=["CM005"])
    doc = Document.from_text(BODY + thread)
    result = engine.fix(doc, rule)
    assert codes(result) == ["CM005"]
    assert 6 not in removed_lines(result)
    assert result.cleaned.texts[-1] == doc.texts[6]


def judged(text: str, rules=RULES, record_ignore=None) -> engine.Result:
    doc = Document.from_text(text)
    return clean_document(doc, tuple(rules), POLICY, record_ignore=record_ignore)[0]


def test_an_unused_marker_is_reported_and_a_used_one_is_not() -> None:
    used = judged(BODY + PROMPT + " scrapelint: ignore[NL001]\n")
    assert "SL002" not in codes(used)
    stale = judged(BODY + "A quiet line of plain prose. scrapelint: ignore[NL001]\n")
    assert [o.finding.line for o in stale.outcomes if o.finding.code == "SL002"] == [4]
    bare = judged(BODY + "A quiet line of plain prose here. scrapelint: ignore\n")
    assert "SL002" in codes(bare)


def test_a_marker_for_a_rule_that_did_not_run_is_not_judged() -> None:
    rules = select_rules(load_rules(), select=["NL001"])
    assert codes(judged(BODY + "Plain prose. scrapelint: ignore[CM001]\n", rules)) == []


def test_a_record_field_holds_back_the_whole_document() -> None:
    result = judged(BODY + PROMPT + "\n", record_ignore=["nl001", "DT001"])
    assert {"NL001", "DT001"} <= {f.code for f in result.suppressed}
    assert not {"NL001", "DT001", "SL002"} & set(codes(result))
    stale = judged(BODY, record_ignore=["NL001"])
    assert "SL002" in codes(stale)


def test_without_markers_nothing_is_held_back() -> None:
    result = judged(BODY + PROMPT + "\n")
    assert result.suppressed == ()
    assert "SL002" not in codes(result)


@given(scraped_documents(JUNK), st.data())
def test_a_line_marked_for_every_rule_is_never_removed(text: str, data: st.DataObject) -> None:
    doc = Document.from_text(text)
    worded = [line.index for line in doc.lines if not line.is_blank]
    marked = data.draw(st.sets(st.sampled_from(worded), max_size=4)) if worded else set()
    lines = [
        line.text + (" <!-- scrapelint: ignore -->" if line.index in marked else "") + line.ending
        for line in doc.lines
    ]
    marked_text = "".join(lines)
    result = engine.fix(Document.from_text(marked_text), RULES)
    assert not marked & removed_lines(result)
    kept = [line.raw for line in result.cleaned.lines]
    assert all(lines[index] in kept for index in marked)
    # What was removed is still recoverable from the report, markers and all.
    entries = [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]
    assert restore(result.cleaned.text, {"findings": entries}) == marked_text


@given(scraped_documents(JUNK), st.data())
def test_a_line_is_never_removed_by_a_rule_it_names(text: str, data: st.DataObject) -> None:
    doc = Document.from_text(text)
    first = engine.fix(doc, RULES)
    taken = [
        (i, o.finding.code)
        for o in first.outcomes
        for s in o.removed
        for i in range(s.start, s.end)
    ]
    if not taken:
        return
    index, code = data.draw(st.sampled_from(taken))
    if doc.lines[index].is_blank:
        return
    lines = [line.raw for line in doc.lines]
    lines[index] = doc.lines[index].text + f" scrapelint: ignore[{code}]" + doc.lines[index].ending
    result = engine.fix(Document.from_text("".join(lines)), RULES)
    assert index not in removed_lines(result, code)
