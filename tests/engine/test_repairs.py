"""In-line repairs: applied once, recorded, undone by restore, and never more than the fix says.

The hygiene rules repair spans inside lines (mojibake, entities, tags, invisible characters). On
prose with such damage mixed in, fixing is idempotent, the report restores the input byte for
byte, and every changed span is exactly what the rule proposed: for mojibake, ftfy's repair.
"""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from scrapelint.engine import apply as engine
from scrapelint.engine.kinds.mojibake import CONTROL_RE, ZERO_WIDTH_RE, certain_repair
from scrapelint.engine.packs import load_rules
from scrapelint.engine.repair_rounds import repair_until_stable
from scrapelint.report.json_form import finding_json
from scrapelint.report.restore_text import restore
from scrapelint.run.entries import finding_entry
from scrapelint.text.document import Document
from tests.strategies import SENTENCES

HYGIENE = tuple(rule for rule in load_rules() if rule.meta.source == "hygiene")
MOJIBAKE = next(rule for rule in HYGIENE if rule.meta.kind == "mojibake")
ACCENTED = ("été", "café", "naïve", "it’s", "“quoted”", "São Paulo", "Ærø", "€5")
DAMAGE = (
    lambda word: word.encode("utf-8").decode("windows-1252", errors="ignore"),
    lambda word: word.encode("utf-8").decode("latin-1"),
    lambda word: html.escape(word, quote=True).replace("&amp;", "&amp;amp;"),
    lambda word: word[:1] + "\u200b" + word[1:],
    lambda word: word[:1] + "\u00ad" + word[1:],
    lambda word: f"<strong>{word}</strong>",
    lambda word: word,
    # A repair's new text that another repairs: entities of invisible characters, an escaped
    # tag, a zero-width space misread as cp1252, a tag beside mojibake (one overlapping repair).
    lambda word: word[:1] + "&shy;" + word[1:],
    lambda word: word[:1] + "&#8203;" + word[1:],
    lambda word: f"&lt;b&gt;{word}&lt;/b&gt;",
    lambda word: (word[:1] + "\u200b" + word[1:]).encode("utf-8").decode("cp1252", "ignore"),
    lambda word: "<b>" + word.encode("utf-8").decode("windows-1252", errors="ignore"),
    lambda word: word[:1] + "&nb\ufeffsp;" + word[1:],
)


@st.composite
def damaged_lines(draw) -> str:
    sentence = draw(st.sampled_from(SENTENCES["en"]))
    words = sentence.split(" ")
    at = draw(st.integers(0, len(words)))
    word = draw(st.sampled_from(ACCENTED))
    words.insert(at, draw(st.sampled_from(DAMAGE))(word))
    return " ".join(words)


@st.composite
def damaged_documents(draw) -> str:
    lines = draw(st.lists(damaged_lines(), min_size=1, max_size=6))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines) + draw(st.sampled_from(["", ending]))


def fix(text: str) -> engine.Result:
    return engine.fix(Document.from_text(text), HYGIENE)


@given(damaged_documents())
def test_repairs_are_idempotent(text: str) -> None:
    once = fix(text).cleaned.text
    assert fix(once).cleaned.text == once


@given(damaged_documents())
def test_report_restores_a_repaired_text_byte_for_byte(text: str) -> None:
    result = fix(text)
    entry = {"findings": [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]}
    assert restore(result.cleaned.text, entry) == text


@given(damaged_documents())
def test_a_repair_changes_only_its_recorded_spans(text: str) -> None:
    """Undoing each recorded span, right to left, gives the original line: nothing else moved."""
    doc = Document.from_text(text)
    repaired, repairs, _ = repair_until_stable(doc, HYGIENE)
    assert len(repaired.lines) == len(doc.lines)
    for number, (before, after) in enumerate(zip(doc.texts, repaired.texts, strict=True)):
        spans = sorted(
            (edit for outcome in repairs for edit in outcome.done if edit.line == number),
            key=lambda edit: edit.at,
            reverse=True,
        )
        line = after
        for edit in spans:
            assert line[edit.start : edit.end] == edit.text
            line = line[: edit.start] + edit.original + line[edit.end :]
        assert line == before


@given(st.sampled_from(SENTENCES["en"]), st.sampled_from(ACCENTED))
def test_mojibake_repair_is_ftfy_s_and_nothing_more(sentence: str, word: str) -> None:
    damaged = f"{sentence} {word.encode('utf-8').decode('windows-1252', errors='ignore')}"
    result = engine.fix(Document.from_text(damaged), (MOJIBAKE,))
    expected = certain_repair(damaged)
    assert result.cleaned.text == (expected if expected is not None else damaged)


def test_uncertain_mojibake_is_reported_not_changed() -> None:
    text = "The café reopened, the owner doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t mind.\n"
    result = engine.fix(Document.from_text(text), (MOJIBAKE,))
    assert result.cleaned.text == text
    (outcome,) = result.outcomes
    assert not outcome.finding.fixable and not outcome.fixed


def test_overlapping_repairs_apply_the_first_and_report_the_other() -> None:
    text = "The <b>&amp;</b> sign, the minister said.\n"
    result = fix(text)
    entry = {"findings": [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]}
    assert restore(result.cleaned.text, entry) == text
    assert "<b>" not in result.cleaned.text


def test_a_line_with_undecodable_bytes_is_not_repaired() -> None:
    text = "Tom &amp; Jerry\udce9 met in 1940.\n"
    assert fix(text).cleaned.text == text


def test_a_control_character_inside_mojibake_is_repaired_in_one_fix() -> None:
    # Found by the idempotence property (dev profile): the control character hid the misread
    # sequence, so a first fix removed it and a second repaired what it uncovered.
    text = "á\x08\x80\x80 opens the story, the minister said on Monday.\n"
    result = fix(text)
    assert result.cleaned.text == "က opens the story, the minister said on Monday.\n"
    assert fix(result.cleaned.text).cleaned.text == result.cleaned.text
    entry = {"findings": [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]}
    assert restore(result.cleaned.text, entry) == text


def test_the_mojibake_repair_reads_past_what_the_control_character_rule_removes() -> None:
    control = next(rule for rule in load_rules() if rule.meta.slug == "control-character")
    assert control.source == CONTROL_RE.pattern


def test_the_mojibake_repair_reads_past_a_byte_order_mark() -> None:
    # A stray BOM before the misread "é" kept the repair back ("uncertain") until a second fix,
    # once the zero-width rule had dropped the mark, made it.
    text = "Readers flood paper with comments after editor's farewell\n\ufeffÃƒÂ©| x\n"
    result = fix(text)
    assert "\ufeff" not in result.cleaned.text and "Ã" not in result.cleaned.text
    assert fix(result.cleaned.text).cleaned.text == result.cleaned.text
    entry = {"findings": [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]}
    assert restore(result.cleaned.text, entry) == text
    # The mark's own repair, left out beside the larger one that rewrote it away, is resolved:
    # neither remaining nor refused (the guard refuses removals, never repairs).
    entries = [finding_entry(o, applied=True) for o in result.outcomes]
    assert [(e.code, e.fixed, e.refused) for e in entries] == [
        ("HY001", True, False),
        ("HY010", True, False),
    ]
    zero_width = next(rule for rule in load_rules() if rule.meta.slug == "zero-width")
    dropped = re.compile(zero_width.source)  # every mark read past is one the rule drops
    assert all(dropped.fullmatch(mark) for mark in "\u200b\u2060\ufeff\u180e")
    assert all(ZERO_WIDTH_RE.fullmatch(mark) for mark in "\u200b\u2060\ufeff\u180e")


def test_mojibake_made_certain_by_an_entity_s_repair_is_reported_repaired() -> None:
    # The first round's mojibake is uncertain while "&copy;" stands in the line; the entity's
    # repair makes it certain and the second round repairs it. The report must not keep the
    # first round's "uncertain: not repaired" for a line the fix did repair.
    text = "The Itâ€™s owner said CafÃ&copy; it would act.\n"
    result = fix(text)
    assert result.cleaned.text == "The It’s owner said Café it would act.\n"
    entries = {e.code: e for e in (finding_entry(o, applied=True) for o in result.outcomes)}
    assert "uncertain" not in entries["HY001"].message
    assert entries["HY001"].fixed and entries["HY002"].fixed


@given(damaged_documents())
def test_what_a_fix_reports_remaining_a_second_fix_finds_again(text: str) -> None:
    """And only that: the report and the cleaned text agree on what is left."""
    result = fix(text)
    entries = [finding_entry(o, applied=True) for o in result.outcomes]
    remaining = {(e.code, e.line) for e in entries if not e.fixed}
    again = {(o.finding.code, o.finding.line + 1) for o in fix(result.cleaned.text).outcomes}
    assert remaining == again


def test_a_mojibake_left_after_one_layer_is_repaired_is_reported_remaining() -> None:
    # Three layers: the soft hyphen's repair lets one layer be undone, the last is uncertain.
    text = "S\u00c3&shy;\u00a3o S\u00e2\u20ac\u2039\u00c3\u0192\u00e2\u20ac\u2039\u00c2\u00a3o\n"
    result = fix(text)
    entries = [finding_entry(o, applied=True) for o in result.outcomes]
    mojibake = [(e.fixed, "uncertain" in e.message) for e in entries if e.code == "HY001"]
    assert sorted(mojibake) == [(False, True), (True, False)]
    assert any(o.finding.code == "HY001" for o in fix(result.cleaned.text).outcomes)


def test_an_uncertain_mojibake_other_repairs_took_away_is_not_reported() -> None:
    text = "c\u00c2\u00adaf\u00c3&amp; x\n"
    result = fix(text)
    assert "HY001" not in {o.finding.code for o in result.outcomes}
    assert fix(result.cleaned.text).outcomes == ()


def test_tags_in_a_program_are_reported_not_deleted() -> None:
    """A tutorial's JSX keeps its tags (HY003 reports them); the same tags around an article's
    paragraph are deleted."""
    component = (
        "const addTodo = () => {\n"
        "setTodos([...todos, { id: Date.now(), text: input }]);\n"
        "};\n"
        "return (\n"
        '<div className="todo-list">\n'
        '<h1 className="title">Todo List</h1>\n'
        "<ul>\n"
        "{todos.map((todo) => <li key={todo.id}>{todo.text}</li>)}\n"
        "</ul>\n"
        "</div>\n"
        ");\n"
    )
    text = (
        "A todo list is the first thing most React tutorials build, and for good reason: it"
        " needs state, events and a list, and nothing else.\n\n"
        f"The component keeps its todos in state and renders them:\n\n{component}\n"
        "Each todo is rendered as an item of the list, keyed by its id, so React can tell them"
        " apart when one is removed.\n"
    )
    result = engine.fix(Document.from_text(text), load_rules())
    assert result.cleaned.text == text
    tags = [o for o in result.outcomes if o.finding.code == "HY003"]
    assert tags and not any(o.fixed for o in tags)
    prose = "<p>The minister <strong>resigned</strong> on Tuesday.</p>\n"
    assert engine.fix(Document.from_text(prose), HYGIENE).cleaned.text == (
        "The minister resigned on Tuesday.\n"
    )
