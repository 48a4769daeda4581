"""The tables under the body: rows of figures or a box of labelled facts, the data of the article
(standings under a match report, a budget's rows, a match's officials and line-ups, a film's
credits), where a list
of links holds headlines. Their position is weak evidence (`outside`), only reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scrapelint.locate.blocks import GOOD
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.columns import figures_row
from scrapelint.locate.lists import cells, unmarked
from scrapelint.text.lazy_pattern import lazy

# A table of figures below the body (a league's standings, results, a budget's rows) has at least
# this many rows of figures (`columns.figures_row`), under up to `TABLE_HEAD` short lines (its
# heading, its header row).
TABLE_ROWS = 3
TABLE_HEAD = 2
TABLE_HEAD_WORDS = 12
# A row written in a converter's cells has at least this many of them, and between bars (where
# a ranked teaser's "1 | Headline | 12k" has three) this many.
FIGURE_CELLS = 3
BAR_CELLS = 4
# ...or of labelled facts, in Markdown a bold label and its value: a match's officials and
# line-ups, a recipe's times, a guide's addresses and opening hours.
LABELLED_FACT_RE = lazy(r"\s*(?:[-*+]\s+)?\*\*[^*]{1,40}?(?::\*\*|\*\*:)\s*\S")
# ...or in plain text a label of one to five words and its value, the row short; in French the
# label stands a space before its colon. A label may open with a figure when its value is one
# too ("0 à 100 km/h : 4,9 s"), where a teaser's count opens a headline ("5 things to know: the
# budget vote") and an item's number a teaser ("2. Test: ...").
PLAIN_FACT_RE = lazy(
    r"\s*(?:[-*+•]\s+)?(?:[^\W\d_][^\W\d_'’ -]{0,30}(?:\s\S+){0,4}?\s?:\s+\S"
    r"|\d[\d,]*(?:\.\d+)?\s+[^\W\d_][^:]{0,40}?\s?:\s+\d)"
)
PLAIN_FACT_WORDS = 12
# ...or a match's event at its minute, a short line: "4' Dunmorrow — Try Dalgleish", "90+2’ Rossi".
# The event is on the row, where a commentary's minute may stand alone over its entry
# (`timeline.MINUTE_RE`, which reads the minutes of a body's commentary as its headings).
EVENT_RE = lazy(r"\s*(?:[-*+•]\s+)?\d{1,3}(?:\s?\+\s?\d{1,2})?['’′]\s+\S")
EVENT_WORDS = 16
# ...or in a converter's table, a label of at most this many words in one cell, its value in the
# next.
LABEL_WORDS = 4
# ...or a longer one of a label and a list of items: a team's line-up.
LISTED_FACT_WORDS = 40
LISTED_ITEMS = 3
# ...closed by a full stop only when this share of its words are names, each capitalised ("All.
# Lovato." closing an Italian line-up); a sentence's words mostly are not.
NAMED_SHARE = 0.7


def table_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks of the tables below the body (nearest to the body first), with their headings:
    rows of figures or a box of labelled facts, the data of the article (standings under a match
    report, a budget's rows, a match's officials and line-ups), where a list of links holds
    headlines. Their position is weak evidence, only reported."""
    return _row_runs(blocks, lines, _figures) | _row_runs(blocks, lines, _fact_or_event)


def cell_table_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks of the tables below the body whose rows are a converter's cells, most holding a
    figure with its unit (a car's versions and prices: "Grand Tourisme 4x4  98 kWh  408 ch
    61 200 €"). A sidebar's standings or price ticker is written so too, so such a table is the
    article's only when the article reaches it (`chain.chained`)."""
    return _row_runs(blocks, lines, _figure_cells)


def _row_runs(
    blocks: Sequence[ScoredLine],
    lines: Sequence[str],
    row: Callable[[ScoredLine, Sequence[str]], bool],
) -> set[int]:
    """The ranks of the runs of `TABLE_ROWS` blocks or more that are `row`s, with their heads."""
    found: set[int] = set()
    rank, n = 0, len(blocks)
    while rank < n:
        end = rank
        while end < n and row(blocks[end], lines):
            end += 1
        if end - rank >= TABLE_ROWS:
            start = rank
            while rank - start < TABLE_HEAD and start > 0 and _table_head(blocks[start - 1]):
                start -= 1
            found.update(range(start, end))
        rank = max(end, rank + 1)
    return found


def _figures(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A row of figures; a line without a digit (most of a tail: comments, teasers, links) is
    none, known from its features without reading its words."""
    return b.feats.digit_share > 0 and figures_row(lines[b.index])


def _figure_cells(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A converter's table row of `FIGURE_CELLS` cells or more, most of them holding a figure
    with its unit ("Grand Tourisme 4x4  98 kWh  408 ch  61 200 €"): the words of its units
    outnumber its figures, but no teaser or link is written in cells."""
    if b.feats.digit_share == 0:
        return False
    row = _row_cells(lines[b.index])
    with_figures = sum(1 for cell in row if any(c.isdigit() for c in cell))
    return len(row) >= FIGURE_CELLS and 2 * with_figures > len(row)


def _row_cells(text: str) -> list[str]:
    """A table row's cells: between bars ("E Quayle | b Dunmore | 92 | 149"), as a converter
    writes a table it reads as text, or two spaces or more apart. Between bars, a row has
    `BAR_CELLS` cells or more, one of them words (a name, a label): a page's numbers ("« 1 | 2 |
    3 »") or a box's ranked teaser ("1 | Council expands bus network | 12k") is none."""
    if text.count("|") < FIGURE_CELLS - 1:
        return cells(text)
    row = _bar_cells(text)
    worded = any(sum(c.isalpha() for c in cell) >= 2 for cell in row)
    return row if len(row) >= BAR_CELLS and worded else []


def _bar_cells(text: str) -> list[str]:
    """The cells between a row's bars, a list item's marker left out."""
    return [cell.strip() for cell in unmarked(text).strip("|").split("|")]


def _fact_or_event(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A labelled fact, or a match's event at its minute ("4' Dunmorrow — Try Dalgleish, con
    Henderson (0–7)", "90+2’ Goal! Rossi"): a scoring summary's rows, its "Half-time: 12 – 12"
    among them."""
    if b.feats.words <= EVENT_WORDS and EVENT_RE.match(lines[b.index]):
        return True
    return _labelled_fact(b, lines)


def _labelled_fact(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A line that opens with a label and a colon over its value: in Markdown a bold label
    ("**Referee:** Anderson Melo", "- **Open:** daily 10:00-17:00"), in plain text a short one
    ("Working time: 45 mins", "* Born: 1937, Nkwoagu", "Öppet: ons–lör 17–23")."""
    text = lines[b.index]
    if "**" in text[:16]:
        return LABELLED_FACT_RE.match(text) is not None
    if "  " in text.strip() and _cells(text):
        return True
    if PLAIN_FACT_RE.match(text) is None:
        return False
    return b.feats.words <= PLAIN_FACT_WORDS or _listed_value(text, b.feats.words)


def _cells(text: str) -> bool:
    """A label and its value in two cells of a converter's table ("Running time  118 minutes",
    "Starring  Saoirse Vance, Idris Halloran, Maeve Tully")."""
    return cell_label(text) is not None and len(text.split()) <= LISTED_FACT_WORDS


def cell_label(text: str) -> str | None:
    """The label of a fact written in two cells of a converter's table, a few words, or None."""
    row = cells(text)
    return row[0] if len(row) == 2 and len(row[0].split()) <= LABEL_WORDS else None


def plain_label(text: str) -> str | None:
    """The label of a fact written in plain text ("Working time: 45 mins"), or None."""
    return text.split(":", 1)[0].strip() if PLAIN_FACT_RE.match(text) else None


def _listed_value(text: str, words: int) -> bool:
    """A labelled fact whose value is a list of names, however long ("Vale do Sorraia: Martim
    Gaio; Rúben Leite, Carlos Valente, ..."): commas or semicolons between its items, no
    sentence closed, unless the names close it."""
    value = text.split(":", 1)[1]
    separators = value.count(",") + value.count(";")
    return (
        words <= LISTED_FACT_WORDS
        and separators >= LISTED_ITEMS
        and (not text.rstrip().endswith(".") or _named_share(value) >= NAMED_SHARE)
    )


def _named_share(value: str) -> float:
    """The share of a value's words that open with a capital: a line-up's names ("Scapin;
    Toffolo, Rigon, ... All. Lovato.") against a sentence's words."""
    words = [token for token in value.split() if token[:1].isalpha()]
    return sum(1 for token in words if token[0].isupper()) / len(words) if words else 0.0


def _table_head(b: ScoredLine) -> bool:
    """A table's heading or header row: a short line, no paragraph."""
    return b.cls != GOOD and b.feats.words <= TABLE_HEAD_WORDS
