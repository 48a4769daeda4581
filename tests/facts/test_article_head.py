"""The article's head found above a body the locator placed too low, and lists of cards refused."""

from __future__ import annotations

from scrapelint.facts.article_head import head_above
from scrapelint.facts.page_meta import read_page

HEAD = "Council expands bus network\n\nJane Doe\nPublished: Jan 29, 2025 • 5 min read\n\n"
LEAD = (
    "The city council voted on Tuesday to expand the bus network, adding four new routes to the "
    "north of the city and more buses at night.\n\n"
)
# A later section the locator may take for the body: a table's heading and the prose under it.
LATER = "How the routes compare\n\n" + "\n\n".join(
    f"Route {n} runs every twenty minutes from the station to the northern estates, and the "
    "council expects most riders to use it in the morning."
    for n in range(1, 9)
)
FILLER = "\n\n".join(f"* Link {n}" for n in range(80)) + "\n\n"


def lines_and_body(head: str) -> tuple[list[str], tuple[int, int]]:
    lines = ("* Home\n* News\n\n" + head + LEAD + FILLER + LATER).split("\n")
    start = lines.index("How the routes compare") + 2
    return lines, (start, len(lines))


def test_head_above_a_body_placed_too_low() -> None:
    lines, body = lines_and_body(HEAD)
    found = read_page(lines, body)
    assert found.title is not None and found.title.text == "Council expands bus network"
    assert found.byline is not None and found.byline.names == ("Jane Doe",)
    assert found.date is not None and found.date.mention.date.isoformat() == "2025-01-29"


def test_cards_of_other_articles_are_no_head() -> None:
    cards = "".join(
        f"Story number {n} about the city\n\nJane Doe\nJan {n}, 2025 • 5 min read\n\n"
        for n in (3, 12, 20)
    )
    lines, body = lines_and_body(cards)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    start_rank = next(r for r, i in enumerate(nonblank) if i >= body[0])
    assert head_above(lines, nonblank, start_rank) is None


def test_a_date_alone_is_no_head() -> None:
    lines, body = lines_and_body("Council expands bus network\n\nJan 29, 2025\n\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    start_rank = next(r for r, i in enumerate(nonblank) if i >= body[0])
    assert head_above(lines, nonblank, start_rank) is None


def test_a_labelled_byline_below_a_body_placed_too_high_marks_the_head() -> None:
    courses = "\n".join(
        f"Course {n} Learn to plan the budget of a transport network" for n in range(80)
    )
    crumbs = "1. Home\n2. Transport\n3. Council expands...\n\n"
    byline = "Written by Jane Doe\n17 minutes read\n\n"
    head = "Council expands bus network\n\n" + LEAD + LEAD + byline
    lines = (courses + "\n\n" + crumbs + head + LATER).split("\n")
    found = read_page(lines, (0, len(lines)))
    assert found.byline is not None and found.byline.names == ("Jane Doe",)
    assert found.title is not None and found.title.text == "Council expands bus network"
