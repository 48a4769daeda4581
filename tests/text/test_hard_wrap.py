"""Hard-wrapped text: which lines continue the paragraph above (`text.hard_wrap`)."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapelint.text.hard_wrap import continued_lines, paragraph_runs, wrap_width
from tests.strategies import articles

PROSE = (
    "The council voted on Tuesday to close the old bridge to cars from next spring, after "
    "engineers found cracks in two of its three arches during a routine inspection last month. "
    "Cyclists and people on foot will still be able to cross while the repairs are planned."
)


def wrapped(paragraphs: list[str], width: int) -> tuple[list[str], set[int]]:
    """The lines of `paragraphs` wrapped at `width`, blank-separated, and the indices of the
    lines that continue a paragraph."""
    lines: list[str] = []
    continuing: set[int] = set()
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        broken = textwrap.wrap(paragraph, width)
        continuing.update(range(len(lines) + 1, len(lines) + len(broken)))
        lines.extend(broken)
    return lines, continuing


def test_wrapped_paragraphs_are_found_at_their_width() -> None:
    lines, continuing = wrapped([PROSE, PROSE.upper().lower(), PROSE], 72)
    assert wrap_width(lines) == 72
    assert continued_lines(lines) == continuing


def test_a_paragraph_a_line_is_not_wrapped() -> None:
    sentences = [s.strip() + "." for s in PROSE.split(".") if s.strip()]
    assert continued_lines(sentences * 3) == frozenset()
    assert continued_lines([PROSE] * 4) == frozenset()


def test_menus_and_lists_start_anew() -> None:
    lines, _ = wrapped([PROSE, PROSE], 60)
    menu = ["Home", "News", "Sport", "Business", "Culture"]
    items = ["- " + line for line in lines if line]
    assert not continued_lines([*lines, "", *menu]) & set(range(len(lines), len(lines) + 6))
    assert continued_lines(items) == frozenset()


def test_paragraph_runs_cover_every_line_in_order() -> None:
    lines, continuing = wrapped([PROSE, "A short closing line.", PROSE], 50)
    runs = paragraph_runs(lines)
    assert [i for run in runs for i in run] == list(range(len(lines)))
    assert {i for run in runs for i in run[1:]} == continuing


@settings(max_examples=60, deadline=None)
@given(articles(endings=("\n",)), st.integers(40, 132))
def test_no_line_is_joined_that_the_wrapper_did_not_break(article, width: int) -> None:
    paragraphs = [" ".join(block) for block in article.blocks]
    lines, continuing = wrapped(paragraphs, width)
    assert continued_lines(lines) <= continuing


@settings(max_examples=60, deadline=None)
@given(articles(endings=("\n",)), st.booleans())
def test_unwrapped_text_has_no_continued_line(article, blank_lines: bool) -> None:
    lines = [line for block in article.blocks for line in (*block, "") if blank_lines or line]
    assert continued_lines(lines) == frozenset()
