"""The writer's name card under an article (PR010, `kind: author-box` with `opening-verbs`): a
bare name over a biography that opens with it goes when it closes the article and is the
document's only such pair; a list of people and a name with more of the article after it stay."""

from __future__ import annotations

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document

RULES = select_rules(load_rules())
ARTICLE = [
    "The city council voted on Tuesday to expand the bus network, adding four new routes that "
    "will connect the northern suburbs with the hospital and the university campus.",
    "Officials said the plan would cost about 12 million dollars over three years and that most "
    "of the money would come from a regional transport fund approved last spring.",
]
CARD = [
    "Jane Roe",
    "Jane Roe is the founder of a small consultancy and helps local businesses grow online.",
]
PERSON = [
    "Mary Major",
    "Mary Major is the head of the transit union and has argued for night buses for a decade.",
]
CLOSING = (
    "The council will meet again in May to decide how the rest of the fund should be spent "
    "across the districts, the mayor said after the vote, thanking residents for coming."
)


def _fixed(lines: list[str]) -> list[str]:
    text = "\n\n".join(lines) + "\n"
    return [line for line in fix(Document.from_text(text), RULES).cleaned.texts if line]


def test_a_name_card_under_the_article_goes() -> None:
    assert _fixed([*ARTICLE, *CARD]) == ARTICLE


def test_a_list_of_people_stays() -> None:
    lines = [*ARTICLE, *PERSON, *CARD]
    assert _fixed(lines) == lines


def test_a_name_with_the_article_going_on_below_stays() -> None:
    lines = [*ARTICLE, *CARD, CLOSING]
    assert _fixed(lines) == lines


def test_a_past_tense_biography_is_no_card() -> None:
    past = "Jane Roe was the mayor of the city for ten years before she retired."
    lines = [*ARTICLE, "Jane Roe", past]
    assert _fixed(lines) == lines
