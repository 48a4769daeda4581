"""One-word bylines, handles and team credits after a byline label; author boxes further down."""

from __future__ import annotations

import pytest

from scrapelint.facts.byline_window import boxed_below
from scrapelint.facts.byline_word import dated_beside, one_word, team
from scrapelint.facts.bylines import site_owner
from tests.facts.test_page_meta import BODY, page, read

HEAD = "Council expands bus network\n\n"


def names(found) -> tuple[str, ...] | None:
    return found.byline.names if found.byline is not None else None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # A colon after the label says it heads a byline.
        ("By : CottageCare", ("CottageCare",)),
        # The label alone over the word.
        ("Author\n\nVenteur", ("Venteur",)),
        ("Written by\n\nEliz - Product marketer", ("Eliz",)),
        # A date on the line, or on the line next to it.
        ("Posted on July 1, 2024 by infuy", ("infuy",)),
        ("by jsteinhardt\n18th Dec 2025", ("jsteinhardt",)),
        ("By Gabo\n\nJan 23, 2025", ("Gabo",)),
        # A team's credit after a label.
        ("By\n\nThe Investopedia Team", ("The Investopedia Team",)),
        # A phrase after "By:" on a dateline.
        ("By: FlowGuard EMEA on 04-ago-2021 5:11:10", ("FlowGuard EMEA",)),
    ],
)
def test_one_word_after_a_label_that_says_more_than_by(head: str, expected) -> None:
    assert names(read(page(HEAD + head))) == expected


@pytest.mark.parametrize(
    "head",
    [
        "By Industry\n\nBy Role",  # menus: only the preposition
        "By Gabo",  # no colon, no date beside it
        "by default",  # a lowercase word with no date is prose
        "Author\n\nBlog",  # a menu word
        "By: Staff",  # a role
        "By: Reuters",  # an agency is a source
        "by admin\n\nsee the guide",
        "By FlowGuard EMEA on Jan 2, 2025",  # a phrase needs the colon
        "By: FlowGuard EMEA",  # and a date
        "By: Privacy Policy | Jan 2, 2025",  # menu words
        "By: Staff Writer | Jan 2, 2025",  # a role
    ],
)
def test_one_word_is_no_name_without_more(head: str) -> None:
    assert names(read(page(HEAD + head))) is None


def test_a_lowercase_handle_only_beside_a_date() -> None:
    assert one_word(["infuy"], handle=True) == ("infuy",)
    assert one_word(["infuy"], handle=False) == ()
    assert one_word(["Jane Doe"], handle=True) == ()  # two words are `names_in`'s
    assert one_word(["Menu"], handle=False) == ()


def test_a_team_is_its_whole_credit() -> None:
    assert team("The Investopedia Team") == ("The Investopedia Team",)
    assert team("Gardenista Team") == ("Gardenista Team",)
    assert team("Join Our Team Today") == ()
    assert team("the team") == ()


def test_a_date_beside_is_a_short_dateline_within_two_lines() -> None:
    lines = ["by jsteinhardt", "", "18th Dec 2025"]
    assert dated_beside(lines, 0)
    assert not dated_beside(["by jsteinhardt", "", "", "18th Dec 2025"], 0)
    prose = "The plan was set up on Dec 18, 2025 by the city."
    assert not dated_beside(["by jsteinhardt", prose], 0)


def test_an_author_box_heading_over_a_bio_names_its_writer() -> None:
    tail = "\n\nAbout the author\n\nJane Doe is a reporter covering transport.\n"
    assert names(read(page(HEAD, tail))) == ("Jane Doe",)


def test_an_author_box_below_the_end_window() -> None:
    far = "\n\n".join(f"Reference {n}. A study of buses, 2019." for n in range(14))
    tail = f"\n\nCitations\n\n{far}\n\nArticle written by:\n\nJane Doe, MD\n"
    found = read(page(HEAD, tail))
    assert names(found) == ("Jane Doe",)
    lines = (BODY + tail).split("\n")
    assert boxed_below(lines, 0) is not None


def test_no_author_box_under_comments_or_related_stories() -> None:
    lines = ["Comments", "", "Written by", "", "Jane Doe", ""]
    assert boxed_below(lines, 0) is None
    assert boxed_below(["Related stories", "About the author", "Jane Doe"], 0) is None


def test_a_site_owner_whose_words_the_page_prints_in_lowercase_is_a_business() -> None:
    body = "Whitening your teeth at home is safe when a dentist checks them first."
    business = ["Lifetime Teeth Whitening", "", body, "", "Lifetime Teeth Whitening"]
    assert site_owner(business, [0]) is None
    person = ["Cory Dransfeldt", "", "I wrote about my teeth and the van.", "", "Cory Dransfeldt"]
    assert site_owner(person, [0]) is not None
    # Particles and initials prove nothing: "van" in prose leaves "Ludwig van Beethoven" a name.
    particle = ["Ludwig van Beethoven", "", "A van passed.", "", "Ludwig van Beethoven"]
    assert site_owner(particle, [0]) is not None
