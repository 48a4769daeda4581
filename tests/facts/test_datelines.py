"""Which dates are datelines: a numeric date that reads either way is none; a Hungarian date
reads year first."""

from __future__ import annotations

import pytest

from scrapelint.facts.bylines import byline_at
from scrapelint.facts.credit_line import is_byline
from scrapelint.facts.datelines import datelines
from scrapelint.facts.dates import find_all_dates, find_dates_in, is_dateline
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


def test_a_date_between_dots_reads_day_first() -> None:
    # How the countries that write the day first write it: "07.12.2026" is the 7th of December.
    found = read(page("Council expands bus network\n\n* Jane Doe\n* 07.12.2026, 10:32"))
    assert found.date is not None
    assert found.date.mention.date.isoformat() == "2026-12-07"
    # Beside a date written month first (some US sites print dots too), it reads either way.
    us = "Council expands bus network\n\n* Jane Doe\n* 07.12.2026, 10:32\n\nDecember 1, 2026"
    assert read(page(us)).date is None or read(page(us)).date.mention.text != "07.12.2026"


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


@pytest.mark.parametrize(
    "line, day",
    [
        ("2024. október 9.", "2024-10-09"),
        ("2025. márc. 3.", "2025-03-03"),
        ("2024. október 9. · 6 perc olvasás", "2024-10-09"),
    ],
)
def test_a_year_first_hungarian_date_is_a_dateline(line: str, day: str) -> None:
    mentions = find_dates_in(line)
    assert [m.date.isoformat() for m in mentions] == [day]
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line, day",
    [
        ("2. lipnja 2025. u 00:48", "2025-06-02"),  # Croatian
        ("Objavljeno: 3. ožujka 2025.", "2025-03-03"),
        ("18 февруари 2025, 15:36 ч.", "2025-02-18"),  # Bulgarian
        ("2025 m. kovo 7 d. 14:20", "2025-03-07"),  # Lithuanian, year first
        ("Paskelbta: 2025 m. kovo 7 d., 14:20", "2025-03-07"),
        ("12. marca 2025 ob 9:30", "2025-03-12"),  # Slovenian
        ("Julkaistu 9.11.2024 7.02", "2024-11-09"),  # Finnish, the time after a dot
        ("Päivitetty 9.11.2024 21.48", "2024-11-09"),
        ("입력 2024.09.03 06:00", "2024-09-03"),  # Korean: posted
        ("수정 2024.09.03 09:12", "2024-09-03"),  # modified
    ],
)
def test_datelines_of_more_languages_and_their_labels(line: str, day: str) -> None:
    assert [m.date.isoformat() for m in find_dates_in(line)] == [day]
    assert is_dateline(line)


def test_a_figure_after_a_year_is_a_time_only_after_a_date() -> None:
    assert not is_dateline("Price 2024 7.02 euros")
    assert not is_dateline("kovo 7 d. 2025 m. rezultatai")


def test_a_year_before_a_month_in_prose_is_no_date() -> None:
    # Year first needs the dot after the year, as Hungarian prints it.
    assert find_dates_in("In 2019 May 3 people came to the meeting") == ()
    assert find_dates_in("2019. május 32.") == ()


@pytest.mark.parametrize(
    "line",
    [
        *("Szerző: Fekete Bence", "Írta: Kovács Anna", "Av Anna Lindqvist", "Af Mette Holm"),
        *("Oleh Nurul Aina Zakaria", "Autori: Marin Čulić, Tea Radoš", "Yazar: Emre Karataş"),
        *("Tekst: Håkon Brekkestad", "Κείμενο: Δήμητρα Αλεξίου"),
    ],
)
def test_bylines_of_more_languages_sign_the_article(line: str) -> None:
    assert is_byline(line)
    assert not is_byline("av och till")
    assert not is_byline("Oleh karena itu, kami memutuskan")


def test_a_span_of_two_dates_is_no_dateline() -> None:
    # An obituary's life under its name, a period's start and end: two dates, no publication.
    assert not is_dateline("June 3, 1938 – April 11, 2025")
    assert not is_dateline("*12 March 1921 - 2 May 2004*")
    # ...where a dateline's two labelled dates, or two of one year, stay one.
    assert is_dateline("Published 3 June 2025 – Updated 4 June 2025")
    assert is_dateline("3 June 2025 - 4 June 2025")
