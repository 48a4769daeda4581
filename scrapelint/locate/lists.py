"""Content lists: runs of blocks that are the article's lists rather than menus.

Menus and teaser lists are runs of bare words or bare headlines; content lists are items
introduced by a sentence ending in a colon, table rows and data lines sharing one punctuation
skeleton (`skeleton`), a table of facts in two cells a row (a product's specifications, a
calendar's dates), items that count what they name (a recipe's ingredients), the parts of
one sentence closed by semicolons, and price
tables written out a cell per line (`columns`). ``mark_lists`` promotes them to LIST, so the
span search (`span`) may take them into the article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scrapelint.locate.blocks import BAD, GOOD, LIST, NEAR, SHORT
from scrapelint.locate.columns import column_runs
from scrapelint.locate.skeleton import Skeletons, similar, skeletons
from scrapelint.text.document import LIST_MARKER_RE
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures

# A content list needs at least this many items, averaging at least this many words.
MIN_LIST = 3
# A list item of this many words or more that closes a sentence is a point of the article, where
# a headline or a menu's item ends with none.
POINT_WORDS = 4
MIN_ITEM_WORDS = 3.5
# "Share this:" is a label; "Here is what we know:" announces a list.
MIN_INTRO_WORDS = 3
# A list announced inside an article may run this many lines before prose resumes.
MAX_EMBEDDED = 20
# A list item that opens with a quantity: a bullet, then a number (a fraction, a decimal) and a
# word or unit ("- 2 lemons", "* 1kg flour", "• ½ tsp salt"). Numbered items ("1. Heat the oven")
# count the same way only after their number.
QUANTITY_RE = lazy(r"\s*(?:[*\-•·▪+]|\d{1,3}[.)])\s+(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])\s*[^\W\d_]")
# A table's row written out by a converter: `TABLE_CELLS` cells, two spaces or more between.
CELL_GAP_RE = lazy(r"\s{2,}")
TABLE_CELLS = 3
# ...or of two cells, in a run of this many rows.
PAIR_ROWS = 4
# A list item that gives a fact under its label of one to four words: "* Cost: gratuit".
FACT_ITEM_RE = lazy(r"\s*[*\-•·▪+]\s+(?P<label>[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,3})\s?:\s+\S")
# The share of a list's items that must open with a quantity.
QUANTITY_SHARE = 0.6
# The classes of a table's cells written one per line.
_CELL_CLASSES = frozenset({SHORT, BAD, NEAR})


def mark_lists(
    texts: Sequence[str],
    feats: Sequence[LineFeatures],
    classes: list[str],
    shape: Skeletons | None = None,
) -> None:
    """Promote content lists (introduced by a colon line, or sharing a data skeleton) to LIST.

    Menus and teaser lists are runs of bare words or bare headlines; data lists and tables repeat
    the same separators (``Team (Group A): 10th``, ``June 9 -- Venue, City, ST``) or follow a
    sentence that announces them, and price tables written out a cell per line (`columns`). Works in
    place; ``shape`` is `skeletons` of the blocks.
    """
    shape = shape or skeletons(texts, feats)
    # Cells only where a line holds a gap of two spaces: most texts hold none.
    counts = [len(cells(text)) for text in texts] if any("  " in t for t in texts) else None
    rows = [count >= TABLE_CELLS for count in counts] if counts is not None else []
    pairs = [count == 2 for count in counts] if counts is not None else []
    end = 0  # the blocks before `end` are items of a list already marked
    for i in _run_starts(texts, feats, classes):
        if i < end:
            continue
        j = _introduced_run(feats, classes, texts, i) or _data_run(shape, feats, classes, i)
        j = max(j, _quantity_run(texts, feats, i), _enumeration_run(texts, feats, i))
        j = max(j, _fact_run(texts, feats, i))
        if counts is not None:
            j = max(j, _row_run(rows, i, MIN_LIST), _row_run(pairs, i, PAIR_ROWS))
        if j - i >= MIN_LIST:
            for k in range(i, j):
                # A sentence announcing the list stays a paragraph; bullets become list items.
                if classes[k] != GOOD or feats[k].list_item:
                    classes[k] = LIST
            end = j
    # A price table's cells, one per line, are short lines with a column of figures among them.
    for run in column_runs(texts, feats, classes, _CELL_CLASSES):
        for k in run:
            classes[k] = LIST


def _run_starts(
    texts: Sequence[str], feats: Sequence[LineFeatures], classes: Sequence[str]
) -> list[int]:
    """The blocks a list may start at: a line of a few words that announces one, or any line of
    two words or more that is no paragraph (`_introduced_run` and `_data_run` refuse the rest).

    Marking a list changes only its own blocks' classes, never those of the blocks after it, so
    the starts can be found before any list is marked.
    """
    return [
        i
        for i, f in enumerate(feats)
        if f.words >= 2
        and (classes[i] != GOOD or (f.words >= MIN_INTRO_WORDS and texts[i].rstrip().endswith(":")))
    ]


def _introduced_run(
    feats: Sequence[LineFeatures], classes: Sequence[str], texts: Sequence[str], i: int
) -> int:
    """End of the list announced by line ``i`` (itself included), or 0 when it announces none.

    Inside an article (prose resumes within ``MAX_EMBEDDED`` lines) every line up to the next
    paragraph is an item, whatever its shape: sub-headings and bullets alike. Elsewhere the
    items must share the first item's list marker and average a few words -- "Share this:" over
    a row of one-word buttons is no list.
    """
    n = len(feats)
    if not (feats[i].words >= MIN_INTRO_WORDS and texts[i].rstrip().endswith(":")) or i + 1 >= n:
        return 0
    j = i + 1
    while j < n and j - i <= MAX_EMBEDDED and (classes[j] != GOOD or feats[j].list_item):
        j += 1
    if j < n and classes[j] == GOOD and j - i > 1:
        return j
    marker = feats[i + 1].list_item
    j = i + 1
    while j < n and classes[j] != GOOD and feats[j].list_item == marker:
        j += 1
    return j if j - i > MIN_LIST and _wordy(feats, i + 1, j) else 0


def _quantity_run(texts: Sequence[str], feats: Sequence[LineFeatures], i: int) -> int:
    """End of a run of list items most of which open with a quantity ("* 2 lemons", "* 40 g de
    beurre", "* 1kg floury potatoes"), or 0: a recipe's ingredients, a kit list, a bill of
    materials. Menus and teaser lists name things; they do not count them."""
    if not feats[i].list_item or (i and feats[i - 1].list_item):
        return 0  # a list is counted once, from its first item
    j = i
    while j < len(feats) and feats[j].list_item:
        j += 1
    counted = sum(QUANTITY_RE.match(texts[k]) is not None for k in range(i, j))
    return j if j - i >= MIN_LIST and counted >= QUANTITY_SHARE * (j - i) else 0


def _enumeration_run(texts: Sequence[str], feats: Sequence[LineFeatures], i: int) -> int:
    """End of a run of list items that are the parts of one sentence, or 0: every item but the
    last closes with a semicolon ("* care nu au datorii la bugetul local;"), as enumerations are
    written in many languages. No menu or teaser list punctuates its items so."""
    if not feats[i].list_item or (i and feats[i - 1].list_item):
        return 0  # a list is read once, from its first item
    j = i
    while j < len(feats) and feats[j].list_item:
        j += 1
    parts = sum(texts[k].rstrip().endswith((";", "；")) for k in range(i, j - 1))
    return j if j - i >= MIN_LIST and parts == j - i - 1 else 0


def _fact_run(texts: Sequence[str], feats: Sequence[LineFeatures], i: int) -> int:
    """End of a run of list items that each give a fact under its own label, or 0: "* Perioada:
    15 martie – 27 aprilie 2025", "* Cost: gratuit", a box of key facts. A menu's items name no
    label and a value; teasers under one kicker repeat it ("* Minnesord: Sven-Olof Nyberg")."""
    if not feats[i].list_item or (i and feats[i - 1].list_item):
        return 0  # a list is read once, from its first item
    labels: set[str] = set()
    j = i
    while j < len(feats) and feats[j].list_item:
        fact = FACT_ITEM_RE.match(texts[j])
        if fact is None or fact["label"].casefold() in labels:
            return 0
        labels.add(fact["label"].casefold())
        j += 1
    return j if j - i >= MIN_LIST else 0


def _row_run(rows: Sequence[bool], i: int, least: int) -> int:
    """End of a run of `least` table rows or more as an HTML-to-text converter writes them
    (`rows`: whether each block is one), or 0: a table of `TABLE_CELLS` cells or more, two spaces
    or more between them ("Posiadanie piłki  61%  39%", "Modello  Capacità  Potenza  Prezzo"),
    or of facts in two cells a row, a label and its value ("Weight  4.6 g", "Aug. 20, 2025  First
    day of school"), `PAIR_ROWS` of them. A menu written in a row has single spaces or bars."""
    if i and rows[i - 1]:
        return 0  # a table is read once, from its first row
    j = i
    while j < len(rows) and rows[j]:
        j += 1
    return j if j - i >= least else 0


def table_row(text: str) -> bool:
    """A table's row as a converter writes it: `TABLE_CELLS` cells, two spaces between."""
    return len(cells(text)) >= TABLE_CELLS


def cells(text: str) -> list[str]:
    """The cells of a converter's table row; a list item's marker ("*   WhatsApp", as html2text
    writes it) is none."""
    return CELL_GAP_RE.split(unmarked(text))


def unmarked(text: str) -> str:
    """The line without a list item's marker, stripped."""
    marker = LIST_MARKER_RE.match(text)
    return text[marker.end() if marker else 0 :].strip()


def _wordy(feats: Sequence[LineFeatures], i: int, j: int) -> bool:
    """List items average a few words; one-word items are buttons, menus or tag clouds."""
    return sum(feats[k].words for k in range(i, j)) >= MIN_ITEM_WORDS * (j - i)


def _data_run(
    shape: Callable[[int], frozenset[str]],
    feats: Sequence[LineFeatures],
    classes: Sequence[str],
    i: int,
) -> int:
    """End of a run of table rows or data lines sharing line ``i``'s skeleton, or 0."""
    if classes[i] == GOOD or feats[i].words < 2:
        return 0
    j = i + 1
    if feats[i].table_row:
        while j < len(feats) and feats[j].table_row:
            j += 1
        return j
    if len(shape(i)) < 2:
        return 0
    while j < len(feats) and classes[j] != GOOD and similar(shape(i), shape(j)):
        j += 1
    return j if _wordy(feats, i, j) else 0
