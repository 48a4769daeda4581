"""A live blog's entries under their clock times (`numbered.timestamp_headings`): prose flows on
across the times, so the entries after a break in the article are not taken for its tail."""

from __future__ import annotations

import re

from scrapelint.api import Linter
from scrapelint.locate.numbered import timestamp_headings
from tests.engine.closing_article import ARTICLE, fixed
from tests.labelled_pages import SETS, kept_lines, read_pages

ENTRY = "The club confirmed the signing in a short statement, and the player is due to arrive."
MINUTE = re.compile(r"\d{1,3}'")
MENU = ["News", "Sport", "Business", "Culture", "Weather", "Travel", "Opinion"]


def test_times_over_entries_in_order_are_headings() -> None:
    texts = ["18:52", ENTRY, "**18:10**", ENTRY, "17.25", ENTRY, "9:05 am", ENTRY]
    assert timestamp_headings(texts, [t == ENTRY for t in texts]) == {0, 2, 4, 6}


def test_durations_over_no_entry_or_out_of_order_are_none() -> None:
    durations = ["1:41", "Watch the goals", "0:00", "Watch the interview", "5:56", "More"]
    assert timestamp_headings(durations, [False] * len(durations)) == set()
    shuffled = ["10:18", ENTRY, "18:08", ENTRY, "5:56", ENTRY]
    assert timestamp_headings(shuffled, [t == ENTRY for t in shuffled]) == set()


def test_a_live_section_after_a_break_in_the_article_stays() -> None:
    live = ["LIVE | The latest on the transfer"]
    for time in ("18:52", "18:10", "17:25", "16:40", "15:15"):
        live += [time, f"At {time} the club said the medical would take place tomorrow morning."]
    page = [*MENU, *ARTICLE, "* * *", *live, "Related stories", *MENU]
    kept = fixed(page)
    for line in live[1:]:
        assert line in kept


def test_twelve_hour_times_equal_minutes_and_a_turn_keep_their_order() -> None:
    def headings(times: list[str]) -> list[int]:
        texts = [part for time in times for part in (time, ENTRY)]
        return sorted(timestamp_headings(texts, [t == ENTRY for t in texts]))

    assert headings(["1:10pm", "12:45pm", "12:05pm", "11:50am"]) == [0, 2, 4, 6]
    assert headings(["12:30", "12:20", "12:20", "12:10"]) == [0, 2, 4, 6]
    assert headings(["10:00", "10:05", "10:10", "10:08", "10:06"]) == [0, 2, 4, 6, 8]
    assert headings(["**12:45 p.m. CEST**", "12:30 p.m. CEST", "12:10 p.m. CEST"]) == [0, 2, 4]


def test_an_entry_may_open_with_its_own_heading_under_the_time() -> None:
    texts = ["1:52 a.m.", "That's it for tonight", ENTRY, "1:20 a.m.", "Henning speaks", ENTRY]
    texts += ["12:47 a.m.", ENTRY]
    good = [t == ENTRY for t in texts]
    assert timestamp_headings(texts, good) == {0, 1, 3, 4, 6}


def test_a_live_blog_read_from_its_latest_entry_goes_back_past_midnight() -> None:
    times = ("12:47 a.m.", "12:15 a.m.", "11:38 p.m.", "10:56 p.m.")
    texts = [part for time in times for part in (time, ENTRY)]
    assert timestamp_headings(texts, [t == ENTRY for t in texts]) == {0, 2, 4, 6}
    # ...but a clock that turns back by half a day is out of order, not the day before.
    jumbled = [part for time in ("10:18", "18:08", "5:56") for part in (time, ENTRY)]
    assert timestamp_headings(jumbled, [t == ENTRY for t in jumbled]) == set()


def test_a_match_commentary_cut_by_a_line_of_names_stays_on_the_page() -> None:
    # A substitution's line of names ("77' Cambio Castel Loreto: fuori Sabbatini, dentro
    # Ferlazzo.") read as chrome, and the newest entries above it went as detached prose.
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "it_13_full")
    kept = kept_lines(page, Linter().fix(page.text).text)
    entries = [i for i, line in enumerate(page.lines) if MINUTE.match(line)]
    assert len(entries) == 12
    assert all(kept[i] for i in entries)


def test_times_with_their_headings_after_a_dash_are_a_timeline() -> None:
    # A board meeting's highlights: "6:02 p.m. – Call to order" over what was done.
    texts = [
        "6:02 p.m. – Call to order",
        ENTRY,
        "6:10 p.m. – Recognitions",
        ENTRY,
        "7:20 p.m. – 2025–26 school calendar",
        ENTRY,
    ]
    assert timestamp_headings(texts, [t == ENTRY for t in texts]) == {0, 2, 4}
    # Over no entry, or with a sentence after the dash, they are no timeline.
    assert timestamp_headings(texts[::2], [False] * 3) == set()
    long = [
        f"{t} and then the board went on to talk about many other things at length"
        for t in texts[::2]
    ]
    interleaved = [x for pair in zip(long, [ENTRY] * 3, strict=True) for x in pair]
    assert timestamp_headings(interleaved, [t == ENTRY for t in interleaved]) == set()


def test_arabic_times_with_their_half_of_the_day_are_headings() -> None:
    # "03:47 م" is a quarter to four in the evening; a live blog's entries went as tail chrome.
    times = ["03:47 م", "03:12 م", "01:55 م", "11:45 ص", "09:05 ص"]
    texts = [part for time in times for part in (time, ENTRY)]
    assert timestamp_headings(texts, [t == ENTRY for t in texts]) == {0, 2, 4, 6, 8}
    # The evening's letter counts: read without it, "01:55" would go back from "11:45" and
    # "03:12" forward again, out of order.
    forward = [part for time in ("11:45 ص", "01:55 م", "03:12 م") for part in (time, ENTRY)]
    assert timestamp_headings(forward, [t == ENTRY for t in forward]) == {0, 2, 4}


def test_an_arabic_live_blog_under_its_deck_stays_on_the_page() -> None:
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "ar_2_full")
    kept = kept_lines(page, Linter().fix(page.text).text)
    article = [i for i, tag in enumerate(page.tags) if tag == "B"]
    assert len(article) > 20
    assert all(kept[i] for i in article)
    junk = [i for i, tag in enumerate(page.tags) if tag and tag.startswith("J:")]
    assert sum(kept[i] for i in junk) * 4 < len(junk)  # the page's chrome goes, not the fix
