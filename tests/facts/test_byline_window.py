"""Which line is the byline: labelled ones first, then names alone; positive and negative cases."""

from __future__ import annotations

import datetime

from scrapelint.facts.byline_window import (
    bare_byline,
    labelled_byline,
    named_in_bio,
    signed_anywhere,
    signed_at_end,
)
from scrapelint.facts.bylines import names_in, site_owner, unglue
from scrapelint.facts.datelines import datelines
from scrapelint.facts.dates import find_all_dates
from tests.facts.test_page_meta import page, read


def names(found) -> tuple[str, ...] | None:
    return found.names if found is not None else None


def test_a_year_glued_to_the_next_date_or_name_is_cut() -> None:
    glued = "September 1, 2016September 8, 2016Jane Doe"
    assert unglue(glued) == "September 1, 2016 September 8, 2016 Jane Doe"
    assert names_in(glued) == ("Jane Doe",)
    assert names_in("On January 12, 2025January 22, 2025 By Jane Doe In Travel") == ("Jane Doe",)


def test_digits_that_are_no_year_stay_glued() -> None:
    assert unglue("Route 66A") == "Route 66A"
    assert unglue("Model 12345X") == "Model 12345X"


def test_a_dot_after_the_day_of_a_month_first_date() -> None:
    found = find_all_dates(["December 19. 2025"])
    assert [m.date for m in found] == [datetime.date(2025, 12, 19)]
    assert find_all_dates(["Chapter 19. 2025 readers came."]) == ()


def test_a_byline_signed_at_the_end_of_the_body() -> None:
    lines = ["", "By Jane Doe", "Related Topics"]
    assert names(signed_at_end(lines, [1, 2])) == ("Jane Doe",)
    assert signed_at_end(["By the way, we moved", "Related Topics"], [0, 1]) is None
    assert signed_at_end(["Jane Doe", "Related Topics"], [0, 1]) is None  # no label


def test_a_signed_byline_at_the_end_of_a_whole_page() -> None:
    found = read(page("Council expands bus network", "\nBy Jane Doe\n"))
    assert names(found.byline) == ("Jane Doe",)


def test_a_labelled_byline_far_from_the_article_needs_a_date_beside_it() -> None:
    dated = ["By Jane Doe – Updated Sep 9, 2025", "Share"]
    assert names(signed_anywhere(dated, [0, 1])) == ("Jane Doe",)
    split = ["By", "Jane Doe", "Updated on October 21, 2025"]
    assert names(signed_anywhere(split, [0, 1, 2])) == ("Jane Doe",)
    read_time = ["Written by Jane Doe", "Reviewed by John Roe", "17 minutes read"]
    assert names(signed_anywhere(read_time, [0, 1, 2])) == ("Jane Doe",)
    undated = ["By Jane Doe", "The council voted on Tuesday to expand the network."]
    assert signed_anywhere(undated, [0, 1]) is None
    unlabelled = ["Jane Doe", "Sep 9, 2025"]
    assert signed_anywhere(unlabelled, [0, 1]) is None


def test_a_bare_name_made_of_headline_words_is_a_sub_heading() -> None:
    lines = ["Mobile Apps and Mobile App Development", "", "Mobile Apps", "", "Text follows."]
    assert bare_byline(lines, [2, 4], [], 0, lines[0]) is None
    tags = ["Corporate Relocation vs. Moving", "Corporate Relocation, Employee Relocation"]
    assert bare_byline(tags, [1], [], 0, tags[0]) is None
    person = ["Council expands bus network", "", "Jane Doe", "", "Text follows."]
    assert names(bare_byline(person, [2, 4], [], 0, person[0])) == ("Jane Doe",)


def test_a_count_between_a_name_and_its_dateline_stands_beside_neither() -> None:
    lines = ["Jane Doe", "210412", "Dec 18, 2025 · 10 min read"]
    stamps = datelines(lines, find_all_dates(lines))
    assert names(bare_byline(lines, [0, 1, 2], stamps, None)) == ("Jane Doe",)
    prose = ["Jane Doe", "The council voted on Tuesday.", "Dec 18, 2025 · 10 min read"]
    stamps = datelines(prose, find_all_dates(prose))
    assert bare_byline(prose, [0, 1, 2], stamps, None) is None


def test_a_social_handle_glued_to_a_name_beside_the_dateline() -> None:
    lines = ["Published Tue, Nov 19 20197:05 AM EST", "Keris Lahiff@kerisalison", "VIDEO 3:45"]
    stamps = datelines(lines, find_all_dates(lines))
    assert names(bare_byline(lines, [0, 1, 2], stamps, None)) == ("Keris Lahiff",)
    # An e-mail address goes on past its "@": no handle is cut off it.
    assert names_in("Keris Lahiff@cnbc.com") == ()


def test_a_personal_site_named_in_its_tagline() -> None:
    tagline = "Jane Doe's thoughts on data, statistics, hiring and the culture of companies " * 3
    assert names(site_owner(["Data Blog", tagline], [0, 1])) == ("Jane Doe",)
    assert site_owner(["Data Blog", "Thoughts on data and statistics"], [0, 1]) is None


def test_a_name_alone_whose_bio_stands_under_the_article() -> None:
    bio = "Jane Doe is a freelance travel writer and the editor of a hotel guide."
    lines = ["Jane Doe", "Hotel travel hacks", "Body text here.", bio]
    assert names(named_in_bio(lines, [0, 1], [0, 1, 2, 3])) == ("Jane Doe",)
    # A company under review has its sentence too, as a list item and with no writer's role.
    company = ["1. Acme Moving", "Acme Moving is a family-owned moving company."]
    assert named_in_bio(company, [0], [0, 1]) is None
    unlisted = ["Acme Moving", "Acme Moving is a family-owned moving company."]
    assert named_in_bio(unlisted, [0], [0, 1]) is None


def test_a_name_under_another_credit_label_is_that_credit() -> None:
    lines = ["Updated September 28, 2025", "Fact checked by", "Jane Doe", "Share"]
    stamps = datelines(lines, find_all_dates(lines))
    assert bare_byline(lines, [0, 1, 2, 3], stamps, None) is None
    bio = [*lines, "Jane Doe is an experienced journalist and fact-checker."]
    assert named_in_bio(bio, [0, 1, 2, 3], [0, 1, 2, 3, 4]) is None
    assert names(named_in_bio(bio[2:], [0, 1], [0, 1, 2])) == ("Jane Doe",)


def test_a_prefixed_byline_wins_over_a_place_on_the_dateline_above_it() -> None:
    # "Place, date" reads like "Name, date": the prefixed line under it says who wrote it.
    lines = [
        "Messi: «Todavía no sé si jugaré el próximo Mundial»",
        "Buenos Aires, 20 de septiembre de 2024",
        "Por Martín Fernández",
        "Lionel Messi habló con un grupo de periodistas antes del partido ante Bolivia.",
    ]
    stamps = datelines(lines, find_all_dates(lines))
    assert names(labelled_byline(lines, [1, 2, 3], stamps)) == ("Martín Fernández",)
    # With no prefixed line, names on a dateline are its writer's.
    signed = ["Jane Doe, 20 September 2024", lines[3]]
    assert names(labelled_byline(signed, [0, 1], datelines(signed, find_all_dates(signed)))) == (
        "Jane Doe",
    )
