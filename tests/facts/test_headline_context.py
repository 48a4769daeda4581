"""What the lines around a headline candidate say of it: a dateline over the headline is its own,
a drop-down flattened into a line is a menu, a title the article goes on about is no name."""

from __future__ import annotations

from scrapelint.facts.page_meta import read_page
from tests.facts.test_page_meta import BODY, MENU

ITEMS = "".join(f"* {place}\n" for place in ("Africa", "Asia", "Europe", "Oceania", "Caribbean"))


def title(head: str, body: str = BODY) -> str | None:
    lines = (MENU + head + "\n\n" + body).split("\n")
    found = read_page(lines, (lines.index(body.split("\n")[0]), len(lines)))
    return found.title.text if found.title is not None else None


def test_a_dateline_over_the_headline_is_the_headlines_not_a_banners_over_the_menu() -> None:
    head = (
        "Supercharge your analytics with fast queries in your trusted stack\n\n"
        "* Pricing\n* About Us\n* Blog\n\n"
        "December 17, 2025\n\n"
        "Council expands bus network"
    )
    assert title(head) == "Council expands bus network"


def test_a_headline_over_its_byline_keeps_the_dateline_a_section_heading_stands_under() -> None:
    head = (
        "Council expands bus network\n\nJane Doe\n\nDecember 17, 2025\n\nHow the new routes compare"
    )
    assert title(head) == "Council expands bus network"


def test_a_drop_down_flattened_into_one_line_is_no_headline() -> None:
    flat = "Destinations Africa Asia Caribbean Europe Oceania"
    head = (
        ITEMS + "\n" + flat + "\n\nCouncil expands bus network\n\nBy Jane Doe\n\nJanuary 29, 2025"
    )
    assert title(head) == "Council expands bus network"


def test_the_last_crumb_of_a_breadcrumb_list_is_no_flattened_menu() -> None:
    crumbs = "* Home\n* News\n* Transport\n* Council expands bus network to the north\n\n"
    head = crumbs + "Council expands bus network to the north\n\nBy Jane Doe\n\nJanuary 29, 2025"
    assert title(head) == "Council expands bus network to the north"


def test_a_capitalised_headline_the_article_goes_on_about_is_no_byline() -> None:
    head = "Weekend Coding Agent\n\nDOC NO 2025\n\nDecember 12, 2025"
    body = (
        "This weekend we build a coding agent from a terminal and a model, one loop at a time, "
        "and the agent learns to edit its own code.\n\n" + BODY
    )
    assert title(head, body) == "Weekend Coding Agent"


def test_a_name_over_the_dateline_is_still_a_byline_when_the_article_is_not_about_it() -> None:
    head = "Council expands bus network\n\nDylan Bailey\n\nJanuary 29, 2025"
    assert title(head) == "Council expands bus network"


def test_a_byline_and_a_dateline_under_a_line_outweigh_a_date_alone_under_a_tagline() -> None:
    head = (
        "Our town's trusted weekly paper online\n\n"
        "Friday, December 19, 2025\n\n"
        "* Subscribe\n* News\n* Sport\n* Weather\n* Sign in\n\n"
        "Council expands the town bus network\n\n"
        "By Jane Doe\n\n"
        "December 18, 2025"
    )
    assert title(head) == "Council expands the town bus network"
