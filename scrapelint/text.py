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


def normalize(text: str) -> str:
    text = drop_link_targets(text)
    return NON_WORD_RE.sub(" ", text.casefold()).strip()


def word_count(normalized: str) -> int:
    return normalized.count(" ") + 1 if normalized else 0
