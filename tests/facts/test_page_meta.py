"""Title, dates and bylines read around the article: positive cases beside negative ones."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint.facts.bylines import names_in, only_names, unglue
from scrapelint.facts.dates import find_all_dates
from scrapelint.facts.headline import strip_site_suffix
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.facts.meta_words import WORDS
from scrapelint.facts.metadata import describe
from scrapelint.facts.page_meta import read_page
from scrapelint.facts.script_dates import DIGIT_BLOCKS
from scrapelint.locate.article import locate_article
from scrapelint.text.document import Document
from tests.strategies import HEADLINES, paragraphs

BODY = (
    "The city council voted on Tuesday to expand the bus network, adding four new routes to the "
    "north of the city and more buses at night.\n\n"
    "Officials said the plan would cost about 12 million dollars over three years, paid from a "
    "regional fund that was set up in 2019.\n\n"
    "The first of the new routes is expected to open in March, and the council will review the "
    "whole network after a year of service.\n"
)
MENU = "* Home\n* News\n* Sport\n* Weather\n* Sign in\n\n"


def page(head: str, tail: str = "") -> list[str]:
    return (MENU + head + "\n\n" + BODY + tail).split("\n")


def read(lines: list[str]):
    """What the page reader finds around the article the locator places, as `describe` does."""
    article = locate_article(lines)
    return read_page(lines, (article.start, article.end))


def iso(found) -> str | None:
    return found.mention.date.isoformat() if found is not None else None


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "date", "updated"),
    [
        ("Council expands bus network\n\nBy Jane Doe\n\nJanuary 29, 2025", "2025-01-29", None),
        (
            "Council expands bus network\n\nPublished: Jan 29, 2025\n\nUpdated: Feb 3, 2025",
            "2025-01-29",
            "2025-02-03",
        ),
        # The label on the line over the date.
        ("Council expands bus network\n\nPublished on\nJan 29, 2025", "2025-01-29", None),
        # Glued to the byline, as page text keeps it.
        ("Council expands bus network\n\nBy Jane DoePublished: Jan 29, 2025", "2025-01-29", None),
        # A name beside the date and a reading time.
        (
            "Council expands bus network\n\nJane Doe · 29 January 2025 · 5 min read",
            "2025-01-29",
            None,
        ),
        # Publication and revision dates glued side by side, categories after the byline.
        (
            "Council expands bus network\n\nOn January 12, 2025January 22, 2025 By Jane Doe In "
            "City News , Transport , Buses , Local Politics , Council Meetings",
            "2025-01-12",
            "2025-01-22",
        ),
        # Other scripts.
        ("市议会扩大公交网络计划\n\n发布时间：2025年1月29日", "2025-01-29", None),
        ("Совет расширяет сеть автобусов\n\n29 января 2025", "2025-01-29", None),
        ("المجلس يوسع شبكة الحافلات\n\n٢٩ يناير ٢٠٢٥", "2025-01-29", None),
    ],
)
def test_dateline_by_the_headline(head: str, date: str, updated: str | None) -> None:
    found = read(page(head))
    assert iso(found.date) == date
    assert iso(found.updated) == updated


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # "Updated" alone often stands for the one date a news page prints.
        ("Council expands bus network\n\nBy Jane Doe\n\nUpdated: Jan 29, 2025", "2025-01-29"),
        # "Last updated" says the page changed after it came out: no publication date is printed.
        ("Council expands bus network\n\nBy Jane Doe\n\nLast updated: Jan 29, 2025", None),
        # A "Last updated" label alone over the date names the one date field the page prints.
        ("Council expands bus network\n\nBy Jane Doe\n\nLast updated:\nJan 29, 2025", "2025-01-29"),
        (
            "Council expands bus network\n\nBy Jane Doe\n\nLast updated\n\nJan 29, 2025",
            "2025-01-29",
        ),
        ("Consejo amplía la red\n\nPor Juana Pérez\n\nÚltima actualización: 29/01/2025", None),
    ],
)
def test_a_last_update_note_is_no_publication_date_a_label_over_the_date_is(
    head: str, date: str | None
) -> None:
    found = read(page(head))
    assert iso(found.date) == date
    if date is None:
        assert iso(found.updated) == "2025-01-29"


@pytest.mark.parametrize(
    "head",
    [
        "Council expands bus network",
        # Prose with a date in it is no dateline.
        "Council expands bus network\n\nOn January 29, 2025 the mayor met the council to talk "
        "about the plan and the money it would need over the years to come.",
        # A copyright year and a copyright date are never the publication date.
        "Council expands bus network\n\n© 2025 Example News, January 29, 2025. All rights "
        "reserved.",
        # "3 days ago" says nothing certain of the day.
        "Council expands bus network\n\nJan 29, 2025 - 3 days ago",
    ],
)
def test_no_dateline_no_date(head: str) -> None:
    assert read(page(head)).date is None


def test_dates_in_related_list_and_comments_are_not_the_article_s() -> None:
    tail = (
        "\nRelated\n\n* Council cuts parking fees\n* March 3, 2024\n\n"
        "Comments\n\nsfcgeorge says:\nDecember 19, 2025 at 13:01\n"
    )
    found = read(page("Council expands bus network", tail))
    assert found.date is None


def test_only_an_updated_stamp_is_the_date() -> None:
    found = read(page("Council expands bus network\n\nUpdated August 14, 2025"))
    assert iso(found.date) == "2025-08-14"
    assert found.updated is None


def test_two_unlabelled_datelines_that_disagree_give_no_date() -> None:
    found = read(page("Council expands bus network\n\nMarch 2, 2025\n\nMarch 9, 2025"))
    assert found.date is None
    assert found.conflict is not None


def test_published_on_at_the_end_of_the_article() -> None:
    found = read(page("Council expands bus network", "\nPublished on 4 March 2025\n"))
    assert iso(found.date) == "2025-03-04"


def test_the_line_a_value_was_read_from() -> None:
    lines = page("Council expands bus network\n\nBy Jane Doe\n\nJanuary 29, 2025")
    found = read(lines)
    assert "Council expands" in lines[found.title.line]
    assert "Jane Doe" in lines[found.byline.line]
    assert "2025" in lines[found.date.line]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025年1月29日", datetime.date(2025, 1, 29)),
        ("2025년 1월 29일", datetime.date(2025, 1, 29)),
        ("٢٩ يناير ٢٠٢٥", datetime.date(2025, 1, 29)),
        ("29 січня 2025", datetime.date(2025, 1, 29)),
        ("２０２５年１月２９日", datetime.date(2025, 1, 29)),
        ("প্রকাশ: ১৪ মার্চ ২০২৫, ১১:৩০", datetime.date(2025, 3, 14)),  # Bengali digits
        ("प्रकाशित: १४ मार्च २०२५", datetime.date(2025, 3, 14)),  # Devanagari digits
        ("Dikemas kini: 14 Mac 2025, 9:45 pagi", datetime.date(2025, 3, 14)),  # Malay
        ("Ijumaa, 14 Machi 2025 | Saa 3:20 asubuhi", datetime.date(2025, 3, 14)),  # Swahili
    ],
)
def test_dates_in_other_scripts(text: str, date: datetime.date) -> None:
    assert [m.date for m in find_all_dates([text])] == [date]


@pytest.mark.parametrize("zero", DIGIT_BLOCKS)
def test_a_date_in_each_script_s_digits(zero: str) -> None:
    def digits(number: str) -> str:
        return "".join(chr(ord(zero) + int(d)) for d in number)

    text = f"{digits('14')} March {digits('2025')}"
    assert [m.date for m in find_all_dates([text])] == [datetime.date(2025, 3, 14)]


@pytest.mark.parametrize("text", ["Fleetwood Mac 1975 tour", "Big Mac 2 for 5", "Des 2025 plans"])
def test_malay_and_swahili_months_need_a_date_s_shape(text: str) -> None:
    assert find_all_dates([text]) == ()


def test_dotted_month_first_when_the_day_says_so() -> None:
    assert [m.date for m in find_all_dates(["06.18.2025"])] == [datetime.date(2025, 6, 18)]
    assert [m.date for m in find_all_dates(["06.11.2025"])] == [datetime.date(2025, 11, 6)]


@pytest.mark.parametrize("text", ["2025年13月40日", "第2025号", "٢٠٢٥"])
def test_not_dates_in_other_scripts(text: str) -> None:
    assert find_all_dates([text]) == ()


# --- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("Written by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Author: Jane Doe", ("Jane Doe",)),
        ("By Jane DoePublished: Jan 29, 2025", ("Jane Doe",)),
        ("Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By Danielle DeSiato, Donna Enzmann, and Natalie Nguyen", None),
        ("Dylan Bailey, MS, RD, FAND", ("Dylan Bailey",)),
        ("By Dr. Vahid Osman - Mar 27, 2024", ("Dr. Vahid Osman",)),
        ("Posted by Peter Bell on August 21, 2019", ("Peter Bell",)),
        ("December 15, 2025 · 30 min · Ash Vardanian", ("Ash Vardanian",)),
        ("Por María García", ("María García",)),
        ("Par Marie Dupont", ("Marie Dupont",)),
        ("Von Moritz Bachmann", ("Moritz Bachmann",)),
        ("Escrito por João Silva", ("João Silva",)),
        ("Di Giulia Rossi", ("Giulia Rossi",)),
        ("Geschrieben von Anna Schmidt", ("Anna Schmidt",)),
    ],
)
def test_byline_names(text: str, names: tuple[str, ...] | None) -> None:
    found = names_in(text)
    if names is None:  # three names
        assert found == ("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen")
    else:
        assert found == names


@pytest.mark.parametrize(
    "text",
    [
        "By continuing to use this site you agree",  # a sentence
        "Get Started",  # menu words
        "Share on Pinterest",
        "Key Takeaways",  # a section heading
        "AI Alignment Forum",  # an organisation
        "Smith Media Group",
        "By January 29, 2025",  # a date
        "Staff Writer",  # a role alone
    ],
)
def test_not_a_byline(text: str) -> None:
    assert names_in(text) == ()


def test_bare_name_beside_a_dateline_but_not_elsewhere() -> None:
    beside = read(page("Council expands bus network\n\nJane Doe\n\nJanuary 29, 2025"))
    assert beside.byline is not None
    assert beside.byline.names == ("Jane Doe",)
    alone = read(page("Council expands bus network\n\nA Short Deck Line\n\nJane Doe"))
    assert alone.byline is None or alone.byline.names != ("A Short Deck Line",)


def test_a_reviewer_is_not_the_author_but_marks_the_byline() -> None:
    found = read(page("Council expands bus network\n\nJane Doe\n\nReviewed by John Roe"))
    assert found.byline is not None
    assert found.byline.names == ("Jane Doe",)
    alone = read(page("Council expands bus network\n\nReviewed by John Roe\n\nJan 2, 2025"))
    assert alone.byline is None


def test_one_word_name_only_on_a_dateline() -> None:
    dated = read(page("Council expands bus network\n\nBy: ShawnHymel | December 16, 2025"))
    assert dated.byline is not None
    assert dated.byline.names == ("ShawnHymel",)
    menu = read(page("Council expands bus network\n\nBy Industry\n\nBy Role"))
    assert menu.byline is None


def test_prefix_alone_over_the_name() -> None:
    found = read(page("Council expands bus network\n\nWritten by\n\nJane Doe\n\nJan 2, 2025"))
    assert found.byline is not None
    assert found.byline.names == ("Jane Doe",)


def test_author_box_at_the_end() -> None:
    tail = "\nAbout the author\n\nJane Doe\n\nJane Doe is a reporter covering transport.\n"
    found = read(page("Council expands bus network", tail))
    assert found.byline is not None
    assert found.byline.names == ("Jane Doe",)


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("\nJane Doe\n\nAuthor’s Profile\n\nLatest Blogs\n", ("Jane Doe",)),
        ("\nJuana Pérez\nPerfil del autor\n", ("Juana Pérez",)),
        # A link under something else than a name.
        ("\nShare this story\n\nAuthor’s Profile\n", None),
    ],
)
def test_a_name_over_a_link_to_the_authors_page(tail: str, names: tuple[str, ...] | None) -> None:
    found = read(page("Council expands bus network", tail))
    assert (found.byline.names if found.byline is not None else None) == names


def test_only_names_refuses_a_line_with_other_words() -> None:
    assert only_names("Jane Doe") == ("Jane Doe",)
    assert only_names("Jane Doe Share this") == ()


def test_unglue_splits_only_before_a_label() -> None:
    assert unglue("By Jane DoePublished: Jan 29") == "By Jane Doe Published: Jan 29"
    assert unglue("Danielle DeSiato") == "Danielle DeSiato"  # a name's inner capital stays


# --- title -----------------------------------------------------------------------------------


def test_headline_over_byline() -> None:
    head = "Council expands bus network\n\nBy Jane Doe\n\nJanuary 29, 2025"
    found = read(page(head))
    assert found.title is not None
    assert found.title.text == "Council expands bus network"


@pytest.mark.xfail(
    strict=True,
    reason="a deck of many words between headline and byline outscores a short headline "
    "(DEV-modern's best deck weight, 0.5, still loses here)",
)
def test_headline_over_deck_and_byline() -> None:
    head = (
        "Council expands bus network\n\nFour new routes will open in the north next year\n\n"
        "By Jane Doe\n\nJanuary 29, 2025"
    )
    found = read(page(head))
    assert found.title is not None
    assert found.title.text == "Council expands bus network"


def test_breadcrumb_is_not_the_headline() -> None:
    head = "Home » News » Council expands bus network\n\nCouncil expands bus network\n\nBy Jane Doe"
    found = read(page(head))
    assert found.title is not None
    assert found.title.text == "Council expands bus network"


@pytest.mark.parametrize(
    "line",
    [
        "* Council expands bus network",  # a list item (menu, table of contents)
        "Share on Pinterest",
        "SubscribeSign in Get a demoBook a call",
        "All gists Back to GitHub Sign in Sign up",  # a brand's capitals split into no menu word
        "For Enterprise For Media For Agencies For Schools",
        "Image by Jane Doe from Pixabay",
        "The council voted on Tuesday to expand the network.",
        "By Jane Doe",
        "January 29, 2025",
    ],
)
def test_not_headline_shaped(line: str) -> None:
    assert not is_headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sdílet na Facebooku",  # a share button, the network's name declined
        "Jaa Twitterissä",
        "Podijeli na WhatsAppu",
        "Megosztás Facebookon",
        "Akceptuję wszystkie",  # a consent banner's buttons
        "Ustawienia zaawansowane",
        "Alle akzeptieren",
    ],
)
def test_a_share_or_consent_button_is_no_headline(line: str) -> None:
    assert not is_headline_shaped(line)


def test_a_headline_over_its_deck_wins_over_a_share_button_under_the_dateline() -> None:
    lines = [
        "Záchranář Vondráček: Lidé vyrážejí na hřebeny v teniskách a s pěti procenty baterie",
        "",
        "Petr Vondráček slouží u Horské služby Bílé hory sedmnáct let. Letošní zima byla podle "
        "něj nejhorší, jakou pamatuje.",
        "",
        "Kateřina Malá",
        "22. března 2025 6:00",
        "",
        "Sdílet na Facebooku",
        "Sdílet na X",
        "",
        *BODY.splitlines(),
    ]
    title = read_page(lines, (11, len(lines))).title
    assert title is not None and title.line == 0


@pytest.mark.parametrize(
    "line",
    [
        "How GitHub Copilot changed the way I write code",
        "YouTube Premium raises its price across Europe",
    ],
)
def test_a_brand_with_capitals_inside_stays_headline_shaped(line: str) -> None:
    assert is_headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        # elisions and units are a word each: fifteen words, not eighteen
        "Tempête Bérengère : rafales à 140 km/h sur l'île de Ré, 38 000 foyers privés "
        "d'électricité",
        "L'ex-maire d'Auriol jugé pour favoritisme, l'enquête s'élargit à l'office HLM de la ville",
    ],
)
def test_a_headline_with_a_comma_counts_its_words_between_spaces(line: str) -> None:
    assert is_headline_shaped(line)


def test_a_long_line_with_a_clause_in_it_is_prose() -> None:
    line = "He said the plan, which the council approved on Tuesday, would cost far more than"
    assert not is_headline_shaped(line + " anyone had expected")
    # one comma; a possessive or a contraction is no elision: twenty words
    line = "The mayor's office won't comment on the city's $1.2bn deficit, a spokesperson told"
    assert not is_headline_shaped(line + " reporters on Monday")


def test_a_networks_name_alone_is_a_headlines_word() -> None:
    assert is_headline_shaped("Konec Twitteru")  # "the end of Twitter"
    assert is_headline_shaped("Rethinking crisis communications")


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        # a headline naming its day among words of its own
        ("Full Council, 12 March 2025: what was decided", True),
        ("This Week in Amravalli: 10 events from 14 to 20 December 2025", True),
        ("Pasir Merah Reservoir Park to Reopen in Phases from 1 July 2025", True),
        ("Updated visiting arrangements from Monday 17 March 2025", True),  # "updated", no label
        # a dateline's words beside its date: a label, a weekday, a time, a site's name
        ("Monday 12 March 2025, 10:32 GMT", False),
        ("Posted on 12 March 2025 in News", False),
        ("Updated on 17 March 2025 at the town hall office", False),
        # a page's notice of its date: its words are no headline's
        ("Posted in Community News on 12 March 2025", False),
        ("This article was last updated on 12 March 2025", False),
        ("Information correct as of 12 March 2025", False),
        ("Originally published in The Gazette on 12 March 2025", False),
        ("Page last reviewed: 12 March 2025 - Next review due: 12 March 2028", False),
        # names beside the date: a byline on its dateline; a date opening the line: a post's
        ("Jane Doe and John Smith · Dec 17, 2025", False),
        ("12 March 2025 – Council approves budget for new library", False),
        ("Published 12 March 2025 by the Democratic Services team", False),
        ("Meeting of 12 March 2025", False),
    ],
)
def test_a_headline_may_hold_a_date_among_words_of_its_own(line: str, shaped: bool) -> None:
    assert is_headline_shaped(line) is shaped


@given(st.sampled_from(HEADLINES["en"]))
def test_real_headlines_are_headline_shaped_or_end_a_sentence(headline: str) -> None:
    # Headlines that end with a full stop or are one word are the only ones refused.
    words = headline.split()
    if len(words) >= 2 and not headline.endswith((".", ":", "!", ";", ",")):
        assert (
            is_headline_shaped(headline)
            or any(c.isdigit() for c in headline)
            or (headline[0].islower())
        )


def test_site_suffix_cut_only_when_the_page_names_the_site() -> None:
    assert strip_site_suffix("Council expands bus network | Example News", "© 2025 Example News")
    assert (
        strip_site_suffix("Council expands bus network | Example News", "© 2025 Example News")
        == "Council expands bus network"
    )
    # Unknown suffix: it may be half the headline.
    assert strip_site_suffix("Best Audiobook Subscriptions - I Tried 11 Services") == (
        "Best Audiobook Subscriptions - I Tried 11 Services"
    )


# --- properties ------------------------------------------------------------------------------


@given(paragraphs("en", 1, 4), st.sampled_from(HEADLINES["en"]))
def test_prose_alone_gives_no_date_and_no_byline(body: str, headline: str) -> None:
    found = read_page((headline + "\n\n" + body).split("\n"))
    assert found.byline is None
    assert found.date is None or found.date.kind != "published"


@given(st.lists(st.text(max_size=80), max_size=30))
def test_read_page_never_fails_and_values_stand_on_their_lines(lines: list[str]) -> None:
    found = read_page(lines)
    if found.date is not None:
        assert 0 <= found.date.line < len(lines)
    if found.byline is not None:
        assert all(
            name.replace(" ", "") in lines[found.byline.line].replace(" ", "")
            for name in found.byline.names
        )


def test_the_head_date_is_not_taken_when_it_is_a_last_update() -> None:
    for label, date in (("Last updated: ", None), ("", datetime.date(2025, 1, 29))):
        doc = Document.from_text(f"{label}Jan 29, 2025\n\n{BODY}")
        assert describe(doc, doc, language=False).date == date


def test_the_date_beside_the_headline_in_a_list_of_recent_posts() -> None:
    recent = (
        "\nRecent Posts\n\nCouncil expands bus network\n\nDecember 2, 2025\n\n"
        "Trams return to the old town\n\nDecember 11, 2024\n"
    )
    found = read(page("Council expands bus network\n\nBy Jane Doe", recent))
    assert iso(found.date) == "2025-12-02"
    # Only the headline's own entry gives it: another post's date is none of the article's.
    other = recent.replace("Council expands bus network", "Buses run all night")
    assert read(page("Council expands bus network\n\nBy Jane Doe", other)).date is None


@pytest.mark.parametrize("heading", ["You may also like...", "Related posts", "More stories…"])
def test_a_heading_over_other_articles_may_trail_off(heading: str) -> None:
    assert WORDS.elsewhere.match(heading)


@pytest.mark.parametrize(
    ("menu", "headline", "dateline"),
    [
        (
            ["网站首页", "新闻", "登录 | 注册"],
            "我国首条跨海高铁全线贯通",
            "2025-03-12 09:30 来源：新华社 作者：李明",
        ),
        (
            ["ホーム", "ブログ", "プロフィール", "お問い合わせ"],
            "京都で過ごす週末",
            "2025年4月5日 投稿者：さくら",
        ),
    ],
)
def test_a_chinese_or_japanese_headline_over_its_dateline(
    menu: list[str], headline: str, dateline: str
) -> None:
    """Written without spaces, a headline counts its words by its characters, as the locator
    does (not one word against a menu's two); the menu's words are chrome in these languages
    too, and labels with their values ("来源：新华社 作者：李明") beside the date are no title."""
    body = [
        "北京市政府周二宣布，将在未来三年内投资约两百亿元，用于改善城市公共交通系统。",
        "根据计划，地铁网络将新增四条线路，总长度超过一百二十公里，预计二〇二八年全部建成通车。",
        "市交通委员会负责人在新闻发布会上表示，新线路将重点覆盖城市北部和东部的新兴居住区。",
    ]
    lines = [*menu, headline, dateline, *body]
    found = read(lines)
    assert found.title is not None and found.title.text == headline
    assert found.date is not None
