"""Locate the article body in scraped page text and judge every other line by where it stands.

Algorithm (find the article first, then judge the rest):

1. Features: each non-blank line gets shape features and a prose score (``scrapelint.text.prose``).
   Function words count only when the document's language is covered by the small multilingual
   set; otherwise the score rests on length and punctuation.
2. Body: lines are classed GOOD / NEAR / SHORT / BAD and the contiguous run with the largest
   prose value is taken as the body (``span.best_span``): long paragraphs outweigh
   the odd heading or caption between them, while menus and footers only subtract, and a short
   run of chrome between two stretches of prose (a share row, a cookie banner) is bridged. The
   run is then trimmed to start at a paragraph and widened over touching paragraphs, paragraphs
   behind a single short line (jusText's context rule), a content list that continues the body
   and the paragraphs after it.
3. Verdicts: lines before the body are head chrome (or the title, or a byline touching the body),
   lines after it tail chrome; prose outside the body is detached prose. Inside the body a line
   stays unless its shape is strong evidence: a run of short menu-like lines, a run of headline
   teasers, a bare fragment, a caption next to media furniture, or a verbatim repeat.

The result is an immutable ``ArticleMap``: the body span and one ``LineVerdict`` per input line
(blank lines are never junk). One pass over the lines plus a linear span search: fast enough to
clean a megabyte of text in well under a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from scrapelint.locate.blocks import BAD, GOOD, LIST, NEAR, SHORT, classify
from scrapelint.locate.body_edges import ScoredLine, trim
from scrapelint.locate.lists import mark_lists
from scrapelint.locate.skeleton import Skeletons, skeletons
from scrapelint.locate.span import best_span, block_values
from scrapelint.text import confidence as C
from scrapelint.text import reasons as R
from scrapelint.text.prose import (
    LineFeatures,
    LineReading,
    line_reading,
    prose_score,
)

# A line's reading, or None for a line without a letter or digit (see `block_reading`).
Reader = Callable[[str], LineReading | None]

# A letter or digit: exactly the characters for which `str.isalnum` holds (`\w` less `_`).
ALNUM_RE = re.compile(r"[^\W_]")

# Share of function words (over long lines) above which the document's language is taken to be
# covered by the function-word list; English prose sits near 0.4, Korean near 0.
COVERED_LANGUAGE_SHARE = 0.12
# A run of this many consecutive non-prose lines inside the body is a menu or a teaser list;
# a menu when at least half its lines have at most SHORT_RUN_WORDS words.
MIN_RUN = 3
SHORT_RUN_WORDS = 3
# How many non-blank lines above the body the headline may stand (bylines, dates between).
TITLE_REACH = 6
# The blocks next to the body, on each side, whose verdict is only reported (its edge).
EDGE_REACH = 2
# Prose still to come beyond a block outside the body, worth this much (about two paragraphs,
# see `span.block_values`) and this share of the body's value, makes the block's position no
# evidence.
PROSE_BEYOND = 40.0
PROSE_BEYOND_SHARE = 0.0
# How strong the evidence is for prose outside the body beyond its edge (`text.confidence`).
DETACHED_LEVEL = C.DETACHED
# Text with no run of this many one- or two-word lines in a row (a menu, a row of buttons, a tag
# cloud) around the body, above or below it, is taken to be extracted already: there is no
# navigation around the article, and the locator's verdicts there are only reported (it does not
# cut the text's edges).
NAVIGATION_RUN = 5
NAVIGATION_WORDS = 2
# What stays a strong verdict on extracted text: the headline and a byline touching the body.
_EXTRACTED_KEEPS = frozenset({R.TITLE, R.BYLINE})


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


def _junk(reason: str, level: float = C.PLACED_SHAPE) -> LineVerdict:
    """The shared verdict for `reason` on evidence of confidence `level`."""
    return JUNK[reason] if level == C.PLACED_SHAPE else _WEAK[reason, level]


@dataclass(frozen=True, slots=True)
class ArticleMap:
    """Where the article body is and what every line of the document is.

    ``start``/``end`` are 0-based line indices of the body (end exclusive); ``spans`` lists the
    body span(s); ``verdicts`` has one entry per input line. ``extracted`` is true for text that
    is extracted already (no navigation around the article, see `extracted`).
    """

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    verdicts: tuple[LineVerdict, ...]
    extracted: bool = False

    def kept(self, lines: Sequence[str]) -> list[str]:
        """The lines not judged junk, in order."""
        return [line for line, v in zip(lines, self.verdicts, strict=False) if not v.junk]


class _Blocks(NamedTuple):
    """The lines with a letter or digit, as the span search and the verdicts read them."""

    scored: list[ScoredLine]
    texts: list[str]
    feats: list[LineFeatures]
    classes: list[str]
    words: list[tuple[str, ...] | str]  # each line's lowered words (a long line's: a digest)
    shape: Skeletons


def _blocks(lines: Sequence[str], readings: Sequence[LineReading | None]) -> _Blocks:
    """Features, score and class for every block, its words and the blocks' skeletons."""
    # Lines without a word character ("___", "* * *") are transparent separators, not blocks.
    index = [i for i, r in enumerate(readings) if r is not None]
    kept = [r for r in readings if r is not None]
    feats = [r.features for r in kept]
    long_lines = [f for f in feats if f.words >= 8]
    share = sum(f.function_share for f in long_lines) / len(long_lines) if long_lines else 0.0
    covered = share >= COVERED_LANGUAGE_SHARE
    scores = [prose_score(f, covered) for f in feats]
    classes = list(map(classify, feats, scores))
    texts = [lines[i] for i in index]
    shape = skeletons(texts, feats)
    mark_lists(texts, feats, classes, shape)
    scored = list(map(ScoredLine._make, zip(index, feats, scores, classes, strict=True)))
    words = [r.words for r in kept]
    return _Blocks(scored, texts, feats, classes, words, shape)


def block_reading(line: str) -> LineReading | None:
    """What the locator reads from a line: None for a line without a letter or digit, which is
    no block; a pure function of the text, so a caller may remember it by text."""
    return line_reading(line) if _has_word(line) else None


def _has_word(line: str) -> bool:
    """True when the line holds at least one letter or digit."""
    return ALNUM_RE.search(line) is not None


def _headline_shaped(b: ScoredLine, text: str) -> bool:
    """A few words, not a paragraph, no closing full stop or colon, not a list item or link."""
    f = b.feats
    end = text.rstrip()[-1:]
    return (
        3 <= f.words <= 30
        and b.cls != GOOD
        and end not in (".", ":", "。")
        and not f.list_item
        and not f.link_like
        and f.digit_share < 0.2
    )


def _byline_shaped(f: LineFeatures) -> bool:
    """A short line of names or a date: few words, capitalised or digit-heavy, no sentence."""
    return f.words <= 12 and not f.ends_sentence and (f.digit_share >= 0.1 or f.title_share > 0.6)


def _judge_outside(
    lines: Sequence[str], blocks: list[ScoredLine], before: bool, beyond: Sequence[bool]
) -> dict[int, LineVerdict]:
    """Verdicts for the blocks before (or after) the body, nearest to the body first.

    Chrome and prose at the body's edge (the first `EDGE_REACH` blocks) are reported, not
    removed: there, position is no evidence, and shape alone is weak. So are blocks with a run of
    prose worth `PROSE_BEYOND` still farther from the body (`beyond`, see `_prose_beyond`): they
    stand between two parts of the text, where the locator may have split one article.
    """
    out = {}
    chrome = R.HEAD_CHROME if before else R.TAIL_CHROME
    title_found = not before
    for rank, b in enumerate(blocks):
        edge = rank < EDGE_REACH or beyond[rank]
        if not title_found and rank < TITLE_REACH and _headline_shaped(b, lines[b.index]):
            out[b.index] = JUNK[R.TITLE]
            title_found = True
        elif rank < 2 and not title_found and _byline_shaped(b.feats):
            out[b.index] = JUNK[R.BYLINE]
        elif b.cls == GOOD:
            out[b.index] = _junk(R.DETACHED_PROSE, C.EDGE if edge else DETACHED_LEVEL)
        else:
            out[b.index] = _junk(chrome, C.EDGE if edge else C.PLACED_SHAPE)
    return out


def _prose_beyond(values: Sequence[float], fees: Sequence[float], worth: float) -> list[bool]:
    """For each block (nearest to the body first), whether a run of blocks that starts at it or
    farther away is worth `worth`: prose still to come. A run's first block has its entry fee
    back, as in `best_span`."""
    best = [0.0] * (len(values) + 1)
    going = 0.0  # the best run starting at the block after this one, its fee paid
    for i in range(len(values) - 1, -1, -1):
        best[i] = max(best[i + 1], values[i] + fees[i] + going)
        going = max(0.0, values[i] + going)
    return [value >= worth for value in best]


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
            out.update((r.index, _junk(reason, C.INSIDE)) for r in run)
        run = []
    return out


def _judge_body(body: list[ScoredLine]) -> dict[int, LineVerdict]:
    """Verdicts inside the body: keep unless shape is strong evidence of junk."""
    out = _runs(body)
    for b in body:
        if b.index in out:
            continue
        f = b.feats
        if f.words == 0 or (f.words <= 2 and f.digit_share > 0.5):
            out[b.index] = _junk(R.FRAGMENT, C.INSIDE)
    return out


def _mark_duplicates(
    blocks: list[ScoredLine],
    keys: list[tuple[str, ...] | str],
    verdicts: list[LineVerdict],
    body: range,
) -> None:
    """Junk a kept line whose words repeat an earlier kept line's; a repeated title moves up.

    Lines are compared by their lowercased word tokens, so "Title – Overview" and
    "Title - Overview" match. A body line echoed by chrome earlier (a teaser of the lead) stays:
    the copy in the body is the article's. Short repeats ("Here's the thing:") are style.
    When the repeat was taken for the title, the first copy is the title and the repeat the
    duplicate. A repeat inside the body (an interview's recurring question, a refrain) is only
    reported: a duplicate is chrome outside the body.
    """
    seen: dict[tuple[str, ...] | str, int] = {}
    for b, key in zip(blocks, keys, strict=True):
        first = seen.setdefault(key, b.index)
        if first == b.index or b.feats.words < 3:
            continue
        if verdicts[b.index].reason == R.TITLE:
            verdicts[first] = verdicts[b.index]
            verdicts[b.index] = _duplicate(b.index, body)
        elif not verdicts[b.index].junk and not verdicts[first].junk and len(key) >= 5:
            verdicts[b.index] = _duplicate(b.index, body)


def _duplicate(index: int, body: range) -> LineVerdict:
    return _junk(R.DUPLICATE, C.INSIDE if index in body else C.PLACED_SHAPE)


def locate_article(lines: Sequence[str], read: Reader | None = None) -> ArticleMap:
    """Find the article body in ``lines`` (no line endings) and judge every line.

    ``read`` is `block_reading`, or a memo of it: a caller that locates the article in several
    versions of one text passes one so that unchanged lines are not read again.
    """
    readings = list(map(read or block_reading, lines))
    found = _blocks(lines, readings)
    blocks = found.scored
    values, fees = block_values(found.classes, found.feats, found.texts, found.shape)
    span = best_span(values, fees)
    s, e = trim(blocks, *span)
    if s == e:  # no paragraph in the best run: fall back to the run itself
        s, e = span
    if s == e:  # no prose anywhere: keep everything rather than guess
        return ArticleMap(0, len(lines), ((0, len(lines)),), tuple(KEEP for _ in lines))
    verdicts: list[LineVerdict] = [KEEP] * len(lines)
    # Prose beyond a block counts against its position when it is worth a share of the body's.
    worth = max(PROSE_BEYOND, PROSE_BEYOND_SHARE * (sum(values[s:e]) + fees[s]))
    head = _prose_beyond(values[:s][::-1], fees[:s][::-1], worth)
    judged = _judge_outside(lines, blocks[:s][::-1], True, head)
    tail = _prose_beyond(values[e:], fees[e:], worth)
    judged.update(_judge_outside(lines, blocks[e:], False, tail))
    judged.update(_judge_body(blocks[s:e]))
    for i, v in judged.items():
        verdicts[i] = v
    start, end = blocks[s].index, blocks[e - 1].index + 1
    _mark_separators(lines, readings, start, end, verdicts)
    _mark_duplicates(blocks, found.words, verdicts, range(start, end))
    clean = extracted(found.feats[:s]) and extracted(found.feats[e:])
    if clean:
        verdicts = [_weakened(v) for v in verdicts]
    return ArticleMap(start, end, ((start, end),), tuple(verdicts), clean)


def extracted(feats: Sequence[LineFeatures]) -> bool:
    """Whether the text looks extracted already: no run of `NAVIGATION_RUN` blocks of at most
    `NAVIGATION_WORDS` words, so no navigation around the article."""
    run = 0
    for f in feats:
        run = run + 1 if f.words <= NAVIGATION_WORDS else 0
        if run >= NAVIGATION_RUN:
            return False
    return True


def _weakened(verdict: LineVerdict) -> LineVerdict:
    """A verdict on extracted text: only reported, unless it is one that stays strong there."""
    if verdict.reason is None or verdict.reason in _EXTRACTED_KEEPS:
        return verdict
    return _junk(verdict.reason, min(verdict.confidence, C.EXTRACTED))


def _mark_separators(
    lines: Sequence[str],
    readings: Sequence[LineReading | None],
    start: int,
    end: int,
    verdicts: list[LineVerdict],
) -> None:
    """Wordless non-blank lines ("***", "|") outside the body are chrome; inside they stay.

    A line has no reading exactly when it has no letter or digit (`block_reading`)."""
    for indices, reason in ((range(start), R.HEAD_CHROME), (range(end, len(lines)), R.TAIL_CHROME)):
        for i in indices:
            if readings[i] is None and lines[i].strip():
                verdicts[i] = JUNK[reason]


__all__ = ["BAD", "GOOD", "LIST", "NEAR", "SHORT", "ArticleMap", "LineVerdict", "locate_article"]
