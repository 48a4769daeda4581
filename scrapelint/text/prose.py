"""Per-line shape features: how much does one line of scraped text read like running prose?

Boilerplate and article text differ less in *what* they say than in *how the line is shaped*
(jusText, boilerpipe): article paragraphs are long, end in sentence punctuation, carry many
function words and few capitalised words; navigation, teasers, share buttons and footers are short,
title-cased, unpunctuated, list-marked or link-like. Every feature here is language-agnostic or
uses a small multilingual function-word set, so a page in Korean or Russian is judged by the same
shape as one in English.

All functions are pure and work on one ``str`` without its line ending. ``line_reading`` returns
an immutable ``LineFeatures`` value with the line's words; ``prose_score`` folds the features
into one number in [0, 1];
``lowered_words`` gives the words two lines are compared by. They run once per line and fix pass,
so characters and words are counted with ``bytes`` methods over the whole line where the result
is provably the same as a ``str`` call per character
(tests/locate/test_locator_fast_paths.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from scrapelint.text.pieces import is_long, read_words

# A list item as text renderers write it: bullets (*, -, •, o, ▪ ...) or "1." / "1)" numbering.
# Matched only at the start so a hyphen inside a sentence never counts.
LIST_MARKER_RE = re.compile(r"^\s*(?:[*\-•·▪►●○◦o+>»]|\d{1,3}[.)])\s+")

# URLs, bare domains and e-mail addresses: a line made of these is a link, not a sentence.
LINK_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\b\S+@[\w-]+\.\w+")

# The ASCII characters no list marker starts with (LIST_MARKER_RE needs a space, a bullet or a
# digit first): letters, quotes, brackets. An empty line has no marker either.
_PLAIN_STARTS = frozenset(
    c for c in map(chr, range(128)) if not re.match(r"[\s\d*\-•·▪►●○◦o+>»]", c)
) | {""}

# Word tokens for counting; \w covers every script, so Cyrillic and Hangul words count too.
WORD_RE = re.compile(r"\w+")

# Characters of scripts written without spaces (CJK ideographs, kana): there a "word" is ~2 chars.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")

# Closing quotes and brackets that may follow the sentence-final mark: `he said."` or `(...).)`.
_CLOSERS = "\"'”’»)]】」』›"
# Sentence-final punctuation in Latin, CJK, Arabic and Devanagari scripts, plus the ellipsis.
_CLOSERS_AND_SPACE = _CLOSERS + " "
_FINALS = frozenset(".!?…。！？؟।")

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
_UTF8 = ("utf-8", "surrogatepass")
_ASCII = [chr(code) for code in range(128)]
_ASCII_BYTES = bytes(range(128))
# Each ASCII letter as "a", digit as "0" (str.isalnum is one or the other), anything else as " ":
# counting those two bytes counts the line's ASCII letters and digits.
_KINDS = bytes([*(97 if c.isalpha() else 48 if c.isdigit() else 32 for c in _ASCII), *b" " * 128])
# WORD_RE words, lowercased, of a line whose non-ASCII characters are not word characters: every
# byte outside a word becomes a space and `bytes.split` cuts the runs WORD_RE would find.
_WORDS = bytes([*(ord(c.lower()) if WORD_RE.fullmatch(c) else 32 for c in _ASCII), *b" " * 128])
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
# letter of its shape (`_token_counts`).
_SHAPES = b"".join(map(_token_shape, _ASCII)) + _OTHER * 128


class _ShapeMemo(dict[str, tuple[bytes, bytes]]):
    """Each non-ASCII character seen: its UTF-8 bytes and `_token_shape`. A corpus holds a few
    hundred distinct ones, and a dict lookup is far cheaper than four str calls."""

    def __missing__(self, char: str) -> tuple[bytes, bytes]:
        found = self[char] = (char.encode(*_UTF8), _token_shape(char))
        return found


_SHAPE_OF = _ShapeMemo()


class LineFeatures(NamedTuple):
    """Shape features of one line (all counts on the stripped line text).

    A named tuple, not a frozen dataclass: as immutable, and built several times faster (a frozen
    dataclass sets each field through `object.__setattr__`), which counts once per line.
    """

    words: int  # word count; CJK text counts ~2 characters per word
    chars: int  # characters of the stripped line
    title_share: float  # share of cased words that start with a capital (or are ALL CAPS)
    ends_sentence: bool  # last visible character is sentence-final punctuation
    punct_density: float  # share of characters that are neither letters, digits nor spaces
    function_share: float  # share of words that are common function words
    list_item: bool  # starts with a bullet or "1." style marker
    table_row: bool  # `| a | b |` row; the other features describe the cell text
    link_like: bool  # mostly URL / domain / e-mail text
    digit_share: float  # share of characters that are digits (dates, scores, counters)


def _strip_table(text: str) -> tuple[str, bool]:
    """Return the cell text of a `| a | b |` row (pipes dropped) and whether it was a row."""
    if len(text) > 2 and text[0] == "|" and text[-1] == "|":
        return " ".join(cell.strip() for cell in text[1:-1].split("|")), True
    return text, False


def _ends_sentence(text: str) -> bool:
    """True when the line ends in sentence-final punctuation, looking past closing quotes."""
    end = text.rstrip(_CLOSERS_AND_SPACE)
    return bool(end) and end[-1] in _FINALS


class LineReading(NamedTuple):
    """What the article locator reads from one line: its shape features and its words lowercased
    (`lowered_words`), by which it tells a repeated line."""

    features: LineFeatures
    words: tuple[str, ...] | str  # for a very long line, a digest of them (`pieces.read_words`)


def line_reading(line: str) -> LineReading:
    """The features and the lowered words of one line, in one reading of it."""
    features, words = _read(line)
    return LineReading(features, lowered_words(line) if words is None else words)


def _read(line: str) -> tuple[LineFeatures, tuple[str, ...] | str | None]:
    """The line's features, and its lowered words when counting them gave those for free: when
    no character outside ASCII is a word character (None otherwise)."""
    text = line.strip()
    # Only a line opening with a pipe can be a table row: the others skip the call.
    text, table_row = _strip_table(text) if text[:1] == "|" else (text, False)
    # Most lines open with a letter or a quote, which no list marker does: no regex for them.
    marker = None if text[:1] in _PLAIN_STARTS else LIST_MARKER_RE.match(text)
    body = text[marker.end() :] if marker else text
    chars = len(body)
    raw = body.encode("utf-8", "surrogatepass")  # _UTF8, without unpacking it for every line
    # The non-ASCII characters, in order: UTF-8 writes them with bytes of 128 and above only.
    others = raw.translate(None, _ASCII_BYTES).decode(*_UTF8) if len(raw) > chars else ""
    has_other_words = bool(others) and WORD_RE.search(others) is not None
    n_found, func, words = _word_counts(body, raw, has_other_words)
    tokens, cased, title = _token_counts(raw, others)
    kinds = raw.translate(_KINDS)
    digits = kinds.count(b"0")
    alnum = kinds.count(b"a") + digits
    if has_other_words:  # every non-ASCII letter or digit is a word character
        alnum += sum(map(str.isalnum, others))
        digits += sum(map(str.isdigit, others))
    cjk = len(CJK_RE.findall(others)) if others else 0
    link_chars = _link_chars(body)
    # Positional fields, in the order LineFeatures declares them: keywords cost twice as much.
    features = LineFeatures(
        max(n_found, cjk // 2 + tokens - (1 if cjk else 0)),  # words
        chars,
        title / cased if cased else 0.0,  # title_share
        _ends_sentence(body),
        (chars - alnum - body.count(" ")) / chars if chars else 0.0,  # punct_density
        func / n_found if n_found else 0.0,  # function_share
        marker is not None,  # list_item
        table_row,
        chars > 0 and link_chars * 2 >= chars,  # link_like
        digits / chars if chars else 0.0,  # digit_share
    )
    if words is not None and marker is not None:
        # The marker's own words ("1", "o") come first; a marker with a non-ASCII digit has a
        # word the body's count did not look at.
        opening = marker.group()
        own = tuple(WORD_RE.findall(opening.lower()))
        if not opening.isascii():
            words = None
        elif isinstance(words, str):  # a very long line's words, as a digest
            words = " ".join((*own, words))
        else:
            words = own + words
    return features, words


def _word_counts(
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
    """`_word_counts` of a very long line, a piece at a time: its words as a digest."""
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


def _token_counts(raw: bytes, others: str) -> tuple[int, int, int]:
    """How many ``str.split()`` tokens the line has, how many start with a cased letter, and how
    many of those with a capital; ``others`` are the line's non-ASCII characters."""
    if others:
        for char in set(others):
            code, shape = _SHAPE_OF[char]
            if shape != _OTHER:
                raw = raw.replace(code, shape)
    shapes = b" " + raw.translate(_SHAPES)
    title = shapes.count(b" A")
    cased = title + shapes.count(b" a")
    return cased + shapes.count(b" x"), cased, title


def lowered_words(text: str) -> tuple[str, ...] | str:
    """The WORD_RE words of ``text`` lowercased, as ``WORD_RE.findall(text.lower())`` finds them;
    for a very long line, a digest of them (`pieces.read_words`)."""
    return read_words(text, _lowered_words, len)[2] if is_long(text) else _lowered_words(text)


def _lowered_words(text: str) -> tuple[str, ...]:
    raw = text.encode(*_UTF8)
    if len(raw) > len(text):
        others = raw.translate(None, _ASCII_BYTES).decode(*_UTF8)
        if WORD_RE.search(others.lower()) is not None:
            return tuple(WORD_RE.findall(text.lower()))
    # Lowering ASCII keeps every character a word character or not, and the other characters
    # (quotes, dashes) lower to no word character: the words are the ASCII ones.
    return tuple(raw.translate(_WORDS).decode("ascii").split())


def _link_chars(body: str) -> int:
    """Characters of URL, domain and e-mail text in the line."""
    # Every alternative of LINK_RE needs "/", "@" or "www."; most prose lines have none, so the
    # costly search is skipped for them.
    if not ("/" in body or "@" in body or "www." in body):
        return 0
    return sum(len(m) for m in LINK_RE.findall(body))


def prose_score(f: LineFeatures, function_words_apply: bool = True) -> float:
    """Fold features into [0, 1]: 1 reads like an article sentence, 0 like page chrome.

    ``function_words_apply`` is False for documents whose language the function-word set does not
    cover (the caller measures that over the whole document); the score then rests on length and
    punctuation alone instead of punishing every line of, say, a Korean page.
    """
    # min and max are written out as comparisons (the same values, in the same operations): the
    # score is taken for every line on every fix pass, and the calls cost more than the sums.
    words = f.words
    if words == 0 or f.link_like:
        return 0.0
    # Length: the strongest single cue. 1 word ~ 0.05, 12+ words ~ 0.45.
    score = (words if words < 12 else 12) * 0.0375
    if f.ends_sentence:
        score += 0.3
    if function_words_apply:
        # Prose carries ~30-50 % function words; headlines and names ~0-15 %.
        share = f.function_share
        score += (0.3 if share > 0.3 else share) - 0.1
    else:
        score += 0.1
    if words >= 3 and f.title_share > 0.6:
        score -= 0.2 * f.title_share  # Headline Case Or A List Of Names
    if f.punct_density > 0.12:
        excess = f.punct_density - 0.12
        score -= 0.3 if excess > 0.3 else excess  # "Home | News | Sport" or "© 2019 -"
    if f.digit_share > 0.2:
        score -= 0.15  # dates, times, scores, counters
    if f.list_item and words < 8:
        score -= 0.1
    score = score if score < 1.0 else 1.0
    return score if score > 0.0 else 0.0
