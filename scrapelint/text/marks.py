r"""The combining marks that belong to words: Python's `\w` holds none of them.

Devanagari and the other Indic scripts, Thai, Lao, Khmer and Myanmar write vowels and tones with
combining marks: a regular expression's `\w` stops inside "पढ़ें" and "มีนาคม", so word splits,
word counts and month names in those scripts need the marks added to the letters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

# Arabic's and Hebrew's vowel points and cantillation marks are written or left out at will
# ("أيضًا", "أيضا"): the normal form leaves them out; so it does the dot above that case folding
# leaves on the Turkish "İ" ("İstanbul" reads `istanbul`).
_POINTS = (
    range(0x0307, 0x0308),
    range(0x0591, 0x05C8),
    range(0x0610, 0x061B),
    range(0x064B, 0x0660),
    range(0x0670, 0x0671),
)
DROP_POINTS = {
    code: None
    for block in _POINTS
    for code in block
    if unicodedata.category(chr(code)).startswith("M")
}


# The combining marks from U+0300 to U+1DFF, read once from the Unicode data for both classes.
_MARKS = tuple(
    code for code in range(0x0300, 0x1E00) if unicodedata.category(chr(code)).startswith("M")
)


def _mark_class(dropped: Collection[int] = ()) -> str:
    r"""The combining marks of the scripts that write vowels and tones with them (Devanagari and
    the other Indic scripts, Thai, Lao, Khmer, Myanmar), less `dropped`, as the ranges of a
    character class: Python's `\w` holds no mark, so "पढ़ें" would read as two words, "पढ" and
    nothing, and a line of Hindi as half again as many words as it has."""
    ranges: list[tuple[int, int]] = []
    for code in _MARKS:
        if code in dropped:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(f"{chr(a)}-{chr(b)}" if a < b else chr(a) for a, b in ranges)


# The marks that are part of a word in the normal form, as the ranges of a character class
# (`[^\W\d_]` and these): the vowel points it drops are not.
WORD_MARKS = _mark_class(DROP_POINTS)
# ...and every mark a word may be written with, the vowel points of Arabic and Hebrew too: what
# counts the words of a line as written ("أيضًا" is one word, not two).
LETTER_MARKS = _mark_class()
