"""The span search: the value of every block to the article, and the run of blocks worth most.

``best_span`` scores each block -- GOOD blocks earn their length, chrome costs a toll, and prose
that starts again after chrome pays an entry fee -- and returns the contiguous run of blocks with
the largest total (a maximum-subarray search, as in Pasternack & Roth's "maximum subsequence
segmentation"). The entry fee is what keeps comment threads out: each comment is a short paragraph
between a name and a date, so it rarely earns back its fee, while an article's paragraphs follow
each other and pay it once -- or not at all: the fee is given back to the block a run opens with,
and a short run of chrome inside the article (a share row, an image credit) is a bridge whose
paragraphs pay none (`bridges`, jusText's context rule).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from scrapelint.locate import bullets
from scrapelint.locate.blocks import BAD, GOOD, LIST, NEAR, SHORT
from scrapelint.locate.bridges import bridges
from scrapelint.locate.bullets import led_sentences
from scrapelint.locate.columns import priced, priced_headings
from scrapelint.locate.contents import contents_headings
from scrapelint.locate.interview import bold_questions, dash_questions
from scrapelint.locate.lists import table_row
from scrapelint.locate.numbered import numbered_headings, timestamp_headings
from scrapelint.locate.skeleton import Skeletons, skeletons
from scrapelint.locate.timeline import chapter_lines, minute_lines, year_lines
from scrapelint.text.headings import heading_level
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures

# Span search weights: a paragraph earns its words up to a cap (one huge paragraph should not
# drag a span across a whole sidebar); chrome costs a toll; prose resuming after chrome pays a fee.
WORD_CAP = 60
SHORT_TOLL = 1.5
BAD_TOLL = 4.0
ENTRY_FEE = 30.0
# Prose after a lone short line (a subheading, or a line naming a price) pays only this share of
# the fee; so does prose under one of the article's headings with up to `ENTRY_LINES` short lines
# between (an entry's price and specifications).
HEADING_FEE_SHARE = 0.4
ENTRY_LINES = 3
# A year: a line between a heading and its paragraph that holds one dates a comment.
YEAR_RE = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# ...but prose after a menu (this many non-flowing lines in a row) pays the whole fee; a table's
# rows are no menu (`_lines_since_flow`).
MENU_GAP = 8
LIST_ITEM_WEIGHT = 0.4
# A content list the article announces holds this many list items among its first lines, a
# heading of its own allowed above them (`_after_a_led_list`).
ANNOUNCED_ITEMS = 2
# A paragraph with chrome on both sides earns this share of its words.
ISOLATED_WEIGHT = 0.5
# A picture's credit that lets prose flow on (`_media_credit`) has at most this many words.
CREDIT_WORDS = 8

# The classes that let prose flow on (see `block_values`), and the value of each class but GOOD.
_FLOWING = (GOOD, NEAR)
# The classes of a heading between prose and the list it introduces ("Key Takeaways").
_HEADING_CLASSES = frozenset({SHORT, BAD})
_CLASS_VALUES = {NEAR: 0.5, LIST: 0.5, SHORT: -SHORT_TOLL, BAD: -BAD_TOLL}


def section_headings(texts: Sequence[str]) -> set[int]:
    """The blocks that are Markdown section headings (level two and deeper): the writer marked
    them as the article's own structure, whatever their words."""
    return {i for i, text in enumerate(texts) if heading_level(text) >= 2}


def article_headings(
    texts: Sequence[str],
    feats: Sequence[LineFeatures],
    classes: Sequence[str],
    times: set[int] | None = None,
    numbered: set[int] | None = None,
) -> set[int]:
    """The blocks that head the article's own items, whatever their class: the numbered headings
    of a listicle or a how-to ("1. Buy a pass", "2. Check the app"), the section headings a table
    of contents names, the priced headings of a product round-up, a Markdown text's own section
    headings ("## Day one"), a live blog's clock times with its entries' headings (`times`
    and `numbered`, when read already), a recording's chapters, a match commentary's minutes,
    a timeline's years and an interview's dash-led or bold questions."""
    good = [c == GOOD for c in classes]
    headings = numbered_headings(texts) if numbered is None else set(numbered)
    headings |= contents_headings(texts, feats)
    headings |= priced_headings(texts, feats, good)
    headings |= section_headings(texts)
    headings |= timestamp_headings(texts, good) if times is None else times
    headings |= chapter_lines(texts)
    headings |= minute_lines(texts)
    headings |= year_lines(texts)
    headings |= dash_questions(texts, classes)
    headings |= bold_questions(texts, classes)
    return headings


def block_values(
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    texts: Sequence[str],
    shape: Skeletons | None = None,
    headings: set[int] | None = None,
) -> tuple[list[float], list[float]]:
    """The contribution of every block to a candidate article span, and the entry fee in it.

    The fee is what a paragraph pays for resuming prose after chrome; a span that *opens* at
    that paragraph resumes nothing, so ``best_span`` gives the fee back to a span's first block.
    ``shape`` is `skeletons` of the blocks, ``headings`` their `article_headings`.
    """
    n = len(classes)
    # A block lets prose flow on to its neighbours when it is a paragraph or a short prose line;
    # a bulleted teaser ("* Headline of another story") does not: prose next to it is a summary.
    # The article's own headings do (`article_headings`), and a picture's credit.
    numbered = article_headings(texts, feats, classes) if headings is None else headings
    flows = [
        (c in _FLOWING and not f.list_item) or i in numbered or _media_credit(texts[i])
        for i, (c, f) in enumerate(zip(classes, feats, strict=True))
    ]
    # Bulleted sentences the article leads into are its own points: they carry the prose on.
    led = led_sentences(texts, classes, feats, flows, GOOD, _HEADING_CLASSES)
    for i in led:
        flows[i] = True
    shape = shape or skeletons(texts, feats)
    resumes = bridges(classes, feats, flows, shape)
    bridged = set(resumes.values())
    # Only paragraphs earn a value of their own; every other class has a fixed one, and no fee.
    values = [
        0.0 if i in numbered else _CLASS_VALUES.get(c, -BAD_TOLL) for i, c in enumerate(classes)
    ]
    fees = [0.0] * n
    for i in [i for i, cls in enumerate(classes) if cls == GOOD]:
        f = feats[i]
        # List items earn less: a run of long bullets is far more often a teaser list.
        words = f.words if f.words < WORD_CAP else WORD_CAP  # min(), written out: same int
        v = words * (LIST_ITEM_WEIGHT if f.list_item else 1.0)
        if i in led:
            v = words * bullets.LED_ITEM_WEIGHT
        after = (
            flows[i - 1] or i in resumes or _after_a_led_list(classes, feats, texts, flows, i)
            if i
            else True
        )
        before = flows[i + 1] or i in bridged if i + 1 < n else True
        if not after and not before:
            v *= ISOLATED_WEIGHT  # a lone paragraph between chrome: a comment, a teaser
        if not after:
            gap = _lines_since_flow(classes, texts, feats, flows, i)
            heading = (classes[i - 1] != BAD or priced(texts[i - 1])) and gap < MENU_GAP
            heading = heading or _under_an_entry(classes, texts, numbered, i)
            fee = fees[i] = ENTRY_FEE * HEADING_FEE_SHARE if heading else ENTRY_FEE
            v -= fee
        values[i] = v
    return values, fees


def _under_an_entry(
    classes: Sequence[str], texts: Sequence[str], headings: Collection[int], i: int
) -> bool:
    """Whether block `i` stands under one of the article's headings (`article_headings`), with
    at most `ENTRY_LINES` short lines between (a round-up's entry: "1. Cuocetta AirMax 5", its
    price, its capacity, then what the testers thought): it pays a heading's fee. A numbered
    comment's header ("1. reader1 says:" over its date) announces, and dates, no entry."""
    for k in range(1, ENTRY_LINES + 2):
        if i < k or classes[i - k] == GOOD or YEAR_RE.search(texts[i - k]):
            return False
        if i - k in headings:
            return not texts[i - k].rstrip().endswith(":")
    return False


def _after_a_led_list(
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    texts: Sequence[str],
    flows: Sequence[bool],
    i: int,
) -> bool:
    """Whether block `i` follows a content list (LIST: an ingredient list, a soil mix) that the
    article announces where prose flows ("Toprağı kendim karıştırdım:", the list's first line
    or the line above it) and that opens with `ANNOUNCED_ITEMS` list items, under a heading of its
    own maybe ("Orange warning" over its regions): the paragraph after
    it goes on with the article, as one after a paragraph does. A list no sentence announces, a
    teaser card's headline over its writer and date (under a snippet cut at "Here is what we
    learned:"), or one after a menu is a sidebar's as often as not, and its paragraph pays."""
    k = i - 1
    while k >= 0 and classes[k] == LIST:
        k -= 1
    if k == i - 1 or k < 0 or not flows[k]:
        return False
    intro = next((j for j in (k, k + 1) if texts[j].rstrip().endswith(":")), None)
    if intro is None:
        return False
    # The list may open with a heading of its own ("Orange warning" over its regions).
    items = range(intro + 1, min(i, intro + 2 + ANNOUNCED_ITEMS))
    return sum(feats[j].list_item for j in items) >= ANNOUNCED_ITEMS


def _lines_since_flow(
    classes: Sequence[str],
    texts: Sequence[str],
    feats: Sequence[LineFeatures],
    flows: Sequence[bool],
    i: int,
) -> int:
    """How many blocks back from block `i` the last one that lets prose flow stands, at most
    `MENU_GAP`. A row of a table (a content list naming a price, or written in cells: a
    match's statistics) counts as one: prose after the table goes on with the article, as after
    a heading, where prose after a menu starts anew."""
    for k in range(1, MENU_GAP + 1):
        if i < k or flows[i - k] or (classes[i - k] == LIST and _row(texts[i - k], feats[i - k])):
            return k
    return MENU_GAP


def _media_credit(text: str) -> bool:
    """A picture's credit ("© Inês Carvalhal / Mochila & Meia"): the sign first, a few words,
    no year (which a site's copyright line holds). Prose flows across it: a photo story's
    captions stand each between two credits, and would otherwise be lone paragraphs."""
    credit = text.lstrip()
    return (
        credit.startswith("©")
        and not YEAR_RE.search(credit)
        and len(credit.split()) <= CREDIT_WORDS
    )


def _row(text: str, feats: LineFeatures) -> bool:
    """A row of a table or of a list of data (the caller asks of a content list's lines only):
    it names a price, is written in cells, or holds a digit ("HC Lesná – SK Hradiště  4:3 pp")."""
    return feats.digit_share > 0 or priced(text) or table_row(text)


def best_span(values: Sequence[float], fees: Sequence[float] | None = None) -> tuple[int, int]:
    """Return (start, end) of the contiguous run with the largest sum; end is exclusive.

    Kadane's algorithm, one pass. A run's first block gets its entry fee (``fees``) back: the
    fee prices rejoining prose across chrome, not starting the article. An empty or all-negative
    input gives an empty span (0, 0).
    """
    fees = fees or [0.0] * len(values)
    best, best_span_ = 0.0, (0, 0)
    run, run_start = 0.0, 0
    for i, (v, fee) in enumerate(zip(values, fees, strict=True)):
        if run <= fee:
            run, run_start = fee, i
        run += v
        if run > best:
            best, best_span_ = run, (run_start, i + 1)
    return best_span_
