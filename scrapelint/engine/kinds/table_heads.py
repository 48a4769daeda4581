"""Headings over a table's rows: the article's data, where a box of links lists headlines.

A box's run (`items.item_run`, `cards.card_run`) stops at a table's heading: a line of one cell
over rows of two ("7月13日  志愿确认": a timetable), a header row of no figure over rows ending
in one ("Despesa  Valor" over "Refeições  74 €"), or any line right over a table's row. A box
of the latest news pairs its headlines with their times ("21.30  Jääkiekko: ..."), and a box of
threads with their counts ("...  (12)"): those are no table's.
"""

from __future__ import annotations

from scrapelint.locate.lists import cells, table_row
from scrapelint.locate.numbered import TIME_HEADING_RE
from scrapelint.text.document import Document, Line
from scrapelint.text.lazy_pattern import lazy

# Rows of two cells each that make a table of two columns.
TIMETABLE_ROWS = 3
# A figure closing a table's cell: a number, maybe with its unit or currency ("74 €", "€1,200",
# "12.5%"), not a count in brackets or a time.
_FIGURE_RE = lazy(r"^[^\d()]{0,3}\d[\d.,\s]*[^\d()]{0,4}$")


def heads_pairs(doc: Document, line: Line) -> bool:
    """Whether a line of one cell heads `TIMETABLE_ROWS` rows or more of two cells each, the first
    no clock time ("7月13日  志愿确认"): a timetable or a table of two columns, where a sidebar
    lists its latest headlines by the time ("21.30  Jääkiekko: ...")."""
    if line.is_blank or len(cells(line.content)) != 1:
        return False
    row = line
    for _ in range(TIMETABLE_ROWS):
        following = doc.next_non_blank(row.index + 1)
        if following is None:
            return False
        row = following
        pair = cells(row.content)
        if len(pair) != 2 or TIME_HEADING_RE.match(pair[0]):
            return False
    return True


def heads_figures(doc: Document, line: Line) -> bool:
    """Whether a line heads a table of two columns, a header row of no figure over rows ending in
    one ("Despesa  Valor" over "Refeições  74 €"): the article's data, where a box's two-cell
    lines pair a headline with its time or its count ("...  14:30", "...  (12)")."""
    header = doc.next_non_blank(line.index + 1) if heads_pairs(doc, line) else None
    if header is None or any(c.isdigit() for c in header.content):
        return False
    rows: list[str] = []
    row = doc.next_non_blank(header.index + 1)
    while row is not None and len(rows) < TIMETABLE_ROWS - 1:
        rows.append(cells(row.content)[-1])
        row = doc.next_non_blank(row.index + 1)
    return all(_FIGURE_RE.search(last) and not TIME_HEADING_RE.match(last) for last in rows)


def heads_table(doc: Document, line: Line) -> bool:
    """Whether the next non-blank line is a table's row: the line is the table's heading."""
    following = doc.next_non_blank(line.index + 1)
    return following is not None and table_row(following.content)
