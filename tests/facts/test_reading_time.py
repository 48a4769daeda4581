"""A page's note of how long the article takes to read marks where the headline stands, in
Arabic, Persian, Hebrew and Japanese too (on a Persian page of `fixtures/pages` it keeps the
headline and the lead: `test_labelled_pages.py`'s budgets; the titles it gives are counted by
`benchmarks/labelled_pages.py`)."""

from __future__ import annotations

import pytest

from scrapelint.facts.meta_words import WORDS


@pytest.mark.parametrize(
    "line",
    [
        "۲۴ مهر ۱۴۰۴ · زمان مطالعه: ۹ دقیقه",
        "١٢ مارس ٢٠٢٥ · ٥ دقائق للقراءة",
        "זמן קריאה: 4 דקות",
        "読了時間：3分",
    ],
)
def test_a_reading_time_in_more_scripts(line: str) -> None:
    assert WORDS.mentions("reading_time", line)


@pytest.mark.parametrize(
    "line",
    [
        "بهترین زمان مطالعه برای کنکور چه ساعتی است",  # "the best time to study"
        "خصص وقت القراءة لأطفالك",  # "set aside reading time for your children"
        "זמן קריאה משותף עם הילדים",  # "shared reading time with the children"
    ],
)
def test_time_to_study_in_prose_is_no_reading_time(line: str) -> None:
    assert not WORDS.mentions("reading_time", line)
