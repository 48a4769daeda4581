"""The walk from the body's edge outward: the paragraphs the span left out between short lines of
the article, and the short lines between them, hang on to the body (`chained`); their position
outside it is weak evidence, only reported (`outside`)."""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.blocks import BAD, GOOD, LIST, NEAR
from scrapelint.locate.body_edges import ScoredLine, paragraph
from scrapelint.locate.columns import ENTRY_WORDS, MIN_ENTRIES, priced
from scrapelint.locate.lists import POINT_WORDS
from scrapelint.locate.section_heading import names_a_section, titles_an_faq

# Prose outside the body with at most this many short lines between it and the body's next prose
# (a quiz's one-word answers, an interview's short questions, an ad slot) hangs on to the body, and
# so does a question next to the sentence that answers it (an FAQ closing a post):
# its position, and that of the lines between, is weak evidence, only reported. Short prose lines
# (class NEAR) and the items of a content list (LIST: the article's own list, however long) are
# free; a line of chrome (class BAD) breaks the chain, but below the body a section's heading
# does not: a headline-shaped line right over a paragraph of `SECTION_WORDS` words or more (the
# last section of a guide under a heading of five words or more, "Student Support, Resources, and
# Metacognition", is a gap like a short line; a teaser card's summary is shorter). Above the body a
# headline over a paragraph is the page's own headline and standfirst, or a teaser's. A line
# announcing a list (a paragraph, or a shorter line over points that are sentences), with the list
# under it, makes a section however short, its heading of two words or more ("Как объехать"),
# where a headline has three. 0 turns the chain off.
CHAIN_GAP, SECTION_WORDS = 2, 20
HEADLINE_WORDS, ANNOUNCING_HEADING_WORDS = 3, 2
# The walk below the body passes one box ("Advertisement", "Read also: ...": from the line of
# chrome that would end the walk, at most this many blocks) when the article's named parts go
# on right after it: a section the article names, its interview (`INTERVIEW_PAIRS` questions
# and answers in turn), a round-up's entries naming their prices (`_entry_ranks`), or a
# section's heading over two blocks of content (`_long_section`; a teaser holds one). A
# sidebar's table may follow a box as well as the article's. 0 (or a
# `CHAIN_GAP` of 0) passes no box.
BOX_BLOCKS = 6
INTERVIEW_PAIRS = 2
# ...or the article's table, which no link of this many words or fewer closes (`_unlinked_table`).
LINK_WORDS = 3
# A named section may open with a short line of this many words or fewer over its paragraph: a
# verdict's score ("Voto: 8,2/10", "Rating: 4.5 out of 5"), a date.
OPENER_WORDS = 5
# A heading over points (`lists.POINT_WORDS`) heads the article's own (`_heads_points`); the walk
# takes the rest of a list it reached while its items are of these classes (`_same_list`).
ITEM_CLASSES = (GOOD, NEAR, LIST)


def chained(
    blocks: Sequence[ScoredLine], lines: Sequence[str], before: bool, tables: set[int]
) -> set[int]:
    """The ranks (nearest to the body first) up to the last paragraph reached from the body
    through gaps of at most `CHAIN_GAP` short lines each (short prose lines and content lists
    between are free, and below the body a section's heading is a short line): paragraphs the
    span left out between short lines of the article, and those lines, not a teaser cut off by a
    menu or a label. Below the body, a heading that names one of the article's sections
    ("Specifications", "Pros", "Verdict": `names_a_section`) and the list under it carry the
    walk as a paragraph does: a review's closing boxes of short lines, and so do the tables
    below it (`tables`, by rank: `tail_tables`), its prices and its specifications, when the walk
    reaches them, and a heading over points that are sentences. Past one box (`BOX_BLOCKS`) only
    those named parts, an interview, a round-up's priced entries or a table no link closes go
    on. Below the body the walk
    takes the rest of the list its last paragraph is an item of. `before`: the blocks are those
    above the body."""
    reach, gap = -1, 0
    named = False  # below the body, in a section the article names, its list included
    named_at = -1  # ...whose name is at this rank
    points = False  # below the body, under a heading over points that are sentences
    parts = set() if before else _interview_ranks(blocks, lines) | _entry_ranks(blocks, lines)
    box = -1  # below the body, where the one box the walk may pass began
    for rank, b in enumerate(blocks):
        if not before and not b.feats.list_item:  # a section's heading, and its list after it
            # A short line right under the name opens its content (`_names_a_section`).
            opens = named and rank == named_at + 1 and b.feats.words <= OPENER_WORDS
            named = _names_a_section(blocks, rank, lines)
            named_at = rank if named else named_at
            named = named or opens
            points = _heads_points(blocks, rank, lines)
        elif not b.feats.ends_sentence:
            points = False  # the points are sentences: a menu's items after them are none
        goes_on = named or points or rank in parts
        if box > reach and _heads_section(blocks, rank, lines) and _long_section(blocks, rank):
            goes_on = True
        if box > reach and rank in tables:
            goes_on = goes_on or _unlinked_table(blocks, rank, tables)
        if box > reach and not goes_on:  # past a box, only the article's named parts go on
            if rank - box >= BOX_BLOCKS:
                break
            continue
        if goes_on or b.cls == GOOD or rank in tables or _answered(blocks, rank, lines):
            reach, gap = rank, 0
        elif b.cls not in (NEAR, LIST):
            gap += 1
            chrome = b.cls == BAD and (before or not _heads_section(blocks, rank, lines))
            if not chrome and gap <= CHAIN_GAP:
                continue
            if before or box >= 0 or not (BOX_BLOCKS and CHAIN_GAP):
                break
            box = rank
    while not before and 0 <= reach < len(blocks) - 1 and _same_list(blocks, reach):
        reach += 1
    return set(range(reach + 1))


def _same_list(blocks: Sequence[ScoredLine], rank: int) -> bool:
    """Whether the block after a list item the walk reached is one more item of its list, short
    as a listicle's last items are (prose or a content list's item); a menu's items, one word or
    two, are classed apart and end it."""
    item, following = blocks[rank], blocks[rank + 1]
    return item.feats.list_item and following.feats.list_item and following.cls in ITEM_CLASSES


def _heads_points(blocks: Sequence[ScoredLine], rank: int, lines: Sequence[str]) -> bool:
    """Whether a block is a heading over two list items or more that are sentences of a few
    words each ("Advice for the season" over "* Farmers: plan for wetter ground ..."): the
    article's points, where a box lists headlines, which end no sentence."""
    under = blocks[rank + 1 : rank + 3]
    return _sentence_points(under) and headline_shaped(blocks[rank], lines[blocks[rank].index])


def _unlinked_table(blocks: Sequence[ScoredLine], rank: int, tables: set[int]) -> bool:
    """Whether the table at `rank` ends with no link to more of it: a sidebar's standings or
    prices close with one ("Full table", "See all prices"), the article's results with their
    caption or its next paragraph."""
    end = rank
    while end in tables:
        end += 1
    if end >= len(blocks):
        return True
    after = blocks[end].feats
    return not (after.words <= LINK_WORDS and not after.ends_sentence and not after.list_item)


def _interview_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks of the runs of `INTERVIEW_PAIRS` questions or more, each with its answer under
    it: an interview going on, however short its questions ("Saksa?") and its answers
    ("Kahvi.", "A. 만 19~34세입니다."). An answer ends a sentence: a page's widgets ("Was this
    article helpful?" over "Yes  No") and a thread of comments do not ask and answer in turn."""
    found: set[int] = set()
    asked = [_asks(lines[b.index]) for b in blocks]
    rank = 0
    while rank < len(blocks):
        end = rank
        while end + 1 < len(blocks) and asked[end] and _answers(blocks[end + 1], asked[end + 1]):
            end += 2
        if end - rank >= 2 * INTERVIEW_PAIRS:
            found.update(range(rank, end))
        rank = max(end, rank + 1)
    return found


def _entry_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks of a product round-up's entries (`columns.MIN_ENTRIES` or more in a row), each
    a short heading naming a price over its list of points ("Tomaro Flex – 149 Euro" over "*
    Bürste blockierte im Dauertest zweimal"), and of the heading right over the first ("Die
    Geräte im Einzelnen"): a shop widget's offers stand over buttons, a box of deals lists its
    offers as items."""
    found: set[int] = set()
    run: list[int] = []  # the entries' ranks, and their items'
    heads = 0
    rank = 0
    while rank < len(blocks):
        end = _entry_end(blocks, lines, rank)
        if end > rank:
            run.extend(range(rank, end))
            heads, rank = heads + 1, end
            continue
        found.update(_round_up(blocks, lines, run, heads))
        run, heads, rank = [], 0, rank + 1
    found.update(_round_up(blocks, lines, run, heads))
    return found


def _round_up(
    blocks: Sequence[ScoredLine], lines: Sequence[str], run: list[int], heads: int
) -> set[int]:
    """The run's ranks with the heading over it, when it holds `MIN_ENTRIES` entries or more and
    their items are no shop's buttons, which all open with one word ("* View deal at Amazon",
    "* Jetzt bei Amazon ansehen")."""
    if heads < MIN_ENTRIES:
        return set()
    items = [rank for rank in run if blocks[rank].feats.list_item]
    openers = {tuple(lines[blocks[rank].index].lstrip("*-•· ").split()[:1]) for rank in items}
    return _with_heading(blocks, lines, run) if len(openers) > 1 else set()


def _entry_end(blocks: Sequence[ScoredLine], lines: Sequence[str], rank: int) -> int:
    """The end of the entry that starts at `rank` (its heading and its items), or `rank`. One
    item at least is a point of `lists.POINT_WORDS` words: a shop's buttons ("* Bei Amazon
    ansehen") are shorter."""
    b = blocks[rank]
    if b.feats.list_item or b.feats.words > ENTRY_WORDS or not priced(lines[b.index]):
        return rank
    end = rank + 1
    while end < len(blocks) and blocks[end].feats.list_item:
        end += 1
    items = blocks[rank + 1 : end]
    return end if any(item.feats.words >= POINT_WORDS for item in items) else rank


def _with_heading(blocks: Sequence[ScoredLine], lines: Sequence[str], run: list[int]) -> set[int]:
    first = run[0] - 1
    above = blocks[first] if first >= 0 else None
    heading = above is not None and headline_shaped(above, lines[above.index])
    return set(run) | ({first} if heading else set())


def _answers(b: ScoredLine, asked: bool) -> bool:
    return not asked and b.feats.ends_sentence


def _asks(text: str) -> bool:
    return text.rstrip().endswith(("?", "？"))


def _names_a_section(blocks: Sequence[ScoredLine], rank: int, lines: Sequence[str]) -> bool:
    """Whether a block after the body names one of the article's sections over its content: a
    list, a paragraph or a question right under it ("Pros" over its points, "Verdict" over its
    sentences, "FAQ" over its first question), or a short line over a paragraph ("Il verdetto"
    over "Voto: 8,2/10" over its sentences), where a breadcrumb's last crumb ("Overview") stands
    over another crumb."""
    under = blocks[rank + 1] if rank + 1 < len(blocks) else None
    if under is None:
        return False
    text = lines[blocks[rank].index]
    if not names_a_section(text):  # ...or an FAQ's name and topic over its first question
        return titles_an_faq(text) and _asks(lines[under.index])
    if under.feats.list_item or under.cls == GOOD or _asks(lines[under.index]):
        return True
    after = blocks[rank + 2] if rank + 2 < len(blocks) else None
    return under.feats.words <= OPENER_WORDS and after is not None and after.cls == GOOD


def _heads_section(blocks: Sequence[ScoredLine], rank: int, lines: Sequence[str]) -> bool:
    """Whether a block after the body is a section's heading: headline-shaped, right over a
    paragraph of `SECTION_WORDS` words or more (a card's teaser is shorter), or of two words or
    more over a line announcing the list under it ("By keeping an eye on these trends, you
    can:"), a paragraph or a shorter line over points that are sentences."""
    if rank + 1 >= len(blocks) or blocks[rank + 1].feats.list_item:
        return False
    b, under, after = blocks[rank], blocks[rank + 1], blocks[rank + 2 : rank + 4]
    announces = lines[under.index].rstrip().endswith(":") and bool(after) and after[0].cls == LIST
    if announces and not paragraph(under):  # a shorter line announces points that are sentences
        announces = _sentence_points(after)
    fewest = ANNOUNCING_HEADING_WORDS if announces else HEADLINE_WORDS
    if not headline_shaped(b, lines[b.index], fewest):
        return False
    return announces or (paragraph(under) and under.feats.words >= SECTION_WORDS)


def _sentence_points(items: Sequence[ScoredLine]) -> bool:
    """Whether two list items are points, sentences of `lists.POINT_WORDS` words or more ("1. Через
    посёлок Лесной ... — плюс 12 км."), where a box lists headlines, which end none."""
    points = [b for b in items if b.feats.list_item and b.feats.ends_sentence]
    return len(points) == 2 and all(b.feats.words >= POINT_WORDS for b in points)


def _long_section(blocks: Sequence[ScoredLine], rank: int) -> bool:
    """Whether the heading at `rank` stands over two blocks of content or more: its paragraph,
    then another paragraph (a sentence) or a list of points (two items of `lists.POINT_WORDS`
    words or more). A teaser's card holds one summary, then a link ("* Read more") or the next
    card's headline, which ends no sentence."""
    after = blocks[rank + 2 : rank + 4]
    if not after:
        return False
    first = after[0].feats
    if after[0].cls == GOOD and first.ends_sentence and not first.list_item:
        return True
    return len(after) == 2 and all(
        b.feats.list_item and b.feats.words >= POINT_WORDS and not b.feats.link_like for b in after
    )


def _answered(blocks: Sequence[ScoredLine], rank: int, lines: Sequence[str]) -> bool:
    """Whether the block is a question of three words or more with a sentence for its answer
    next to it (an FAQ's pair), on either side in the walk from the body."""
    b = blocks[rank]
    pair = [blocks[r] for r in (rank - 1, rank + 1) if 0 <= r < len(blocks)]
    if _question(lines[b.index], b):
        return any(p.feats.ends_sentence and not _question(lines[p.index], p) for p in pair)
    return b.feats.ends_sentence and any(_question(lines[p.index], p) for p in pair)


def _question(text: str, b: ScoredLine) -> bool:
    return b.feats.words >= 3 and _asks(text)


def headline_shaped(b: ScoredLine, text: str, fewest: int = HEADLINE_WORDS) -> bool:
    """A few words (`fewest` or more), not a paragraph, no closing full stop or colon, not a list
    item or link."""
    f = b.feats
    end = text.rstrip()[-1:]
    return (
        fewest <= f.words <= 30
        and b.cls != GOOD
        and end not in (".", ":", "。")
        and not f.list_item
        and not f.link_like
        and f.digit_share < 0.2
    )
