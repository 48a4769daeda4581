"""The standfirst (`kinds.standfirst`): the paragraph under the headline and over the byline or
the date, outside the body the locator finds, is only reported; so is prose right under the
headline (`locate.deck`); prose over it, without a byline or a date under it, is still detached
prose, and goes."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.engine.kinds.standfirst import lead_lines
from scrapelint.facts.page_meta import headline_line
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
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


def test_prose_right_under_the_headline_is_its_deck_even_without_a_byline() -> None:
    # Its place under the headline says what it is (`locate.deck`): it is only reported.
    lines = PAGE.text.split("\n")
    undated = "\n".join(line for i, line in enumerate(lines) if i not in CREDITS)
    assert lines[STANDFIRST] in Linter().fix(undated).text


def test_prose_over_the_headline_without_a_byline_or_date_under_it_goes() -> None:
    lines = PAGE.text.split("\n")
    teaser = lines[STANDFIRST]
    moved = [line for i, line in enumerate(lines) if i not in CREDITS and i != STANDFIRST]
    moved[HEADLINE:HEADLINE] = [teaser, ""]
    assert teaser not in Linter().fix("\n".join(moved)).text


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
    # ...without the head over them, the same paragraphs are no lead (the first is kept still,
    # as the deck under the line the locator took for the headline).
    lines = page.text.split("\n")
    headless = "\n".join(line for i, line in enumerate(lines) if i not in credits)
    assert not _lead(headless)


def _lead(text: str) -> list[str]:
    """The lines `lead_lines` finds in page text, in order."""
    doc = Document.from_text(text)
    ctx = Context(doc, headline=headline_line)
    return [doc.lines[i].text for i in sorted(lead_lines(doc, ctx))]


SV_33 = next(p for p in read_pages(SETS["pages"]) if p.name == "sv_33_full")
SV_LINES = SV_33.text.split("\n")
SV_LEAD = [SV_LINES[i] for i, tag in enumerate(SV_33.tags) if tag == "B"][:2]


def test_the_lead_is_read_under_the_pages_headline_and_its_date() -> None:
    assert _lead(SV_33.text) == SV_LEAD


def test_no_lead_without_a_credit_under_the_headline() -> None:
    credits = {i for i, tag in enumerate(SV_33.tags) if tag in ("BY", "DL")}
    undated = "\n".join(line for i, line in enumerate(SV_LINES) if i not in credits)
    assert _lead(undated) == []


def test_no_lead_under_a_head_farther_than_its_reach() -> None:
    count = next(i for i, tag in enumerate(SV_33.tags) if tag == "J:comments")
    padded = [
        *SV_LINES[: count + 1],
        *["", "Pris: 0 kr", "", "Läs senare", "", "Spara"],
        *SV_LINES[count + 1 :],
    ]
    assert _lead("\n".join(padded)) == []


def test_a_standfirst_under_a_breadcrumbs_last_item_over_a_byline_stays() -> None:
    """A page whose scraper lost the headline: the breadcrumb's last item stands over the
    standfirst, and a byline under it signs the article."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "cs_16_full")
    lines = page.text.split("\n")
    title = page.tags.index("T")
    standfirst = lines[page.tags.index("B")]
    headless = "\n".join(line for i, line in enumerate(lines) if i != title)
    assert standfirst in Linter().fix(headless).text


def test_a_head_is_credited_only_by_a_date_or_byline_under_its_headline() -> None:
    from scrapelint.engine.kinds.standfirst import _credited

    def head(second: str) -> Document:
        return Document.from_text(f"Så förkultiverar jag tomater\n\n{second}\n\n12 kommentarer\n")

    assert _credited(head("18 mars 2025"), 4, 0)
    assert not _credited(head("Foto: Ingrid"), 4, 0)
    assert not _credited(head("18 mars 2025"), 4, None)  # no headline read
