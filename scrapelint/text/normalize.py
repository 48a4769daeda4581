"""Text normalisation shared by phrase matching and duplicate detection.

Phrases and lines are compared in one normal form: case-folded, Markdown link targets dropped,
every run of characters that are not letters or digits turned into one space. "|Next >",
"Next »" and "NEXT" all read `next`; "Subscribe to our newsletter!" reads
`subscribe to our newsletter`.
"""

from __future__ import annotations

import re

from scrapelint.text.document import LINK_MARK, drop_link_targets, line_content
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.marks import DROP_POINTS, WORD_MARKS
from scrapelint.text.pieces import is_long, pieces

# Anything that is not a letter, digit or combining mark separates words; `_` too, since scraped
# widget names ("Featured_Author") join words with it.
NON_WORD_RE = lazy(rf"(?:[^\w{WORD_MARKS}]|_)+")
# The first run of letters and digits of an ASCII line: its first word in the normal form.
FIRST_WORD_RE = lazy(r"[^\W_]+", re.ASCII)


# On ASCII text the normal form is a translation (letters lowered, digits kept, anything else a
# space) and a split: C loops, where the regular expression runs several times slower. The bytes
# form of the table runs faster still than the str form.
ASCII_WORDS = str.maketrans(
    {chr(c): chr(c).lower() if chr(c).isalnum() else " " for c in range(128)}
)
ASCII_WORD_BYTES = bytes(ord(ASCII_WORDS[c]) for c in range(128)) + bytes(128)
# Typographic punctuation common in scraped English (apostrophes, quotes, dashes, ellipses,
# no-break spaces, bullets): none is a letter or digit and none has a case, so turning it into a
# space changes no normal form, and a line that holds no other non-ASCII character takes the
# ASCII path.
TYPOGRAPHIC = "’“”‘—–… «»·•"


def normalize(text: str) -> str:
    text = _plain(drop_link_targets(text))
    if text.isascii():
        if is_long(text):
            return _ascii_form_in_pieces(text)
        return b" ".join(_ascii_words(text)).decode("ascii")
    return NON_WORD_RE.sub(" ", text.casefold().translate(DROP_POINTS)).strip()


def normalized_content(text: str) -> str:
    """`normalize(line_content(text))`: the normal form phrase rules match a line's words in.

    Once links are gone and typographic punctuation is spaces, the content of an ASCII line
    differs from it only by heading hashes, list markers and spaces, none of them words, unless
    the marker is itself a word: "o" or a 1-3 digit number. So the text is normalised directly,
    unless its first word could be such a marker.
    """
    if LINK_MARK not in text:
        plain = _plain(text)
        if plain.isascii():
            if is_long(plain):
                return _long_ascii_form(plain)
            words = _ascii_words(plain)
            if not words or not _may_be_marker(words[0]):
                return b" ".join(words).decode("ascii")
    return normalize(line_content(text))


def _long_ascii_form(text: str) -> str:
    """The ASCII normal form of a very long line, a piece at a time (`text.pieces`); only a
    marker-like first word sends it the slow way."""
    first = FIRST_WORD_RE.search(text)
    if first and _may_be_marker(_ascii_words(first.group())[0]):
        return normalize(line_content(text))
    return _ascii_form_in_pieces(text)


def _ascii_form_in_pieces(text: str) -> str:
    """The ASCII normal form of a long line, made a piece of the line at a time: its words are
    never all in one list, and the line is never translated whole. A piece is cut at a space,
    which no word holds, so the pieces' words are the line's."""
    forms = (b" ".join(_ascii_words(piece)).decode("ascii") for piece in pieces(text))
    return " ".join([form for form in forms if form])


def _plain(text: str) -> str:
    """`text` with its typographic punctuation turned into spaces, when it is not ASCII."""
    if text.isascii():
        return text
    for mark in TYPOGRAPHIC:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def _ascii_words(text: str) -> list[bytes]:
    return text.encode("ascii").translate(ASCII_WORD_BYTES).split()


def _may_be_marker(word: bytes) -> bool:
    return word == b"o" or (len(word) <= 3 and word.isdigit())
