"""Behaviour of the structural article detector on small synthetic pages."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.facts.headline_shape import is_headline_lookalike
from scrapelint.locate.article import ArticleMap, LineVerdict, locate_article
from scrapelint.locate.blocks import GOOD, LIST
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.chain import chained
from scrapelint.locate.columns import figures_row
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.findings import CATEGORIES
from scrapelint.text.line_features import line_reading
from scrapelint.text.prose import prose_score
from scrapelint.text.reasons import REASONS
from tests.labelled_pages import SETS, read_pages

ARTICLE = [
    "The city council voted on Tuesday to expand the bus network, adding four new routes that "
    "will connect the northern suburbs with the hospital and the university campus.",
    "Officials said the plan would cost about 12 million dollars over three years and that most "
    "of the money would come from a regional transport fund approved last spring.",
    "Residents who spoke at the meeting were largely in favour, although several shop owners "
    "asked whether the new stops would take away parking spaces in front of their stores.",
    "The first of the new routes is expected to open in March, and the council will review the "
    "results after a year before deciding on further changes to the network.",
]
MENU = ["* Home", "* News", "* Sport", "* Weather", "* Culture", "* Contact"]
RELATED = [
    "Related stories",
    "* Mayor Announces New Budget Plan For Parks",
    "* Local Team Wins Regional Championship Final",
    "* Storm Damage Closes Two Schools In North District",
    "* New Library Branch Opens Doors To Readers",
]


def features_of(line: str):
    """The shape features of one line, as the locator reads them."""
    return line_reading(line).features


def _page(*parts: list[str]) -> list[str]:
    """Join blocks of lines with blank lines between them, as page text is written."""
    lines: list[str] = []
    for part in parts:
        for line in part:
            lines.extend([line, ""])
    return lines


def _kept(amap: ArticleMap, lines: list[str]) -> list[str]:
    return [line for line in amap.kept(lines) if line.strip()]


def test_menu_and_related_list_are_junk_article_kept() -> None:
    lines = _page(MENU, ["Council expands bus network"], ARTICLE, RELATED)
    amap = locate_article(lines)
    assert _kept(amap, lines) == ARTICLE
    for i, line in enumerate(lines):
        if line in MENU:
            assert amap.verdicts[i].junk and amap.verdicts[i].reason == "head-chrome"
        if line in RELATED:
            assert amap.verdicts[i].junk and amap.verdicts[i].reason == "tail-chrome"
    assert lines[amap.start] == ARTICLE[0]
    assert lines[amap.end - 1] == ARTICLE[-1]


def test_title_has_its_own_reason() -> None:
    lines = _page(MENU, ["Council expands bus network"], ARTICLE)
    amap = locate_article(lines)
    title = lines.index("Council expands bus network")
    verdict = amap.verdicts[title]
    assert (verdict.junk, verdict.reason) == (True, "title")


@pytest.mark.parametrize(
    "share",
    [
        "Paylaş: Facebook · X · WhatsApp · E-posta",  # parts between dots
        "Share: Facebook | X | LinkedIn | Email",  # ...or bars
        "Del på Facebook  Del på X  Kopier lenke",  # ...or a converter's cells
        "Share this article",  # ...or a button's words
        "Press release – published 22 April 2025",  # a notice of the page's date
    ],
)
def test_a_share_row_over_the_body_is_no_headline(share: str) -> None:
    """A row of buttons or a notice of the date between the headline and the body is
    headline-shaped (a few words, no full stop), but no headline: the title is the headline over
    it, and the row goes. The engine tells the locator such lines (the locate stage holds no
    vocabulary); a converter's cells it tells by itself."""
    lines = _page(MENU, ["Council expands bus network"], ["By Jane Roe"], [share], ARTICLE)
    amap = locate_article(lines, lookalike=is_headline_lookalike)
    assert amap.verdicts[lines.index("Council expands bus network")].reason == "title"
    assert amap.verdicts[lines.index(share)].reason != "title"
    assert amap.verdicts[lines.index(share)].junk


def test_a_converters_cells_are_no_headline_without_the_engines_help() -> None:
    lines = _page(
        MENU, ["Council expands bus network"], ["Del på Facebook  Del på X  Kopier lenke"]
    )
    amap = locate_article(lines + _page(ARTICLE))
    assert amap.verdicts[lines.index("Council expands bus network")].reason == "title"


@pytest.mark.parametrize(
    "headline", ["Follow the money", "By-election called in Hartlepool", "By the numbers"]
)
def test_a_headline_of_a_menus_or_a_signing_word_stays_the_title(headline: str) -> None:
    """A headline made of a menu's words ("Follow the money") is a lookalike, but the headline
    when no other line near the body reads as one; "By-election" and "By the numbers" sign
    nothing."""
    lines = _page(MENU, [headline], ["Jane Roe"], ["24 October 2025"], ARTICLE)
    amap = locate_article(lines, lookalike=is_headline_lookalike)
    assert amap.verdicts[lines.index(headline)].reason == "title"


def test_the_engine_keeps_the_headline_over_a_share_row() -> None:
    """Through the engine, the headline over its dateline, its byline and a share row stays and
    the row goes; the row, taken for the headline, had stayed in its place."""
    head = ["Mahallenin son fırını da kapanırken", "24 Ekim 2025 Cuma, 06:00", "Selin Aydemir"]
    share = "Paylaş: Facebook · X · WhatsApp · E-posta"
    kept = Linter().fix("\n".join(_page(MENU, head, [share], ARTICLE))).text.splitlines()
    assert head[0] in kept
    assert share not in kept


def test_short_clean_article_is_untouched() -> None:
    lines = _page(ARTICLE[:3])
    amap = locate_article(lines)
    assert not any(v.junk for v in amap.verdicts)
    assert (amap.start, amap.end) == (0, len(lines) - 1)


def test_bullet_list_inside_article_is_kept() -> None:
    bullets = [
        "The new routes will serve the following areas:",
        "* the northern suburbs and the industrial park",
        "* the hospital and the medical school",
        "* the university campus and the student housing",
    ]
    lines = _page(MENU, ARTICLE[:2], bullets, ARTICLE[2:], RELATED)
    amap = locate_article(lines)
    assert _kept(amap, lines) == ARTICLE[:2] + bullets + ARTICLE[2:]


def test_non_english_article_same_structure() -> None:
    article = [
        "Городской совет во вторник проголосовал за расширение автобусной сети и добавил четыре "
        "новых маршрута, которые свяжут северные районы с больницей и университетом.",
        "По словам чиновников, план обойдётся примерно в двенадцать миллионов рублей за три года, "
        "и большая часть денег поступит из регионального транспортного фонда.",
        "Жители, выступившие на заседании, в целом поддержали решение, хотя несколько владельцев "
        "магазинов спросили, не исчезнут ли парковочные места у их дверей.",
    ]
    menu = ["* Главная", "* Новости", "* Спорт", "* Погода", "* Культура"]
    related = [
        "Читайте также",
        "* Мэр представил новый бюджет парков",
        "* Местная команда выиграла региональный финал",
        "* Шторм закрыл две школы на севере",
    ]
    lines = _page(menu, article, related)
    amap = locate_article(lines)
    assert _kept(amap, lines) == article


def test_korean_article_without_function_words() -> None:
    article = [
        "시의회는 화요일 버스 노선을 확대하기로 의결했으며 북부 교외와 병원, 대학을 잇는 새로운 "
        "노선 네 개를 추가하기로 했다고 밝혔다.",
        "관계자들은 이 계획에 삼 년 동안 약 백이십억 원이 들 것이며 대부분은 지역 교통 기금에서 "
        "충당될 것이라고 설명했다.",
        "회의에 참석한 주민들은 대체로 찬성했지만 일부 상인들은 새 정류장이 가게 앞 주차 공간을 "
        "줄이지 않을지 우려를 나타냈다.",
    ]
    menu = ["홈", "뉴스", "스포츠", "연예", "문화"]
    lines = _page(menu, article, ["Copyright ⓒ 2019 All rights reserved"])
    amap = locate_article(lines)
    assert _kept(amap, lines) == article


def test_blank_lines_are_never_verdicts() -> None:
    lines = _page(MENU, ARTICLE, RELATED)
    amap = locate_article(lines)
    assert len(amap.verdicts) == len(lines)
    for line, verdict in zip(lines, amap.verdicts, strict=True):
        if not line.strip():
            assert verdict == LineVerdict(False, None)


def test_comment_thread_after_article_is_not_body() -> None:
    comments: list[str] = []
    for n in range(1, 7):
        comments += [
            f"{n}. reader{n} says:",
            f"November {n}, 2019 at 6:3{n} am",
            "I think this is a good idea but it will take far too long to build.",
        ]
    lines = _page(ARTICLE, ["Share this:", "* Facebook", "* Twitter"], comments)
    amap = locate_article(lines)
    assert _kept(amap, lines) == ARTICLE


def test_short_chrome_between_paragraphs_is_bridged() -> None:
    """A share row or a two-item box inside the article does not cut it apart."""
    for gap in (["Share on Facebook", "Tweet"], RELATED[:3]):
        lines = _page(MENU, ARTICLE[:2], gap, ARTICLE[2:], MENU)
        amap = locate_article(lines)
        assert [line for line in _kept(amap, lines) if line in ARTICLE] == ARTICLE, gap


def test_dated_thread_of_two_paragraph_comments_is_not_bridged() -> None:
    """Under a name and a date, each comment runs on over two paragraphs, as an article does
    after a share row: the name-and-date gap recurs, so it is a thread, not a bridge."""
    openings = [
        "I think this is a good idea but it will take far too long to build.",
        "The buses in the north are empty most of the day already.",
        "My street has waited ten years for a stop near the school.",
        "Parking is the real problem in the centre of the city.",
    ]
    comments: list[str] = []
    for n, opening in enumerate(openings, 1):
        comments += [
            f"{n}. reader{n} says:",
            f"November {n}, 2019 at 6:3{n} am",
            opening,
            f"Question {n} is the one that the council should answer first.",
        ]
    lines = _page(ARTICLE, ["Share this:", "* Facebook"], comments)
    amap = locate_article(lines)
    assert _kept(amap, lines) == ARTICLE


def test_empty_and_chrome_only_documents_keep_everything() -> None:
    assert locate_article([]).verdicts == ()
    amap = locate_article(["", ""])
    assert all(v == LineVerdict(False, None) for v in amap.verdicts)
    menu_only = _page(MENU)
    assert not any(v.junk for v in locate_article(menu_only).verdicts)


def test_every_reason_is_documented() -> None:
    lines = _page(MENU, ["Council expands bus network"], ARTICLE, RELATED, ["6"], ARTICLE[:1])
    reasons = {v.reason for v in locate_article(lines).verdicts if v.junk}
    assert reasons <= set(REASONS)
    for reason in REASONS.values():
        assert reason.category in CATEGORIES
        assert len(reason.rationale) > 40


def test_prose_score_orders_shapes() -> None:
    sentence = prose_score(features_of(ARTICLE[0]))
    headline = prose_score(features_of("Mayor Announces New Budget Plan For Parks"))
    menu = prose_score(features_of("* Home"))
    assert sentence > headline > menu
    table = features_of("| 1 | Kyle Busch | 5040 |")
    assert table.table_row and table.words == 4


def test_a_column_of_prices_is_a_content_list_and_dates_are_not() -> None:
    from scrapelint.locate.blocks import LIST, classify
    from scrapelint.locate.lists import mark_lists

    def classes(texts: list[str]) -> list[str]:
        feats = [features_of(t) for t in texts]
        found = [classify(f, prose_score(f, True)) for f in feats]
        mark_lists(texts, feats, found)
        return found

    names = ["Basic Recessed Lighting", "LED Recessed Lighting", "Under Cabinet Lighting"]
    names += ["Replacing Outlets", "Replacing Dimmers"]
    prices = ["$119 - $189+", "$189 - $289+", "$119 - $229+", "$59 - $189+", "$89 - $189+"]
    table = [cell for pair in zip(names, prices, strict=True) for cell in pair]
    assert set(classes(table)) == {LIST}
    # A table written a row per line, with its section names and notes: rows name their prices.
    rows = [f"{name} - {price}" for name, price in zip(names, prices, strict=True)]
    rows[1:1] = ["(includes housing, trim, and lamp)", "Outlets & Switches Around the Home"]
    rows.insert(5, "(discounts for multiples devices)")
    assert set(classes(rows)) == {LIST}
    menu = [*names, "Contact us", "Careers", "Sign in"]
    assert LIST not in classes(menu)
    dates = ["14/05/2024", "12/08/2023", "05/12/2025", "01/02/2022", "03/04/2021"]
    teasers = [cell for pair in zip(names, dates, strict=True) for cell in pair]
    assert LIST not in classes(teasers)
    # A table of facts, a label and its value in two cells a row, four rows or more.
    facts = ["Driver  11 mm dynamic", "Battery  9 hours", "Weight  4.6 g", "Codecs  SBC, AAC"]
    assert set(classes(facts)) == {LIST}
    assert LIST not in classes(facts[:3])
    # Key facts as list items, each under its own label; teasers under one kicker are no facts.
    key = ["* Perioada: 15 martie – 27 aprilie 2025", "* Cost: gratuit", "* Programare: nu"]
    key.insert(1, "* Cine se poate vaccina: copiii între 9 luni și 14 ani")
    assert set(classes(key)) == {LIST}
    kicker = ["* Minnesord: Sven-Olof Nyberg", "* Minnesord: Maj-Britt Engström"]
    assert LIST not in classes([*kicker, "* Minnesord: Anders Holm"])


def test_a_content_list_between_prose_outside_the_body_keeps_the_chain() -> None:
    # Prose outside the body hangs on to it across a few short lines; a content list (items
    # under a line announcing them) is the article's own, however long, and breaks no chain.
    paragraph = line_reading("You can use these files to automate the chores of a project.")
    item = line_reading("- SECURITY.md: How to report security vulnerabilities")
    blocks = [
        ScoredLine(0, paragraph.features, 1.0, GOOD),
        *(ScoredLine(i, item.features, 0.3, LIST) for i in range(1, 6)),
        ScoredLine(6, paragraph.features, 1.0, GOOD),
    ]
    lines = ["You can use these files to automate the chores of a project."] * 7
    assert chained(blocks, lines, before=False, tables=set()) == set(range(7))


LAST_SECTION = [
    "Student Support, Resources, and Metacognition",
    "Students do well in a course when they understand how its parts fit together, why each task "
    "matters and which skills they will need along the way, so explain the design early.",
    "* Explanations of the learning goals and of the overall design of the course",
    "* Guidance on the skills an assignment needs, such as finding sources in the library",
]
CARDS = [
    "Mayor Announces New Budget Plan For Parks",
    "The plan adds three playgrounds and a skate park to the east side.",
    "Local Team Wins Regional Championship Final",
    "A late goal gave the club its first title in twelve years.",
]


ANNOUNCED_SECTION = [
    "Future-proof your business with these cleaning trends",
    "By keeping an eye on these trends in the cleaning industry, you can:",
    "- Hire the right cleaning staff to grow and support the business.",
    "- Refine your pricing to stay competitive while protecting your profits.",
    "- Offer green cleaning products to win customers who care about them.",
]


@pytest.mark.parametrize("section", [LAST_SECTION, ANNOUNCED_SECTION])
def test_a_last_section_under_a_long_heading_hangs_on_to_the_body(section: list[str]) -> None:
    """Below the body, a heading of five words or more over a paragraph (of twenty words or
    more, or one announcing a list) is the article's next section, not chrome that breaks the
    chain: reported at most, never removed. The footer is still removed, and so is a box of
    teaser cards (headlines over summaries shorter than a section's paragraph) under a section
    that ends in a paragraph; under a list announced by a sentence, every line up to the next
    paragraph reads as an item (`lists`), so the box's first card hangs on too, reported."""
    footer = ["* About us", "* Contact", "* Privacy policy", "© 2025 The Daily Courier"]
    lines = [*MENU, *ARTICLE, "* Share", *section, *RELATED[:1], *CARDS, *footer]
    amap = locate_article(lines)
    first = len(MENU) + len(ARTICLE) + 1
    for index in range(first, first + len(section)):
        assert amap.verdicts[index].confidence < REMOVE_AT, lines[index]
    cards = first + len(section) + 1
    removed = [i for i in range(len(lines)) if amap.verdicts[i].confidence >= REMOVE_AT]
    assert set(range(len(lines) - len(footer), len(lines))) <= set(removed)
    if section is LAST_SECTION:
        assert set(range(cards, cards + len(CARDS))) <= set(removed)


ROUND_UP_INTRO = [
    "Whether you are moving across town or to the other end of the state, hiring a local mover "
    "saves you a weekend of lifting and a rented truck you have to return on time.",
    "We compared forty local companies on their rates, their licences and their reviews, and "
    "recommend three of them for most households this year.",
]
SERVICES = ["Services offered", "- Local moves", "- Packing", "- Unpacking", "- Pianos",
            "- Storage", "- Antiques", "- Crating", "Company info", "Years in business: 7",
            "Licence number: 9229"]  # fmt: skip


def test_a_menu_shaped_list_below_two_paragraphs_is_no_navigation_around_the_article() -> None:
    """Extracted text of a round-up: its lead paragraphs, a company's list of services (a run of
    one-word items, as a menu is) twice, then the longer reviews, where the locator finds the
    body. A run of short lines below two paragraphs of prose is inside the text, not navigation
    above it: the text is extracted already, and the lead is not cut as the head of a page."""
    lines = ["Best movers in the city", *ROUND_UP_INTRO, *SERVICES, *SERVICES, *ARTICLE]
    amap = locate_article(lines)
    assert amap.extracted and amap.start > lines.index(ROUND_UP_INTRO[-1])
    for line in ROUND_UP_INTRO:
        verdict = amap.verdicts[lines.index(line)]
        assert not verdict.junk or verdict.confidence < REMOVE_AT


def test_a_menu_above_the_first_paragraphs_still_marks_a_page() -> None:
    """The same run of short lines above the prose is navigation: the text is a page."""
    lines = [*SERVICES, "Best movers in the city", *ROUND_UP_INTRO, *SERVICES, *ARTICLE]
    assert not locate_article(lines).extracted


@pytest.mark.parametrize(
    "sentence",
    [
        "لاہور میں منگل کے روز شدید بارش ہوئی جس سے کئی سڑکیں زیر آب آ گئیں۔",  # Urdu
        "दिल्ली में आज भारी बारिश हुई।",  # Hindi
        "Երևանում այսօր անձրև է եկել։",  # Armenian
        "ዛሬ በአዲስ አበባ ዝናብ ዘነበ።",  # Amharic
        "ယနေ့ ရန်ကုန်တွင် မိုးရွာသည်။",  # Burmese
        "ថ្ងៃនេះ ភ្លៀងធ្លាក់នៅភ្នំពេញ។",  # Khmer
    ],
)
def test_the_full_stops_of_other_scripts_end_a_sentence(sentence: str) -> None:
    """Without its script's full stop, each sentence of an Urdu or Amharic article reads as a
    heading or a menu item."""
    assert features_of(sentence).ends_sentence
    assert not features_of(sentence[:-1]).ends_sentence


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("Ξεκινήσατε να μετράτε φωλιές το 2005. Τι έχει αλλάξει από τότε;", True),
        ("Γιατί;", True),
        ("Δηλαδή κινδυνεύει ο πληθυσμός\u037e", True),  # the Greek question mark itself
        ("let total = items.length;", False),  # code ends with a semicolon
        ("Ingredients: flour; sugar;", False),
    ],
)
def test_a_greek_question_ends_with_a_semicolon(line: str, question: bool) -> None:
    """Greek asks with ";": an interview's questions are sentences, not headings, so its first
    questions stay with the body, where a line of code ending so is no sentence."""
    assert features_of(line).ends_sentence is question


INSURANCE_MENU = [
    f"* {kind} Insurance"
    for kind in (
        "Business", "Builders Risk", "Commercial Property", "Construction", "Contractor Liability",
        "Electrician", "Handyman", "Inland Marine", "Landlord", "Workers Compensation",
        "Commercial Auto", "Commercial Truck", "Tools and Equipment",
    )
]  # fmt: skip
INGREDIENTS = [f"- {n} {item}" for n, item in enumerate(
    ("cups flour", "eggs", "cup sugar", "cups milk", "tsp salt", "tbsp butter", "lemons",
     "cups cream", "tsp vanilla", "cup raisins", "oranges", "cups oats", "tbsp honey"), start=2
)]  # fmt: skip


def test_a_long_menu_of_three_and_four_word_entries_marks_a_page() -> None:
    """No run of five one- or two-word lines, but thirteen entries naming products: a menu, so
    the text is a page and the menu above the article goes."""
    lines = _page(INSURANCE_MENU, ["Council expands bus network"], ARTICLE)
    amap = locate_article(lines)
    assert not amap.extracted
    assert _kept(amap, lines) == ARTICLE


def test_a_long_list_of_ingredients_leaves_text_extracted() -> None:
    """Quantities are figures: a recipe's ingredients are no menu, however many."""
    lines = [*ARTICLE[:2], *INGREDIENTS, *ARTICLE[2:]]
    assert locate_article(lines).extracted


STANDINGS = [
    "Northern Championship: top six",
    "Pos Team P W D L GD Pts",
    "1. Kelworth Rovers 38 23 8 7 +29 77",
    "2. Dunmere Athletic 38 21 9 8 +21 72",
    "3. Ashby Vale 38 20 10 8 +17 70",
    "4. Port Ennis 37 19 8 10 +12 65",
]
LINE_UPS = ["Line-ups", "Referee: Graham Pollitt", "Attendance: 11,482"]


def test_a_table_of_figures_below_the_body_is_only_reported() -> None:
    """Standings under a match report: rows of figures, a list of data where a list of links
    holds headlines. Their place after the body is weak evidence; the numbered "Most read" list
    of headlines after them is still removed, and so is the footer."""
    footer = ["* About us", "* Contact", "© 2025 The Daily Courier"]
    lines = [*MENU, *ARTICLE, *LINE_UPS, *STANDINGS, *RELATED, *footer]
    amap = locate_article(lines)
    table = len(MENU) + len(ARTICLE) + len(LINE_UPS)
    for index in range(table, table + len(STANDINGS)):
        assert amap.verdicts[index].confidence < REMOVE_AT, lines[index]
    removed = {i for i in range(len(lines)) if amap.verdicts[i].confidence >= REMOVE_AT}
    related = table + len(STANDINGS)
    assert set(range(related + 1, len(lines))) <= removed


CREDITS = [
    "Cast and credits",
    "Director  Odile Marchetti",
    "Screenplay  Odile Marchetti, Fintan Gault",
    "Starring  Saoirse Vance, Idris Halloran, Maeve Tully",
    "Running time  118 minutes",
    "Certificate  12A",
]


def test_a_table_of_labelled_facts_in_two_cells_below_the_body_is_only_reported() -> None:
    """A film's credits under its review, as a converter writes a table of two columns: a
    label, two spaces, its value. A footer's list of links, its items marked "*   ", is no
    such table."""
    footer = ["*   About us", "*   Contact us", "*   Privacy policy", "*   Terms of use"]
    lines = [*MENU, *ARTICLE, *CREDITS, *RELATED, *footer]
    amap = locate_article(lines)
    table = len(MENU) + len(ARTICLE)
    for index in range(table + 1, table + len(CREDITS)):
        assert amap.verdicts[index].confidence < REMOVE_AT, lines[index]
    assert all(amap.verdicts[lines.index(line)].confidence >= REMOVE_AT for line in footer)


@pytest.mark.parametrize(
    "row, figures",
    [
        ("1. Kelworth Rovers 38 23 8 7 +29 77", True),
        ("Green Party 1,204 18.2% 6 +4", True),
        ("Updated 11 March 2025, 16:40", False),
        ("Saturday 15 March 2025 17:02 GMT", False),
        ("The 3 men were 20, 30 and 40 years old", False),
        ("Rooms A1 B2 C3 D4", False),
    ],
)
def test_a_row_of_figures_is_mostly_numbers(row: str, figures: bool) -> None:
    assert figures_row(row) is figures


@pytest.mark.parametrize(
    "line, price",
    [
        ("Price: £79", True),
        ("Cena: 199 zł", True),
        ("Pris: 1 299 kr", True),
        ("السعر: 289 ريالًا", True),
        ("售价699元", True),
        ("Fiyat: 2.499 TL", True),
        ("Prezzo: 89,90 euro", True),
        ("Tomaro Flex – 149 Euro", True),
        ("Preis: 10-15 Euro", True),
        ("U21 Euro squad named", False),
        ("2 Euro-Münzen gesammelt", False),
        ("The 5 krill swam on", False),
        ("Chapter 3 of 12", False),
    ],
)
def test_a_price_is_a_number_with_a_currency_sign_or_code(line: str, price: bool) -> None:
    from scrapelint.locate.columns import priced

    assert priced(line) is price


def test_prose_under_an_entry_of_the_article_pays_a_headings_fee() -> None:
    """A round-up's entry: its numbered heading, its price and specifications, then what the
    testers thought; the paragraph resumes the article under its heading."""
    from scrapelint.locate import span
    from scrapelint.locate.reading import block_reading, read_blocks

    review = "The crispest chips of the test in sixteen minutes, and the basket is easy to clean."
    texts = []
    for n in (1, 2, 3):
        texts += [f"{n}. Model {n} – best buy", "Price: 89.90 euro", "Capacity: 5 l · 1,700 W"]
        texts += [review, f"Score: {n}/10", "See the offer"]
    found = read_blocks(texts, [block_reading(t) for t in texts])
    _, fees = span.block_values(found.classes, found.feats, found.texts, found.shape)
    paragraphs = [i for i, t in enumerate(texts) if t == review]
    assert {fees[i] for i in paragraphs} == {span.ENTRY_FEE * span.HEADING_FEE_SHARE}


GALLERY = [
    (
        f"{n}/4 – {text}",
        "© Inês Carvalhal / Mochila & Meia",
    )
    for n, text in enumerate(
        [
            "We reached the village late on Friday afternoon, when its eleven stone houses were "
            "already in the shade of the ridge and the bakery had sold its last loaf.",
            "On Saturday morning we started the circular trail of twelve kilometres that links "
            "the village to the next one, climbing through pine woods for the first three.",
            "At the top, a thousand metres up, the fog lifted for ten minutes and we could see "
            "the whole valley and, far away, the reservoir that feeds the towns below.",
            "The way down follows an old water channel past nine mills, of which only one still "
            "works, grinding maize for the village feast at the end of August.",
        ],
        start=1,
    )
]


def test_the_captions_of_a_gallery_between_their_picture_credits_are_the_article() -> None:
    """A photo story: each picture's caption is a paragraph, each followed by the picture's
    credit ("© Name / Site"), so no paragraph touches another. The credits do not split the
    story into lone paragraphs (a comment thread's shape); prose flows across them."""
    lines = [*MENU, "", "A weekend in the hills, picture by picture", ""]
    for caption, credit in GALLERY:
        lines += [caption, credit, ""]
    lines += [*RELATED, ""]
    kept = _kept(locate_article(lines), lines)
    assert [line for line in kept if line[0].isdigit()] == [caption for caption, _ in GALLERY]
    assert not set(MENU) & set(kept)


REVIEW_CLOSE = [
    ["Specifications", "* Type: in-ear", "* Drivers: 11 mm", "* Bluetooth: 5.3", "* Weight: 5 g"],
    ["Pros", "* Excellent noise cancelling", "* Warm, detailed sound", "* Wireless charging"],
    ["Cons", "* Short battery life", "* Touch controls too sensitive"],
    ["Verdict"],
    [
        "A strong choice if noise cancelling matters most to you, but at this price the battery "
        "should last longer than it does."
    ],
]


def test_a_review_s_closing_sections_the_article_names_are_only_reported() -> None:
    """A review closes with its specifications, its pros and cons of a few words each and its
    verdict: short lines and lists under headings that name the article's own sections, which
    a menu's items never are. Their position is weak evidence; the list of headlines after them
    is not theirs."""
    lines = _page(MENU, ["Sonavo Pulse 3 review"], ARTICLE, *REVIEW_CLOSE, RELATED)
    amap = locate_article(lines)
    kept = {line for i, line in enumerate(lines) if amap.verdicts[i].confidence < REMOVE_AT}
    for line in [line for part in REVIEW_CLOSE for line in part]:
        assert line in kept, line
    assert not set(RELATED[1:]) & kept


def test_a_section_name_over_no_content_below_the_body_carries_nothing() -> None:
    """A breadcrumb repeated under the article ("Health Library", "Meditation", "Overview") ends
    in a section's name with no list or paragraph under it: no section of the article."""
    crumbs = ["Health Library", "Meditation", "Overview"] * 2
    lines = _page(MENU, ["Sonavo Pulse 3 review"], ARTICLE, crumbs, RELATED)
    amap = locate_article(lines)
    last = max(i for i, line in enumerate(lines) if line == "Overview")
    assert amap.verdicts[last].confidence >= REMOVE_AT


def test_prose_after_a_long_table_of_figures_goes_on_with_the_article() -> None:
    # A round's results, two cells a row: a content list of figures, no menu, however long.
    results = ["Results of round 34"] + [
        f"{home} – {away}  {n % 5}:{(n + 2) % 4}"
        for n, (home, away) in enumerate(
            [("HC Lesná", "SK Hradiště"), ("TJ Vrbovec", "HC Dubany"), ("HC Zálesí", "Kamenice"),
             ("SK Rybníky", "HC Polná"), ("Slavoj Horka", "TJ Lípa"), ("Orel Brod", "HC Lom"),
             ("Sokol Ves", "TJ Dvůr"), ("HC Mlýn", "SK Louka"), ("TJ Háj", "HC Most")]
        )
    ]  # fmt: skip
    after = [
        "Lesná decided it in the sixty-third minute, when its captain scored after a quick "
        "pass from the right wing and a save that came too late.",
    ]
    lines = _page(MENU, ["Lesná edge Hradiště in overtime"], ARTICLE[:2], results, after, RELATED)
    assert _kept(locate_article(lines), lines) == [*ARTICLE[:2], *results, *after]


def test_prose_after_a_list_announced_with_its_own_heading_goes_on() -> None:
    regions = ["Regions under the warning:", "Orange warning", "* Northern Hills", "* Palm Valley"]
    regions += ["* Cedar Plain", "* Red Sands", "Yellow warning", "* North Coast", "* Lakeside"]
    regions += ["* Eastern Ridge", "* Old Harbour", "Advertisement"]
    after = [
        "The centre expects between 40 and 90 millimetres of rain, with winds of up to 60 "
        "kilometres an hour on the coast and in the hills.",
    ]
    lines = _page(MENU, ["Orange warning for heavy rain"], ARTICLE[:2], regions, after, RELATED)
    kept = _kept(locate_article(lines), lines)
    assert after[0] in kept and regions[2] in kept


def test_the_sections_a_table_of_contents_names_over_the_body_are_the_articles() -> None:
    """A pharmacy's guide (round 29's Turkish page): its contents list, then its first sections
    ("Bahar alerjisi nedir?" over its paragraph, "Belirtiler" over its points) and an ad's box,
    then the body found. The sections the contents named over the body are the article's."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "tr_29_full")
    lines = page.text.split("\n")
    first = lines.index("Bahar alerjisi nedir?")
    ad = lines.index("Reklam")
    amap = locate_article(lines)
    for index in range(first, ad):
        if page.tags[index] == "B":
            assert amap.verdicts[index].confidence < REMOVE_AT, lines[index]


@pytest.mark.parametrize("label", ["Quick Summary:", "**Quick Summary:**", "Quick Summary："])
def test_a_label_closed_by_a_colon_over_the_summary_is_no_byline(label: str) -> None:
    """A label right over the body ("Quick Summary:") reads as a short line of capitalised words,
    as a byline does; its colon, in bold or full width, says it introduces what follows."""
    head = ["Storm cuts power to thousands on the coast", "15.1.2025 12.05"]
    lines = _page(MENU, head, [label], ARTICLE, RELATED)
    amap = locate_article(lines)
    at = lines.index(label)
    assert amap.verdicts[at].reason != "byline"
    assert amap.verdicts[at].confidence < REMOVE_AT


def test_a_deck_under_the_headline_over_a_share_bar_is_only_reported() -> None:
    """The paragraph under the headline is its deck, the article's standfirst, even with a share
    bar and a picture's caption between it and the body."""
    deck = (
        "Her second novel follows three generations of women in a wooden house that the river "
        "floods every spring."
    )
    share = ["Share", "Facebook", "X", "Email"]
    lines = _page(MENU, ["The house the river keeps"], [deck], share, ARTICLE, RELATED)
    amap = locate_article(lines)
    assert amap.verdicts[lines.index(deck)].confidence < REMOVE_AT
