"""Locate the article body in scraped page text and judge every other line by where it stands.

Algorithm (find the article first, then judge the rest):

1. Features: each non-blank line gets shape features and a prose score (``scrapelint.text.prose``,
   read in ``reading``). Function words count only when the document's language is covered by the
   small multilingual set; otherwise the score rests on length and punctuation.
2. Body: lines are classed GOOD / NEAR / SHORT / BAD and the contiguous run with the largest
   prose value is taken as the body (``span.best_span``): long paragraphs outweigh
   the odd heading or caption between them, while menus and footers only subtract, and a short
   run of chrome between two stretches of prose (a share row, a cookie banner) is bridged. The
   run is then trimmed to start at a paragraph and widened over touching paragraphs, paragraphs
   behind a single short line (jusText's context rule), a content list that continues the body
   and the paragraphs after it (``body_edges``).
3. Verdicts: lines before the body are head chrome (or the title, or a byline touching the body),
   lines after it tail chrome; prose outside the body is detached prose (``outside``). Inside the
   body a line stays unless its shape is strong evidence: a run of short menu-like lines, a run
   of headline teasers, a bare fragment (``inside``), a caption next to media furniture, or a
   verbatim repeat (``repeats``). On text extracted already, the verdicts are only reported
   (``extracted``), but for a run of lines made from one template outside the body, a site's
   directory of its own pages (``template_runs``), which is a link list there on its shape.

The result is an immutable ``ArticleMap``: the body span and one ``LineVerdict`` per input line
(blank lines are never junk). One pass over the lines plus a linear span search: fast enough to
clean a megabyte of text in well under a second.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from scrapelint.locate.blocks import GOOD
from scrapelint.locate.body_edges import ScoredLine, paragraph, trim
from scrapelint.locate.code_runs import code_lines
from scrapelint.locate.contents import contents_headings
from scrapelint.locate.entries import entry_lines, outlines
from scrapelint.locate.extracted import extracted, head_top, weakened
from scrapelint.locate.inside import judge_body
from scrapelint.locate.named_parts import named_parts
from scrapelint.locate.numbered import numbered_runs, timestamp_headings
from scrapelint.locate.outside import Lookalike, judge_around, mark_separators
from scrapelint.locate.reading import Blocks, Reader, block_reading, read_blocks
from scrapelint.locate.repeats import mark_duplicates
from scrapelint.locate.span import article_headings, best_span, block_values
from scrapelint.locate.template_runs import template_run_lines
from scrapelint.locate.verdicts import JUNK, KEEP, LineVerdict, reported
from scrapelint.text import reasons as R
from scrapelint.text.deck_shape import heads_deck, right_over
from scrapelint.text.headings import sole_level_one_heading

# A section over the body that the contents name has at least this many words in its heading.
NAMED_WORDS = 2
# On page text, a body of fewer words than this (a sentence: a newsletter's pitch taken for the
# body of a changelog that has no paragraph at all) is no evidence of where the article is: the
# locator's verdicts there are only reported. (On text extracted already they are so anyway, but
# for the headline and byline above the text.) The smallest bodies the locator finds on DEV and
# DEV-modern page text hold 32 and 94 words, so they cannot tell the threshold; on pages we wrote
# (blog posts and news in page chrome, 13 languages) 30 also let go the chrome around short
# articles of two or three sentences, a Korean interview's all 33 lines of it, for 8 article
# lines of a German blog post kept; 20 keeps the chrome of those and the article of pages whose
# body is a pitch or a single line (changelogs, a Polish explainer of short lines).
TINY_BODY_WORDS = 20
# An outline the body holds this many sections of goes on with the article (`_keep_the_structure`).
BODY_SECTIONS = 2


@dataclass(frozen=True, slots=True)
class ArticleMap:
    """Where the article body is and what every line of the document is.

    ``start``/``end`` are 0-based line indices of the body (end exclusive); ``spans`` lists the
    body span(s); ``verdicts`` has one entry per input line. ``extracted`` is true for text that
    is extracted already (no navigation around the article, see `extracted`). ``top`` is the
    first line of the ranking or outline over the body that the locator keeps (`entries`), or
    ``start``.
    """

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    verdicts: tuple[LineVerdict, ...]
    extracted: bool = False
    top: int = -1  # -1: the body's start
    title: int | None = None  # the line the locator took for the headline by its shape

    def kept(self, lines: Sequence[str]) -> list[str]:
        """The lines not judged junk, in order."""
        return [line for line, v in zip(lines, self.verdicts, strict=False) if not v.junk]


def titled(found: ArticleMap, line: int, lines: Sequence[str]) -> ArticleMap:
    """`found`, with line `line` of `lines` (the page's headline, as read around the body)
    judged the title where it was judged junk: the title is the article's, kept unless a title
    rule is selected. The line the locator took for the title by its shape alone (the
    headline-shaped line nearest the body) keeps its verdict: where the two differ, neither is
    sure; but right over `line` shaped as its deck, it was taken for the headline over its
    deck, which `line` is not (an advertisement over the headline): it is head chrome."""
    if not found.verdicts[line].junk or found.verdicts[line].reason == R.TITLE:
        return found
    verdicts = list(found.verdicts)
    verdicts[line] = JUNK[R.TITLE]
    over = found.title
    if over is not None and right_over(lines, over, line) and heads_deck(lines[over], lines[line]):
        verdicts[over] = JUNK[R.HEAD_CHROME]
    return replace(found, verdicts=tuple(verdicts))


def locate_article(
    lines: Sequence[str], read: Reader | None = None, lookalike: Lookalike | None = None
) -> ArticleMap:
    """Find the article body in ``lines`` (no line endings) and judge every line.

    ``read`` is `block_reading`, or a memo of it: a caller that locates the article in several
    versions of one text passes one so that unchanged lines are not read again. ``lookalike``
    tells the lines shaped as a headline that are none (`outside.Lookalike`).
    """
    readings = list(map(read or block_reading, lines))
    code = code_lines(lines)
    for index in code:  # passed over, as separators are
        readings[index] = None
    found = read_blocks(lines, readings)
    blocks = found.scored
    times = timestamp_headings(found.texts, [c == GOOD for c in found.classes])
    runs = numbered_runs(found.texts)
    numbered = {i for run in runs for i in run}
    headings = article_headings(found.texts, found.feats, found.classes, times, numbered)
    values, fees = block_values(found.classes, found.feats, found.texts, found.shape, headings)
    span = best_span(values, fees)
    s, e = trim(blocks, *span, times)
    s = _from_the_first_item(blocks, runs, s, e)
    if s == e:  # no paragraph in the best run: fall back to the run itself
        s, e = span
    if s == e:  # no prose anywhere: keep everything rather than guess
        return ArticleMap(0, len(lines), ((0, len(lines)),), tuple(KEEP for _ in lines))
    verdicts: list[LineVerdict] = [KEEP] * len(lines)
    named = {i for i in contents_headings(found.texts, found.feats) if i < s and _named(found, i)}
    judged = judge_around(lines, blocks, values, fees, s, e, named, lookalike)
    title = next((i for i, v in judged.items() if v.reason == R.TITLE), None)
    judged.update(judge_body(blocks[s:e]))
    for i, v in judged.items():
        verdicts[i] = v
    start, end = blocks[s].index, blocks[e - 1].index + 1
    mark_separators(lines, readings, start, end, verdicts)
    mark_duplicates(blocks, found.words, verdicts, range(start, end))
    texts = found.texts
    lead = _first_prose_pair(blocks, s)  # navigation stands above the text, not inside it
    clean = extracted(found.feats[:lead], texts[:lead]) and extracted(found.feats[e:], texts[e:])
    if clean:
        prose = next((b.index for b in blocks[:s] if b.cls == GOOD), start)
        top = min(prose, head_top(readings, verdicts))
        verdicts = [weakened(v, top < i) for i, v in enumerate(verdicts)]
    elif sum(f.words for f in found.feats[s:e]) < TINY_BODY_WORDS:
        verdicts = [reported(v) for v in verdicts]  # no evidence of where the article is
        return _map(start, end, verdicts, code, clean, title=title)
    else:
        _keep_the_head_under_the_headline(lines, start, verdicts)
    kept = _keep_the_structure(lines, found, runs, s, e, verdicts)
    # A run of lines made from one template is strong evidence on its own, even on extracted text.
    for outside in (range(start), range(end, len(lines))):  # no run reaches across the body
        for index in template_run_lines(lines, outside):
            verdicts[index] = JUNK[R.LINK_LIST]
    return _map(start, end, verdicts, code, clean, min([start, *kept]), title)


def _from_the_first_item(
    blocks: Sequence[ScoredLine], runs: Sequence[Sequence[int]], s: int, e: int
) -> int:
    """The body's first block, reaching back to the first heading of a numbered sequence that
    goes on inside the body, when a paragraph stands under it: a round-up's first product ("1.
    Cucinova Crispy Duo" over its review), cut off by its shop buttons, is the article's as much
    as the second is. A breadcrumb's "1. Home" has the next crumb under it."""
    for run in runs:
        first = run[0]
        if first < s and any(s <= i < e for i in run) and paragraph(blocks[first + 1]):
            s = first
    return s


def _keep_the_structure(
    lines: Sequence[str],
    found: Blocks,
    runs: Sequence[Sequence[int]],
    s: int,
    e: int,
    verdicts: list[LineVerdict],
) -> set[int]:
    """A ranking or an outline is the article's (`entries`), its verdicts only reported, when
    it holds more words outside the body than the body found (beside a larger body it is a
    sidebar of headlines; reaching up into the body over its prose, it is no bigger), or when
    the body holds `BODY_SECTIONS` of an outline's sections (the body found stops at an ad's
    label inside it; a sidebar's first box of headlines is often taken in as a list after the
    body). A body that holds a ranking of its own has a copy of it outside, unless the ranking
    itself goes on below the body (its fourth entry after a newsletter box): then what follows of
    it is kept. Returns the lines kept so."""
    holding = [run for run in runs if sum(s <= i < e for i in run) > 1]
    if holding:
        kept = _going_on(lines, found.scored, holding, e)
    else:
        kept = _ranking_or_outline(lines, found, runs, s, e)
    kept |= named_parts(found.texts, found.scored, found.sections, e)
    for index in kept:
        verdicts[index] = reported(verdicts[index])
    return kept


def _going_on(
    lines: Sequence[str], blocks: Sequence[ScoredLine], holding: Sequence[Sequence[int]], e: int
) -> set[int]:
    """The lines below the body (which ends before block `e`) down to the last entry of the
    numbered sequences the body holds headings of and that go on past it: its headings in the
    body tell the sequence is the article's, whatever its entries hold. A box between two
    entries is among them: only reported, what a rule's words find there still goes."""
    going_on = [run for run in holding if run[-1] >= e]
    if not going_on:
        return set()
    end = blocks[e - 1].index
    return {i for i in entry_lines(lines, blocks, going_on, min_blocks=0) if i > end}


def _ranking_or_outline(
    lines: Sequence[str], found: Blocks, runs: Sequence[Sequence[int]], s: int, e: int
) -> set[int]:
    """The lines of a ranking or an outline that outweighs the body, or of an outline the body
    holds sections of."""
    blocks = found.scored
    body_words = sum(f.words for f in found.feats[s:e])
    rank = {b.index: k for k, b in enumerate(blocks)}
    body = range(blocks[s].index, blocks[e - 1].index + 1)

    def outside(region: Collection[int]) -> int:
        return sum(found.feats[rank[i]].words for i in region if i in rank and i not in body)

    kept: set[int] = set()
    ranking = entry_lines(lines, blocks, runs)
    if outside(ranking) > body_words:
        kept.update(ranking)
    for outline in outlines(lines, blocks, found.sections):
        inside = sum(heading in body for heading in outline.headings) >= BODY_SECTIONS
        if inside or outside(outline.lines) > body_words:
            kept.update(outline.lines)
    return kept


def _keep_the_head_under_the_headline(
    lines: Sequence[str], start: int, verdicts: list[LineVerdict]
) -> None:
    """Markdown marks its headline with its only level-one heading: from there to the body stand
    the headline, its standfirst, the byline and the date, which the benches' gold leaves out and
    the locator's head verdicts would take. They are only reported; what a vocabulary rule finds
    among them (share buttons, a caption) still goes."""
    headline = sole_level_one_heading(lines)
    if headline is not None and headline < start:
        for index in range(headline, start):
            verdicts[index] = reported(verdicts[index])


def _named(found: Blocks, block: int) -> bool:
    """Whether a heading a table of contents names, over the body, is one of the article's
    sections: two words or more ("What is hay fever?"), or one over its points ("Highlights"
    over "* Audit log export"), where a menu's items come back in a word as the labels of teaser
    cards over their summaries ("News", "Sport")."""
    feats = found.feats
    over_points = block + 1 < len(feats) and feats[block + 1].list_item
    return feats[block].words >= NAMED_WORDS or over_points


def _first_prose_pair(blocks: Sequence[ScoredLine], stop: int) -> int:
    """The index of the first of two prose blocks in a row before `stop`, or `stop`.

    A page's menu stands above its first paragraphs; a run of short lines below two of them (a
    round-up's list of a company's services, where the locator found the body in the longer
    reviews further down) is the text's own, and no sign that the text is a page. One paragraph
    alone is not enough: a mega-menu holds a sentence under each of its headings."""
    for index in range(1, stop):
        if blocks[index].cls == blocks[index - 1].cls == GOOD:
            return index - 1
    return stop


def _map(
    start: int,
    end: int,
    verdicts: list[LineVerdict],
    code: set[int],
    clean: bool,
    top: int = -1,
    title: int | None = None,
) -> ArticleMap:
    """The map of the verdicts, code lines outside the body reported only."""
    for index in code:  # outside the body, code is only reported: position is no evidence
        verdicts[index] = reported(verdicts[index])
    return ArticleMap(start, end, ((start, end),), tuple(verdicts), clean, top, title)


__all__ = ["ArticleMap", "LineVerdict", "locate_article"]
