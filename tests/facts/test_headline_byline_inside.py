"""A byline inside a line refuses it as a headline; a headline in title case with "by" in it
does not read as one. Credit and share words of more shapes refuse their lines."""

from __future__ import annotations

import pytest

from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.facts.page_meta import read_page
from scrapelint.locate.article import locate_article

BODY = (
    "Parents tested each carrier for two weeks on walks, errands and long days out, and told us "
    "what held up and what did not.\n\n"
    "We weighed comfort, how easy each one was to put on alone, and how well it kept a baby's "
    "hips in a healthy position.\n\n"
    "Prices were checked on the day of publication and may change with the season.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "The 6 Best Baby Carriers of 2025, Ranked by Parents Who Actually Used Them",
        "Death by A Thousand Cuts",  # a one-letter word names nobody
        "Inspired by A Tribe Called Quest",
    ],
)
def test_a_title_case_headline_with_by_in_it_is_headline_shaped(line: str) -> None:
    assert is_headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Medically reviewed by Dr. Hannah Obi, DPT, pediatric physical therapist",
        "Hosted by Marisol Quint and Dev Okafor",
        "Seasonal Recipes By Jane Doe | Updated 3 hours ago",
        "Council expands bus network by Jane Doe",
        "Council expands bus network by Jane Doe - Updated 3 hours ago",
        "Council expands bus network by Jane Doe / AP",
        "Council expands bus network by Jane Doe for The Guardian",
        "Council expands bus network by Liam O'Brien",
        "Council expands bus network by Sarah Lee-Park",
        "Council expands bus network by J. R. Ward",
        "Artwork: Pale Anchor Records",  # a picture's credit
        "Compartilhe por Facebook",  # a share button in Portuguese
    ],
)
def test_a_byline_a_credit_or_a_button_is_no_headline(line: str) -> None:
    assert not is_headline_shaped(line)


def test_the_title_case_headline_wins_over_the_reviewers_line() -> None:
    head = [
        "Join our week-by-week newsletter",
        "",
        "The 6 Best Baby Carriers of 2025, Ranked by Parents Who Actually Used Them",
        "",
        "By Rosa Lindqvist, Senior Gear Editor",
        "Medically reviewed by Dr. Hannah Obi, DPT, pediatric physical therapist",
        "Updated April 2, 2025",
        "",
    ]
    lines = head + BODY.split("\n")
    article = locate_article(lines)
    found = read_page(lines, (article.start, article.end))
    assert found.title is not None
    assert found.title.text == head[2]
