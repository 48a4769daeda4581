"""What one line of scraped text is shaped like: its length, punctuation, title case, function
words, list and link shape (``LineFeatures``), and its words, read in one pass (``line_reading``).

All functions are pure and work on one ``str`` without its line ending. They run once per line
and fix pass, so characters and words are counted with ``bytes`` methods over the whole line
where the result is provably the same as a ``str`` call per character
(tests/locate/test_locator_fast_paths.py checks it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.marks import LETTER_MARKS
from scrapelint.text.title_case import token_counts
from scrapelint.text.words import ASCII, ASCII_BYTES, UTF8, WORD_RE, lowered_words, word_counts

# A list item as text renderers write it: bullets (*, -, •, o, ▪ ...) or "1." / "1)" numbering.
# Matched only at the start so a hyphen inside a sentence never counts.
LIST_MARKER_RE = lazy(r"^\s*(?:[*\-•·▪►●○◦o+>»]|\d{1,3}[.)])\s+")

# URLs, bare domains and e-mail addresses: a line made of these is a link, not a sentence.
LINK_RE = lazy(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\b\S+@[\w-]+\.\w+")

# The ASCII characters no list marker starts with (LIST_MARKER_RE needs a space, a bullet or a
# digit first): letters, quotes, brackets. An empty line has no marker either.
_PLAIN_STARTS = frozenset(
    c for c in map(chr, range(128)) if not re.match(r"[\s\d*\-•·▪►●○◦o+>»]", c)
) | {""}

# Characters of scripts written without spaces (CJK ideographs, kana): there a word is about one
# and a half characters (`cjk_words`).
CJK_RE = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# Letters and marks of the other scripts written without spaces between words (Thai, Lao,
# Myanmar, Khmer), where a space parts phrases: a word is about five of them (`unspaced_words`).
UNSPACED_RE = lazy(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")

# The combining marks that write a word's vowels and tones (Devanagari, Thai, Arabic): letters,
# for the share of punctuation, where `str.isalnum` holds them none ("हर शाम होंगे" would read as
# a third punctuation).
LETTER_MARK_RE = lazy(f"[{LETTER_MARKS}]")

# A line cut short with an ellipsis: the last line of a cut-off text ("Read the full story…"), a
# teaser's or a comment's snippet ("Congratulations for a well…").
ELLIPSIS_END_RE = lazy(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\W*$")

# Closing quotes and brackets that may follow the sentence-final mark: `he said."` or `(...).)`.
_CLOSERS = "\"'”’»)]】」』›"
_CLOSERS_AND_SPACE = _CLOSERS + " "
# Sentence-final punctuation in Latin, CJK, Arabic and Devanagari scripts, plus the ellipsis, and
# the full stops of Urdu, Armenian, Ethiopic, Burmese and Khmer (without them each of their
# sentences reads as a menu item or a heading).
_FINALS = frozenset(".!?…。！？؟।॥۔։።။។")
# Greek asks with a semicolon (U+037E, written as ";" by most keyboards): a ";" closes a question
# there, not a line of code, when the words before it are Greek (U+037E is Greek itself).
_GREEK_QUESTION_MARKS = frozenset({";", "\u037e"})
_GREEK_RE = lazy(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_LOOK = 40  # characters read back from the end for a Greek letter

# Each ASCII letter as "a", digit as "0" (str.isalnum is one or the other), anything else as " ":
# counting those two bytes counts the line's ASCII letters and digits.
_KINDS = bytes([*(97 if c.isalpha() else 48 if c.isdigit() else 32 for c in ASCII), *b" " * 128])


class LineFeatures(NamedTuple):
    """Shape features of one line (all counts on the stripped line text).

    A named tuple, not a frozen dataclass: as immutable, and built several times faster (a frozen
    dataclass sets each field through `object.__setattr__`), which counts once per line.
    """

    words: int  # word count; CJK text counts ~1.5 characters per word
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
    if end[-1:] in _GREEK_QUESTION_MARKS:
        return _GREEK_RE.search(end[-_GREEK_LOOK:]) is not None
    return bool(end) and end[-1] in _FINALS


def cjk_words(characters: int) -> int:
    """About how many words `characters` CJK characters make: Chinese words average about one and
    a half characters (most are of one or two), Japanese ones a little more."""
    return characters * 2 // 3


def _words(found: int, tokens: int, cjk: int, spaceless: int) -> int:
    """The line's words: those `WORD_RE` found, unless the line is written without spaces. A CJK
    run is one word to `WORD_RE`, and so is a Thai phrase between two spaces, so with Thai, Lao,
    Myanmar or Khmer in it the line's words are only estimated."""
    if spaceless:
        return max(tokens, unspaced_words(cjk, spaceless) + tokens - 1)
    return max(found, cjk_words(cjk) + tokens - (1 if cjk else 0))


def unspaced_words(cjk: int, others: int) -> int:
    """About how many words `cjk` CJK characters and `others` characters of Thai, Lao, Myanmar
    or Khmer make: a Thai word (a syllable or two) is about five code points, its vowel and tone
    marks included."""
    return cjk_words(cjk) + others // 5


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
    raw = body.encode("utf-8", "surrogatepass")  # UTF8, without unpacking it for every line
    # The non-ASCII characters, in order: UTF-8 writes them with bytes of 128 and above only.
    others = raw.translate(None, ASCII_BYTES).decode(*UTF8) if len(raw) > chars else ""
    has_other_words = bool(others) and WORD_RE.search(others) is not None
    n_found, func, words = word_counts(body, raw, has_other_words)
    tokens, cased, title = token_counts(raw, others)
    kinds = raw.translate(_KINDS)
    digits = kinds.count(b"0")
    alnum = kinds.count(b"a") + digits
    if has_other_words:  # every non-ASCII letter or digit is a word character
        alnum += sum(map(str.isalnum, others)) + len(LETTER_MARK_RE.findall(others))
        digits += sum(map(str.isdigit, others))
    cjk = len(CJK_RE.findall(others)) if others else 0
    spaceless = len(UNSPACED_RE.findall(others)) if others else 0
    # A CJK character holds what two or three Latin letters do: as wide as that in the shares of
    # digits and punctuation, or a dated sentence ("2014年——1号线正式开通运营。") reads as a
    # counter and its dash as a menu's separators.
    width = chars + 2 * cjk
    link_chars = _link_chars(body)
    # Positional fields, in the order LineFeatures declares them: keywords cost twice as much.
    features = LineFeatures(
        _words(n_found, tokens, cjk, spaceless),
        chars,
        title / cased if cased else 0.0,  # title_share
        _ends_sentence(body),
        (chars - alnum - body.count(" ")) / width if chars else 0.0,  # punct_density
        func / n_found if n_found else 0.0,  # function_share
        marker is not None,  # list_item
        table_row,
        chars > 0 and link_chars * 2 >= chars,  # link_like
        digits / width if chars else 0.0,  # digit_share
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


def _link_chars(body: str) -> int:
    """Characters of URL, domain and e-mail text in the line."""
    # Every alternative of LINK_RE needs "/", "@" or "www."; most prose lines have none, so the
    # costly search is skipped for them.
    if not ("/" in body or "@" in body or "www." in body):
        return 0
    return sum(len(m) for m in LINK_RE.findall(body))
