"""Which dates are datelines: a numeric date that reads either way is none."""

from __future__ import annotations

from tests.facts.test_page_meta import page, read


def test_a_numeric_date_that_reads_either_way_is_no_dateline() -> None:
    either = read(page("Council expands bus network\n\n* Jane Doe\n* 02-12-2025"))
    assert either.date is None
    for printed, day in (("19/12/2025", "2025-12-19"), ("12/19/2025", "2025-12-19")):
        found = read(page(f"Council expands bus network\n\n* Jane Doe\n* {printed}"))
        assert found.date is not None
        assert found.date.mention.date.isoformat() == day
    same = read(page("Council expands bus network\n\n* Jane Doe\n* 05/05/2025"))
    assert same.date is not None
