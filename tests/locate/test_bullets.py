"""Bulleted sentences the article leads into stay with it; a ticker of bullets does not."""

from __future__ import annotations

from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import LIST
from scrapelint.locate.reading import block_reading, read_blocks
from scrapelint.text.confidence import REMOVE_AT
from tests.locate.test_article import ARTICLE, MENU, RELATED, _kept, _page

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


BOX = [
    "Advertisement",
    "Council Notes, in your inbox",
    "Every Wednesday morning after a Select Board meeting, a plain summary of what was voted "
    "on and what comes next. Free for everyone.",
    "Email address",
    "Sign up",
]
OTHER_BUSINESS = [
    "Other business",
    "* Police cruiser: approved 5-0, one hybrid cruiser from the capital reserve.",
    "* Library roof: approved 5-0, emergency repairs over the children's room.",
    "* Fire Station 2: a public forum is set for Tuesday at the middle school.",
    "* Dog park hours: approved 4-1, the park now closes at 8 p.m. instead of dusk.",
]
COMING_UP = [
    "Coming up",
    "The board next meets on Tuesday, March 26, at 7 p.m., and the agenda is posted on the "
    "Friday before. Meetings air live on the town's cable channel.",
]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use"]


def test_a_section_of_bulleted_sentences_after_an_in_article_box_goes_on_with_the_article() -> None:
    lines = _page(MENU, ["Select Board approves paving bid"], ARTICLE, BOX, OTHER_BUSINESS)
    lines += _page(COMING_UP, FOOTER)
    kept = _kept(locate_article(lines), lines)
    for line in [*ARTICLE, *OTHER_BUSINESS[1:], COMING_UP[1]]:
        assert line in kept, line
    assert not set(FOOTER) & set(kept)


def test_a_ticker_of_teasers_with_their_snippets_after_the_article_stays_junk() -> None:
    """A "Breaking News" box under the article: each bullet a headline run on into the first
    sentence of its story, far longer than a point of the article's own."""
    snippet = (
        " NEW DELHI: The ministry said on Monday that the new rules would apply from next month "
        "to every district, after a long consultation with the states and the public."
    )
    ticker = ["Breaking News"] + [f"* {title}{snippet}" for title in RELATED[1:]]
    box = ["Subscribe To Our Mailing List", "Enter your email address:", "Delivered by FeedBurner"]
    lines = _page(MENU, ["Council expands bus network"], ARTICLE, box, ticker, FOOTER)
    assert _kept(locate_article(lines), lines) == ARTICLE


def test_a_box_of_recent_comments_cut_short_after_the_article_stays_junk() -> None:
    """Each snippet of a "Comments" widget ends with an ellipsis where its comment was cut: no
    point of the article's own, however sentence-like."""
    snippets = [
        "* Maitama Tambari: The child who said his mama will not sleep he also said that…",
        "* Maitama Tambari: Congratulations for a well deserved achievement by a young…",
        "* Udegbue Peter: Jonathan is an example of a perfect leader. He played the role…",
        "* Ada Obi: The senate should have debated this motion for much longer than it did…",
    ]
    lines = _page(MENU, ["Council expands bus network"], ARTICLE, RELATED, ["Comments"], snippets)
    lines += _page(FOOTER)
    amap = locate_article(lines)
    assert _kept(amap, lines) == ARTICLE
    for index in range(lines.index(RELATED[0]), len(lines)):
        if lines[index] in FOOTER:
            assert amap.verdicts[index].confidence >= REMOVE_AT, lines[index]
