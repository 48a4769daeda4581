"""Verdicts on the lines outside the body: before it head chrome (or the headline, or a byline
touching the body), after it tail chrome, and prose there detached prose. At the body's edge, and
where more prose is still to come beyond a line, or prose hangs on to the body across a few short
lines (`CHAIN_GAP`), its position is weak evidence: only reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from scrapelint.locate.blocks import GOOD, LIST
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.chain import chained, headline_shaped
from scrapelint.locate.columns import priced
from scrapelint.locate.letter import LETTER_REACH, letter_closing_ranks, letter_opening_ranks
from scrapelint.locate.letters_page import signed_letters_ranks
from scrapelint.locate.lists import table_row
from scrapelint.locate.opening_boxes import opening_box_ranks
from scrapelint.locate.section_heading import names_a_section
from scrapelint.locate.signature import signature_ranks
from scrapelint.locate.tail_tables import cell_table_ranks, table_ranks
from scrapelint.locate.verdicts import JUNK, LineVerdict, junk
from scrapelint.text import confidence as C
from scrapelint.text import reasons as R
from scrapelint.text.deck_shape import heads_deck, right_over
from scrapelint.text.headings import heading_level
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures, LineReading

# A numbered item: "1. ", "2) ".
_NUMBERED_RE = lazy(r"\s*\d{1,3}[.)]\s")
# A list item of this many words or more is no byline.
ITEM_WORDS = 6
# A test of the lines shaped as a headline that are none (a row of buttons, a notice of the date,
# a signed line): the engine passes `facts.headline_shape.is_headline_lookalike`, whose
# vocabulary the locate stage does not hold.
Lookalike = Callable[[str], bool]
# How many non-blank lines above the body the headline may stand (bylines, dates between); one
# more when its deck stands at the reach's end.
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


def judge_around(
    lines: Sequence[str],
    blocks: list[ScoredLine],
    values: Sequence[float],
    fees: Sequence[float],
    s: int,
    e: int,
    named: AbstractSet[int] = frozenset(),
    lookalike: Lookalike | None = None,
) -> dict[int, LineVerdict]:
    """Verdicts for the blocks before and after the body, `blocks[s:e]`, whose span values and
    entry fees are `values` and `fees`. `named` holds the blocks over the body that repeat an
    entry of the page's table of contents: the article's sections, which the body found
    starts below (`contents`); `lookalike` tells lines shaped as a headline that are none."""
    # Prose beyond a block counts against its position when it is worth a share of the body's.
    worth = max(PROSE_BEYOND, PROSE_BEYOND_SHARE * (sum(values[s:e]) + fees[s]))
    above = blocks[:s][::-1]
    head = _prose_beyond(values[:s][::-1], fees[:s][::-1], worth)
    letter = letter_opening_ranks(above, lines)
    held = letter | _up_to_farthest({s - 1 - i for i in named})  # by rank, nearest first
    judged = _judge_outside(lines, above, True, head, held, lookalike)
    tail = _prose_beyond(values[e:], fees[e:], worth)
    levels = {heading_level(lines[b.index]) for b in blocks[s:e]} - {0}
    for rank in _sections(lines, blocks[e:], levels):
        tail[rank] = True
    # A letter's close: within reach under a letter that opened with a salutation, else right
    # under the body (an appeal's "With gratitude," over its signer).
    for rank in letter_closing_ranks(blocks[e:], lines, LETTER_REACH if letter else 1):
        tail[rank] = True
    for rank in signature_ranks(blocks[e:], lines):  # a notice's signed close: its own
        tail[rank] = True
    for rank in signed_letters_ranks(blocks[e:], lines):  # readers' letters going on
        tail[rank] = True
    judged.update(_judge_outside(lines, blocks[e:], False, tail))
    return judged


def _up_to_farthest(ranks: AbstractSet[int]) -> set[int]:
    """Every rank from the body's edge to the farthest of `ranks`."""
    return set(range(max(ranks) + 1)) if ranks else set()


def _sections(lines: Sequence[str], blocks: Sequence[ScoredLine], levels: set[int]) -> set[int]:
    """The ranks of the blocks below the body under a Markdown heading of a level the body's own
    sections use ("## Next steps" after the body's "## 4. Run it as a service"): the article
    going on after a box set into it (a newsletter's, a "Read more"), as far as the next heading
    of such a level or higher. A deeper heading ("### Our newsletter") neither opens nor closes
    one. Their position is weak evidence, only reported; what a rule's words find there goes."""
    found: set[int] = set()
    if not levels:
        return found
    inside = False
    top, deepest = min(levels), max(levels)
    for rank, b in enumerate(blocks):
        level = heading_level(lines[b.index])
        if level and level <= deepest:
            inside = level >= top
        if inside:
            found.add(rank)
    return found


def _byline_shaped(f: LineFeatures) -> bool:
    """A short line of names or a date: few words, capitalised or digit-heavy, no sentence."""
    return f.words <= 12 and not f.ends_sentence and (f.digit_share >= 0.1 or f.title_share > 0.6)


def _byline(b: ScoredLine, text: str) -> bool:
    """Byline-shaped, and neither the name of one of the article's sections ("Introduction") nor
    a numbered item ("1. Harvard Business School"), a row of figures ("Senior Discount 6 4.05%")
    or a line naming a price ("Local move cost: $131 an hour"), which no byline or date is; nor
    an item of a content list (the last rows of a list of dates: a byline is a line or two, and
    taking the rows touching the body would take two more on every fix), or a list item of
    `ITEM_WORDS` words or more (a box's last point, "* Bürgertelefon des Landratsamts: 07 41 /
    55 20-900"; a breadcrumb's last crumb, "* Fitness", or "* 2 min read" is shorter); nor a
    letter's greeting closed by a comma ("Colleagues,", "Dear members,"), nor a label closed by a
    colon over what follows ("Tiivistelmä:", "**Key points:**", "要点：")."""
    return (
        _byline_shaped(b.feats)
        and b.cls != LIST
        and not (b.feats.list_item and b.feats.words >= ITEM_WORDS)
        and not names_a_section(text)
        and _NUMBERED_RE.match(text) is None
        and "%" not in text
        and not priced(text)
        and text.rstrip().rstrip("*_")[-1:] not in (",", ":", "：")
    )


def _judge_outside(
    lines: Sequence[str],
    blocks: list[ScoredLine],
    before: bool,
    beyond: Sequence[bool],
    held: AbstractSet[int] = frozenset(),
    lookalike: Lookalike | None = None,
) -> dict[int, LineVerdict]:
    """Verdicts for the blocks before (or after) the body, nearest to the body first.

    Chrome and prose at the body's edge (the first `EDGE_REACH` blocks) are reported, not
    removed: there, position is no evidence, and shape alone is weak. So are blocks with a run of
    prose worth `PROSE_BEYOND` still farther from the body (`beyond`, see `_prose_beyond`): they
    stand between two parts of the text, where the locator may have split one article. Above the
    body, `held` ranks are the article's own (a letter's opening, the sections its contents
    name), boxes over its body as `opening_boxes` finds them.
    """
    out = {}
    chrome = R.HEAD_CHROME if before else R.TAIL_CHROME
    if before:
        tables, reached = set(), set()
        boxes = opening_box_ranks(blocks, lines) | held
    else:
        tables, boxes = table_ranks(blocks, lines), set()
        reached = tables | cell_table_ranks(blocks, lines)
    hanging = chained(blocks, lines, before, reached) | tables
    title_at = _title_rank(blocks, lines, boxes, lookalike) if before else None
    title_found = not before
    weak = False  # the last block's position was weak evidence
    for rank, b in enumerate(blocks):
        if rank in boxes:  # the article's box over its body: neither its headline nor its byline
            out[b.index] = junk(chrome, C.EDGE)
            continue
        edge = rank < EDGE_REACH or beyond[rank] or rank in hanging
        # A paragraph right after one whose position is weak evidence, or after a table's last
        # row, goes on its section.
        edge = edge or (weak and b.cls == GOOD and blocks[rank - 1].cls in (GOOD, LIST))
        weak = edge
        near = rank - sum(1 for r in boxes if r < rank)  # how far, its box left out
        if rank == title_at:
            out[b.index] = JUNK[R.TITLE]
            title_found = True
            if rank:
                _deck_under(out, blocks[rank - 1])
        elif near < 2 and not title_found and _byline(b, lines[b.index]):
            out[b.index] = JUNK[R.BYLINE]
        elif b.cls == GOOD:
            out[b.index] = junk(R.DETACHED_PROSE, C.EDGE if edge else DETACHED_LEVEL)
        else:
            out[b.index] = junk(chrome, C.EDGE if edge else C.PLACED_SHAPE)
    return out


def _title_rank(
    blocks: Sequence[ScoredLine],
    lines: Sequence[str],
    boxes: AbstractSet[int],
    lookalike: Lookalike | None,
) -> int | None:
    """The rank of the page's headline above the body: the nearest block within `TITLE_REACH`
    (boxes left out) shaped as one and not a converter's cells ("Del på Facebook  Del på X
    Kopier lenke"), nor a `lookalike` unless every such block is one ("Follow the money", made
    of a menu's words, over its byline); the block right over it when that one is its headline
    and it the deck (`text.deck_shape.heads_deck`)."""
    shaped: list[int] = []
    for rank, b in enumerate(blocks):
        if rank - sum(1 for r in boxes if r < rank) >= TITLE_REACH:
            break
        if rank not in boxes and _titled(b, lines[b.index]):
            shaped.append(rank)
    plain = [r for r in shaped if lookalike is None or not lookalike(lines[blocks[r].index])]
    if not plain:
        return next(iter(shaped), None)
    nearest, over = plain[0], plain[0] + 1  # blocks run from the body up: `over` stands over
    if over < len(blocks) and over not in boxes:
        upper, lower = blocks[over].index, blocks[nearest].index
        text = lines[upper]
        plain_over = lookalike is None or not lookalike(text)
        if plain_over and _titled(blocks[over], text) and right_over(lines, upper, lower):
            return over if heads_deck(text, lines[lower]) else nearest
    return nearest


def _titled(b: ScoredLine, text: str) -> bool:
    """Shaped as a headline, not a converter's cells."""
    return headline_shaped(b, text) and not table_row(text)


def _deck_under(out: dict[int, LineVerdict], under: ScoredLine) -> None:
    """A paragraph right under the headline is its deck, the article's standfirst, whatever
    stands between it and the body (a share bar, a picture): its position is weak evidence."""
    verdict = out.get(under.index)
    if under.cls == GOOD and verdict is not None and verdict.reason == R.DETACHED_PROSE:
        out[under.index] = junk(R.DETACHED_PROSE, min(verdict.confidence, C.EDGE))


def _prose_beyond(values: Sequence[float], fees: Sequence[float], worth: float) -> list[bool]:
    """For each block (nearest to the body first), whether a run of blocks that starts at it or
    farther away is worth `worth`: prose still to come. A run's first block has its entry fee
    back, as in `span.best_span`."""
    best = [0.0] * (len(values) + 1)
    going = 0.0  # the best run starting at the block after this one, its fee paid
    for i in range(len(values) - 1, -1, -1):
        best[i] = max(best[i + 1], values[i] + fees[i] + going)
        going = max(0.0, values[i] + going)
    return [value >= worth for value in best]


def mark_separators(
    lines: Sequence[str],
    readings: Sequence[LineReading | None],
    start: int,
    end: int,
    verdicts: list[LineVerdict],
) -> None:
    """Wordless non-blank lines ("***", "|") outside the body are chrome; inside they stay.

    A line has no reading exactly when it has no letter or digit (`reading.block_reading`)."""
    for indices, reason in ((range(start), R.HEAD_CHROME), (range(end, len(lines)), R.TAIL_CHROME)):
        for i in indices:
            if readings[i] is None and lines[i].strip():
                verdicts[i] = JUNK[reason]
