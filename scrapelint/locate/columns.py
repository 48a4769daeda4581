"""Price tables and spec sheets written out one cell per line: the article's own data.

Page text writes a table's cells one per line, so a price list reads as a run of short lines --
"Replacing Electrical Panels", "$1,595 - $3,000+", "Replacing Outlets", "$59 - $189+" -- the
shape of a menu or a teaser list; another scraper writes it a row per line ("Replacing Outlets -
$59 - $189+"), section names and notes between the rows. Its figure cells, or its rows' prices,
give it away: one line in every few, all through the run. A menu holds no prices, and the dates
under the teasers of a "more stories" list or an archive's months are no figures.
`lists.mark_lists` makes such a run a content list, which the body search may take in with the
prose around it. A product round-up's entries name their prices too, each over a paragraph: the
body search lets prose flow on across them, as across a listicle's numbered headings
(`priced_headings`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures

# A column needs this many figure cells, and one line in `COLUMN_SHARE` of its run to be one.
MIN_COLUMN = 4
COLUMN_SHARE = 3
# A figure cell: mostly digits, a few words, and a currency sign or a percent sign.
FIGURE_DIGITS = 0.3
FIGURE_WORDS = 4
FIGURE_RE = lazy(r"[$€£¥₹%]")
# A price: a currency sign or code against a number ("£79", "$1,299", "49 €", "149 Euro", "199
# zł", "289 ريالًا", "699元").
PRICE_RE = lazy(
    r"[$€£¥₹₺₽₩₫₪₴]\s?\d|\d\s?[$€£¥₹₺₽₩₫₪₴]|(?:R\$|US\$|CHF|EUR|USD|GBP)\s?\d"
    r"|(?<![A-Za-z0-9])(?<![A-Za-z]-)\d[\d.,]*\s?(?:[Ee]uros?|zł|Kč|kr|lei|Ft|TL|EUR|USD|GBP|CHF|руб|грн|ريال|درهم"
    r"|جنيه|تومان|円|元|원)(?![\w-])"
)
# A row of a table of figures written a row per line ("1. Kelworth Rovers 38 23 8 7 +29 77"):
# at least this many numbers, and at least half of its words numbers. A date and time ("11
# March 2025, 16:40") holds three.
ROW_NUMBERS = 4
NUMBER_RE = lazy(r"[-+−]?\d[\d.,:]*%?")
# A round-up's entries: this many priced headings of a few words, each a few blocks from the last.
MIN_ENTRIES = 3
ENTRY_WORDS = 16
ENTRY_GAP = 6


def column_runs(
    texts: Sequence[str], feats: Sequence[LineFeatures], classes: Sequence[str], cells: frozenset
) -> Iterator[range]:
    """The runs of blocks of the classes `cells` (short lines, no paragraph) that hold a column
    of figures."""
    i, n = 0, len(classes)
    while i < n:
        j = i
        while j < n and classes[j] in cells:
            j += 1
        if j - i >= 2 * MIN_COLUMN:
            figures = sum(1 for k in range(i, j) if _figure(texts[k], feats[k]))
            if figures >= MIN_COLUMN and figures * COLUMN_SHARE >= j - i:
                yield range(i, j)
        i = j + 1


def _figure(text: str, feats: LineFeatures) -> bool:
    """A cell of figures ("$89 - $249+", "98%"; not a date), or a row holding its price beside
    what it prices ("Replace Main Disconnects - $349 - $749+"): a scraper that writes a table a
    row per line."""
    if feats.words <= FIGURE_WORDS and feats.digit_share >= FIGURE_DIGITS:
        return FIGURE_RE.search(text) is not None
    return feats.words <= ENTRY_WORDS and (priced(text) or figures_row(text))


def figures_row(text: str) -> bool:
    """A table's row of figures: `ROW_NUMBERS` numbers or more, half of its words or more."""
    words = text.split()
    numbers = sum(1 for word in words if NUMBER_RE.fullmatch(word.rstrip(".)")))
    return numbers >= ROW_NUMBERS and 2 * numbers >= len(words)


def priced_headings(
    texts: Sequence[str], feats: Sequence[LineFeatures], good: Sequence[bool]
) -> set[int]:
    """The entries of a product round-up: short lines naming a price, each over a paragraph
    ("Best overall: Sonora Air 3 - £79", then what the testers thought), at least `MIN_ENTRIES`
    of them, each within `ENTRY_GAP` blocks of the last. By their shape they read as chrome; a
    comment's header or a byline over a paragraph names no price, and a shop widget's entries
    stand over buttons, not paragraphs."""
    found: list[int] = []
    run: list[int] = []
    for i, text in enumerate(texts[:-1]):
        if good[i] or feats[i].words > ENTRY_WORDS or not good[i + 1] or not priced(text):
            continue
        if run and i - run[-1] > ENTRY_GAP:
            found += run if len(run) >= MIN_ENTRIES else []
            run = []
        run.append(i)
    found += run if len(run) >= MIN_ENTRIES else []
    return set(found)


def priced(text: str) -> bool:
    """Whether a line names a price: over a paragraph it is a heading (an entry of a round-up,
    a shop's product), where a comment's header or a byline names none."""
    return PRICE_RE.search(text) is not None
