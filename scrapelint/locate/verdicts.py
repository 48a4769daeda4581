"""The locator's verdict on one line: junk or not, why, and how strong the evidence is.

Verdicts are values, shared: one junk verdict per reason and confidence, given to most lines of
every document on every fix pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapelint.text import confidence as C
from scrapelint.text import reasons as R


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """The detector's verdict on one line: junk or not, why (a slug of ``reasons``) and how strong
    the evidence is (``scrapelint.text.confidence``)."""

    junk: bool
    reason: str | None = None
    confidence: float = 0.0


KEEP = LineVerdict(False, None)
# One junk verdict per reason and confidence, shared: verdicts are values, and one is given to
# most lines of every document on every fix pass.
JUNK = {slug: LineVerdict(True, slug, C.PLACED_SHAPE) for slug in R.REASONS}
_WEAK = {
    (slug, level): LineVerdict(True, slug, level)
    for slug in R.REASONS
    for level in (C.DETACHED, C.EDGE, C.INSIDE, C.EXTRACTED)
}


def junk(reason: str, level: float = C.PLACED_SHAPE) -> LineVerdict:
    """The shared verdict for `reason` on evidence of confidence `level`."""
    return JUNK[reason] if level == C.PLACED_SHAPE else _WEAK[reason, level]


def reported(verdict: LineVerdict) -> LineVerdict:
    """`verdict` on evidence no stronger than a body's edge: a junk verdict only reported."""
    if verdict.reason is None or verdict.confidence <= C.EDGE:
        return verdict
    return junk(verdict.reason, C.EDGE)
