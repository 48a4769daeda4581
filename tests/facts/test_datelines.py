"""Which dates are datelines: a numeric date that reads either way is none."""

from __future__ import annotations

from scrapelint.facts.bylines import byline_at
from scrapelint.facts.datelines import datelines
from scrapelint.facts.dates import find_all_dates
from tests.facts.test_page_meta import BODY, page, read


def test_a_numeric_date_that_reads_either_way_is_no_dateline() -> None:
    either = read(page("Council expands bus network\n\n* Jane Doe\n* 02-12-2025"))
    assert either.date is None
    for printed, day in (("19/12/2025", "2025-12-19"), ("12/19/2025", "2025-12-19")):
        found = read(page(f"Council expands bus network\n\n* Jane Doe\n* {printed}"))
        assert found.date is not None
        assert found.date.mention.date.isoformat() == day
    same = read(page("Council expands bus network\n\n* Jane Doe\n* 05/05/2025"))
    assert same.date is not None


def test_a_table_of_dates_is_no_dateline() -> None:
    table = "Home sales, change (YoY)\n1/1/2013\n+12.8%\n2/1/2013\n+3.1%\n3/1/2013\n-0.4%"
    found = read(page("Council expands bus network\n\n" + table))
    assert found.date is None


def test_published_and_updated_lines_together_stay_datelines() -> None:
    head = "Council expands bus network\n\nPublished January 2, 2025\n\nUpdated January 5, 2025"
    found = read(page(head + "\n\nJane Doe"))
    assert found.date is not None
    assert found.date.mention.date.isoformat() == "2025-01-02"


def test_two_dated_lines_are_no_table() -> None:
    head = "Council expands bus network\n\nJanuary 2, 2025\n\nJane Doe"
    found = read(page(head))
    assert found.date is not None
    assert found.date.mention.date.isoformat() == "2025-01-02"


def test_a_comment_header_is_no_dateline_nor_byline() -> None:
    header = "* Milan Griffes on September 12, 2018 at 4:47 pm said:"
    assert datelines([header], find_all_dates([header])) == []
    colon = "Jane Roe says: May 3, 2025 at 4:47 pm"
    assert datelines([colon], find_all_dates([colon])) == []
    signed = "Milan Griffes on September 12, 2018 at 4:47 pm"
    assert datelines([signed], find_all_dates([signed]))
    body = "Council expands bus network\n\n" + BODY + "\n" + BODY
    found = read(page(body, f"\n\n{header}\n\nGreat post, thanks.\n"))
    assert found.date is None
    assert found.byline is None
    assert byline_at([header], 0, dated=True, near_meta=False) is None
