"""Outlines: short headings over lists of points, three sections or more (`locate.outlines`)."""

from __future__ import annotations

from scrapelint.locate.blocks import LIST
from scrapelint.locate.outlines import grouped, sections
from scrapelint.locate.reading import Blocks, block_reading, read_blocks
from tests.locate.test_article import MENU
from tests.locate.test_entries import HEALTH, _blocks


def _found(lines: list[str]) -> Blocks:
    return read_blocks(lines, [block_reading(t) for t in lines])


def _headings(lines: list[str]) -> list[str]:
    found = _found(lines)
    index = [b.index for b in found.scored]
    outlines = grouped(sections(found.texts, found.feats, index))
    return [found.texts[heading] for outline in outlines for heading, _ in outline]


def test_the_points_of_an_outline_are_content_lists() -> None:
    lines = _blocks(MENU, HEALTH)
    found = _found(lines)
    points = [k for k, text in enumerate(found.texts) if text.startswith("* ") and text in HEALTH]
    assert points and all(found.classes[k] == LIST for k in points)
    assert _headings(lines) == ["Symptoms", "Causes", "Treatment"]


def test_two_sections_make_no_outline() -> None:
    lines = _blocks(MENU, HEALTH[:6])
    assert _headings(lines) == []
    found = _found(lines)
    assert all(c != LIST for t, c in zip(found.texts, found.classes, strict=True) if t in HEALTH)


def test_a_menus_columns_of_one_or_two_words_are_no_outline() -> None:
    columns = []
    for heading in ("Company", "Products", "Support"):
        columns += [heading, "* About", "* Careers", "* Press room"]
    assert _headings(_blocks(columns)) == []


def test_a_blank_line_ends_a_sections_list() -> None:
    # A converter writes a list as one block: points a blank line apart are no list.
    lines = []
    for heading in ("Symptoms", "Causes", "Treatment"):
        lines += [
            "",
            heading,
            "",
            "* Pain that starts during exercise",
            "",
            "* Swelling on the shin",
        ]
    assert _headings(lines) == []
