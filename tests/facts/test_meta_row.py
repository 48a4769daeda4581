"""A post's meta row names its writer with no label: the name, a date and a count or a reading
time, on one line or as consecutive list items."""

from __future__ import annotations

from scrapelint.facts.meta_row import meta_row


def names(lines: list[str]) -> tuple[str, ...] | None:
    found = meta_row(lines, [i for i, line in enumerate(lines) if line.strip()])
    return found.names if found is not None else None


def test_a_first_name_on_a_line_with_the_date_and_the_comment_count() -> None:
    assert names(["Caterer Comparison", "", "Susan December 9, 2024 0 Comments"]) == ("Susan",)
    assert names(["Jane Doe | May 3, 2025 | 12 Kommentare"]) == ("Jane Doe",)


def test_a_name_over_list_items_of_a_date_and_a_reading_time() -> None:
    assert names(["* Gabo", "* Jan 23", "* 11 min read", "", "Updated: Jan 31"]) == ("Gabo",)
    assert names(["* Leonardo Garcia", "* 2 min read", "* Sep 26, 2022"]) == ("Leonardo Garcia",)


def test_no_writer_without_both_a_date_and_a_count() -> None:
    # A section over a reading time (a teaser card), a name over a date alone.
    assert names(["* Learn", "* 7 Minute Read", "* How to Use LLMs"]) is None
    assert names(["* Gabo", "* Jan 23", "* Contact"]) is None
    assert names(["Susan December 9, 2024"]) is None
    # A count before the date, or words after the count, is no row.
    assert names(["Susan 3 Comments December 9, 2024"]) is None
    assert names(["Susan December 9, 2024 0 Comments on the caterers"]) is None


def test_no_writer_when_the_row_opens_with_no_name() -> None:
    # A category the page speaks of in lowercase.
    assert names(["Recipes December 9, 2024 0 Comments", "", "Our best recipes."]) is None
    assert names(["* Home", "* Jan 23", "* 11 min read"]) is None
    # A list that goes on past the row's facts is a menu, not a row.
    assert names(["* Gabo", "* Jan 23", "* 11 min read", "* Share"]) is None
