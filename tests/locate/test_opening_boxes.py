"""A box of labelled facts right above the body is the article's: reported, never its headline."""

from __future__ import annotations

from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import BAD, GOOD, SHORT
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.opening_boxes import fact_box_ranks, named_section_ranks
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.reasons import TITLE
from tests.locate.test_article import ARTICLE, MENU, RELATED, _page

FACTS = [
    "Book details",
    "Title: The House at the End of the Cape",
    "Author: Nurul Haziqah",
    "Publisher: Morning Mist Books",
    "Year: 2024",
    "Pages: 312",
]


def test_a_box_of_facts_over_the_body_is_only_reported_and_no_headline() -> None:
    head = ["Review: The House at the End of the Cape", "By Faizal Rosli", "* Share"]
    lines = _page(MENU, head, FACTS, ARTICLE, RELATED)
    amap = locate_article(lines)
    for fact in FACTS:
        verdict = amap.verdicts[lines.index(fact)]
        assert verdict.confidence < REMOVE_AT and verdict.reason != TITLE, fact
    # The page's headline right over the box is no fact of it, however it is labelled.
    lines = _page(MENU, head[:1], FACTS, ARTICLE, RELATED)
    amap = locate_article(lines)
    assert amap.verdicts[lines.index(head[0])].confidence >= REMOVE_AT


def _blocks(texts: list[str]) -> list[ScoredLine]:
    from scrapelint.text.line_features import line_reading

    return [ScoredLine(i, line_reading(t).features, 0.3, SHORT) for i, t in enumerate(texts)]


def test_facts_must_be_four_under_labels_of_their_own() -> None:
    """Nearest to the body first: a run of four labelled facts, then their heading."""
    facts = FACTS[::-1]
    assert fact_box_ranks(_blocks(facts), facts) == set(range(6))
    dates = ["Updated: 12 March 2025", "Published: 11 March 2025", "By: Jane Doe"]
    assert fact_box_ranks(_blocks(dates), dates) == set()
    same = ["Minnesord: Anna Holm", "Minnesord: Sven Berg", "Minnesord: Maj Nyberg", "Year: 2024"]
    assert fact_box_ranks(_blocks(same), same) == set()


def test_a_named_section_over_its_list_touching_the_body_is_the_articles() -> None:
    """A how-to's "What you need" and its tools, right above its first step: reported, and the
    heading is no headline."""
    tools = ["What you need", "* A jack", "* A wheel brace", "* Gloves", "* Chalk"]
    assert named_section_ranks(_blocks(tools[::-1]), tools[::-1]) == set(range(5))
    teasers = ["Most read", "* Council votes on buses", "* New library opens"]
    assert named_section_ranks(_blocks(teasers[::-1]), teasers[::-1]) == set()
    steps = [
        "Step 1: Park on level ground. Pull the handbrake and put the car in gear, or in P.",
        "Step 2: Loosen each nut half a turn before you lift the car, working across.",
    ]
    lines = _page(MENU, ["How to change a tyre"], tools, steps, ARTICLE, RELATED)
    amap = locate_article(lines)
    for line in tools:
        verdict = amap.verdicts[lines.index(line)]
        assert verdict.confidence < REMOVE_AT and verdict.reason != TITLE, line


def test_one_line_between_two_facts_does_not_end_the_box() -> None:
    credits = ["Editing: Lia Montefusco", "Photography: Bruno Sciarra", "With: Davide Landolfi"]
    credits += ["Italy, Slovenia · 2025 · 104'", "Director: Agnese Torrisi", "In competition"]
    assert fact_box_ranks(_blocks(credits), credits) == set(range(6))
    two_gaps = [*credits[:2], "Italy · 2025", "Slovenia · 104'", *credits[2:3], credits[4]]
    assert fact_box_ranks(_blocks(two_gaps), two_gaps) == set()


def test_the_lines_between_a_box_of_facts_and_the_body_are_the_articles_too() -> None:
    """A "Quick facts" box over a species profile, then "When to see" and its months, "About"
    over the first paragraph: the box is the article's, so are the short lines under it."""
    facts = ["Quick facts", "Common name: Natterjack toad", "Scientific name: Epidalea calamita"]
    facts += ["Length: 5–8cm", "Lifespan: up to 15 years"]
    between = ["When to see", "April to June, on warm, damp evenings", "About"]
    nearest_first = [*between[::-1], *facts[::-1]]
    assert fact_box_ranks(_blocks(nearest_first), nearest_first) == set(range(8))
    too_far = ["Sign in", *between[::-1], *facts[::-1]]
    assert fact_box_ranks(_blocks(too_far), too_far) == set()


def test_a_line_of_chrome_between_a_box_of_facts_and_the_body_stays_chrome() -> None:
    facts = FACTS[1:]
    between = ["Share  Facebook  X  Email"]
    nearest_first = [*between, *facts[::-1]]
    blocks = _blocks(nearest_first)
    blocks[0] = blocks[0]._replace(cls=BAD)
    assert fact_box_ranks(blocks, nearest_first) == set(range(1, 6))


def test_a_named_section_in_parts_past_an_ad_and_the_bodys_heading_is_the_articles() -> None:
    """A recipe's "Ingredienser" in two parts ("Pajdeg", "Fyllning" over their items), then an
    ad's label and the steps' own heading over the body, nearest to the body first: the section
    is reported, the label and the heading are left out. A heading of chrome over a part ends
    it."""
    texts = ["Gör så här", "Annons", "* svartpeppar", "* 3 ägg", "Fyllning"]
    texts += ["* 1 msk kallt vatten", "* 3 dl vetemjöl", "Pajdeg", "Ingredienser", "Medel"]
    assert named_section_ranks(_blocks(texts), texts) == set(range(2, 9))
    blocks = _blocks(texts)
    blocks[4] = ScoredLine(4, blocks[4].feats, 0.3, BAD)
    assert named_section_ranks(blocks, texts) == set()
    teasers = ["Annons", "* Laxpasta på 15 minuter", "Populärt", "Senaste nytt"]
    assert named_section_ranks(_blocks(teasers), teasers) == set()


def test_the_bodys_own_heading_of_a_few_words_may_stand_under_a_named_section() -> None:
    """ "Vier Räume, vier Kapitel" over the body, "Auf einen Blick" and its points over it: the
    section is the article's; a heading of prose is no heading of the body's."""
    texts = ["Vier Räume, vier Kapitel", "* Barrierefrei zugänglich", "* Eintritt: 9 €"]
    texts += ["* Ort: Sonderausstellungshalle", "Auf einen Blick"]
    assert named_section_ranks(_blocks(texts), texts) == set(range(1, 5))
    blocks = _blocks(texts)
    blocks[0] = ScoredLine(0, blocks[0].feats, 0.3, GOOD)
    assert named_section_ranks(blocks, texts) == set()
