"""Tests for scrapelint.facts.attribution: credit lines, junk refused, the seed documents."""

from __future__ import annotations

import pytest

from scrapelint.facts.attribution import Attribution, find_attributions, is_byline, looks_like_name
from scrapelint.facts.credit_names import AGENCIES
from tests.seeds import seed_lines

# (line, credits found on it as (kind, name), whole line is a credit line)
LINES = [
    ("By Jane Doe and John Roe", [("author", "Jane Doe"), ("author", "John Roe")], True),
    (
        "Af Sofie Lauritsen, Mikkel Østergaard og Anja Holm",
        [("author", "Sofie Lauritsen"), ("author", "Mikkel Østergaard"), ("author", "Anja Holm")],
        True,
    ),
    ("Av Anna Berg och Per Lund", [("author", "Anna Berg"), ("author", "Per Lund")], True),
    ("BY JANE DOE", [("author", "JANE DOE")], True),
    ("Von Max Mustermann", [("author", "Max Mustermann")], True),
    ("Por Fulano de Tal", [("author", "Fulano de Tal")], True),
    ("Par Jean Dupont", [("author", "Jean Dupont")], True),
    ("**By Haider al-Abadi**", [("author", "Haider al-Abadi")], True),
    (
        "– Al Mayadeen – – translated by Samer Hussein",
        [("source", "Al Mayadeen"), ("translator", "Samer Hussein")],
        True,
    ),
    ("November 3rd, 2017 – Fort Russ News –", [("source", "Fort Russ News")], True),
    ("Reuters", [("source", "Reuters")], True),
    ("(AP)", [("source", "Associated Press")], True),
    ("AFP", [("source", "Agence France-Presse")], True),
    ("dpa", [("source", "Deutsche Presse-Agentur")], True),
    ("EFE", [("source", "EFE")], True),
    ("Associated Press", [("source", "Associated Press")], True),
    ("Agence France-Presse", [("source", "Agence France-Presse")], True),
    ("Source: Reuters", [("source", "Reuters")], True),
    ("By Reuters Staff", [("source", "Reuters")], True),
    (
        "Tom Krisher, Ap Auto Writer",
        [("author", "Tom Krisher"), ("source", "Associated Press")],
        True,
    ),
    ("By Jane Doe | Reuters", [("author", "Jane Doe"), ("source", "Reuters")], True),
    (
        "By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT",
        [("author", "Sherif Saed")],
        True,
    ),
    ("Von Moritz Bachmann publiziert am 25. September 2018", [("author", "Moritz Bachmann")], True),
    ("Written by Rachael Link, MS, RD on November 14, 2019", [("author", "Rachael Link")], True),
    ("(Reporting by John Smith; Editing by Jane Doe)", [("author", "John Smith")], True),
    (
        "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map "
        "of Saturn's largest moon, Titan, showing a world with lakes and seas of liquid methane "
        "and a surface dominated by plains and dunes made of organic material.",
        [("source", "Reuters")],
        False,
    ),
    # junk that must not become a credit
    ("Email the author", [], False),
    ("By Email the author", [], False),
    ("Staff", [], False),
    ("By Staff", [], False),
    ("Share", [], False),
    ("Other reports by AllAboutTopnews", [], False),
    ("Discuss This Article", [], False),
    ("By November 4, 2017", [], False),
    ("Di Maio said the government would fall", [], False),
    ("Iraqi Army Operation To Liberate Al-Qa’im City From ISIS – Overview", [], False),
    ("|David Cronin, Balfour's Shadow", [], False),
    ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", [], False),
    ("Reuters reported that the talks had failed", [], False),
]


@pytest.mark.parametrize(("line", "credits", "byline"), LINES)
def test_credit_lines(line: str, credits: list[tuple[str, str]], byline: bool) -> None:
    doc = ["Headline of the story", line, "Body text follows here."]
    found = [(a.kind, a.name) for a in find_attributions(doc)]
    assert found == credits
    assert is_byline(line) is byline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Katrina Barker", True),
        ("Samer Hussein", True),
        ("Fulano de Tal", True),
        ("Ludwig van Beethoven", True),
        ("Haider al-Abadi", True),
        ("J. R. Tolkien", True),
        ("Jean-Pierre Dupont", True),
        ("JANE DOE", True),
        ("Iraqi forces seize strategic border crossing with Syria", False),
        ("Iraqi Army Operation To Liberate", False),
        ("Fort Russ News", False),
        ("Email the author", False),
        ("Staff", False),
        ("Share This", False),
        ("Inline Feedbacks", False),
        ("Order Reprints", False),
        ("Saturday Morning", False),
        ("Classificação NASCAR", False),
        ("Jane Doe, PhD", False),
        ("Version 2.10.3", False),
        ("US EU", False),
        ("One Two Three Four Five", False),
        ("de Gaulle", False),
        ("", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_bare_name_needs_a_neighbouring_dateline() -> None:
    assert find_attributions(["Title", "", "Katrina Barker", "Body text."]) == ()
    after = find_attributions(["Title", "November 4, 2017", "Katrina Barker"])
    assert [(a.line, a.kind, a.name) for a in after] == [(2, "author", "Katrina Barker")]
    # the first line is the title, even when it looks like a name
    assert find_attributions(["Classic Rock", "November 4, 2017", "Body."]) == ()


def test_sources_heading_lists_links_but_not_media() -> None:
    lines = [
        "### Sources:",
        "",
        "1. [Reuters](http://www.reuters.com/article/x)",
        "1. [Cover Image](https://s4.reutersmedia.net/resources/r/?m=02&d=20171103)",
        "2. [Al Jazeera](https://www.aljazeera.com/news/x)",
        "",
        "### Related:",
        "1. [Suicide bombers strike in Tikrit](/news/2016/11/6/x.md)",
    ]
    found = [(a.line, a.kind, a.name) for a in find_attributions(lines)]
    assert found == [(2, "source", "Reuters"), (4, "source", "Al Jazeera")]
    assert is_byline("### Sources:")


def test_agency_table_is_grouped() -> None:
    assert "AP" in AGENCIES["Associated Press"]
    assert "dpa" in AGENCIES["Deutsche Presse-Agentur"]


def test_attribution_is_frozen() -> None:
    item = Attribution(1, "author", "Jane Doe", "By Jane Doe")
    with pytest.raises(AttributeError):
        item.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (seed_lines("000"), [(9, "source", "Reuters")]),
        (seed_lines("001"), [(2, "author", "Katrina Barker")]),
        (seed_lines("002"), []),
        (
            seed_lines("003"),
            [
                (3, "source", "Fort Russ News"),
                (5, "source", "Al Mayadeen"),
                (5, "translator", "Samer Hussein"),
            ],
        ),
        (seed_lines("004"), []),
    ],
    ids=["000", "001", "002", "003", "004"],
)
def test_seed_documents(lines: list[str], expected: list[tuple[int, str, str]]) -> None:
    found = find_attributions(lines)
    assert [(a.line, a.kind, a.name) for a in found] == expected
    assert all(a.text == lines[a.line] for a in found)
