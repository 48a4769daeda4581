"""The words of a line: how many, how many of them are function words, and the words lowercased,
by which two lines are compared. They are counted on the line's bytes where the result is
provably the same as a str call per word (tests/locate/test_locator_fast_paths.py checks it).
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.marks import LETTER_MARKS
from scrapelint.text.pieces import is_long, read_words

# Word tokens for counting; \w covers every script, so Cyrillic and Hangul words count too, and
# with the combining marks that write vowels and tones (`marks.LETTER_MARKS`) a word of Hindi,
# Bengali, Thai or vowelled Arabic is one word: `\w` alone cuts "होम" (home) into "ह" and "म",
# a menu's entry into two or three, and a page's menus into lines that read as sentences.
WORD_RE = lazy(rf"[\w{LETTER_MARKS}]+")
# A word as a headline's reader splits a line: the same, the underscore aside ("snake_case" is
# two words there).
PLAIN_WORD_RE = lazy(rf"(?:[^\W_]|[{LETTER_MARKS}])+")

# A small multilingual set of very frequent function words (articles, prepositions, conjunctions,
# pronouns). Prose is full of them whatever the topic; headlines, menus and names are not.
_FUNCTION_WORDS_TEXT = """
    a an the and or but of to in on at for with from by as is are was were be been has have had
    it its this that which who not he she they we you his her their our will would said
    der die das und oder in im den dem des ein eine einer zu mit von auf für ist sind war nicht
    sich es er sie wir auch dass bei als wie
    le la les un une des du et ou de à au aux en dans pour par sur est sont pas qui que ce il elle
    el los las y o del al con por para es son se lo que su sus una
    o os as um uma e do da dos das no na nos nas em com por para é são que não ao se seu sua
    il lo gli i di da con per è sono che non nel nella del della
    de het een en van op te dat die niet is zijn met voor
    и в во не на с со что как по к у от из за но это он она они мы вы его её их был была были
    для о об же ли бы то
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

# Counting is done on the line's UTF-8 bytes, with `bytes` methods that run in C over the whole
# line, instead of a str method call per character or a regex match object per word. Most lines
# are ASCII; most others are ASCII plus curly quotes and dashes. The few non-ASCII characters are
# looked at one by one; only words with non-ASCII letters (Cyrillic, accents) take the str route.
# Lone surrogates (undecodable input bytes) pass through the encoding as three bytes each.
UTF8 = ("utf-8", "surrogatepass")
ASCII = [chr(code) for code in range(128)]
ASCII_BYTES = bytes(range(128))
# WORD_RE words, lowercased, of a line whose non-ASCII characters are not word characters: every
# byte outside a word becomes a space and `bytes.split` cuts the runs WORD_RE would find.
_WORDS = bytes([*(ord(c.lower()) if WORD_RE.fullmatch(c) else 32 for c in ASCII), *b" " * 128])


def word_counts(
    body: str, raw: bytes, has_other_words: bool
) -> tuple[int, int, tuple[str, ...] | str | None]:
    """How many WORD_RE words the line has, how many of them are function words, and the words
    lowercased when they are all ASCII (None otherwise)."""
    if is_long(raw):
        return _long_word_counts(body, raw, has_other_words)
    if has_other_words:
        words = _lowered_found(body)
        return len(words), _function_count(words), None
    found = _ascii_found(raw)
    return len(found), _function_count(found), tuple(found)


def _long_word_counts(body: str, raw: bytes, has_other_words: bool) -> tuple[int, int, str | None]:
    """`word_counts` of a very long line, a piece at a time: its words as a digest."""
    if has_other_words:
        found, functions, _ = read_words(body, _lowered_found, _function_count)
        return found, functions, None
    return read_words(raw, _ascii_found, _function_count)


def _ascii_found(raw: bytes) -> list[str]:
    # All words are ASCII: lowering bytes lowers them, and no function word is lost.
    return raw.translate(_WORDS).decode("ascii").split()


def _lowered_found(piece: str) -> list[str]:
    return list(map(str.lower, WORD_RE.findall(piece)))


def _function_count(words: Sequence[str]) -> int:
    return sum(map(FUNCTION_WORDS.__contains__, words))


def lowered_words(text: str) -> tuple[str, ...] | str:
    """The WORD_RE words of ``text`` lowercased, as ``WORD_RE.findall(text.lower())`` finds them;
    for a very long line, a digest of them (`pieces.read_words`)."""
    return read_words(text, _lowered_words, len)[2] if is_long(text) else _lowered_words(text)


def _lowered_words(text: str) -> tuple[str, ...]:
    raw = text.encode(*UTF8)
    if len(raw) > len(text):
        others = raw.translate(None, ASCII_BYTES).decode(*UTF8)
        if WORD_RE.search(others.lower()) is not None:
            return tuple(WORD_RE.findall(text.lower()))
    # Lowering ASCII keeps every character a word character or not, and the other characters
    # (quotes, dashes) lower to no word character: the words are the ASCII ones.
    return tuple(raw.translate(_WORDS).decode("ascii").split())
