"""Lines made from one template (`locate.template_runs`): a site's directory of its own pages."""

from __future__ import annotations

from scrapelint.locate.article import locate_article
from scrapelint.locate.template_runs import MIN_RUN, template_run_lines
from scrapelint.text import confidence as C
from scrapelint.text.reasons import LINK_LIST

CITIES = ["Austin", "Baltimore", "Boston", "Chicago", "Denver", "El Paso Texas", "Fresno"]
DIRECTORY = [f"Average Costs for Cleaning Services in {city}" for city in CITIES]
ARTICLE = [
    "Cleaning prices in the city rose by a tenth last year, the trade association said on Monday.",
    "Most households pay between ninety and a hundred and sixty dollars for a regular visit.",
    "A deep clean before moving out costs more, because it takes a team most of a day.",
    "Booking a weekly visit brings the price of each one down, most companies say.",
]


def test_a_run_sharing_its_opening_words_is_found_blank_lines_between() -> None:
    lines = [line for entry in DIRECTORY for line in (entry, "")]
    assert template_run_lines(lines, range(len(lines))) == set(range(0, 2 * len(CITIES), 2))


def test_a_run_sharing_its_closing_words_is_found() -> None:
    lines = [f"* {city} moving companies near you" for city in CITIES]
    assert template_run_lines(lines, range(len(lines))) == set(range(len(lines)))


def test_short_runs_figures_and_lines_outside_the_indices_are_not() -> None:
    short = DIRECTORY[: MIN_RUN - 1]
    rated = [f"{n}. {city} Movers Inc: 4.{n} out of 5 stars" for n, city in enumerate(CITIES)]
    assert template_run_lines(short, range(len(short))) == set()
    assert template_run_lines(rated, range(len(rated))) == set()
    assert template_run_lines(DIRECTORY, range(2)) == set()


def test_outside_the_body_of_extracted_text_a_directory_is_a_link_list() -> None:
    lines = [*ARTICLE, "AVERAGE COSTS FOR CLEANING SERVICES IN THE USA", *DIRECTORY]
    found = locate_article(lines)
    assert found.extracted
    assert (found.start, found.end) == (0, len(ARTICLE))
    for verdict in found.verdicts[len(ARTICLE) :]:
        assert (verdict.reason, verdict.confidence) == (LINK_LIST, C.PLACED_SHAPE)
    assert not any(v.junk for v in found.verdicts[: len(ARTICLE)])


def test_inside_the_body_a_templated_list_is_left_to_the_locator() -> None:
    listing = [f"- {city} was next on our list of cities" for city in CITIES]
    lines = [*ARTICLE[:2], *listing, *ARTICLE[2:]]
    found = locate_article(lines)
    assert (found.start, found.end) == (0, len(lines))
    assert not any(v.confidence > C.REMOVE_AT for v in found.verdicts)


def test_no_run_reaches_across_the_body() -> None:
    lines = [*DIRECTORY[:3], *ARTICLE, *DIRECTORY[3:6]]
    found = locate_article(lines)
    assert (found.start, found.end) == (3, 3 + len(ARTICLE))
    assert not any(v.reason == LINK_LIST for v in found.verdicts)
