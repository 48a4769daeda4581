"""Title case: how many of a line's tokens start with a cased letter, and how many of those with
a capital (a line's `title_share`: Headline Case Or A List Of Names), counted on its bytes."""

from __future__ import annotations

from scrapelint.text.words import ASCII, UTF8

# How the first character of a `str.split` token counts for `title_share`: a space (str.isspace,
# which for ASCII also holds for \x1c-\x1f), a capital, a small letter, or other.
_SPACE, _CAPITAL, _SMALL, _OTHER = b" ", b"A", b"a", b"x"


def _token_shape(char: str) -> bytes:
    """The shape of ``char`` as a token's first character: only cased letters count."""
    if char.isspace():
        return _SPACE
    if char.isalpha() and char.lower() != char.upper():
        return _CAPITAL if char.isupper() else _SMALL
    return _OTHER


# Bytes of non-ASCII characters are "other"; a non-ASCII space or letter is first replaced by the
# letter of its shape (`token_counts`).
_SHAPES = b"".join(map(_token_shape, ASCII)) + _OTHER * 128


class _ShapeMemo(dict[str, tuple[bytes, bytes]]):
    """Each non-ASCII character seen: its UTF-8 bytes and `_token_shape`. A corpus holds a few
    hundred distinct ones, and a dict lookup is far cheaper than four str calls."""

    def __missing__(self, char: str) -> tuple[bytes, bytes]:
        found = self[char] = (char.encode(*UTF8), _token_shape(char))
        return found


_SHAPE_OF = _ShapeMemo()


def token_counts(raw: bytes, others: str) -> tuple[int, int, int]:
    """How many ``str.split()`` tokens the line has, how many start with a cased letter, and how
    many of those with a capital; ``others`` are the line's non-ASCII characters."""
    if others:
        for char in set(others):
            code, shape = _SHAPE_OF[char]
            if shape != _OTHER:
                raw = raw.replace(code, shape)
    # Each token's first byte follows a space, or opens the line (tested apart: a long line is
    # not copied to put a space before it).
    shapes = raw.translate(_SHAPES)
    first = shapes[:1]
    title = shapes.count(b" A") + (first == _CAPITAL)
    cased = title + shapes.count(b" a") + (first == _SMALL)
    return cased + shapes.count(b" x") + (first == _OTHER), cased, title
