"""Price tables and spec sheets written out one cell per line: the article's own data.

Page text writes a table's cells one per line, so a price list reads as a run of short lines --
"Replacing Electrical Panels", "$1,595 - $3,000+", "Replacing Outlets", "$59 - $189+" -- the
shape of a menu or a teaser list. Its figure cells give it away: prices or shares, one line in
every few, all through the run. A menu holds no prices, and the dates under the teasers of a
"more stories" list or an archive's months are no figures. `lists.mark_lists` makes such a run a
content list, which the body search may take in with the prose around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from scrapelint.text.line_features import LineFeatures

# A column needs this many figure cells, and one line in `COLUMN_SHARE` of its run to be one.
MIN_COLUMN = 4
COLUMN_SHARE = 3
# A figure cell: mostly digits, a few words, and a currency sign or a percent sign.
FIGURE_DIGITS = 0.3
FIGURE_WORDS = 4
FIGURE_RE = re.compile(r"[$€£¥₹%]")


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
    """A cell of figures: a price or a share ("$89 - $249+", "98%"); not a date."""
    return (
        feats.digit_share >= FIGURE_DIGITS
        and feats.words <= FIGURE_WORDS
        and FIGURE_RE.search(text) is not None
    )
