"""Dated lines that head a text's sections (a schedule by day, a diary) stay: MT001 moves the
page's dateline to the metadata, which stands once or over an "Updated" line."""

from __future__ import annotations

from tests.engine.closing_article import ARTICLE, fixed

SCHEDULE = [
    "Ngày 12/3/2025 (thứ Tư)",
    "07h00 - 12h00  Khu công nghiệp Nam Sông Thương",
    "Ngày 13/3/2025 (thứ Năm)",
    "Không có lịch cắt điện.",
    "Ngày 14/3/2025 (thứ Sáu)",
    "06h30 - 14h30  Toàn bộ xã Lâm Sơn",
]


def test_dated_section_headings_stay() -> None:
    lines = [ARTICLE[0], *SCHEDULE, *ARTICLE[1:]]
    assert fixed(lines) == lines


def test_a_dateline_and_its_update_still_move_to_the_metadata() -> None:
    lines = ["Published 12 March 2025", "Updated 13 March 2025", *ARTICLE]
    assert fixed(lines) == ARTICLE
