"""The company's standard profile that closes a press release (PR013): it goes, with what follows
it up to the body's end, only as the document's one such line with nothing of the story after it;
the same wording inside the story, or once per company in a list, stays."""

from __future__ import annotations

from tests.engine.closing_article import ARTICLE, CLOSING, fixed

PROFILE = [
    "Transitco is a global provider of ticketing systems for bus and rail networks, serving more "
    "than two hundred cities on four continents with its contactless payment platform. Its "
    "mission is to make every journey simple to pay for, from the first bus of the morning to the "
    "last train at night.",
    "Transitco is headquartered in Basel, Switzerland, and employs around 1,300 people worldwide.",
]
FOOTER = ["* About us", "* Contact", "* Privacy policy", "* Terms of use", "* Careers", "* Press"]


def test_a_closing_company_profile_goes() -> None:
    assert fixed([*ARTICLE, CLOSING, *PROFILE]) == [*ARTICLE, CLOSING]


def test_a_profile_before_the_page_footer_goes_and_the_footer_is_not_story() -> None:
    kept = fixed([*ARTICLE, CLOSING, *PROFILE, *FOOTER])
    assert not set(PROFILE) & set(kept)
    assert kept[: len(ARTICLE) + 1] == [*ARTICLE, CLOSING]


def test_a_company_introduced_inside_the_story_stays() -> None:
    lines = [ARTICLE[0], PROFILE[0], *ARTICLE[1:], CLOSING]
    assert fixed(lines) == lines


def test_a_list_of_companies_stays() -> None:
    other = "Railpay is a leading maker of ticket machines for stations and trams across Europe."
    lines = [*ARTICLE, CLOSING, other, PROFILE[0]]
    assert fixed(lines) == lines


def test_a_sentence_opening_with_a_pronoun_stays() -> None:
    last = "It is a leading provider of buses in the region, the mayor said of the new operator."
    lines = [*ARTICLE, CLOSING, last]
    assert fixed(lines) == lines


def test_a_story_closing_on_a_sentence_of_background_keeps_it() -> None:
    background = "Transitco is a leading maker of ticket machines, with plants in nine countries."
    lines = [*ARTICLE, background, "The contract is expected to be signed in March."]
    assert fixed(lines) == lines
