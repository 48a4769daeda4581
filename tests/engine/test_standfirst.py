"""The standfirst (`kinds.standfirst`): the paragraph under the headline and over the byline or
the date, outside the body the locator finds, is only reported; prose there without a byline or
a date under it is still detached prose, and goes."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from tests.labelled_pages import SETS, kept_lines, read_pages

PAGE = next(p for p in read_pages(SETS["pages"]) if p.name == "pnews_1_full")
HEADLINE = PAGE.tags.index("T")
STANDFIRST = HEADLINE + 2  # under the headline, a blank line between
CREDITS = [i for i, tag in enumerate(PAGE.tags) if tag in ("BY", "DL")]


def test_a_standfirst_between_the_headline_and_the_byline_stays() -> None:
    assert PAGE.tags[STANDFIRST] == "B" and CREDITS and min(CREDITS) > STANDFIRST
    kept = kept_lines(PAGE, Linter().fix(PAGE.text).text)
    assert kept[STANDFIRST]
    # ...and the page's share buttons still go.
    assert not any(k for k, tag in zip(kept, PAGE.tags, strict=True) if tag == "J:share")


def test_prose_over_the_body_without_a_byline_or_date_under_it_goes() -> None:
    lines = PAGE.text.split("\n")
    undated = "\n".join(line for i, line in enumerate(lines) if i not in CREDITS)
    standfirst = lines[STANDFIRST]
    assert standfirst not in Linter().fix(undated).text


@pytest.mark.parametrize(
    "name, shape",
    [
        ("el_5_full", "over a product round-up the locator keeps above a box it took for the body"),
        ("cs_5_full", "over an interview's first answers, an ad's label between them"),
        ("cs_5_full", "over a date opening with its day ('22. března 2025'), no list's number"),
        ("ro_5_full", "under a headline of two sentences"),
        ("pmix_35_full", "framed by its headline and byline over a dealer's box and pros and cons"),
        ("de_1_full", "framed by its headline and byline over share buttons and key points"),
        ("ar_27_full", "over a date whose other words no dateline's vocabulary holds"),
        ("ca_31_full", "over a date line naming its town and its update time"),
        ("pmix_61_full", "over a date line that counts its photographs"),
        ("da_34_full", "over a byline of three names, the last after 'og'"),
    ],
)
def test_the_standfirst_stays(name: str, shape: str) -> None:
    page = next(p for p in read_pages(SETS["pages"]) if p.name == name)
    standfirst = page.tags.index("B")
    assert (
        page.tags.index("T")
        < standfirst
        < min(i for i, tag in enumerate(page.tags) if tag in ("BY", "DL"))
    )
    assert kept_lines(page, Linter().fix(page.text).text)[standfirst], shape


def test_a_cookie_text_under_a_menus_last_item_is_no_standfirst() -> None:
    """A menu's last item ("* About us") is headline-shaped, and an exhibition's dates under the
    banner date the page: the banner still goes."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "pmix_108_full")
    banner = page.tags.index("J:cookie")
    assert page.lines[banner - 2].lstrip().startswith("* ")
    assert not kept_lines(page, Linter().fix(page.text).text)[banner]


def test_the_first_paragraphs_under_the_date_and_byline_stay() -> None:
    """Two short paragraphs under the date, the byline and a comment count, over the list the
    locator took for the body's start: the article's first paragraphs."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "sv_33_full")
    credits = [i for i, tag in enumerate(page.tags) if tag in ("BY", "DL")]
    lead = [i for i, tag in enumerate(page.tags) if tag == "B"][:2]
    assert max(credits) < lead[0]
    kept = kept_lines(page, Linter().fix(page.text).text)
    assert all(kept[i] for i in lead)
    # ...without the head over them, the same paragraphs are no lead.
    lines = page.text.split("\n")
    headless = "\n".join(line for i, line in enumerate(lines) if i not in credits)
    assert lines[lead[0]] not in Linter().fix(headless).text
