"""A line's key in the boilerplate table: its normal form, digits folded, hashed to 63 bits.

"Posted 12 March 2021 | 3 comments" and "Posted 4 May 2022 | 17 comments" are one line of a
site's chrome: case, punctuation and spacing are folded by `normalize`, and every run of digits
reads "0". A key is a signed 64-bit integer, what SQLite stores in eight bytes or fewer.
"""

from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b

from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.normalize import normalized_content

DIGITS_RE = lazy(r"\d+")
_KEY_BYTES = 8
_SIGN = 1 << 63


def line_form(text: str) -> str:
    """The folded form of a line, in which a site's repeated chrome reads the same everywhere."""
    return DIGITS_RE.sub("0", normalized_content(text))


def line_key(text: str) -> int | None:
    """The key of a line, or None for a line with no word (blank, or punctuation alone)."""
    return form_key(normalized_content(text))


def form_key(normalized: str) -> int | None:
    """`line_key` of a line whose `normalized_content` is `normalized`."""
    form = DIGITS_RE.sub("0", normalized) if _has_digit(normalized) else normalized
    if not form:
        return None
    value = int.from_bytes(blake2b(form.encode("utf-8"), digest_size=_KEY_BYTES).digest(), "big")
    return value - _SIGN if value >= _SIGN else value


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text) if not text.isascii() else bool(_ASCII_DIGIT(text))


_ASCII_DIGIT = lazy(r"\d").search


def document_keys(texts: Iterable[str]) -> set[int]:
    """The keys of a document's lines, each once: a line counts once per document."""
    keys = {line_key(text) for text in texts}
    keys.discard(None)
    return keys  # type: ignore[return-value]
