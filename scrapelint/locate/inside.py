"""Verdicts inside the body: a line stays unless its shape is strong evidence of junk, a run of
short menu-like lines, a run of headline teasers, or a bare fragment."""

from __future__ import annotations

from scrapelint.locate.blocks import BAD, SHORT
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.verdicts import LineVerdict, junk
from scrapelint.text import confidence as C
from scrapelint.text import reasons as R

# A run of this many consecutive non-prose lines inside the body is a menu or a teaser list;
# a menu when at least half its lines have at most SHORT_RUN_WORDS words.
MIN_RUN = 3
SHORT_RUN_WORDS = 3


def judge_body(body: list[ScoredLine]) -> dict[int, LineVerdict]:
    """Verdicts inside the body: keep unless shape is strong evidence of junk."""
    out = _runs(body)
    for b in body:
        if b.index in out:
            continue
        f = b.feats
        if f.words == 0 or (f.words <= 2 and f.digit_share > 0.5):
            out[b.index] = junk(R.FRAGMENT, C.INSIDE)
    return out


def _runs(body: list[ScoredLine]) -> dict[int, LineVerdict]:
    """Runs of MIN_RUN+ non-prose lines inside the body: menus (short) or teaser lists."""
    out: dict[int, LineVerdict] = {}
    run: list[ScoredLine] = []
    for b in [*body, None]:
        if b is not None and b.cls in (SHORT, BAD):
            run.append(b)
            continue
        if len(run) >= MIN_RUN:
            short = sum(1 for r in run if r.feats.words <= SHORT_RUN_WORDS)
            reason = R.MENU_RUN if short * 2 >= len(run) else R.LINK_LIST
            out.update((r.index, junk(reason, C.INSIDE)) for r in run)
        run = []
    return out
