"""Dates in other scripts: CJK datelines, Arabic-Indic and full-width digits.

`2025年1月29日` (Chinese, Japanese), `2025년 1월 29일` (Korean) have a shape of their own; Arabic
and Persian digits (`٢٩ يناير ٢٠٢٥`) and full-width digits are read as ASCII digits, one character
for one, so spans found in the translated text hold in the original. Arabic and Cyrillic month
names come from CLDR with the others (:mod:`scrapelint.facts.locale_data`).
"""

from __future__ import annotations

import re

# Arabic-Indic (U+0660-0669), extended Arabic-Indic/Persian (U+06F0-06F9), full-width (U+FF10-19).
_DIGIT_BLOCKS = ("\u0660", "\u06f0", "\uff10")
DIGITS = str.maketrans({chr(ord(first) + n): str(n) for first in _DIGIT_BLOCKS for n in range(10)})
# A character that only occurs in a line worth translating.
_FOREIGN_DIGIT_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]")

# Year, month, day with CJK counters: "2025年1月29日", "2025 年 1 月 29 日", "2025년 1월 29일".
CJK_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
)
# Every CJK date holds one of these: a line without them skips the regex.
CJK_MARKS = frozenset("年년")


def ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic, Persian and full-width digits as ASCII digits (same length)."""
    return text.translate(DIGITS) if _FOREIGN_DIGIT_RE.search(text) else text


def has_cjk_mark(text: str) -> bool:
    return not CJK_MARKS.isdisjoint(text)
