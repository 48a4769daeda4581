"""Writing systems of text: which script a line's letters are in (Latin, Cyrillic, Hangul, …).

The script of a letter is the first word of its Unicode name ("LATIN SMALL LETTER A",
"HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00"), which the standard library knows for every
code point; it is remembered per character, so a corpus pays for each distinct letter once.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# Scripts that share one writing system under several Unicode name prefixes.
SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK"}


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0] if name else "UNKNOWN"
    return SAME_SCRIPT.get(first, first)


def script_counts(text: str) -> Counter[str]:
    return Counter(script_of(char) for char in text if char.isalpha())


def dominant_script(texts: Iterable[str]) -> tuple[str | None, float]:
    """The script most letters of `texts` are in, and the share of letters it holds."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(script_counts(text))
    total = sum(counts.values())
    if not total:
        return None, 0.0
    script, count = counts.most_common(1)[0]
    return script, count / total
