"""The writer's name card under an article (PR010, `kind: author-box` with `opening-verbs`): a
bare name over a biography that opens with it goes when it closes the article and is the
document's only such pair; a list of people and a name with more of the article after it stay."""

from __future__ import annotations

from tests.engine import closing_article
from tests.engine.closing_article import CLOSING, fixed

ARTICLE = closing_article.ARTICLE[:2]  # two paragraphs: the card closes a short post
CARD = [
    "Jane Roe",
    "Jane Roe is the founder of a small consultancy and helps local businesses grow online.",
]
PERSON = [
    "Mary Major",
    "Mary Major is the head of the transit union and has argued for night buses for a decade.",
]


def test_a_name_card_under_the_article_goes() -> None:
    assert fixed([*ARTICLE, *CARD]) == ARTICLE


def test_a_list_of_people_stays() -> None:
    lines = [*ARTICLE, *PERSON, *CARD]
    assert fixed(lines) == lines


def test_a_name_with_the_article_going_on_below_stays() -> None:
    lines = [*ARTICLE, *CARD, CLOSING]
    assert fixed(lines) == lines


def test_a_past_tense_biography_is_no_card() -> None:
    past = "Jane Roe was the mayor of the city for ten years before she retired."
    lines = [*ARTICLE, "Jane Roe", past]
    assert fixed(lines) == lines
