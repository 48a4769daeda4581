"""Numbered headings: the short lines that number the items of one sequence, 1, 2, 3 ... in
order, the headings of a listicle, a how-to's steps or a ranked round-up ("Step 1" alone, "步骤1"
too); and a live blog's clock times, each over its entry. The span search (`span.block_values`)
lets prose flow on across them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from scrapelint.locate.lists import MIN_LIST
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.marks import LETTER_MARKS
from scrapelint.text.pieces import count_words

# A numbered heading: "1. Title", "2) Title", "Step 3: Title", "Day 6: Title", "Pasul 2. Title",
# "#4 Title", in Markdown maybe behind a heading's hashes ("### 5. Title"); not a decimal ("★ 4.8
# (1,204 reviews)") or a clock time ("10:30").
_SEQUENCE_WORDS = (
    r"step|day|part|stage|phase|week|chapter|round|schritt|tag|teil|paso|día|dia|parte|étape|jour"
    r"|passo|giorno|fase|stap|dag|deel|krok|dzień|etap|pasul|ziua|adım|gün|шаг|день|этап|ngày|bước"
    r"|крок|етап|частина|steg|vaihe|päivä|korak|корак|стъпка|ден|žingsnis|diena|solis"
    r"|samm|päev|βήμα|ημέρα|langkah|hari|hatua|خطوة|الخطوة|اليوم|שלב|יום|مرحله|روز|trin|trinn"
    r"|etapa"
)
# ...and the words written against their number in the languages of CJK script ("步骤1").
_CJK_SEQUENCE_WORDS = r"步骤|步驟|手順|ステップ"
NUMBERED_RE = lazy(
    rf"^(?:\s{{0,3}}#{{1,6}}\s+)?\W{{0,3}}(?:(?:{_SEQUENCE_WORDS})\s+|(?:{_CJK_SEQUENCE_WORDS})\s*|#)?"
    r"(\d{1,2})(?:[.):：](?!\d)|\s*[-–—]\s)",
    re.IGNORECASE,
)
# A step's word and number alone on its line ("Step 1", "步骤1"), over the step's text: the word
# says it is a heading, where a bare number may count anything. Only a step's word: a series'
# "Part 2" or a festival's "Day 2" alone over a line heads a teaser of a box as often.
_STEP_WORDS = (
    r"step|schritt|paso|étape|passo|stap|krok|pasul|adım|шаг|bước|крок|steg|vaihe|korak|корак"
    r"|стъпка|žingsnis|solis|samm|βήμα|langkah|hatua|خطوة|الخطوة|שלב|مرحله|trin|trinn"
)
# No such line is longer than this ("### Βήμα 12", "•  الخطوة 3"): most lines are not read by it.
_BARE_STEP_CHARS = 32
BARE_STEP_RE = lazy(
    rf"^(?:\s{{0,3}}#{{1,6}}\s+)?\W{{0,3}}(?:(?:{_STEP_WORDS})\s*|(?:{_CJK_SEQUENCE_WORDS})\s*)"
    r"(\d{1,2})\W{0,3}$",
    re.IGNORECASE,
)
# ...or any one word, the same over every heading of the sequence, before its number: "Гипотеза
# 1. ...", "Hypothesis 2: ...", "Reason 3 – ...". The word said over each number in turn is what
# makes it a sequence's heading, where a known word ("Step") says so once.
REPEATED_WORD_RE = lazy(
    rf"^(?:\s{{0,3}}#{{1,6}}\s+)?\W{{0,3}}((?:[^\W\d_]|[{LETTER_MARKS}]){{2,20}})\s+(\d{{1,2}})"
    r"(?:[.):：](?!\d)|\s*[-–—]\s)"
)
NUMBERED_WORDS = 20
# ...with a word after the number: "1. 1" in a "most read" box is a counter, not a heading. One
# word is enough: a listicle of places or names numbers them bare ("1. Monsaraz", "2. Marvão").
# Lowering it from two to one changed no output on DEV or DEV-modern.
MIN_HEADING_WORDS = 1
_WORD_RE = lazy(rf"(?:[^\W\d_]|[{LETTER_MARKS}]){{2,}}")  # "गोवा" is a word of two


def numbered_headings(texts: Sequence[str]) -> set[int]:
    """Short lines that number the items of one sequence, 1, 2, 3 ... in order (at least
    `MIN_LIST` of them): the headings of a listicle, a how-to's steps, a ranked round-up."""
    return {i for run in numbered_runs(texts) for i in run}


def numbered_runs(texts: Sequence[str]) -> list[list[int]]:
    """The sequences of `numbered_headings`, each in order, from its heading "1". A sequence whose
    headings repeat a word runs apart from the others: a caption's "Figure 1:" or a box's "Season
    1 –" inside a listicle starts no new list over it."""
    runs: list[list[int]] = []
    going: dict[str, list[int]] = {}  # the run under way, by the word its headings repeat
    for i in range(len(texts)):
        number, said = _number(texts, i)
        if number is None:
            continue
        run = going.get(said, [])
        if run and number == len(run) + 1:
            run.append(i)
            continue
        if number != 1 and run:  # a number out of the sequence between two of its headings
            continue
        if len(run) >= MIN_LIST:
            runs.append(run)
        going[said] = [i] if number == 1 else []
    runs.extend(run for run in going.values() if len(run) >= MIN_LIST)
    return sorted(runs)


def _number(texts: Sequence[str], i: int) -> tuple[int | None, str]:
    """The number of the numbered heading at block `i`, or None, and the word its sequence repeats
    before each number ("" for a bare number or a sequence's known word): a number with its
    heading's words, or a step's word and number alone over a block that is no numbered heading
    itself ("Step 1" over "Step 1: Preheat the oven" is the same step's label)."""
    text = texts[i]
    match = NUMBERED_RE.match(text)
    if match is not None and _titled(text, match):
        return int(match.group(1)), ""
    match = REPEATED_WORD_RE.match(text)
    if match is not None and _titled(text, match):
        return int(match.group(2)), match.group(1).casefold()
    bare = BARE_STEP_RE.match(text) if len(text) <= _BARE_STEP_CHARS else None
    under = texts[i + 1] if i + 1 < len(texts) else ""
    if bare is None or not under or BARE_STEP_RE.match(under) or NUMBERED_RE.match(under):
        return None, ""
    return int(bare.group(1)), ""


def _titled(text: str, match: re.Match) -> bool:
    """Whether the words after a heading's number are as many as a heading's."""
    return MIN_HEADING_WORDS <= _words(text[match.end() :]) <= NUMBERED_WORDS


def resumed_heading(runs: Sequence[Sequence[int]], index: int) -> int | None:
    """The first heading after line `index` of a numbered sequence among `runs` (`numbered_runs`
    of a text's lines) with headings before it too: a how-to's "Step 6" under a "Related
    articles" box set between its steps, where the article goes on."""
    later = (run[bisect_right(run, index)] for run in runs if run[0] < index < run[-1])
    return min(later, default=None)


def _words(text: str) -> int:
    """Words of at least two letters in `text`."""
    return len(_WORD_RE.findall(text))


# A clock time alone on a line, maybe in bold, with a half of the day and a zone: a live blog's
# entry heading ("18:52", "**16:05**", "9.30am", "14h05 GMT", "**12:45 p.m. CEST**", and in
# Arabic "03:47 م", the letter of the evening, "ص" of the morning).
TIME_HEADING_RE = lazy(
    r"\W{0,3}((?:[01]?\d|2[0-3]))[:.h]([0-5]\d)\s*(?:([ap])\.?m\.?|([صم]))?\s*(?:[A-Z]{2,4})?"
    r"\W{0,3}$",
    re.I,
)
# ...or with its entry's heading after a dash on the same line: "6:02 p.m. – Call to order", as a
# meeting's or an event's timeline reads (a Japanese itinerary sets it after an ideographic space:
# "16:30　宿にチェックイン").
TIME_LABEL_RE = lazy(
    r"\W{0,3}((?:[01]?\d|2[0-3]))[:.h]([0-5]\d)\s*(?:([ap])\.?m\.?|([صم]))?(?:\s*[–—-]\s+|\u3000)"
    r"(?P<label>\S.*)$",
    re.I,
)
# The Arabic letters of the morning and the evening, after a time ("03:47 م").
_ARABIC_HALVES = {"ص": "a", "م": "p"}
# ...which is a short line: a longer one is prose opening with a time.
_LABELLED_TIME_CHARS = 200
# What a time heading opens with: most blocks are settled by it, before the whole pattern.
_TIME_START_RE = lazy(r"\W{0,3}\d")
# No time heading is longer than this: "**12:45 p.m. CEST**".
_TIME_HEADING_CHARS = 24


def _minutes(match: re.Match) -> int:
    """The minutes of the day the time names, a 12-hour one ("1:10pm", "12:05am") too."""
    hours, half = int(match.group(1)), _half(match)
    if half:
        hours = hours % 12 + (12 if half == "p" else 0)
    return hours * 60 + int(match.group(2))


def _half(match: re.Match) -> str:
    """The half of the day a time names: "a", "p", or "" for a 24-hour clock's time."""
    return (match.group(3) or _ARABIC_HALVES.get(match.group(4) or "", "")).lower()


def timestamp_headings(texts: Sequence[str], good: Sequence[bool]) -> set[int]:
    """Clock times alone on a line, each over its entry, `MIN_LIST` or more in a row of times that
    only go back (or only forward; past midnight too), two entries of one minute allowed: the
    entries of a live blog, with the headings of their own the entries open with. An entry is a
    paragraph, right under the time or under a short heading ("9:30 p.m." / "First results are
    in" / the paragraph), or under the time with its heading after a dash ("6:02 p.m. – Call to
    order", a meeting's timeline). A video's durations ("1:41", "0:00") stand over no paragraph,
    or not in order."""
    found: set[int] = set()
    run: list[tuple[int, int, int | None]] = []  # (block, minutes of the day, entry's heading)
    direction = 0
    for i, text in enumerate(texts):
        if not _TIME_START_RE.match(text):
            continue
        match, heading = _time_heading(text), None
        if match is None:
            match = labelled_time(text)
        else:
            heading = _entry_heading(texts, good, i)
        if match is None or not (heading is not None or _good(good, i + 1)):
            continue
        minutes = _minutes(match)
        step = _step(run[-1][1], minutes) if run else 0
        if run and (direction in (0, step) or not step):
            direction = direction or step
            run.append((i, minutes, heading))
            continue
        _found(run, found)
        # The turn of a sequence is the first time of the next one.
        turn = [run[-1], (i, minutes, heading)] if run else [(i, minutes, heading)]
        run, direction = turn, step if run else 0
    _found(run, found)
    return found


# An entry's own heading, between its time and its paragraph, holds at most this many words.
ENTRY_HEADING_WORDS = 14
# A day, and a clock's change of more than `_WRAP` minutes: the other day, past midnight ("11:38
# p.m." under "12:15 a.m.", read from the latest entry down), not the clock turning back.
_DAY = 24 * 60
_WRAP = 20 * 60


def _time_heading(text: str) -> re.Match | None:
    return TIME_HEADING_RE.match(text.strip()) if len(text) <= _TIME_HEADING_CHARS else None


def labelled_time(text: str) -> re.Match | None:
    """A clock time with its entry's heading after a dash, of `ENTRY_HEADING_WORDS` at most. A
    time parted by a dot needs its half of the day: "2.10 – Bug fixes" is a version."""
    if len(text) > _LABELLED_TIME_CHARS:
        return None
    stripped = text.strip()
    match = TIME_LABEL_RE.match(stripped)
    if match is None or count_words(match["label"], ENTRY_HEADING_WORDS) > ENTRY_HEADING_WORDS:
        return None
    dotted = stripped[match.end(1)] == "."
    return None if dotted and not _half(match) else match


def _good(good: Sequence[bool], i: int) -> bool:
    return i < len(good) and good[i]


def _entry_heading(texts: Sequence[str], good: Sequence[bool], i: int) -> int | None:
    """The block of the short heading under the time at block `i` and over a paragraph, if any."""
    under = i + 1
    if under >= len(texts) or good[under] or not _good(good, under + 1):
        return None
    text = texts[under]
    if len(text.split()) > ENTRY_HEADING_WORDS or TIME_HEADING_RE.match(text.strip()):
        return None
    return under


def _step(before: int, minutes: int) -> int:
    """Which way the clock went from `before` to `minutes`: 1, -1 or 0, past midnight too."""
    change = minutes - before
    if change > _WRAP:
        change -= _DAY
    elif change < -_WRAP:
        change += _DAY
    return (change > 0) - (change < 0)


def _found(run: Sequence[tuple[int, int, int | None]], found: set[int]) -> None:
    """Add a run's times and its entries' headings to `found`, when it is long enough."""
    if len(run) >= MIN_LIST:
        for time, _, heading in run:
            found.add(time)
            if heading is not None:
                found.add(heading)
