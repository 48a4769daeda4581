"""Text normalisation shared by phrase matching and duplicate detection.

Phrases and lines are compared in one normal form: case-folded, Markdown link targets dropped,
every run of characters that are not letters or digits turned into one space. "|Next >",
"Next »" and "NEXT" all read `next`; "Subscribe to our newsletter!" reads
`subscribe to our newsletter`.
"""

from __future__ import annotations

import re

from scrapelint.document import drop_link_targets

# Anything that is not a letter or digit separates words; `_` too, since scraped widget names
# ("Featured_Author") join words with it.
NON_WORD_RE = re.compile(r"[\W_]+")


# On ASCII text the normal form is a translation (letters lowered, digits kept, anything else a
# space) and a split: C loops, where the regular expression runs several times slower.
ASCII_WORDS = str.maketrans(
    {chr(c): chr(c).lower() if chr(c).isalnum() else " " for c in range(128)}
)


def normalize(text: str) -> str:
    text = drop_link_targets(text)
    if text.isascii():
        return " ".join(text.translate(ASCII_WORDS).split())
    return NON_WORD_RE.sub(" ", text.casefold()).strip()


def word_count(normalized: str) -> int:
    return normalized.count(" ") + 1 if normalized else 0
