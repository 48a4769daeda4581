"""The closing part of a text: the tail of page text, or anything past the article's first line
in text extracted already, where the locator finds no tail."""

from __future__ import annotations

from scrapelint.locate.context import CLOSING, EXTRACTED_CLOSING, LAST, LAST_REACH, Context
from scrapelint.text.document import Document

PROSE = (
    "The council approved the budget on Monday after a long debate about school funding.\n"
    "The vote came after months of talks, and the budget takes effect in January next year.\n"
    "Parents who spoke at the meeting asked for more teachers and smaller classes in the town.\n"
)
EXTRACTED = PROSE + "Related Posts\nThe mayor opens the new library\n"
MENU = "Home\nNews\nSport\nWeather\nLogin\nContact\n"
PAGE = MENU + PROSE + "Related Posts\n" + MENU


def context(text: str) -> Context:
    return Context(Document.from_text(text))


def test_extracted_text_closes_anywhere_past_its_first_line() -> None:
    ctx = context(EXTRACTED)
    assert ctx.article.extracted
    heading = EXTRACTED.splitlines().index("Related Posts")
    for where in (CLOSING, EXTRACTED_CLOSING):
        assert ctx.is_at(heading, where)
        assert not ctx.is_at(ctx.article.start, where)


def test_page_text_closes_in_its_tail_only() -> None:
    ctx = context(PAGE)
    assert not ctx.article.extracted
    lines = PAGE.splitlines()
    heading, first = lines.index("Related Posts"), lines.index(PROSE.splitlines()[1])
    assert ctx.place(heading) == "tail"
    assert ctx.is_at(heading, CLOSING)
    assert not ctx.is_at(heading, EXTRACTED_CLOSING)
    assert not ctx.is_at(first, CLOSING)
    assert not ctx.is_at(0, CLOSING)


def test_the_last_lines_are_the_texts_last_five_past_its_first_line() -> None:
    text = PROSE * 3 + "\n\n"  # blank lines at the end count for nothing
    ctx = context(text)
    lines = text.splitlines()
    worded = [i for i, line in enumerate(lines) if line]
    assert [i for i in range(len(lines)) if ctx.is_at(i, LAST)] == worded[-LAST_REACH:]


def test_a_short_text_has_no_last_lines_before_its_first_line() -> None:
    ctx = context(PROSE)
    assert not ctx.is_at(ctx.article.start, LAST)
    assert ctx.is_at(len(PROSE.splitlines()) - 1, LAST)
