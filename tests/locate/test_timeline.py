"""A timeline's years alone over their entries head the article's items; an archive's do not."""

from __future__ import annotations

from scrapelint.engine.kinds.items import item_run
from scrapelint.locate.article import locate_article
from scrapelint.locate.timeline import alone_year, year_lines
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
