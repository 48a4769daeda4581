"""Dates in other scripts: CJK datelines, and the digits of other scripts.

`2025年1月29日` (Chinese, Japanese), `2025년 1월 29일` (Korean) have a shape of their own; Arabic
and Persian digits (`٢٩ يناير ٢٠٢٥`), Indic ones (Bengali `১৪ মার্চ ২০২৫`, Devanagari `१४ मार्च`),
Thai, Lao, Burmese, Khmer and full-width digits are read as ASCII digits, one character for one,
so spans found in the translated text hold in the original. Month names come from CLDR with the
others (:mod:`scrapelint.facts.locale_data`).
"""

from __future__ import annotations

from scrapelint.text.lazy_pattern import lazy

# The zero of each script's ten digits: Arabic-Indic, extended Arabic-Indic (Persian, Urdu),
# Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
# Tibetan, Myanmar, Khmer, Mongolian and full-width.
DIGIT_BLOCKS = (
    "\u0660", "\u06f0", "\u0966", "\u09e6", "\u0a66", "\u0ae6", "\u0b66", "\u0be6", "\u0c66",
    "\u0ce6", "\u0d66", "\u0e50", "\u0ed0", "\u0f20", "\u1040", "\u17e0", "\u1810", "\uff10",
)  # fmt: skip
DIGITS = str.maketrans({chr(ord(first) + n): str(n) for first in DIGIT_BLOCKS for n in range(10)})
# A character that only occurs in a line worth translating.
_FOREIGN_DIGIT_RE = lazy(
    "[" + "".join(f"{first}-{chr(ord(first) + 9)}" for first in DIGIT_BLOCKS) + "]"
)

# Year, month, day with CJK counters: "2025年1月29日", "2025 年 1 月 29 日", "2025년 1월 29일".
CJK_DATE_RE = lazy(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
)
# Every CJK date holds one of these: a line without them skips the regex.
CJK_MARKS = frozenset("年년")


def ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic, Persian and full-width digits as ASCII digits (same length)."""
    return text.translate(DIGITS) if _FOREIGN_DIGIT_RE.search(text) else text


def has_cjk_mark(text: str) -> bool:
    return not CJK_MARKS.isdisjoint(text)
