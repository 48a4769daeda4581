"""A cookie or consent banner (CN001) in the languages of the vocabulary, with its buttons: the
banner's formula in the first person of a site, and the short lines right under it in its block
("Accept all", "Souhlasím"), go; the article stays, a story about banners too."""

from __future__ import annotations

import pytest

from scrapelint.engine.apply import fix
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE, RULES, fixed

MENU = ["News", "Sport", "Business", "Culture", "Weather", "Travel", "Opinion"]
BANNERS = {
    "ro": ("Acest site folosește cookie-uri", "Accept toate", "Doar necesare", "Setări"),
    "cs": (
        "Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti"
        " soubory cookie.",
        "Souhlasím",
        "Nastavení",
        "Odmítnout vše",
    ),
    "fr": (
        "Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l'audience.",
        "Accepter et fermer",
        "Continuer sans accepter",
    ),
    "nl": ("Deze website gebruikt cookies", "Akkoord", "Instellingen aanpassen"),
    "sv": ("Vi använder cookies för att ge dig en bättre upplevelse.", "Godkänn", "Inställningar"),
    "hu": ("Ez a weboldal sütiket használ.", "Elfogadom", "Beállítások"),
}


@pytest.mark.parametrize("language", sorted(BANNERS))
def test_a_banner_and_its_buttons_go(language: str) -> None:
    banner = "\n".join(BANNERS[language])
    kept = fixed([*MENU, banner, *ARTICLE, *MENU])
    assert not set(BANNERS[language]) & set(kept)
    assert [line for line in kept if line in ARTICLE] == ARTICLE


def _kept(lines: list[str]) -> list[str]:
    return fix(Document.from_text("\n".join(lines) + "\n"), RULES).cleaned.texts


def test_in_a_text_without_blank_lines_the_lines_under_a_banner_are_no_buttons() -> None:
    headline = "Budget vote delayed again"
    assert headline in _kept(["We use cookies to improve your visit.", headline, *ARTICLE])
    japanese = "東京都、来年度から高校授業料を実質無償化へ"
    assert japanese in _kept(["当サイトではCookieを使用しています。", japanese, *ARTICLE])


def test_a_story_about_banners_stays() -> None:
    story = (
        "A new rule lets readers across the union say once whether a site that uses cookies may "
        "track them, and the regulator said sites must offer a button to refuse them all."
    )
    assert fixed([*ARTICLE, story]) == [*ARTICLE, story]


def test_a_banner_the_story_quotes_under_the_line_that_announces_it_stays() -> None:
    quote = ["The app opens with a pop-up that reads:", "We value your privacy"]
    lines = [*ARTICLE[:2], *quote, ARTICLE[2]]
    assert fixed([*MENU, *lines, *MENU]) == lines
