"""Sentences set in a narrow column: an infographic's figures, a pull quote in a box.

A page converted to text keeps the line breaks of a narrow box: "Between 2015 and" / "2018, 13%
of children" / "ages 5 to 19 in the" / "United States had" / "untreated cavities" / "in their
teeth." Read a line at a time, each is a few words without a sentence: a menu, tail chrome. Read
as what it is, it is one sentence of the article. Unlike a hard-wrapped text (`hard_wrap`), the
rest of the page has its paragraphs on one line each, so there is no width to find; what tells
the column apart from a menu is that every break falls inside the sentence: the next line goes
on in lower case, or the line stops at a word no sentence ends with ("the", "of", "and") or at a
comma. A menu's items ("About Us" / "Careers"), a card's headline over its teaser, and a byline
over a date break between units, and never end, all of them, in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A column is narrow: its lines are no longer than this. A longer line is a paragraph or a
# headline of its own.
MAX_CHARS = 40
# A sentence broken over fewer lines is a heading over a short line as often as one sentence.
MIN_LINES = 3
# Joined, the lines make a sentence of at least this many words.
MIN_WORDS = 8
# The column's last line ends its sentence: a full stop, a question or an exclamation mark, maybe
# a closing quote and a footnote's number ("deaths.3").
_ENDS_RE = re.compile(r"[.!?][\"'”’)]*\d{0,2}$")
# What may stand before a sentence's first word: quotes, brackets, an ellipsis, spaces.
_LEADING = "\"'“‘«„([.… "
# A line that opens an item or a heading starts anew.
_OPENS_RE = re.compile(r"\s*(?:[-*+•>|#]\s|\d{1,3}[.)]\s)")
# Words a sentence does not stop at: a line that ends with one goes on in the next. Articles,
# conjunctions and prepositions of the languages whose vocabulary the rules hold.
_GOES_ON = frozenset(
    (
        *("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from"),
        *("with", "by", "than", "that", "as", "has", "have", "had", "was", "were", "is", "are"),
        *("be", "been", "its", "their", "his", "her", "our", "your", "this", "these", "those"),
        *("more", "less", "not", "no", "into", "over", "under", "about", "between", "per"),
        *("der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "von", "mit"),
        *("zu", "im", "für", "auf", "le", "la", "les", "du", "et", "ou", "au", "aux", "un"),
        *("une", "el", "los", "las", "del", "y", "con", "por", "para", "una", "os", "do", "da"),
        *("dos", "das", "em", "com", "um", "uma", "il", "lo", "gli", "di", "che", "per"),
        *("de", "en", "e", "o"),
    )
)


def narrow_breaks(lines: Sequence[str]) -> frozenset[int]:
    """The indices of the lines that go on with the sentence of the line above, in every run of
    at least `MIN_LINES` short lines, with no blank line between, that together make one
    sentence; empty for a text with none."""
    found: set[int] = set()
    for group in _short_groups(lines):
        found.update(_continuing(lines, group))
    return frozenset(found)


def _short_groups(lines: Sequence[str]) -> list[list[int]]:
    """The runs of at least `MIN_LINES` non-blank lines of at most `MAX_CHARS` characters, with
    no blank or longer line between: the only places a column can be (most lines of a page are
    blank or longer, and are passed over at the cost of a length)."""
    groups: list[list[int]] = []
    group: list[int] = []
    for index, line in enumerate(lines):
        if not line.isspace() and len(line.strip()) <= MAX_CHARS and line:
            group.append(index)
            continue
        if len(group) >= MIN_LINES:
            groups.append(group)
        group = []
    if len(group) >= MIN_LINES:
        groups.append(group)
    return groups


def _continuing(lines: Sequence[str], group: list[int]) -> set[int]:
    """The lines of one group of short lines that go on with a sentence of the column."""
    found: set[int] = set()
    run: list[int] = []
    for index in group:
        line = lines[index]
        text = line.strip()
        if _OPENS_RE.match(line):
            run = []
            continue
        if run and not _goes_on(lines[run[-1]].strip(), text):
            run = []
        if run or _opens_sentence(text):
            run.append(index)
        if run and _ENDS_RE.search(text):
            if _one_sentence(lines, run):
                found.update(run[1:])
            run = []
    return found


def _opens_sentence(text: str) -> bool:
    """Whether a line may open a sentence: its first letter or digit, after any opening quote,
    bracket or ellipsis ("“In 2020, more than", ". . . Do not raise"), is a capital or a digit."""
    first = text.lstrip(_LEADING)[:1]
    return first.isupper() or first.isdigit()


def _goes_on(line: str, following: str) -> bool:
    """Whether the break between two short lines falls inside a sentence."""
    if _ENDS_RE.search(line):
        return False
    last_word = line.rsplit(maxsplit=1)[-1]
    return following[0].islower() or line.endswith(",") or last_word in _GOES_ON


def _one_sentence(lines: Sequence[str], run: list[int]) -> bool:
    """Whether the run's lines, joined, make one sentence long enough to count."""
    if len(run) < MIN_LINES:
        return False
    return sum(len(lines[i].split()) for i in run) >= MIN_WORDS
