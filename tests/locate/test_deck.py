"""The deck under the page's headline (`locate.deck`): its standfirst, often without a full stop,
set apart from the body by a dateline or a share bar, is the article's; a stamp there is not."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.locate.article import locate_article
from scrapelint.locate.deck import under_headline
from tests.labelled_pages import SETS, kept_lines, read_pages

MENU = ["Home", "News", "Science", "Health", "Opinion", "Newsletters", "Sign in"]
HEADLINE = "Soil fungi help trees share water during drought"
DECK = "Network of underground fungi moved water from deep-rooted oaks to seedlings, study shows"
SHARE = ["Share on LinkedIn", "Share on X", "Share by email"]
BODY = [
    "Researchers at the university found that fungal threads linking the roots of oaks carried "
    "water to young trees nearby during the dry summer of last year.",
    "The team labelled water with a heavy isotope and traced it from the oaks to the seedlings "
    "over the course of three weeks in a forest plot.",
    "Seedlings connected to the network were far more likely to survive the summer, the study "
    "found, than those growing in soil where the fungi had been removed.",
    "The researchers cautioned that the study looked at one tree species in one type of forest "
    "and said that more work would be needed elsewhere.",
]


def page(under: list[str]) -> list[str]:
    return [*MENU, "", HEADLINE, "", *under, "", *SHARE, "", *BODY]


def deck_verdict(lines: list[str], deck: int) -> tuple[float, float]:
    found = locate_article(lines)
    judged = under_headline(found, lines, lines.index(HEADLINE))
    return found.verdicts[deck].confidence, judged.verdicts[deck].confidence


@pytest.mark.parametrize(
    "under",
    [
        [DECK],
        ["May 6, 2025", "", DECK],
        ["FOR IMMEDIATE RELEASE — May 6, 2025", DECK],
        ["Shares fell 4.25 per cent after the company cut its forecast for the year"],
        ["Die Bundesregierung plant neue Regeln für Mieter in Großstädten"],
        ["Hit by floods, the valley waits for help from the capital"],
        ["Le ministre promet « une réforme profonde » du système de retraite avant l'été"],
    ],
)
def test_a_deck_under_the_headline_is_only_reported(under: list[str]) -> None:
    lines = page(under)
    before, after = deck_verdict(lines, lines.index(under[-1]))
    assert before >= 0.5 > after > 0  # removed by the locator alone; now reported, kept


@pytest.mark.parametrize(
    "stamp",
    [
        "Written by Katrin Behlmann · Audio by Jonas Fried",
        "Reviewed by Alun Pryce, home appliances editor",
        "Penulis: Dimas Prasetyo | Editor: Rina Wulandari",
        "Updated October 15 2025 - 5:00am, first published 4:30am",
        "作者：林晓舟　来源：东岭日报　发布时间：2025-03-14 10:32",
        "Key points from the report:",
        "Texto y fotos: Ana María Pérez y Luis Gómez Ruiz",
        "Last updated at 10:32 this morning after new figures came in",
        "Jane Roe, senior correspondent for health and science policy",
        "كتب محمد أحمد علي حسن المحرر الاقتصادي للصحيفة",
        "Home › Science › Environment › Forests and soils of the north",
    ],
)
def test_a_stamp_or_a_label_under_the_headline_is_no_deck(stamp: str) -> None:
    lines = page([stamp])
    found = locate_article(lines)
    assert under_headline(found, lines, lines.index(HEADLINE)) is found


@pytest.mark.parametrize(
    "over",
    [
        ["May 6, 2025", "By Jane Roe"],
        ["Penulis: Dimas Prasetyo | Editor: Rina Wulandari | Foto: Arif Budiman"],
    ],
)
def test_a_deck_past_two_stamps_or_a_long_line_is_not_read(over: list[str]) -> None:
    lines = page([*over, DECK])
    found = locate_article(lines)
    assert under_headline(found, lines, lines.index(HEADLINE)) is found


@pytest.mark.parametrize("name", ["pmix_445_full", "ko_41_full", "he_41_full", "el_34_full"])
def test_labelled_decks_stay(name: str) -> None:
    # A press release's deck under its dateline, a Korean deck over its datelines, a Hebrew one
    # over its byline, a Greek one under a dense head: each went as head chrome.
    labelled = next(p for p in read_pages(SETS["pages"]) if p.name == name)
    headline = labelled.tags.index("T")
    deck = next(i for i in range(headline + 1, len(labelled.tags)) if labelled.tags[i] == "B")
    assert kept_lines(labelled, Linter().fix(labelled.text).text)[deck]
