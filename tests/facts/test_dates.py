"""Tests for scrapelint.facts.dates: shapes, guards, datelines, the seed documents, properties."""

from __future__ import annotations

import datetime

import pytest
from babel.dates import format_date
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from scrapelint.facts.dates import (
    YEAR_HINT_RE,
    DateMention,
    find_all_dates,
    find_dates,
    find_dates_in,
    is_dateline,
    publication_date,
)
from scrapelint.facts.locale_data import SUPPORTED_LOCALES, month_number, weekday_number
from tests.seeds import seed_lines

D = datetime.date

# (text, expected date, shape, weekday_ok)
FORMS = [
    ("November 4, 2017", D(2017, 11, 4), "month-day-year", None),
    ("November 3rd, 2017 – Fort Russ News –", D(2017, 11, 3), "month-day-year", None),
    ("Saturday, 04 November 2017 10:54", D(2017, 11, 4), "day-month-year", True),
    ("Friday, 04 November 2017", D(2017, 11, 4), "day-month-year", False),
    (" date 2017-11-04 Fighters lose more ground", D(2017, 11, 4), "iso", None),
    ("### [2017-11-3](/news/2017/11/3/index.md)", D(2017, 11, 3), "iso", None),
    ("04/11/2017", D(2017, 11, 4), "dmy-numeric", None),
    ("11/24/2017", D(2017, 11, 24), "mdy-numeric", None),
    ("24/11/2017", D(2017, 11, 24), "dmy-numeric", None),
    ("04.11.2017", D(2017, 11, 4), "dmy-numeric", None),
    ("4. November 2017", D(2017, 11, 4), "day-month-year", None),
    ("Nov. 4, 2017", D(2017, 11, 4), "month-day-year", None),
    ("Sept. 4, 2017", D(2017, 9, 4), "month-day-year", None),
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", D(2019, 11, 20), "month-day-year", True),
    ("22 de outubro de 2010", D(2010, 10, 22), "day-month-year", None),
    ("3 novembre 2017", D(2017, 11, 3), "day-month-year", None),
    ("4 de noviembre de 2017", D(2017, 11, 4), "day-month-year", None),
    ("1er novembre 2017", D(2017, 11, 1), "day-month-year", None),
    ("4 ноября 2017 г.", D(2017, 11, 4), "day-month-year", None),
    ("4 listopada 2017", D(2017, 11, 4), "day-month-year", None),
    ("4-Nov-2017", D(2017, 11, 4), "day-month-year", None),
    ("20 Nov, 2019 05:47", D(2019, 11, 20), "day-month-year", None),
    ("segunda-feira, 22 de janeiro de 2018 às 0:13", D(2018, 1, 22), "day-month-year", True),
    ("2017-11-04T10:54:00Z", D(2017, 11, 4), "iso-timestamp", None),
    ("2017/11/04", D(2017, 11, 4), "ymd-slash", None),
    ("Essay - Published: 2025.12.17 | programming |", D(2025, 12, 17), "ymd-dotted", None),
    ("2025•01•08", D(2025, 1, 8), "ymd-dotted", None),
    # Czech, Slovak, Slovenian: a space after each dot, a no-break one too.
    ("16. 3. 2025 10:45", D(2025, 3, 16), "dmy-numeric", None),
    ("16.\xa03. 2025", D(2025, 3, 16), "dmy-numeric", None),
    ("Objavljeno 17. 3. 2025 ob 10.15", D(2025, 3, 17), "dmy-numeric", None),
    ("16 tháng 3, 2025", D(2025, 3, 16), "day-month-number", None),  # Vietnamese: month 3
    ("Thứ Hai, ngày 16 tháng 12 năm 2024, 10:00", D(2024, 12, 16), "day-month-number", None),
    # A time glued to the year, as neighbouring spans print them.
    ("Published Tue, Nov 19 20197:05 AM EST", D(2019, 11, 19), "month-day-year", True),
    ("19 November 201912:30 pm", D(2019, 11, 19), "day-month-year", None),
]


@pytest.mark.parametrize(("text", "date", "shape", "weekday_ok"), FORMS)
def test_forms(text: str, date: D, shape: str, weekday_ok: bool | None) -> None:
    (mention,) = find_dates([text])
    assert (mention.date, mention.shape, mention.weekday_ok) == (date, shape, weekday_ok)
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "He estimated there were 1,500-2,500 fighters left in al-Qaim and 2,000-3,000 in 2017.",
        "Error 503 means service unavailable, said the admin in 2019.",
        "freed about 85% of the town in 2017",
        "captured the State Company 10km southwest of it in 2017",
        "Version 2.10.3 was released in 2021",
        "ISIL seized the ruins in 2014.",
        "Iraqi Civil War (2014-present)",
        "Call 555-12-2017 or +1 (202) 555-2017 now",
        "On November 3, the Iraqi Army liberated al-Qa’im city.",
        "2017 was the year 2018 came after, 1999 and 2000",
        "v1.12.2017 release notes",
        "pip 2019.1.2 and build 2024.01.15.1 of v2024.01.15",
        "The 12:30 train, 10/11 seats, 2017",
        # Digits glued to a year are a time only when they read as one, after a month's name.
        "Nov 19 201924:30, Nov 19 20191:059, Nov 19 2019123",
        "Order 20197:05 and 04/11/20197:05",
        # Two spaces, or a space without the dot, are no date's; nor a day 32 of "month 3".
        "1.  2. 2025 and 1 2 2025 and 32 tháng 3, 2025 and tháng 3 2025",
        # A longer run of spaced numbers, and a month 15: the spaced form is day first only.
        "1. 2. 3. 2025 and 5. 6. 2025. 7 and 10. 15. 2025",
    ],
)
def test_false_dates_are_refused(text: str) -> None:
    assert find_dates_in(text) == ()


def test_path_dates_only_in_find_dates_in() -> None:
    (mention,) = find_dates_in("/news/2017/11/3/index.md")
    assert (mention.date, mention.shape) == (D(2017, 11, 3), "path")
    assert find_dates(["[Old story](/news/2015/12/8/old-story.md)"]) == ()


def test_ambiguous_numeric_follows_month_first_context() -> None:
    day_first = find_dates(["Posted 04/11/2017"])
    assert day_first[0].date == D(2017, 11, 4)
    month_first = find_dates(["November 4, 2017", "Posted 04/11/2017"])
    assert [m.date for m in month_first] == [D(2017, 11, 4), D(2017, 4, 11)]
    assert month_first[1].shape == "mdy-numeric"
    dotted = find_dates(["November 4, 2017", "04.11.2017"])
    assert dotted[1].date == D(2017, 11, 4)


def test_head_counts_non_blank_lines_only() -> None:
    lines = ["Title", "", "", "Body", "", "November 4, 2017"]
    assert [m.line for m in find_dates(lines, head=3)] == [5]
    assert find_dates(lines, head=2) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 4, 2017", True),
        ("November 3rd, 2017 – Fort Russ News –", True),
        ("Saturday, 04 November 2017 10:54", True),
        ("### [2017-11-3](/news/2017/11/3/index.md)", True),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", True),
        ("- Published 18 November 2019", True),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", True),
        ("Nov. 20, 2019, 9:28 AM UTC", True),
        ("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST", True),
        ("Von Moritz Bachmann publiziert am 25. September 2018", True),
        ("TP HCM, ngày 10/6/2024", True),  # Vietnamese: "day"
        ("Thứ ba, 12/3/2024 lúc 08:30", True),  # "Tuesday ..., at"
        ("Jakarta, Senin, 5 Agustus 2024 pukul 10:15 WIB", True),
        ("Güncelleme: 21.11.2024 14:05", True),
        ("8 okt 2025 om 17:45 Bijgewerkt 9 okt 2025 om 08:12", True),  # Dutch "at", "updated"
        ("12 stycznia 2025 (aktualizacja: 3 lutego 2025)", True),  # Polish "update"
        ("16/03/2025 20h47 · Atualizado há 2 horas", True),  # "updated two hours ago"
        ("Fri 14 Mar 2025 06.00 GMT", True),  # a clock time with a dot before its zone
        ("November 19, 2025 — 6.00am", True),  # ...or before its half of the day
        ("अपडेटेड: 4 मार्च 2025, दोपहर 2:15 बजे", True),  # Hindi: a month's vowel signs
        ("12 มีนาคม 2025 เวลา 10:30 น.", True),  # Thai
        ("نُشر في 9 سبتمبر 2025", True),  # Arabic "published on", its vowel points written
        ("نشر في 9 سبتمبر 2025", True),  # ...or left out
        ("في 9 سبتمبر 2025 ذهبنا إلى البحر", False),
        ("Julkaistu 5.3.2025 klo 10.15", True),  # Finnish "klo" and a dotted time
        ("Actualizat: 12 martie 2025, ora 10:15", True),  # Romanian
        ("Price 6.00 amended, 19 November 2025, by the shop", False),
        ("14 February 2025 · updated 2 March 2025 · 9 min read", True),  # and the reading time
        ("14.05.2025, 18:37 Uhr · Lesezeit: 4 Min.", True),
        ("Publicerad 27 januari 2025 kl. 06.00", True),  # Swedish
        ("Bijgewerkt op 14 april 2025 · 4 minuten lezen", True),  # Dutch "on", reading time
        ("17 Ekim 2024 · Okuma süresi: 7 dk", True),  # Turkish, the minutes abbreviated
        ("11 июля 2025 · 7 минут чтения", True),  # Russian
        ("17 Ekim 2024 · 7 dk okuma", True),
        ("11 Ιουλίου 2025 · Χρόνος ανάγνωσης: 5 λεπτά", True),
        ("2025年7月11日 · 阅读时间：5分钟", True),
        ("12 March 2025 · Reading time 3 percent", False),
        ("3. února 2025 10:15", True),  # Czech month names
        ("14 Μαΐου 2025", True),  # Greek
        ("14. Jänner 2025, 06:00", True),  # Austrian German
        ("2025年6月2日 10:00", True),  # a CJK date, as the head's dates are read
        ("iPad Pro 2025", False),  # Czech "pro" (December) is no month here
        ("The price rose to 6.00 on 3 May 2025", False),
        ("The vote was on 3 May 2025, two hours ago", False),
        ("The vote was on 3 May 2025, 2 hours ago", False),
        (" date 2017-11-04 Fighters lose more ground with recapture of al-Qaim.Read More", False),
        ("On Nov. 15, 2019, former U.S. ambassador Marie Yovanovitch testified", False),
        ("— The Nigerian Senate (@NGRSenate) October 9, 2018", False),
        ("Carlos Nadalim 27/09/2018 2 comentários Alfabetização", False),
        ("Iraqi forces seize strategic border crossing with Syria", False),
        ("* Nächster Antragsstichtag: 31. Januar 2026", False),  # a deadline: the story's fact
        ("Deadline: 31 January 2026", False),
        ("Updated: 31 January 2026", True),
        ("", False),
    ],
)
def test_is_dateline(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected


@pytest.mark.parametrize(
    ("lines", "date", "dateline"),
    [
        (seed_lines("000"), D(2017, 11, 3), 0),
        (seed_lines("001"), D(2017, 11, 4), 3),
        (seed_lines("002"), D(2017, 11, 4), 1),
        (seed_lines("003"), D(2017, 11, 3), 3),
        (seed_lines("004"), None, None),
    ],
    ids=["000", "001", "002", "003", "004"],
)
def test_seed_documents(lines: list[str], date: D | None, dateline: int | None) -> None:
    best = publication_date(lines)
    assert (best.date if best else None) == date
    assert (best.line if best else None) == dateline
    assert {m.date for m in find_dates(lines)} <= {date}
    if dateline is not None:
        assert is_dateline(lines[dateline])


def test_mentions_are_frozen() -> None:
    (mention,) = find_dates_in("November 4, 2017")
    assert isinstance(mention, DateMention)
    with pytest.raises(AttributeError):
        mention.line = 3  # type: ignore[misc]


def test_locale_tables_come_from_cldr() -> None:
    assert {"en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl"} <= set(SUPPORTED_LOCALES)
    assert month_number("ноября") == month_number("listopada") == month_number("Nov.") == 11
    assert month_number("Marz") == 3  # accent-free variant of "März"
    assert weekday_number("sábado") == weekday_number("Samstag") == 5
    assert weekday_number("ma") is None  # bare two-letter Dutch abbreviation is too ambiguous


# --- properties ---------------------------------------------------------------------------

DATES = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31))
CLDR_LOCALES = ("en", "en_GB", "es", "fr", "de", "pt", "it", "nl", "ru", "pl")


@settings(max_examples=150, deadline=None)
@given(date=DATES, locale=st.sampled_from(CLDR_LOCALES), width=st.sampled_from(["long", "full"]))
def test_cldr_rendered_dates_are_found(date: D, locale: str, width: str) -> None:
    text = format_date(date, format=width, locale=locale)
    mentions = find_dates_in(f"Publicado: {text}")
    assert [m.date for m in mentions] == [date], text
    if width == "full":
        assert mentions[0].weekday_ok is True, text


def _render(date: D, shape: str) -> str:
    month = format_date(date, "MMMM", locale="en")
    renders = {
        "iso": date.isoformat(),
        "iso-timestamp": f"{date.isoformat()}T10:54:00Z",
        "ymd-slash": f"{date.year}/{date.month:02}/{date.day:02}",
        "dmy-numeric": f"{date.day:02}/{date.month:02}/{date.year}",
        "dotted": f"{date.day}.{date.month}.{date.year}",
        "month-day-year": f"{month} {date.day}, {date.year}",
        "ordinal": f"{month[:3]}. {date.day}th, {date.year}",
        "day-month-year": f"{date.day:02} {month} {date.year}",
        "german": f"{date.day}. {format_date(date, 'MMMM', locale='de')} {date.year}",
        "dashed": f"{date.day}-{month[:3]}-{date.year}",
    }
    return renders[shape]


SHAPES = ("iso", "iso-timestamp", "ymd-slash", "dmy-numeric", "dotted", "month-day-year")
SHAPES += ("ordinal", "day-month-year", "german", "dashed")


@settings(max_examples=300, deadline=None)
@given(
    date=DATES, shape=st.sampled_from(SHAPES), prefix=st.sampled_from(["", "Posted ", "(", "| "])
)
def test_rendered_dates_are_found(date: D, shape: str, prefix: str) -> None:
    text = prefix + _render(date, shape)
    assert [m.date for m in find_dates([text])] == [date], text


# Prose tokens that look date-ish (numbers, month names, ranges) but never a four-digit year.
PROSE_WORDS = st.sampled_from(
    (
        "the", "of", "fighters", "in", "and", "November", "Nov.", "4,", "3rd", "de",
        "noviembre", "12", "85%", "10km", "503", "1,500-2,500", "v2.10.3", "Saturday", "-", "/",
        ".", ":", "555-0142", "(present)", "31", "99", "1", "30", "07", "am", "EST", "said",
    )
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(words=st.lists(PROSE_WORDS | st.text(max_size=12), max_size=30))
def test_text_without_year_yields_nothing(words: list[str]) -> None:
    text = " ".join(words)
    assume(not YEAR_HINT_RE.search(text))
    assert find_dates_in(text) == ()
    assert find_dates([text]) == ()
    assert not is_dateline(text)


def test_find_all_dates_reads_only_the_head_of_each_line_when_asked() -> None:
    glued = "Updated: December 9, 2024If you are serving food at your reception, " + "x " * 80
    late = glued + "and on January 3, 2025 the caterer called."
    assert [m.date.isoformat() for m in find_all_dates([late])] == ["2024-12-09", "2025-01-03"]
    assert [m.date.isoformat() for m in find_all_dates([late], head=160)] == ["2024-12-09"]
    assert find_all_dates([late], [0], head=20) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakarta, 5 Agustus 2024", datetime.date(2024, 8, 5)),  # Indonesian
        ("Nevşehir, 3 Mart 2024 (AA)", datetime.date(2024, 3, 3)),  # Turkish
        ("București, 12 ianuarie 2025", datetime.date(2025, 1, 12)),  # Romanian
        ("Stockholm, 7 maj 2024", datetime.date(2024, 5, 7)),  # Swedish
        ("Barcelona, 14 de gener de 2025", datetime.date(2025, 1, 14)),  # Catalan
    ],
)
def test_month_names_of_more_languages_date_a_dateline(text: str, expected: datetime.date) -> None:
    assert [m.date for m in find_all_dates([text])] == [expected]


def test_a_month_abbreviation_that_is_a_word_elsewhere_is_no_month() -> None:
    assert month_number("des") is None  # French "des", Indonesian and Norwegian "Des."
    assert month_number("Desember") == 12 and month_number("Ocak") == 1
