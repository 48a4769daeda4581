"""Which dateline is the article's when the windows by the headline hold none."""

from __future__ import annotations

from tests.facts.test_page_meta import BODY, page, read


def test_the_category_over_the_headline_beside_the_one_date_under_the_body() -> None:
    head = "Industry Insights\n\nCouncil expands bus network\n\n" + BODY + "\n" + BODY
    found = read(page(head, "\n* Industry Insights\n* February 10, 2025\n\nOur Services\n"))
    assert found.date is not None
    assert found.date.mention.date.isoformat() == "2025-02-10"
    # Another label beside it, or several dates (a list of other posts): no date.
    other = read(page(head, "\n* Travel\n* February 10, 2025\n\nOur Services\n"))
    assert other.date is None
    listed = "\n* Industry Insights\n* February 10, 2025\n\n* Industry Insights\n* March 3, 2025\n"
    assert read(page(head, listed)).date is None
