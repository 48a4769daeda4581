"""A headline too unsure to be the title is left unreported: a wrong title is worse than none."""

from __future__ import annotations

from scrapelint.facts.headline import MIN_TITLE_SCORE
from scrapelint.facts.metadata import describe
from scrapelint.facts.page_meta import read_page
from scrapelint.text.document import Document
from tests.facts.test_page_meta import BODY, MENU


def title_of(text: str) -> str | None:
    doc = Document.from_text(text)
    lines = text.split("\n")
    start = lines.index(BODY.split("\n")[0])
    return describe(doc, doc, language=False, body=(start, len(lines))).title


def test_a_headline_with_its_byline_and_dateline_is_the_title() -> None:
    text = MENU + "Council expands bus network\n\nBy Jane Doe\n\nJanuary 29, 2025\n\n" + BODY
    assert title_of(text) == "Council expands bus network"


def test_a_heading_line_far_above_the_body_with_nothing_beside_it_is_not() -> None:
    filler = "".join(
        f"Paragraph {n} of the sidebar says something else entirely.\n\n" for n in range(8)
    )
    text = MENU + "Apply to Work With Us\n\n" + filler + BODY
    assert title_of(text) is None
    # The headline was found (it places the windows), only too unsure to report.
    lines = text.split("\n")
    page = read_page(lines, (lines.index(BODY.split("\n")[0]), len(lines)))
    assert page.title is not None
    assert page.title.score < MIN_TITLE_SCORE


def test_a_headline_with_only_a_dateline_under_it_is_the_title() -> None:
    text = MENU + "Council expands bus network\n\nJanuary 29, 2025\n\n" + BODY
    assert title_of(text) == "Council expands bus network"
