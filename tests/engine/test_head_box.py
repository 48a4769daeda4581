"""A box of the article's own between its byline and its body (`kinds.head_box`): its points,
its table, its labelled facts and their heading are only reported; a table of contents, a menu
of single words and a share row are not the article's box."""

from __future__ import annotations

from scrapelint.api import Linter
from scrapelint.engine.kinds.head_box import head_box_lines
from scrapelint.facts.credit_line import is_reviewer_credit
from scrapelint.locate.context import Context
from scrapelint.locate.line_memo import LineMemo
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE
from tests.labelled_pages import SETS, kept_lines, read_pages

MENU = ["News", "Sport", "Business", "Culture", "Weather", "Travel", "Opinion", "Video"]
HEAD = ["Flood: the old town is cleared", "By Jana Reuter", "14 March 2025, 19:05", "Anzeige"]
SECTIONS = ["Why the river rose", "What the county did", "What comes next"]


def _boxed(box: list[str]) -> list[str]:
    doc = Document.from_text("\n\n".join(_page(box)) + "\n")
    ctx = Context(doc, LineMemo())
    assert ctx.article.start > max(i for i, line in enumerate(doc.lines) if line.text in box)
    return [doc.lines[i].text for i in sorted(head_box_lines(doc, ctx))]


def _page(box: list[str]) -> list[str]:
    sections = [
        part for title, text in zip(SECTIONS, ARTICLE, strict=True) for part in (title, text)
    ]
    return [*MENU, *HEAD, *box, *ARTICLE, *sections, *MENU]


def test_a_box_of_points_under_the_byline_is_the_articles() -> None:
    box = [
        "The essentials",
        "* Gauge at Eschenried: 4.21 metres, warning level 4",
        "* About 1,300 people in the lower old town must leave their homes",
        "* Road 118 between Obermühlen and Eschenried is closed",
    ]
    assert _boxed(box) == box


def test_a_table_of_contents_or_a_menu_under_the_byline_is_not() -> None:
    assert _boxed(["Contents", *(f"* {title}" for title in SECTIONS)]) == []
    assert _boxed(["* Facebook", "* X", "* Email", "* Copy link"]) == []


def test_a_live_blogs_key_facts_stay_on_the_page() -> None:
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "de_1_full")
    start = page.lines.index("Das Wichtigste in Kürze")
    kept = kept_lines(page, Linter().fix(page.text).text)
    assert all(kept[start : start + 6])


def test_a_guides_tool_list_under_its_named_heading_is_the_articles() -> None:
    # Items of a word or two, as a menu's are, under a heading that names a guide's part.
    tools = ["What you'll need", "* Adjustable pliers", "* Putty knife", "* Flashlight"]
    assert _boxed(tools) == tools
    assert _boxed(["Follow us", "* Facebook", "* Instagram", "* Email"]) == []


def test_points_between_the_headline_and_the_byline_are_the_articles() -> None:
    points = [
        "Key points",
        "* River Dunn at Marlow Bridge highest since records began in 1977",
        "* 41 homes evacuated in Lower Wyke; rest centre open at St Anselm's Hall",
        "* A619 closed between Ferrybridge roundabout and Cotterdale",
    ]
    head = [HEAD[0], *points, "Riverside FM newsroom: Sam Hollis", HEAD[2], "Share  WhatsApp  X"]
    doc = Document.from_text("\n\n".join([*MENU, *head, *ARTICLE, *MENU]) + "\n")
    ctx = Context(doc, LineMemo())
    assert ctx.article.start > doc.lines.index(next(x for x in doc.lines if x.text == HEAD[2]))
    assert [doc.lines[i].text for i in sorted(head_box_lines(doc, ctx))] == points
    # Without a headline over them, or a point alone, they are the page's: a menu, a teaser.
    for changed in ([*points[1:], HEAD[2]], [HEAD[0], points[1], HEAD[2]]):
        doc = Document.from_text("\n\n".join([*MENU, *changed, *ARTICLE, *MENU]) + "\n")
        assert head_box_lines(doc, Context(doc, LineMemo())) == frozenset()


def test_a_letters_greeting_under_the_byline_is_no_byline() -> None:
    # A union bulletin opens "Colleagues," under its share row: a name's shape, but a greeting.
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "pmix_121_full")
    kept = kept_lines(page, Linter().fix(page.text).text)
    assert kept[page.lines.index("Colleagues,")]


def test_a_reviewers_credit_signs_the_page_as_a_byline_does() -> None:
    """A health page's "Reviewed by ..." where a news page has its byline: the key facts over it
    and the symptoms under it are the article's boxes."""
    facts = [
        "Key facts",
        "* Hay fever is an allergy to pollen, usually worst from late March to September.",
        "* Most people can manage it with medicines from a pharmacy.",
        "* Start treatment 2 weeks before your usual symptoms begin.",
    ]
    symptoms = ["Symptoms", "* sneezing and a runny or blocked nose", "* itchy, red or watery eyes"]
    credit = ["Reviewed by Deepa Raghunathan MPharm, Pharmacist"]
    head = [HEAD[0], *facts, *credit, *symptoms]
    doc = Document.from_text("\n\n".join([*MENU, *head, *ARTICLE, *MENU]) + "\n")
    ctx = Context(doc, LineMemo())
    assert [doc.lines[i].text for i in sorted(head_box_lines(doc, ctx))] == facts + symptoms
    for credit in (
        "Medically reviewed by Dr Jane Roe",
        "Reviewed by Dr. Jane Roe",
        "Reviewed by: Jane Roe",
        "Fact checked by Sam Roe | 12 March 2025",
        "Reviewed by Jane Roe on 12 March 2025",
    ):
        assert is_reviewer_credit(credit), credit
    assert not is_reviewer_credit("Reviewed: the best laptops of 2025 for students")


def test_a_summary_over_a_byline_and_a_reviewers_credit_is_the_articles() -> None:
    facts = ["Key facts", "* Hay fever is an allergy to pollen, worst from March to September."]
    facts += ["* Most people manage it with medicines from a pharmacy.", "* See a GP if it is bad."]
    credits = ["By Jane Doe | 12 March 2025", "Medically reviewed by Dr Sam Roe"]
    doc = Document.from_text(
        "\n\n".join([*MENU, HEAD[0], *facts, *credits, *ARTICLE, *MENU]) + "\n"
    )
    ctx = Context(doc, LineMemo())
    assert [doc.lines[i].text for i in sorted(head_box_lines(doc, ctx))] == facts


PROS = [
    "Pros",
    "* Excellent noise cancelling for the price",
    "* Warm, detailed sound out of the box",
    "* Nine hours of battery with noise cancelling on",
    "Cons",
    "* Clunky, slow companion app",
    "* No wear detection auto-pause on Android",
]
INTRO = (
    "Orrin's earbuds have always been the sensible pick: decent sound, solid battery life, fair "
    "price. The Pulse 3 finally adds noise cancelling that can compete with pricier pairs."
)


def test_the_paragraphs_over_a_list_under_the_byline_open_the_article() -> None:
    short = "October is our favourite month at the centre."
    assert _boxed([short, INTRO, *PROS]) == [short, INTRO, *PROS]


def test_a_caption_or_short_sentences_over_the_list_are_the_pages() -> None:
    caption = "The Orrin Pulse 3 in its charging case, in black, sand and sage."
    assert _boxed([caption, *PROS]) == PROS
    assert _boxed([INTRO, "$149 at Shopwell", *PROS]) == PROS  # a button between
    flood = (
        "Volunteers fill sandbags outside the town hall in Eschenried on Friday morning as the "
        "river rose past the warning level."
    )
    points = [line for line in PROS if line.startswith("*")]
    assert _boxed([flood, *points]) == points  # over a list with no heading: no opening
