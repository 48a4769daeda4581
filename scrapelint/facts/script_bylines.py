"""Bylines in scripts without capital letters: Arabic, Hindi, Korean, Chinese and Japanese.

`credit_names.looks_like_name` knows a name by its capitals, which Arabic, Devanagari, Hangul and
the CJK scripts do not have: "بقلم: ليلى بن عاشور", "लेखक: अनुराधा मिश्रा", "최다현 기자" and
"记者 张明" were read as no credit at all, so the head's byline stayed in the text and the
standfirst over it was taken for chrome. There the label says it: the word for "by" or "author"
before the name, or the word for "reporter" after it in Korean, with a name of a few words of the
script alone.
"""

from __future__ import annotations

from scrapelint.text.lazy_pattern import lazy

# Arabic letters and their vowel points; Devanagari with its vowel signs; Hangul syllables; kana
# and CJK ideographs.
_ARABIC = r"[\u0621-\u065f\u0670-\u06d3]+"
_DEVANAGARI = r"[\u0900-\u0963\u0971-\u097f]+"
_CJK = r"[\u3040-\u30ff\u4e00-\u9fff・]"

# "بقلم: ليلى بن عاشور", "كتب: أحمد علي": by (pen), wrote, prepared by, report by.
ARABIC_RE = lazy(
    rf"^(?:بقلم|كتب|كتبت|إعداد|تقرير)\s*[:\-–]?\s*(?P<name>{_ARABIC}(?:\s+{_ARABIC}){{1,3}})$"
)
# "लेखक: अनुराधा मिश्रा": author, report, reporter, correspondent.
HINDI_RE = lazy(
    rf"^(?:लेखक|लेखिका|रिपोर्ट|रिपोर्टर|संवाददाता)\s*[:\-–]\s*"
    rf"(?P<name>{_DEVANAGARI}(?:\s+{_DEVANAGARI}){{0,3}})$"
)
# "최다현 기자", "최다현 기자 dahyun.choi@example.com": a name of two to four syllables, then
# reporter, correspondent or editor, an address maybe.
KOREAN_RE = lazy(
    r"^(?P<name>[가-힣]{2,4})\s?(?:기자|특파원|객원기자|선임기자|에디터)(?:\s+\S+@\S+)?$"
)
# "记者 张明", "作者：王小红", "文／山田太郎", "筆者：ミナト": reporter; author, text by, with the
# colon or slash that parts the label from the name ("文化・くらし" is a menu's "culture").
CJK_RE = lazy(
    rf"^(?:(?:记者|記者)\s*[:：/／]?|(?:作者|文|筆者|撰文|执笔)\s*[:：/／])\s*(?P<name>{_CJK}{{2,8}})$"
)

_PATTERNS = (ARABIC_RE, HINDI_RE, KOREAN_RE, CJK_RE)


def script_credit(segment: str) -> str | None:
    """The writer's name when `segment` is a labelled byline in one of these scripts."""
    if not segment or (segment[0].isascii() and segment[-1].isascii()):
        return None  # most segments are in a Latin script: none of these patterns
    for pattern in _PATTERNS:
        match = pattern.match(segment.strip())
        if match:
            return match["name"]
    return None
