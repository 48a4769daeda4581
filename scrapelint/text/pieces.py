"""Reading a very long line a piece at a time.

A scraped file can be one line of tens of megabytes (a page's text with its line breaks lost).
Splitting it into words at once makes a list of millions of small strings, about eleven times the
line's size, and several readers do so in turn; read in pieces cut at spaces, each list stays a
few hundred kilobytes. Lines up to `LONG_LINE` characters, nearly every line, are read whole as
before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

AnyText = TypeVar("AnyText", str, bytes)

# The words of a long line are known by a digest (`read_words`); the prefix keeps the key apart from
# any word.
KEY_BYTES = 16
WORDS_KEY = "words:"
# Lines longer than this are read in pieces of about this size; a piece is cut at a space, so no
# word is cut (a piece without a space runs on to the next one).
LONG_LINE = 1 << 16


def is_long(text: str | bytes) -> bool:
    return len(text) > LONG_LINE


def pieces(text: AnyText) -> Iterator[AnyText]:
    """`text` cut at spaces into pieces of about `LONG_LINE` characters (the spaces it is cut at
    dropped), or whole when it is not longer than that."""
    if len(text) <= LONG_LINE:
        yield text
        return
    space = b" " if isinstance(text, bytes) else " "
    start = 0
    while True:  # a cut at the last character leaves an empty last piece: joined, they are `text`
        end = text.find(space, start + LONG_LINE)
        if end == -1:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def word_set(text: str) -> frozenset[str]:
    """`frozenset(text.split())`, a piece at a time."""
    if not is_long(text):
        return frozenset(text.split())
    words: set[str] = set()
    for piece in pieces(text):  # one piece's words at a time, not all of them as arguments
        words.update(piece.split())
    return frozenset(words)


def count_words(text: str, most: int | None = None) -> int:
    """`len(text.split())`; with `most`, counting stops past it (`most` + 1 means more)."""
    if most is not None:
        return len(text.split(None, most))
    if not is_long(text):
        return len(text.split())
    return sum(len(piece.split()) for piece in pieces(text))


def read_words(
    text: AnyText,
    words_of: Callable[[AnyText], Sequence[str]],
    count: Callable[[Sequence[str]], int],
) -> tuple[int, int, str]:
    """A long line's words a piece at a time: how many, `count` of them summed over the pieces,
    and a key that two lines share exactly when they have the same words (a digest of the words
    joined by spaces: the line's words themselves are never all held at once)."""
    total = counted = 0
    digest = hashlib.blake2b(digest_size=KEY_BYTES)
    for piece in pieces(text):
        found = words_of(piece)
        if found:
            digest.update(b" " if total else b"")
            digest.update(" ".join(found).encode("utf-8", "surrogatepass"))
        total += len(found)
        counted += count(found)
    return total, counted, f"{WORDS_KEY}{digest.hexdigest()}"


def folded_lines(texts: Sequence[str], fold: Callable[[str], str]) -> str:
    """`fold("\n".join(texts))`. Lowering text that is not ASCII takes four bytes a character
    while it runs, so such text is folded a line at a time: a fold maps characters one by one,
    and the final sigma looks no further than a line break."""
    text = "\n".join(texts)
    if text.isascii():
        return fold(text)
    del text
    return "\n".join(map(fold, texts))
