"""Precision first: a line of the article goes only on strong evidence (`text.confidence`).

Negative cases beside positive ones: a repeated interview question, a numbered listicle, a product
round-up and text that is already extracted stay; the same shapes next to page navigation still
go where position and shape agree, and `--aggressive` removes the weaker findings too.
"""

from __future__ import annotations

import pytest

from scrapelint.engine.apply import fix, lint
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import line_rules
from scrapelint.engine.selection import select_rules
from scrapelint.locate.article import locate_article
from scrapelint.locate.extracted import extracted
from scrapelint.text.confidence import (
    AGGRESSIVE_AT,
    EDGE,
    PHRASE,
    PLACED_SHAPE,
    REMOVE_AT,
    threshold,
)
from scrapelint.text.document import Document
from scrapelint.text.line_features import line_reading
from tests.labelled_pages import SETS, read_pages

RULES = select_rules(load_rules())
NAV = ["* Home", "* News", "* Sport", "* Weather", "* Culture", "* Login"]
RELATED_ITEMS = [
    "* Mayor Announces New Budget Plan For Parks",
    "* Local Team Wins Regional Championship Final",
    "* Storm Damage Closes Two Schools In North District",
]
# The article's head: without it, a headline-shaped line of the page head printed again lower
# down reads as the title (a headline's repeat in a list of stories is evidence for it).
HEAD = ["Council approves four new bus routes for the northern suburbs", "March 4, 2024"]
FOOTER = ["* About us", "* Contact", "* Privacy", "* Terms", "* Jobs", "* Advertise"]
PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network, adding four new routes that "
    "will connect the northern suburbs with the hospital and the university campus.",
    "Officials said the plan would cost about 12 million dollars over three years and that most "
    "of the money would come from a regional transport fund approved last spring.",
    "Residents who spoke at the meeting were largely in favour, although several shop owners "
    "asked whether the new stops would take away parking spaces in front of their stores.",
]


def page(*parts: list[str]) -> str:
    """Page text: one block per line, a blank line between blocks."""
    return "\n\n".join(line for part in parts for line in part) + "\n"


def cleaned(text: str, remove_at: float = REMOVE_AT) -> list[str]:
    result = fix(Document.from_text(text), RULES, remove_at=remove_at)
    return [line for line in result.cleaned.texts if line]


def test_page_navigation_still_goes() -> None:
    kept = cleaned(page(NAV, PARAGRAPHS, FOOTER))
    assert not set(NAV[:-1]) & set(kept)
    assert not set(FOOTER[1:]) & set(kept)
    assert all(p in kept for p in PARAGRAPHS)


def test_interview_with_repeated_questions_stays() -> None:
    question = "What did the council tell you about the new routes and the stops?"
    answers = [
        "They said the first routes would open in March and that the stops were not final yet.",
        "They told us the stops would be chosen after a public meeting with the shop owners.",
        "Only that the money was there, and that the hospital route would come first of all.",
    ]
    body = [PARAGRAPHS[0]]
    for answer in answers:
        body += [question, answer]
    kept = cleaned(page(NAV, body, [PARAGRAPHS[1]], FOOTER))
    assert kept.count(question) == 3
    assert all(a in kept for a in answers)


def test_numbered_listicle_stays() -> None:
    items = [
        "1. Buy a monthly pass",
        "It costs less than ten single tickets and covers every route in the network.",
        "2. Check the timetable app",
        "Buses on the new routes run every twelve minutes, and the app shows delays live.",
        "3. Mind the night service",
        "After midnight only the hospital route runs, once an hour until five.",
        "4. Bring your bike",
        "Every bus on the northern routes carries two bikes at the back, at no extra cost.",
    ]
    kept = cleaned(page(NAV, [PARAGRAPHS[0]], items, PARAGRAPHS[1:], FOOTER))
    assert all(item in kept for item in items)


def test_product_round_up_stays() -> None:
    products = [
        "Acme Trail Runner",
        "* Price: $129",
        "* Weight: 280 g",
        "* Drop: 8 mm",
        "Light and grippy, it was the favourite of our testers on wet forest paths.",
        "Bolt Road Racer",
        "* Price: $159",
        "* Weight: 230 g",
        "* Drop: 10 mm",
        "The fastest shoe we tried on tarmac, though it wore out after about 400 miles.",
    ]
    kept = cleaned(page(NAV, PARAGRAPHS[:2], products, PARAGRAPHS[2:], FOOTER))
    assert all(line in kept for line in products)


def test_extracted_text_is_left_alone() -> None:
    text = "\n".join(["Council expands bus network", *PARAGRAPHS, "Read the full plan online"])
    doc = Document.from_text(text + "\n")
    result = fix(doc, RULES)
    assert "Read the full plan online" in result.cleaned.texts
    assert all(p in result.cleaned.texts for p in PARAGRAPHS)


def test_extracted_needs_no_navigation_run() -> None:
    feats = [line_reading(line).features for line in [*NAV, *PARAGRAPHS]]
    assert not extracted(feats)
    assert extracted([line_reading(line).features for line in PARAGRAPHS])


def test_inside_body_shape_is_reported_not_removed() -> None:
    menu = ["* Apples", "* Pears", "* Plums", "* Grapes", "* Figs"]
    second = [p.replace("council", "board") for p in PARAGRAPHS]
    text = page(NAV, PARAGRAPHS, menu, second, FOOTER)
    result = fix(Document.from_text(text), RULES)
    first = text.split("\n").index(menu[0])
    weak = [o for o in result.outcomes if o.finding.line <= first <= o.finding.end_line]
    assert weak
    assert all(not o.fixed and o.finding.confidence < REMOVE_AT for o in weak)
    assert all(line in result.cleaned.texts for line in menu)
    assert not set(menu) & set(cleaned(text, AGGRESSIVE_AT))


def test_prose_beyond_a_gap_keeps_its_position_weak() -> None:
    data = ["* Price: $129", "* Weight: 280 g", "* Drop: 8 mm", "* Colour: red", "* Sizes: 6-12"]
    second = [p.replace("council", "board") for p in PARAGRAPHS]
    lines = page(NAV, PARAGRAPHS, data, second, FOOTER).split("\n")
    amap = locate_article(lines)
    for line in (*data, *second):
        verdict = amap.verdicts[lines.index(line)]
        assert verdict.confidence < REMOVE_AT


def _duplicate_levels(text: str, line: str) -> list[float]:
    """The confidence of each DP001 finding on a copy of `line`."""
    lines = text.split("\n")
    outcomes = fix(Document.from_text(text), RULES).outcomes
    return [
        o.finding.confidence
        for o in outcomes
        if o.finding.code == "DP001" and lines[o.finding.line] == line
    ]


def test_repeat_where_position_is_no_evidence_stays() -> None:
    # A round-up's cards repeat their headings ("Why we chose it"); at the body's edge, or
    # between two parts of one article, the repeat is shape alone and is only reported.
    repeated = "Route 12 at 14 stops, 2 bikes"
    text = page(FOOTER[:2], [repeated], NAV, HEAD, PARAGRAPHS, [repeated], FOOTER)
    assert cleaned(text).count(repeated) == 1
    levels = _duplicate_levels(text, repeated)
    assert levels
    assert all(level < REMOVE_AT for level in levels)


def test_repeated_line_in_the_page_chrome_still_goes() -> None:
    repeated = "Route 12 at 14 stops, 2 bikes"
    text = page(FOOTER[:2], [repeated], NAV, HEAD, PARAGRAPHS, FOOTER, [repeated])
    assert cleaned(text).count(repeated) == 0
    assert _duplicate_levels(text, repeated) == [PLACED_SHAPE]


def _sidebar_levels(text: str) -> list[float]:
    """The confidence of each SB001 finding of one lint pass over `text`."""
    findings = lint(Document.from_text(text), line_rules(RULES))
    return [f.confidence for f in findings if f.code == "SB001"]


def test_sidebar_heading_over_a_table_between_two_parts_is_reported() -> None:
    # "most popular" heads a column of a long table of movers, with more of the article after
    # it: where the locator's own verdict is weak, the heading's items are only reported.
    rows = [f"{name} Movers Get A Quote" for name in ("Zip", "Seka", "Atlas", "Bauer", "Dyno")]
    rows += [
        f"{name} Movers Get A Quote"
        for name in ("Lifestyle", "Globe", "Murphy", "Delaney", "Capital")
    ]
    second = [p.replace("council", "board").replace("Officials", "Planners") for p in PARAGRAPHS]
    table = ["Top movers", "Company Quote Rating", "most popular", *rows]
    text = page(NAV, PARAGRAPHS, table, second[:2], FOOTER)
    assert _sidebar_levels(text) == [EDGE]


def test_sidebar_right_after_the_body_still_goes() -> None:
    text = page(NAV, PARAGRAPHS, ["Most Read News", *RELATED_ITEMS], FOOTER)
    assert _sidebar_levels(text) == [PHRASE]
    assert not set(RELATED_ITEMS) & set(cleaned(text))


def test_sidebar_in_the_page_chrome_still_goes() -> None:
    sidebar = ["Most popular", *RELATED_ITEMS]
    text = page(NAV, PARAGRAPHS, FOOTER, sidebar, FOOTER)
    assert _sidebar_levels(text) == [PHRASE]
    assert not set(RELATED_ITEMS) & set(cleaned(text))


@pytest.mark.parametrize(("aggressive", "expected"), [(False, REMOVE_AT), (True, AGGRESSIVE_AT)])
def test_threshold(aggressive: bool, expected: float) -> None:
    assert threshold(aggressive) == expected
    assert AGGRESSIVE_AT < REMOVE_AT


def test_recipe_ingredients_and_steps_stay() -> None:
    ingredients = ["Ingredients", "* 2 cups flour", "* 1 tsp salt", "* 3 eggs", "* 1 cup milk"]
    steps = [
        "Step 1: Whisk the flour and the salt together in a large bowl.",
        "Step 2: Beat in the eggs one at a time, then pour in the milk slowly.",
        "Step 3: Rest the batter for thirty minutes before you cook it in a hot pan.",
    ]
    text = page(NAV, PARAGRAPHS[:2], ingredients, steps, PARAGRAPHS[2:], FOOTER)
    kept = cleaned(text)
    assert all(line in kept for line in [*ingredients[1:], *steps])


def test_question_and_answer_pairs_stay() -> None:
    pairs = [
        "Q: When do the new routes open?",
        "A: The first one opens in March, the others over the following year.",
        "Q: Will fares go up?",
        "A: No, the council has promised to keep the fares as they are until 2027.",
        "Q: Where are the new stops?",
        "A: The plans for every stop will be published online before the routes open.",
    ]
    kept = cleaned(page(NAV, PARAGRAPHS[:2], pairs, PARAGRAPHS[2:], FOOTER))
    assert all(line in kept for line in pairs)


def test_price_table_above_the_article_stays() -> None:
    # A price list written out one cell per line, names alternating with prices, under the
    # article's lead: the article's own table, which the body search must not leave outside.
    services = ["Replacing a Circuit Breaker", "Replacing Electrical Panels", "Installing Outlets"]
    services += ["Replacing Ceiling Fans", "Installing Flood Lights", "Installing Car Chargers"]
    prices = ["$89 - $249+", "$1,595 - $3,000+", "$150 - $350+", "$150 - $250+", "$250+", "$289+"]
    table = [cell for pair in zip(services, prices, strict=True) for cell in pair]
    lead = PARAGRAPHS[0].replace("bus network", "price list")
    kept = cleaned(page(NAV, [lead], table, PARAGRAPHS, FOOTER))
    assert all(line in kept for line in [lead, *table])


def test_price_table_a_row_per_line_between_the_lead_and_the_article_stays() -> None:
    # The same table written a row per line ("Replacing Outlets - $59 - $189+"), section names
    # and notes between the rows, then the article's prose: the prose after the table resumes the
    # article, as after a heading, not after a menu, and the table and its lead stay.
    rows = [
        "Replacing a Circuit Breaker in Panel - $89 - $249+",
        "(includes permits, breakers, etc.)",
        "Replacing Electrical Panels - $1,595 - $3,000+",
        "Replacing Lights and Fixtures Around The House",
        "Replacing Small Ceiling Fans and Lights - $100 - $200+",
        "(depending on height of fixture)",
        "Replacing Typical Ceiling Fans and Lights - $150 - $250+",
        "Replacing Outlets & Switches Around the Home",
        "Replacing Outlets or Switches - $59 - $189+",
        "Replacing Dimmers or GFCI Outlets - $89 - $189+",
        "Installing Car Chargers - $289 - $1,200+",
    ]
    lead = PARAGRAPHS[0].replace("bus network", "price list")
    closing = "This page lists our prices for the city and its suburbs as of this spring."
    closing += " It is a guide, not a quote, and every job is priced after a visit."
    kept = cleaned(page(NAV, [lead], rows, [closing, "How We Work", *PARAGRAPHS], FOOTER))
    assert all(line in kept for line in [lead, *rows, closing])


def test_read_more_under_each_card_is_a_label_not_a_sidebar() -> None:
    cards = []
    for title, source in (
        ("Navigating Tutoring Options: Internal, External or Hybrid", "The Market Center"),
        ("Tutoring Cost Calculator 2.0", "National Student Support Accelerator"),
        ("Funding Tutoring Programs", "National Student Support Accelerator"),
    ):
        cards += [title, source, "Read More"]
    text = "\n".join([*PARAGRAPHS, *cards]) + "\n"
    levels = _sidebar_levels(text)
    assert levels
    assert set(levels) == {EDGE}
    kept = cleaned(text)
    assert all(line in kept for line in cards if line != "Read More")


def test_sections_a_table_of_contents_names_stay() -> None:
    # The sections after a code block read as short prose after chrome; the page's table of
    # contents names their headings, so the article runs on through them.
    sections = ["Error Handling", "The Toolkit", "Summary"]
    contents = [f"* {name}" for name in ["Designing for Testability", *sections]]
    code = "func TestProcess(t *testing.T) { mock.On(ctx, x).Return(nil, err); w.Run(ctx) }"
    tail = []
    for name, paragraph in zip(sections, PARAGRAPHS, strict=True):
        tail += [name, paragraph.replace("council", "team"), code]
    body = ["Designing for Testability", *PARAGRAPHS, code]
    kept = cleaned(page(NAV, contents, body, tail, FOOTER))
    assert all(line in kept for line in tail if line != code)


def test_a_menu_said_again_as_card_labels_names_no_sections() -> None:
    from scrapelint.locate.contents import contents_headings

    menu = ["* Elections", "* Economy", "* Sports", "* Health"]
    labels = ["Economy", "Mayor Announces New Budget", "Elections", "Local Team Wins Final"]
    labels += ["Economy", "Storm Closes Schools", "Sports", "Library Opens"]
    texts = [*menu, *PARAGRAPHS, *labels]
    feats = [line_reading(t).features for t in texts]
    assert contents_headings(texts, feats) == set()
    in_order = [*menu, *PARAGRAPHS, "Elections", PARAGRAPHS[0], "Economy", PARAGRAPHS[1]]
    in_order += ["Sports", PARAGRAPHS[2]]
    feats = [line_reading(t).features for t in in_order]
    assert contents_headings(in_order, feats) == {7, 9, 11}


BOOKS = [
    "* The 7 Habits of Highly Effective People, Stephen R. Covey",
    "* The One Minute Manager, Kenneth H. Blanchard",
    "* The Five Dysfunctions of a Team, Patrick Lencioni",
]


def test_heading_that_only_begins_with_a_sidebar_word_is_the_articles_own() -> None:
    second = [p.replace("council", "board") for p in PARAGRAPHS]
    text = page(NAV, PARAGRAPHS, ["Recommended Books for Managers", *BOOKS], second, FOOTER)
    assert _sidebar_levels(text) == [EDGE]
    assert all(line in cleaned(text) for line in BOOKS)


def test_sidebar_heading_inside_the_body_still_goes() -> None:
    second = [p.replace("council", "board") for p in PARAGRAPHS]
    for heading in ("Related", "Related Tags", "Popular Articles"):
        text = page(NAV, PARAGRAPHS, [heading, *RELATED_ITEMS], second, FOOTER)
        assert _sidebar_levels(text) == [PHRASE]
        assert not set(RELATED_ITEMS) & set(cleaned(text))


def test_rows_of_a_data_list_over_the_body_are_no_byline_and_a_second_fix_finds_nothing() -> None:
    # A byline is a line or two; the last rows of a list of dated lines touching the body are
    # byline-shaped, but items of a content list. Taken as bylines, each fix took the two rows
    # touching the body, and the next fix two more.
    rows = [f"Updated on {day}/{month}/20{year}" for day, month, year in zip(
        range(10, 40), range(40, 70), range(10, 40), strict=True)]  # fmt: skip
    first = cleaned(page(rows, PARAGRAPHS))
    assert first == [*rows, *PARAGRAPHS]
    assert cleaned("\n".join(first) + "\n") == first
    assert cleaned(page(NAV, ["By Sarah Jones", "12 March 2025"], PARAGRAPHS)) == PARAGRAPHS


def test_an_author_heading_over_more_of_the_story_is_reported_and_the_story_stays() -> None:
    # "About the Author" takes the rest of extracted text with it (PR009): a box closing the story.
    # With more prose under the heading than above it, the story goes on under it: reported. A
    # fix that took the box's biography first left less prose above, and a second fix took it all.
    box = ["About the Author", "Jane Roe"]
    bio = "Jane Roe is a nurse and writer who has covered health care in the region for ten years."
    text = "\n".join([PARAGRAPHS[0], *box, PARAGRAPHS[1], PARAGRAPHS[2]]) + "\n"
    findings = lint(Document.from_text(text), line_rules(RULES))
    assert any(f.code == "PR009" and f.confidence < REMOVE_AT for f in findings)
    assert cleaned(text) == [PARAGRAPHS[0], *box, *PARAGRAPHS[1:]]
    closing = "\n".join([*PARAGRAPHS, *box, bio]) + "\n"
    assert cleaned(closing) == PARAGRAPHS


def test_legal_links_over_more_of_the_story_are_reported_and_the_story_stays() -> None:
    # Two legal links open the site's footer (FT003), which takes the rest of the text: with more
    # prose after them than before, they stand above the story's text, not under it.
    links = ["Privacy Notice", "Terms of Use"]
    text = page([PARAGRAPHS[0]], links, PARAGRAPHS[1:], [PARAGRAPHS[0].replace("city", "town")])
    findings = lint(Document.from_text(text), line_rules(RULES))
    assert any(f.code == "FT003" and f.confidence < REMOVE_AT for f in findings)
    assert all(paragraph in cleaned(text) for paragraph in PARAGRAPHS)
    assert not set(links) & set(cleaned(page(PARAGRAPHS, links, ["© 2025 The Courier"])))


def test_a_comments_label_over_more_of_the_story_is_reported_and_the_story_stays() -> None:
    # In extracted text a bare "Comments" takes the rest with it (CM008). With more prose under it
    # than above, the story goes on under it (drawn by the dev profile: a second fix, after a
    # first one took an author box, took three paragraphs of the story with a stray label).
    text = "\n".join([PARAGRAPHS[0], "Comments", "Great reporting, thank you.", *PARAGRAPHS[1:]])
    findings = lint(Document.from_text(text + "\n"), line_rules(RULES))
    assert any(f.code == "CM008" and f.confidence < REMOVE_AT for f in findings)
    assert all(paragraph in cleaned(text + "\n") for paragraph in PARAGRAPHS)
    thread = [PARAGRAPHS[0], *PARAGRAPHS[1:], "Comments", "Great reporting, thank you."]
    assert cleaned("\n".join(thread) + "\n") == PARAGRAPHS


# Article lines that the words of stop 35's rules once took (found by a review of the change):
# a timeline's dated entries, a clause that reserves rights, a sentence about a newsletter in the
# third person or in a quote, subheadings about pictures and photo ID, a review's own score, a
# ballot's yes/no, a news sentence about affiliate programmes, statements introduced with "said
# on ... at ...:", a network's name with a slash.
STAYING = [
    [
        "Brexit referendum — 23 June 2016",
        "Voters chose to leave the European Union by a narrow margin of votes.",
        "Article 50 triggered — 29 March 2017",
        "The government formally notified the EU of its intention to leave the bloc.",
    ],
    [
        "Sunday evening, 14 May at 19:22",
        "Winds of 90 km/h were recorded at the harbour wall this evening.",
        "Monday morning, 15 May at 07:10",
        "The clean-up has begun along the seafront promenade this morning.",
    ],
    [
        "Das Gericht stellte fest, das Unternehmen habe sich alle Rechte vorbehalten, als es die"
        " Fotos veröffentlichte."
    ],
    ["法院认为，版权所有者有权决定作品是否可以在网上传播。"],
    [
        "Eltern können sich ab sofort für den Newsletter der Schule anmelden, sagte die Direktorin"
        " über ihre Pläne."
    ],
    ["Daftar penerima newsletter kami bertambah dua puluh persen tahun ini, kata redaksi."],
    [
        '"We are asking every member to join the picket line, and our newsletter will tell you'
        ' where to be," the general secretary said.'
    ],
    ["The bigger picture: turnout and trust"],
    ["Photo ID at polling stations"],
    ["★★★★☆ Sony WH-1000XM5 (349 euros)"],
    [
        "The ballot paper asks a single question: Should the region become an independent country?"
        " Yes / No"
    ],
    ["国内のアフィリエイトプログラムの市場規模は初めて4000億円を超え、前年から12%増えた。"],
    [
        "The ministry said on 3 May 2025 at 10:30:",
        "We remain open to talks with the union.",
        "The union said on 4 May 2025 at 09:15:",
        "We will strike on Monday at every depot.",
    ],
    ["Twitter/X"],
    # Stop 36's review: a quote that opens a paragraph with a banner's words, a quote in single
    # marks, a sentence of how-to prose, sites and apps that use cookies, a speaker named Baca,
    # "read, write, count", a label that heads the article's own section, a news sentence about
    # affiliate rules.
    [
        "Wir und unsere Partner haben in den vergangenen zehn Jahren mehr als 200 Millionen Euro"
        " in das Netz investiert, sagte Geschäftsführer Thomas Weber am Montag in Kassel."
    ],
    ["‘We value your privacy and we never sell our customers’ data,’ a spokesman said."],
    ["Later kun je de instellingen aanpassen."],
    ["Ook de bibliotheek gebruikt cookies."],
    ["«Tu privacidad es importante para nosotros», repite la empresa en cada anuncio."],
    ["Ta spletna stran je bila prenovljena lani, a še vedno uporabljamo staro domeno."],
    ["Tento web používá umělou inteligenci."],
    ["Și aplicația folosește cookie-uri de la terți."],
    ["Myös kaupungin sivusto käyttää evästeitä."],
    ["BACA: When I was six! My grandfather taught me on a board he'd carved himself"],
    ["Setiap pagi ia menulis tiga kata di papan tulis:", "Baca – tulis – hitung"],
    ["Auch interessant", "Schloss Moritzburg, nur 15 Kilometer nördlich"],
    ["See also", "Yee v. City of Escondido, 503 U.S. 519 (1992)"],
    [
        "Under the rules, anyone who may earn an affiliate commission from a link must say so"
        " clearly at the top of the post."
    ],
]


@pytest.mark.parametrize("lines", STAYING, ids=lambda lines: lines[0][:24])
def test_article_lines_that_look_like_the_new_rules_chrome_stay(lines: list[str]) -> None:
    text = "\n\n".join([PARAGRAPHS[0], *lines, PARAGRAPHS[1]]) + "\n"
    kept = fix(Document.from_text(text), RULES).cleaned.text
    for line in lines:
        assert line in kept, line


@pytest.mark.parametrize(
    ("name", "first_fact"), [("pnews_6_full", "* Born:"), ("sv_1_full", "Adress:")]
)
def test_a_box_of_labelled_facts_under_the_story_is_only_reported(
    name: str, first_fact: str
) -> None:
    """An obituary's facts ("* Born: 1937, Nkwoagu") or a review's ("Öppet: ons–lör 17–23")
    under the body are the article's data, as a table of figures is: their position alone takes
    nothing (two of the blind whole pages, `fixtures/pages`)."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == name)
    kept = fix(Document.from_text(page.text), RULES).cleaned.text
    start = next(i for i, line in enumerate(page.lines) if line.startswith(first_fact))
    facts = [line for line in page.lines[start : start + 4] if line.strip()]
    assert all(line in kept for line in facts), facts
