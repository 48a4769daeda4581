"""Entries headed by when they happened (`locate.timeline`): a recording's chapters from zero, a
match's minutes of play, a timeline's years alone over their sentences; an archive's years and a
player's times head nothing."""

from __future__ import annotations

from scrapelint.engine.kinds.items import item_run
from scrapelint.locate.article import locate_article
from scrapelint.locate.timeline import alone_year, chapter_lines, minute_lines, year_lines
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document
from tests.locate.test_article import MENU, RELATED, _page

TIMELINE = [
    "1984",
    "옛 인쇄소 2층에 ‘청람극장’이 문을 열었다. 객석 80석.",
    "1991",
    "극장이 다섯 곳으로 늘었다.",
    "광고",
    "1997년",
    "외환위기. 극장 두 곳이 문을 닫았다.",
]


def test_years_alone_over_their_sentences_in_order_are_a_timelines_entries() -> None:
    assert year_lines(["관련기사", *TIMELINE]) == {1, 3, 6}
    newest_first = ["2020", "The hall closed for a year.", "2016", "The city named a district."]
    newest_first += ["2011", "The rent doubled."]
    assert year_lines(newest_first) == {0, 2, 4}


def test_an_archives_years_and_years_out_of_order_are_no_timeline() -> None:
    assert year_lines(["Archive", "2025", "2024", "2023", "2022"]) == set()
    shuffled = ["2011", "The rent doubled.", "1984", "A hall opened.", "1997", "Two closed."]
    assert year_lines(shuffled) == set()
    assert year_lines(TIMELINE[:4]) == set()  # two years are no timeline yet
    assert alone_year("1984 tickets") is None and alone_year("2003년") == 2003


def test_a_timeline_between_paragraphs_is_kept_whole() -> None:
    """Short entries under their years, an ad's label among them: the span runs on across the
    years from the opening paragraph to the closing one."""
    opening = [
        "골목 하나에 소극장 열두 곳. 1984년 첫 무대에서 올해 재개관까지, 해온시 청람동 "
        "‘소극장 거리’가 걸어온 길을 정리했다. 극장 대표들과 관객들이 기억하는 장면도 함께 "
        "모았다.",
    ]
    timeline = [*TIMELINE, "2003", "첫 ‘청람 소극장 축제’ 개최. 열흘 동안 관객 1만 2천 명."]
    closing = [
        "올해 가을 가장 오래된 극장이 다시 문을 열었고, 평일 저녁에도 관객이 골목 끝까지 "
        "줄을 섰다고 극장 관계자는 말했다. 관객들은 늦은 밤까지 자리를 지켰다.",
    ]
    lines = _page(MENU, ["해온 소극장 거리 40년"], opening, timeline, closing, RELATED)
    amap = locate_article(lines)
    for line in timeline:
        assert amap.verdicts[lines.index(line)].confidence < REMOVE_AT, line


def test_a_box_of_links_ends_at_a_timelines_year() -> None:
    """A year over its sentence with the next year under it goes on with the timeline; a year
    over a teaser's question is one more item of the box."""
    box = "Related\n* The ticket office keeper of forty years\n* Cafés up, theatres down\n"
    doc = Document.from_text(
        box + "2016\nThe city named the street a district of culture.\n2020\nHalf closed.\n"
    )
    assert item_run(doc, 1, 16) == (3, 2)
    teaser = Document.from_text(box + "2016\nIs this the end of the high street?\n")
    assert item_run(teaser, 1, 16)[1] == 4


CHAPTERS = [
    "00:00 — Intro and a listener question about frost",
    "03:40 — How Marguerite got into market gardening",
    "09:15 — The first no-dig bed: cardboard, compost and nothing else",
    "1:02:30 — Listener tip of the week",
]


def test_a_recordings_chapters_from_zero_in_order_are_found() -> None:
    texts = ["Show notes", *CHAPTERS, "Things we mentioned"]
    assert chapter_lines(texts) == {1, 2, 3, 4}
    bulleted = [f"* {line.replace(' — ', ' ')}" for line in CHAPTERS]
    assert chapter_lines(bulleted) == {0, 1, 2, 3}


def test_a_player_a_list_not_from_zero_or_out_of_order_has_no_chapters() -> None:
    assert chapter_lines(["0:00 / 58:14", "Play", "1x", "Download MP3"]) == set()
    assert chapter_lines(CHAPTERS[1:]) == set()  # the first chapter starts at zero
    assert chapter_lines([CHAPTERS[0], CHAPTERS[2], CHAPTERS[1]]) == set()
    # A live blog's times of day, and a schedule's, start at no zero.
    assert chapter_lines(["9:30 Doors open", "10:00 Keynote", "11:15 Panel"]) == set()


def test_a_second_recording_starts_again_at_zero() -> None:
    texts = [*CHAPTERS[:3], "Part two", *CHAPTERS[:3]]
    assert chapter_lines(texts) == {0, 1, 2, 4, 5, 6}


def test_show_notes_between_the_player_and_the_sponsor_stay_in_the_article() -> None:
    head = ["Slow Soil, a podcast about growing things", "* Episodes", "* Guests", "* Shop"]
    head += ["* About", "Ep. 142: No-dig beds, with Marguerite Osei", "Released 11 April 2025"]
    head += ["0:00 / 58:14", "Play", "Download MP3", "Share episode", "Copy link"]
    intro = [
        "Market gardener Marguerite Osei has run a one-acre no-dig plot for eleven years. She "
        "grows salad for twenty restaurants without a rotavator.",
        "This week she tells Dan why she stopped chasing perfect compost, why she tolerates "
        "slugs, and what she would do with a brand-new allotment.",
    ]
    notes = ["Show notes", *CHAPTERS, "Listener tip of the week"]
    tip = ["From Priya in Dundee: sow a row of radishes beside slow carrots so that you "
           "remember where the carrots are."]  # fmt: skip
    tail = [
        "This episode is supported by Rootwell Seeds, organic and open-pollinated seed posted "
        "free over fifteen pounds.",
        *("More episodes", "Ep. 141: Pots on a balcony", "4 April 2025", "Ep. 140: Seed saving"),
        *("28 March 2025", "* Privacy", "* Terms"),
    ]
    lines = [part for line in [*head, *intro, *notes, *tip, *tail] for part in (line, "")]
    found = locate_article(lines)
    kept = [line for line, verdict in zip(lines, found.verdicts, strict=True) if not verdict.junk]
    assert all(line in kept for line in [*intro, *CHAPTERS, *tip])


def test_chapters_in_brackets_are_found() -> None:
    assert chapter_lines(["[00:00] Intro", "[03:40] The farm", "[09:15] Compost"]) == {0, 1, 2}


COMMENTARY = [
    "95' Triplice fischio! Il Cingolani esplode, tutta la panchina corre sotto la curva.",
    "93' GOL! FERLAZZO! Cross di Pieroni dalla destra, il numero 11 anticipa tutti. 2-1!",
    "90' Concessi 5 minuti di recupero.",
    "77' Cambio Castel Loreto: fuori Sabbatini, dentro Ferlazzo.",
    "71' GOL! LANCIOTTI! Punizione dal limite, palla sotto la barriera. 1-1.",
]


def test_a_match_commentarys_minutes_newest_first_or_in_order_are_entries() -> None:
    assert minute_lines(["FINALE: 2-1", *COMMENTARY, "LEGGI ANCHE"]) == {1, 2, 3, 4, 5}
    in_order = ["1' Si parte!", "12' Prima occasione", "45'+2' Fine primo tempo", "46' Inizia"]
    assert minute_lines(in_order) == {0, 1, 2, 3}
    # Out of order, or two alone, it is no commentary.
    assert minute_lines([COMMENTARY[2], COMMENTARY[0], COMMENTARY[4]]) == set()
    assert minute_lines(COMMENTARY[:2]) == set()


def test_minutes_alone_over_their_entries_are_entries_across_a_box() -> None:
    """A live blog's minutes on lines of their own, stoppage time written "90+4'", newest first,
    a "Læs også" box and the half-time entry between two of them."""
    entry = "Vejrup får et sidste hjørnespark, men bolden går over alle."
    texts = ["90+4'", entry, "88' MÅL! 2-1 til Havnholm", entry, "61'", entry]
    texts += ["Læs også", "Træneren før kampen: vi skal turde", "Pause", entry, "23' MÅL! 0-1"]
    assert minute_lines(texts) == {0, 2, 4, 10}
    far = ["90+4'", entry, "88'", *[entry] * 7, "61'"]
    assert minute_lines(far) == set()
    # A roster's heights alone on their lines stand over a position, no entry.
    roster = ["John Smith", "6'", "Guard", "Mark Jones", "6'", "Forward", "Tim Lee", "7'", "Center"]
    assert minute_lines(roster) == set()
