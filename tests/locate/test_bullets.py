"""Bulleted sentences the article leads into stay with it; a ticker of bullets does not."""

from __future__ import annotations

from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import LIST
from scrapelint.locate.reading import block_reading, read_blocks
from tests.locate.test_article import ARTICLE, MENU, _kept, _page

INTRO = [
    "Digital marketing is the use of websites, apps, mobile devices and search engines to reach "
    "customers, and it has grown into the largest share of most advertising budgets.",
]
DEFINITION = [
    "Marketing has always been about reaching the right people at the right time, and online "
    "channels now let a small shop reach customers in every country at a modest cost.",
]
KEY_POINTS = [
    "Key Takeaways",
    "* Digital marketing reaches customers through websites, mobile devices and social media.",
    "* Its channels have changed a great deal since the first banner adverts of the 1990s.",
    "* The main strategies include content marketing, email campaigns and paid search ads.",
    "* Marketers struggle with the number of channels and the amount of data they produce.",
]
TICKER = [
    "Breaking News",
    "* Council approves the new harbour plan after a long debate. The vote was close again.",
    "* Storm closes two schools in the north district for a week. Repairs begin on Monday.",
    "* Local team wins the regional final in extra time. Fans celebrated in the old square.",
    "* New library branch opens its doors to readers downtown. It holds forty thousand books.",
]


def test_key_points_under_the_lead_are_kept_with_the_article() -> None:
    byline = ["Updated September 28, 2025", "Reviewed by Margaret James"]
    lead = [*INTRO, "What Is Digital Marketing?", *DEFINITION]
    section = ["Getty Images / Mira Norian", "Understanding the Mechanics"]
    lines = _page(MENU, byline, lead, KEY_POINTS, section, ARTICLE)
    kept = _kept(locate_article(lines), lines)
    article = [*INTRO, *DEFINITION, *KEY_POINTS, *ARTICLE]
    assert [line for line in kept if line in article] == article
    assert not set(MENU) & set(kept)


def test_ticker_of_bulleted_sentences_under_a_menu_stays_junk() -> None:
    lines = _page(MENU, TICKER, ["Council expands bus network"], ARTICLE)
    amap = locate_article(lines)
    assert _kept(amap, lines) == ARTICLE


def _classes(texts: list[str]) -> list[str]:
    return read_blocks(texts, [block_reading(t) for t in texts]).classes


def test_the_parts_of_one_sentence_in_a_list_are_a_content_list() -> None:
    items = [
        "* proprietarii de case sau apartamente din Sânpetru Nou;",
        "* care nu au datorii la bugetul local;",
        "* al căror venit net pe membru de familie nu depășește 3.500 de lei.",
    ]
    assert _classes(items) == [LIST] * 3
    # Items that end no part of a sentence are a menu's, whatever their length.
    menu = ["* Our services in the region", "* News from the town hall", "* Contact and hours"]
    assert LIST not in _classes(menu)


def test_a_table_written_out_by_a_converter_is_a_content_list() -> None:
    rows = [
        "Posiadanie piłki  61%  39%",
        "Strzały (celne)  17 (6)  7 (3)",
        "Rzuty rożne  9  2",
        "Żółte kartki  2  4",
    ]
    assert _classes(rows) == [LIST] * 4
    # A menu in a row, single spaces or bars between its entries, is none.
    menu = ["News | Sport | Weather", "Home Politics World", "Login | Subscribe | Help"]
    assert LIST not in _classes(menu)
