"""A headline over its deck (`text.deck_shape.heads_deck`): the standfirst right under the
headline, a longer sentence that tells the same story, is neither the page's title for the
headline reader (`facts.headline`) nor for the locator (`locate.outside`); a notice or an
advertisement over the headline, which tells another story, takes nothing from it."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.facts.headline_shape import is_headline_lookalike
from scrapelint.facts.page_meta import headline_line, read_page
from scrapelint.locate.article import locate_article
from scrapelint.locate.context import Context, LineMemo
from scrapelint.text import reasons as R
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.deck_shape import heads_deck
from scrapelint.text.document import Document
from tests.locate.test_deck import BODY, DECK, HEADLINE, MENU, page

BYLINE = ["By Jane Roe", "May 6, 2025"]
# Over the headline: an advertisement shaped as a sentence, one of its words in the body.
ADVERT = "Summer service at Hartley Motors from £49, book your slot today"
LONG_HEADLINE = (
    "Soil fungi help young trees share water with old oaks during the long summer drought"
)


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        (HEADLINE, DECK, True),
        ("Mirela Vuković nova je gradonačelnica Starog Brijega",
         "Nezavisna kandidatkinja u drugom je krugu pobijedila dosadašnjeg zamjenika župana",
         True),
        (DECK, HEADLINE, False),  # the lower line is the shorter: no deck
        ("Grow your own", DECK, False),  # a section's name, a kicker
        ("Home › Science › Environment › Forests and soils", DECK, False),  # a breadcrumb
        ("ホーム ＞ 不動産・住まい ＞ 賃貸トラブル ＞ 敷金・原状回復",
         "敷金が返ってこない？退去時の原状回復トラブルを防ぐ5つのステップ", False),
        (HEADLINE, "By Jane Roe and Tomasz Welling, science correspondents", False),
        ("A weekly letter about soil and the trees around us", f"# {LONG_HEADLINE}", False),
        (f"## {HEADLINE}", f"## {DECK}", True),  # marked alike
    ],
)  # fmt: skip
def test_a_deck_is_a_longer_sentence_under_a_sentence(
    upper: str, lower: str, expected: bool
) -> None:
    assert heads_deck(upper, lower) is expected


def headed(head: list[str]) -> list[str]:
    return [*MENU, "", *head, *BYLINE, "", *BODY]


def title_of(lines: list[str]) -> str | None:
    found = locate_article(lines, lookalike=is_headline_lookalike)
    title = read_page(lines, (found.start, found.end)).title
    return None if title is None else title.text


def test_the_headline_reader_takes_the_headline_over_its_deck() -> None:
    # The deck, nearer the byline and longer, scores higher; its headline is the title.
    assert title_of(headed([HEADLINE, DECK])) == HEADLINE


def test_an_advertisement_over_the_headline_takes_nothing_from_it() -> None:
    lines = headed([ADVERT, LONG_HEADLINE])
    assert title_of(lines) == LONG_HEADLINE
    # The locator, which reads no topic, took the advertisement for the headline over its deck;
    # the headline read, the advertisement is head chrome again.
    kept = Linter().fix("\n".join(lines) + "\n").text.splitlines()
    assert LONG_HEADLINE in kept and ADVERT not in kept


def test_a_sole_level_one_heading_is_no_deck_of_the_tagline_over_it() -> None:
    tagline = "A weekly letter about soil and the trees around us"
    lines = [*MENU, "", tagline, "", f"# {LONG_HEADLINE}", *BYLINE, "", *BODY]
    assert title_of(lines) == LONG_HEADLINE


def test_the_locator_takes_the_headline_over_its_deck_for_the_title() -> None:
    lines = page([DECK])
    found = locate_article(lines, lookalike=is_headline_lookalike)
    assert found.verdicts[lines.index(HEADLINE)].reason == R.TITLE
    assert found.verdicts[lines.index(DECK)].reason != R.TITLE


@pytest.mark.parametrize("head", [[HEADLINE, DECK], [HEADLINE, "", DECK]])
def test_a_fix_keeps_the_headline_and_its_deck(head: list[str]) -> None:
    lines = headed(head)
    result = Linter().fix("\n".join(lines) + "\n")
    kept = result.text.splitlines()
    assert HEADLINE in kept and DECK in kept
    assert result.title == HEADLINE


def test_unsure_of_the_headline_the_deck_under_the_locators_title_is_only_reported() -> None:
    # No byline, no dateline, the menu over it: the headline reader is unsure of the headline
    # and reports none; the deck under the line the locator took for it is only reported, as
    # under a sure headline.
    lines = page([DECK, "", "Listen to this article", "Save for later"])
    doc = Document.from_text("\n".join(lines) + "\n")
    ctx = Context(doc, LineMemo(), headline=headline_line, lookalike=is_headline_lookalike)
    assert ctx.title_line is None
    verdict = ctx.article.verdicts[lines.index(DECK)]
    assert verdict.junk and verdict.confidence < REMOVE_AT
