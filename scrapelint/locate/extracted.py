"""Text extracted already: no navigation around the article, so the locator does not cut the
text's edges and its verdicts there are only reported."""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.verdicts import LineVerdict, junk
from scrapelint.text import confidence as C
from scrapelint.text import reasons as R
from scrapelint.text.line_features import LineFeatures

# Text with no run of this many one- or two-word lines in a row (a menu, a row of buttons, a tag
# cloud) around the body, above or below it, is taken to be extracted already: there is no
# navigation around the article, and the locator's verdicts there are only reported (it does not
# cut the text's edges).
# Each fix pass reads this afresh from the text the passes before it kept, on purpose: once the
# first pass has taken the navigation, a later pass reads the rest as extracted text and only
# reports, which stops a cascade (the body re-located in a smaller stretch, a resource list that
# weak verdicts kept in the first pass). Reusing the first pass's reading instead took 176 article
# lines of one DEV-modern page and 42 of another (keep_R .987 -> .969; put back only the share
# lines for the reading: .984), for as much junk removed elsewhere.
NAVIGATION_RUN = 5
NAVIGATION_WORDS = 2
# What stays a strong verdict on extracted text: the headline and a byline touching the body.
_EXTRACTED_KEEPS = frozenset({R.TITLE, R.BYLINE})


def extracted(feats: Sequence[LineFeatures]) -> bool:
    """Whether the text looks extracted already: no run of `NAVIGATION_RUN` blocks of at most
    `NAVIGATION_WORDS` words, so no navigation around the article."""
    run = 0
    for f in feats:
        run = run + 1 if f.words <= NAVIGATION_WORDS else 0
        if run >= NAVIGATION_RUN:
            return False
    return True


def weakened(verdict: LineVerdict, below_prose: bool = False) -> LineVerdict:
    """A verdict on extracted text: only reported, unless it is one that stays strong there.

    The headline and the byline stand at the head of the text: below a paragraph (`below_prose`)
    a short line the locator took for them is the article's own subheading ("Method" under a
    recipe's introduction and its list of ingredients), where the body was found to start late."""
    if verdict.reason is None or (verdict.reason in _EXTRACTED_KEEPS and not below_prose):
        return verdict
    return junk(verdict.reason, min(verdict.confidence, C.EXTRACTED))
