"""A blog's title printed on its dateline's line, over the body."""

from __future__ import annotations

from scrapelint.facts.metadata import describe
from scrapelint.facts.page_meta import read_page
from scrapelint.text.document import Document
from tests.facts.test_page_meta import BODY


def title_of(head: str) -> str | None:
    text = head + BODY
    doc = Document.from_text(text)
    lines = text.split("\n")
    return describe(
        doc, doc, language=False, body=(lines.index(BODY.split("\n")[0]), len(lines))
    ).title


def test_a_title_after_its_date_is_the_title() -> None:
    head = "Colin's notes\n\nDec 18 2025 Preparing a transition in the archive\n\n"
    assert title_of(head) == "Preparing a transition in the archive"


def test_a_title_before_its_date_is_the_title() -> None:
    assert title_of("Advent of Code week two 20 December 2025\n\n") == "Advent of Code week two"


def test_a_byline_on_its_dateline_is_no_title() -> None:
    assert title_of("Dec 17, 2025 · Jane Doe on behalf of the council\n\n") is None


def test_an_update_log_or_a_list_of_dated_posts_gives_no_title() -> None:
    log = "- 2022-04-12 Link to choosing the right software\n\n"
    assert title_of(log) is None
    posts = "Dec 18 2025 Council expands bus network\n\nDec 12 2025 Council opens a new library\n\n"
    assert title_of(posts) is None


def test_the_dated_title_places_the_windows_like_a_headline() -> None:
    lines = ("Dec 18 2025 Preparing a transition in the archive\n\n" + BODY).split("\n")
    page = read_page(lines, (lines.index(BODY.split("\n")[0]), len(lines)))
    assert page.title is not None and page.title.line == 0
    assert page.date is not None and page.date.mention.date.isoformat() == "2025-12-18"
