"""Properties of `engine.fix` with all default rules, on articles of real prose with junk mixed in.

What a fix may do is narrow: repair spans inside lines (mojibake, entities, invisible marks),
remove whole lines, record each edit, and stop when nothing more goes. These properties hold for
every input, whatever the detectors decide.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from scrapelint.engine import apply as engine
from scrapelint.engine.packs import load_rules
from scrapelint.engine.repair_rounds import repair_until_stable
from scrapelint.engine.selection import select_rules
from scrapelint.report.grouping import group
from scrapelint.report.json_form import finding_json
from scrapelint.report.restore_text import restore
from scrapelint.run.entries import finding_entry
from scrapelint.text.document import Document
from tests.strategies import Article, articles, hard_wrapped, junk_groups, scraped_documents

RULES = select_rules(load_rules())
JUNK = tuple(
    group
    for rule in load_rules()
    for case in rule.meta.fail_examples
    if case.fixed is not None
    for group in junk_groups(case.text, case.fixed)
)
# Page text as scraped, and now and then the same hard-wrapped, which the passes read folded.
SCRAPED = scraped_documents(JUNK)
DOCUMENTS = st.one_of(SCRAPED, SCRAPED, hard_wrapped(SCRAPED))


def fix(text: str) -> engine.Result:
    return engine.fix(Document.from_text(text), RULES)


def raw_lines(doc: Document) -> list[str]:
    return [line.raw for line in doc.lines]


def repaired_lines(result: engine.Result) -> list[str]:
    """The original's lines as the in-line repairs left them, before any line was removed."""
    return raw_lines(repair_until_stable(result.original, RULES)[0])


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(any(item == other for other in rest) for item in part)


def removed_spans(result: engine.Result) -> list[tuple[int, int]]:
    return [(span.start, span.end) for o in result.outcomes for span in o.removed]


@given(DOCUMENTS)
def test_fix_is_idempotent(text: str) -> None:
    once = fix(text).cleaned
    assert fix(once.text).cleaned.text == once.text


@given(DOCUMENTS)
def test_fix_only_removes_whole_lines_in_order(text: str) -> None:
    result = fix(text)
    assert is_subsequence(raw_lines(result.cleaned), repaired_lines(result))


@given(DOCUMENTS)
def test_report_restores_the_input(text: str) -> None:
    result = fix(text)
    entry = {"findings": [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]}
    assert restore(result.cleaned.text, entry) == text


@given(DOCUMENTS)
def test_report_with_findings_grouped_by_block_restores_the_input(text: str) -> None:
    result = fix(text)
    groups = group(result.outcomes, result.original)
    entry = {"findings": [finding_json(finding_entry(g, applied=True)) for g in groups]}
    assert restore(result.cleaned.text, entry) == text
    proposed = sum(o.finding.removal is not None for o in result.outcomes)
    assert sum(1 + len(g.related) for g in groups) == len(result.outcomes)
    assert len(groups) <= len(result.outcomes) and (proposed == 0 or groups)


@given(DOCUMENTS)
def test_removals_account_for_every_dropped_line(text: str) -> None:
    result = fix(text)
    spans = removed_spans(result)
    removed = [index for start, end in spans for index in range(start, end)]
    assert len(removed) == len(set(removed)), "a line was given to two findings"
    assert len(removed) == len(result.original.lines) - len(result.cleaned.lines)
    for outcome in result.outcomes:
        for span in outcome.removed:
            original = "".join(repaired_lines(result)[span.start : span.end])
            assert span.text == original


def endings(text: str) -> set[str]:
    return {line.ending for line in Document.from_text(text).lines if line.ending}


@given(DOCUMENTS)
def test_line_endings_are_kept(text: str) -> None:
    """No ending is converted: the cleaned text, read again, has only endings the input had."""
    assert endings(fix(text).cleaned.text) <= endings(text)


@given(articles(endings=("\r\n",)))
def test_crlf_article_stays_crlf(article: Article) -> None:
    cleaned = fix(article.text).cleaned.text
    assert "\n" not in cleaned.replace("\r\n", "")
    assert "\r" not in cleaned.replace("\r\n", "")


BODY = "Troops entered the town on Friday after a week of fighting, the army said in a statement."
LEAD = "Soldiers entered the town on Friday after a week of fighting, the army said in a statement."


def test_removal_after_a_cr_line_keeps_the_lines_apart() -> None:
    """A CR-ended line, a removed line, then a blank LF line: joined, "\\r" + "\\n" would read as
    one CRLF line, so the blank line would vanish unrecorded and the report could not restore."""
    text = f"{LEAD}\rAdvertisement\n\n{BODY}\n"
    result = fix(text)
    assert "Advertisement" not in result.cleaned.text
    assert removed_line_count(result) == len(result.original.lines) - len(
        Document.from_text(result.cleaned.text).lines
    )
    entry = {"findings": [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]}
    assert restore(result.cleaned.text, entry) == text


def removed_line_count(result: engine.Result) -> int:
    return sum(end - start for start, end in removed_spans(result))


# Found by the property below: real DEV sentences, a bullet list of content near the end.
LIST_LOST = Article(
    blocks=(
        (
            "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the "
            "poles, said study co-author Anezina Solomonidou, a European Space Agency research "
            "fellow.",
        ),
        (
            "The new alarm management solution called Digistat Patient Watch, collects data from a "
            "variety of devices connected to the patient providing a holistic view at the patient "
            "bedside level and at the ICU level.",
        ),
        (
            "- Scooter Braun is allegedly unhappy with the way his business partner Scott "
            "Borchetta has handled their ongoing public schism with Taylor Swift, according to a "
            "new report by E!",
            "- It’s a state where former Vice President Joe Biden has maintained a significant "
            "polling lead for months, both across all spectrums and with black voters "
            "specifically.",
            "- And there are growing concerns that impeachment may become a distraction from the "
            "primary.",
        ),
        (
            "Many in Hong Kong will deplore that decision and were rightly repelled when a man was "
            "set on fire last week, apparently by a protester.",
        ),
    )
)


@given(articles())
@example(LIST_LOST)
def test_prose_only_document_is_unchanged(article: Article) -> None:
    assert fix(article.text).cleaned.text == article.text


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_removed_tail_leaves_no_trailing_blank_line(ending: str) -> None:
    text = ending.join([LEAD, "", BODY, "", "Advertisement", "Share on Facebook", ""])
    assert fix(text).cleaned.text == ending.join([LEAD, "", BODY, ""])
