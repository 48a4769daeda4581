"""Classify lines into jusText-style classes and find the main run of prose.

Every non-blank line is one block. ``classify`` gives each a class from its prose score and
length: GOOD (a real paragraph), NEAR (prose-like but short), SHORT (a few words: a heading, a
button or a menu item) or BAD (chrome). ``mark_lists`` then promotes runs that are content lists
rather than menus -- items introduced by a sentence ending in a colon, or table rows and data lines
sharing one punctuation skeleton -- to LIST.

``best_span`` scores each block -- GOOD blocks earn their length, chrome costs a toll, and prose
that starts again after chrome pays an entry fee -- and returns the contiguous run of blocks with
the largest total (a maximum-subarray search, as in Pasternack & Roth's "maximum subsequence
segmentation"). The entry fee is what keeps comment threads out: each comment is a short paragraph
between a name and a date, so it rarely earns back its fee, while an article's paragraphs follow
each other and pay it once -- or not at all: the fee is given back to the block a run opens with,
and a short run of chrome inside the article (a share row, an image credit) is a bridge whose
paragraphs pay none (jusText's context rule).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from scrapelint.locate import bullets
from scrapelint.locate.bullets import led_sentences
from scrapelint.locate.columns import column_runs
from scrapelint.locate.contents import contents_headings
from scrapelint.text.prose import LineFeatures

GOOD, NEAR, SHORT, BAD, LIST = "good", "near", "short", "bad", "list"
# The skeleton (see `skeleton`) of the block at an index.
Skeletons = Callable[[int], frozenset[str]]

# Prose score thresholds (jusText uses length plus stopword density in the same spirit).
GOOD_SCORE = 0.6
NEAR_SCORE = 0.4
# Below this many words a block is at most NEAR, however well punctuated ("Thank you.").
GOOD_WORDS = 8
SHORT_WORDS = 3
# Span search weights: a paragraph earns its words up to a cap (one huge paragraph should not
# drag a span across a whole sidebar); chrome costs a toll; prose resuming after chrome pays a fee.
WORD_CAP = 60
SHORT_TOLL = 1.5
BAD_TOLL = 4.0
ENTRY_FEE = 30.0
# Prose after a lone short line (a subheading) pays only this share of the fee.
HEADING_FEE_SHARE = 0.4
# ...but prose after a menu (this many non-flowing lines in a row) pays the whole fee.
MENU_GAP = 8
LIST_ITEM_WEIGHT = 0.4
# At most this many chrome lines between two paragraphs may bridge them (see `_bridges`).
MAX_BRIDGE = 3
# Blocks above the first paragraph of a text that still lets it open the article (a headline).
HEADLINE_LINES = 1
# A paragraph with chrome on both sides earns this share of its words.
ISOLATED_WEIGHT = 0.5
# A content list needs at least this many items, averaging at least this many words.
MIN_LIST = 3
MIN_ITEM_WORDS = 3.5
# "Share this:" is a label; "Here is what we know:" announces a list.
MIN_INTRO_WORDS = 3
# A list announced inside an article may run this many lines before prose resumes.
MAX_EMBEDDED = 20
# A numbered heading: "1. Title", "2) Title", "Step 3: Title", "#4 Title".
NUMBERED_RE = re.compile(r"^\W{0,3}(?:step\s+|#)?(\d{1,2})(?:[.):]|\s*[-–—]\s)", re.IGNORECASE)
NUMBERED_WORDS = 20
# ...with a few words after the number: "1. 1" in a "most read" box is a counter, not a heading.
MIN_HEADING_WORDS = 2
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# Quotes, emphasis, bullets and the full stop vary from item to item of one list: not skeleton.
SKELETON_IGNORED = frozenset("'\"‘’“”«»*•.")
# The ASCII characters that are never part of a skeleton: letters, digits, spaces and the ignored.
_NOT_SEPARATOR = bytes(
    code
    for code in range(128)
    if chr(code).isalnum() or chr(code).isspace() or chr(code) in SKELETON_IGNORED
)


# The classes that let prose flow on (see `block_values`), and the value of each class but GOOD.
_FLOWING = (GOOD, NEAR)
# The classes of a heading between prose and the list it introduces ("Key Takeaways").
_HEADING_CLASSES = frozenset({SHORT, BAD})
# The classes of a table's cells written one per line.
_CELL_CLASSES = frozenset({SHORT, BAD, NEAR})
_CLASS_VALUES = {NEAR: 0.5, LIST: 0.5, SHORT: -SHORT_TOLL, BAD: -BAD_TOLL}


def classify(feats: LineFeatures, score: float) -> str:
    """Return the class of one non-blank line from its features and prose score."""
    if feats.words <= SHORT_WORDS and score < GOOD_SCORE:
        return SHORT
    if score >= GOOD_SCORE:
        return GOOD if feats.words >= GOOD_WORDS else NEAR
    if score >= NEAR_SCORE:
        return NEAR
    return BAD


def mark_lists(
    texts: Sequence[str],
    feats: Sequence[LineFeatures],
    classes: list[str],
    shape: Skeletons | None = None,
) -> None:
    """Promote content lists (introduced by a colon line, or sharing a data skeleton) to LIST.

    Menus and teaser lists are runs of bare words or bare headlines; data lists and tables repeat
    the same separators (``Team (Group A): 10th``, ``June 9 -- Venue, City, ST``) or follow a
    sentence that announces them, and price tables written out a cell per line (`columns`). Works in
    place; ``shape`` is `skeletons` of the blocks.
    """
    shape = shape or skeletons(texts, feats)
    end = 0  # the blocks before `end` are items of a list already marked
    for i in _run_starts(texts, feats, classes):
        if i < end:
            continue
        j = _introduced_run(feats, classes, texts, i) or _data_run(shape, feats, classes, i)
        if j - i >= MIN_LIST:
            for k in range(i, j):
                # A sentence announcing the list stays a paragraph; bullets become list items.
                if classes[k] != GOOD or feats[k].list_item:
                    classes[k] = LIST
            end = j
    # A price table's cells, one per line, are short lines with a column of figures among them.
    for run in column_runs(texts, feats, classes, _CELL_CLASSES):
        for k in run:
            classes[k] = LIST


def _run_starts(
    texts: Sequence[str], feats: Sequence[LineFeatures], classes: Sequence[str]
) -> list[int]:
    """The blocks a list may start at: a line of a few words that announces one, or any line of
    two words or more that is no paragraph (`_introduced_run` and `_data_run` refuse the rest).

    Marking a list changes only its own blocks' classes, never those of the blocks after it, so
    the starts can be found before any list is marked.
    """
    return [
        i
        for i, f in enumerate(feats)
        if f.words >= 2
        and (classes[i] != GOOD or (f.words >= MIN_INTRO_WORDS and texts[i].rstrip().endswith(":")))
    ]


def _introduced_run(
    feats: Sequence[LineFeatures], classes: Sequence[str], texts: Sequence[str], i: int
) -> int:
    """End of the list announced by line ``i`` (itself included), or 0 when it announces none.

    Inside an article (prose resumes within ``MAX_EMBEDDED`` lines) every line up to the next
    paragraph is an item, whatever its shape: sub-headings and bullets alike. Elsewhere the
    items must share the first item's list marker and average a few words -- "Share this:" over
    a row of one-word buttons is no list.
    """
    n = len(feats)
    if not (feats[i].words >= MIN_INTRO_WORDS and texts[i].rstrip().endswith(":")) or i + 1 >= n:
        return 0
    j = i + 1
    while j < n and j - i <= MAX_EMBEDDED and (classes[j] != GOOD or feats[j].list_item):
        j += 1
    if j < n and classes[j] == GOOD and j - i > 1:
        return j
    marker = feats[i + 1].list_item
    j = i + 1
    while j < n and classes[j] != GOOD and feats[j].list_item == marker:
        j += 1
    return j if j - i > MIN_LIST and _wordy(feats, i + 1, j) else 0


def _wordy(feats: Sequence[LineFeatures], i: int, j: int) -> bool:
    """List items average a few words; one-word items are buttons, menus or tag clouds."""
    return sum(feats[k].words for k in range(i, j)) >= MIN_ITEM_WORDS * (j - i)


def skeleton(text: str, feats: LineFeatures) -> frozenset[str]:
    """The separators a line uses (quotes and the final stop ignored), plus '0' for digits."""
    inner = text.strip()[1:-1]
    if inner.isascii():
        # Deleting the bytes that are no separators leaves the separators, in C.
        chars = set(inner.encode("ascii").translate(None, _NOT_SEPARATOR).decode("ascii"))
    else:
        # Each distinct character once: a line holds a few dozen, far fewer than its length.
        chars = {c for c in set(inner) if not c.isalnum() and not c.isspace()}
        chars -= SKELETON_IGNORED
    if feats.digit_share > 0:
        chars.add("0")
    return frozenset(chars)


def skeletons(texts: Sequence[str], feats: Sequence[LineFeatures]) -> Skeletons:
    """The skeleton of block ``k``, built on first use: only lines next to a would-be data list
    or in a gap between paragraphs need one. Share one between `mark_lists` and `block_values`."""
    return cache(lambda k: skeleton(texts[k], feats[k]))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two skeletons agree when they share most of their separators."""
    return len(a & b) * 3 >= 2 * max(len(a), len(b))


def _data_run(
    shape: Callable[[int], frozenset[str]],
    feats: Sequence[LineFeatures],
    classes: Sequence[str],
    i: int,
) -> int:
    """End of a run of table rows or data lines sharing line ``i``'s skeleton, or 0."""
    if classes[i] == GOOD or feats[i].words < 2:
        return 0
    j = i + 1
    if feats[i].table_row:
        while j < len(feats) and feats[j].table_row:
            j += 1
        return j
    if len(shape(i)) < 2:
        return 0
    while j < len(feats) and classes[j] != GOOD and _similar(shape(i), shape(j)):
        j += 1
    return j if _wordy(feats, i, j) else 0


def _bridges(
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    flows: Sequence[bool],
    shape: Callable[[int], frozenset[str]],
) -> dict[int, int]:
    """Paragraphs that resume the prose across a short run of chrome (jusText's context rule).

    A share row, an image credit or a "Most Read" box of two items between two paragraphs does
    not split the article when the prose runs on on both sides: over at least two flowing blocks,
    or to the end of the text (after the gap) or from its start (before it, under at most a
    headline). A lone paragraph beside chrome does not: after the article it is an author bio or
    a newsletter pitch, before it a standfirst, a caption or a teaser over the byline. Nor does
    prose across a longer run of chrome (a sidebar, a menu), nor across a gap that stamps a date,
    a time or a count and recurs in another gap: the header of every comment in a thread. Maps
    the paragraph right after each bridge to the paragraph right before it; the two then let
    prose flow on to each other (no entry fee, no isolation).
    """
    n = len(classes)
    gaps: dict[int, tuple[int, int]] = {}
    i = 0
    while i < n:
        j = i
        while j < n and not flows[j]:
            j += 1
        if (
            0 < i < j < n
            and j - i <= MAX_BRIDGE
            and _paragraph(classes[i - 1], feats[i - 1])
            and _paragraph(classes[j], feats[j])
        ):
            gaps[j] = (i, j)
        i = j + 1
    signatures = Counter(_signature(classes, shape, *gap) for gap in gaps.values())
    return {
        j: i - 1
        for j, (i, _) in gaps.items()
        if (i - 1 <= HEADLINE_LINES or flows[i - 2])
        and (j + 1 == n or flows[j + 1])
        and not _recurs(signatures, _signature(classes, shape, i, j))
    }


def _recurs(signatures: Counter, signature: tuple) -> bool:
    """A gap that stamps a date, a time or a count and recurs: the header of every comment."""
    return signatures[signature] > 1 and any("0" in chars for _, chars in signature)


def _signature(
    classes: Sequence[str], shape: Callable[[int], frozenset[str]], i: int, j: int
) -> tuple:
    """What a gap of chrome lines looks like: the class and separators of each line."""
    return tuple((classes[k], shape(k)) for k in range(i, j))


def _paragraph(cls: str, feats: LineFeatures) -> bool:
    """A real paragraph, not a bulleted teaser."""
    return cls == GOOD and not feats.list_item


def block_values(
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    texts: Sequence[str],
    shape: Skeletons | None = None,
) -> tuple[list[float], list[float]]:
    """The contribution of every block to a candidate article span, and the entry fee in it.

    The fee is what a paragraph pays for resuming prose after chrome; a span that *opens* at
    that paragraph resumes nothing, so ``best_span`` gives the fee back to a span's first block.
    ``shape`` is `skeletons` of the blocks.
    """
    n = len(classes)
    # A block lets prose flow on to its neighbours when it is a paragraph or a short prose line;
    # a bulleted teaser ("* Headline of another story") does not: prose next to it is a summary.
    # The numbered headings of a listicle or a how-to ("1. Buy a pass", "2. Check the app") do.
    # ...and so do the section headings a table of contents names.
    numbered = numbered_headings(texts) | contents_headings(texts, feats)
    flows = [
        (c in _FLOWING and not f.list_item) or i in numbered
        for i, (c, f) in enumerate(zip(classes, feats, strict=True))
    ]
    # Bulleted sentences the article leads into are its own points: they carry the prose on.
    led = led_sentences(classes, feats, flows, GOOD, _HEADING_CLASSES)
    for i in led:
        flows[i] = True
    shape = shape or skeletons(texts, feats)
    resumes = _bridges(classes, feats, flows, shape)
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
        after = flows[i - 1] or i in resumes if i else True
        before = flows[i + 1] or i in bridged if i + 1 < n else True
        if not after and not before:
            v *= ISOLATED_WEIGHT  # a lone paragraph between chrome: a comment, a teaser
        if not after:
            gap = next((k for k in range(1, MENU_GAP + 1) if i < k or flows[i - k]), MENU_GAP)
            heading = classes[i - 1] != BAD and gap < MENU_GAP
            fee = fees[i] = ENTRY_FEE * HEADING_FEE_SHARE if heading else ENTRY_FEE
            v -= fee
        values[i] = v
    return values, fees


def numbered_headings(texts: Sequence[str]) -> set[int]:
    """Short lines that number the items of one sequence, 1, 2, 3 ... in order (at least
    `MIN_LIST` of them): the headings of a listicle, a how-to's steps, a ranked round-up."""
    found: set[int] = set()
    run: list[int] = []
    last = 0  # the number of the run's last heading
    for i, text in enumerate(texts):
        match = NUMBERED_RE.match(text)
        if match is None or not MIN_HEADING_WORDS <= _words(text[match.end() :]) <= NUMBERED_WORDS:
            continue
        number = int(match.group(1))
        if run and number == last + 1:
            run.append(i)
            last = number
            continue
        if len(run) >= MIN_LIST:
            found.update(run)
        run, last = ([i], 1) if number == 1 else ([], 0)
    if len(run) >= MIN_LIST:
        found.update(run)
    return found


def _words(text: str) -> int:
    """Words of at least two letters in `text`."""
    return len(_WORD_RE.findall(text))


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
