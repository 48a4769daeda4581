"""A recipe's card under the post's story (`locate.named_parts`): sections in a row under the
body, headed by the names of an article's parts, are the article's; a sidebar's boxes under it
are not."""

from __future__ import annotations

from scrapelint.api import Linter
from scrapelint.locate.named_parts import named_parts
from scrapelint.locate.reading import block_reading, read_blocks
from tests.labelled_pages import SETS, kept_lines, read_pages
from tests.locate.test_article import ARTICLE, MENU, RELATED
from tests.locate.test_entries import _blocks

CARD = [
    ["Advertisement"],
    ["Lemon Oat Bars", "★★★★★ 4.8 from 96 votes"],
    ["Ingredients"],
    [
        "* 2 cups rolled oats",
        "* 1 cup plain flour",
        "* 3/4 cup brown sugar",
        "* 2 lemons, zest and juice",
        "* 1/2 cup melted butter",
    ],
    ["Instructions"],
    [
        "1. Heat the oven to 180C and line a square tin with paper.",
        "2. Mix the oats, flour and sugar in a large bowl.",
        "3. Stir in the butter, the zest and the juice until it clumps.",
        "4. Press into the tin and bake for 25 minutes, then cool in the tin.",
    ],
]
STEPS = "\n".join(CARD[5])  # a converter writes a list's items on lines in a row
FOOTER = ["* About us", "* Privacy policy", "* Contact", "© 2025 Lemon Kitchen"]


def _lines(*card: list[str]) -> list[str]:
    card = tuple([STEPS] if part is CARD[5] else part for part in card)
    blocks = _blocks(MENU, ["Lemon oat bars for the school run"], ARTICLE, *card, FOOTER)
    return "\n".join(blocks).split("\n")


def test_a_recipes_card_under_the_story_is_kept() -> None:
    """A blog's story, then an ad, the title again, a rating, and the card: its ingredients and
    steps are kept, the ad and the title's repeat still go."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "pmix_323_full")
    kept = kept_lines(page, Linter().fix(page.text).text)
    card = range(page.lines.index("Ingredients"), page.lines.index("Notes"))
    assert all(kept[i] for i in card if page.tags[i] == "B")
    assert not any(kept[i] for i, tag in enumerate(page.tags) if tag in ("J:ad", "J:title-repeat"))


def _named(lines: list[str]) -> list[str]:
    """The lines `named_parts` keeps under the story's last paragraph."""
    found = read_blocks(lines, [block_reading(t) for t in lines])
    end = next(k for k, b in enumerate(found.scored) if lines[b.index] == ARTICLE[-1]) + 1
    kept = named_parts(found.texts, found.scored, found.sections, end)
    return [lines[i] for i in sorted(kept) if lines[i]]


def test_the_card_runs_from_its_first_named_part_to_its_last_step() -> None:
    assert _named(_lines(*CARD)) == [*CARD[2], *CARD[3], *CARD[4], *CARD[5]]


def test_one_named_section_alone_is_no_card() -> None:
    """A single "Ingredients" list under a story could be a shop's box: left to the verdicts."""
    assert _named(_lines(*CARD[:4])) == []


def test_a_sidebars_boxes_under_the_body_are_no_card() -> None:
    popular = ["Most popular", "* Five Dinners Under Ten Pounds", "* How To Store Fresh Herbs"]
    lines = _lines(RELATED, popular)
    assert _named(lines) == []
    text = Linter().fix("\n".join(lines)).text
    assert not any(line in text for line in [*RELATED, *popular])


def test_a_named_section_over_the_body_end_is_not_counted() -> None:
    """Only sections from the body's end on count: "Ingredients" inside the body leaves one."""
    lines = _lines(*CARD)
    found = read_blocks(lines, [block_reading(t) for t in lines])
    steps = next(k for k, b in enumerate(found.scored) if lines[b.index] == "Instructions")
    assert named_parts(found.texts, found.scored, found.sections, steps) == set()


def test_named_sections_far_apart_make_no_card() -> None:
    """Three lines of chrome between "Ingredients" and "Instructions" part them."""
    gap = [["Advertisement"], ["Print recipe"], ["Pin it"]]
    assert _named(_lines(*CARD[:4], *gap, *CARD[4:])) == []
