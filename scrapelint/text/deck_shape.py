"""The shape of a deck, the standfirst under a page's headline: a sentence of a few words or more
that sums the story up, often without a full stop ("Network of fungi moved water to seedlings,
study shows"). A stamp (a dateline, a byline, a label and its value) is none. The locator reads a
deck under the headline as the article's (`locate.deck`), and both headline readers let a deck
yield to the headline-shaped line right over it.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.text.document import line_content
from scrapelint.text.headings import heading_level
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import CJK_RE

# A deck has this many words, or, in Chinese or Japanese, this many characters.
DECK_WORDS, DECK_CHARS = 6, 15
# A stamp between the headline and its deck (a dateline, a byline) has at most this many words.
STAMP_WORDS = 8
# A stamp's parts stand between bars or dots: "Level A2 · 25 minutes", "Penulis: X | Editor: Y".
_SEPARATORS_RE = lazy(r"\s[|·•]\s|\s\|")
# ...and a breadcrumb's between its steps ("Home › News › Science", "ホーム ＞ 不動産"), two or
# more of them, with no opening guillemet: French closes its quotes with " » ".
_TRAIL_RE = lazy(r"\s[›»>→]\s")
_TRAIL_STEPS = 2
# A time of day, a year: a dateline's ("4.25 per cent" is no time).
_CLOCK_RE = lazy(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_YEAR_RE = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A label ("Texto:") or a byline's "by" stands among a line's first words.
LABEL_REACH = 3
# ...or, in a script written without spaces, a full-width colon among its first characters.
LABEL_CHARS = 6
# The words that sign a line before a name ("Reviewed by Alun Pryce", "Von Max Muster", "كتب").
_BY_WORDS = frozenset(
    {"by", "door", "von", "par", "por", "av", "af", "od", "від", "от", "كتب", "بقلم", "מאת"}
)
# A name and a role after a comma ("Jane Roe, senior correspondent for health") is this short.
ROLE_LINE_WORDS = 12
# A deck in a script with capitals has at least this share of lower-case words (a byline's, a
# dateline's are names and months; German capitalises its nouns).
LOWER_SHARE = 1 / 3
# A label closing with a colon ("Key points:") heads what follows; a link points elsewhere.
_LABEL_ENDS = (":", "：")


def deck_shaped(text: str) -> bool:
    """A sentence of a few words or more: no label, link or stamp's separators, no time of day,
    no byline, and in a script with capitals, not mostly capitalised words."""
    text = text.strip()
    if text.endswith(_LABEL_ENDS) or "](" in text or "://" in text:
        return False
    if _SEPARATORS_RE.search(text) or _trail(text):
        return False
    words = text.split()
    if any(w.endswith(_LABEL_ENDS) for w in words[:LABEL_REACH]) or "：" in text[:LABEL_CHARS]:
        return False  # "Penulis: ...", "Texto: ...": a label and its value
    if _CLOCK_RE.search(text) or (len(words) <= STAMP_WORDS + 2 and _YEAR_RE.search(text)):
        return False  # a dateline: a time of day, or a year among few words
    if len(words) < DECK_WORDS:
        return len(CJK_RE.findall(text)) >= DECK_CHARS
    if _signed(words):
        return False
    cased = [w for w in words if _cased(w)]
    return not cased or sum(w[:1].islower() for w in cased) >= LOWER_SHARE * len(cased)


def heads_deck(upper: str, lower: str) -> bool:
    """The line `lower`, right under `upper`, is its deck: both read as sentences of
    `DECK_WORDS` or more, the deck the longer (a kicker, a section's name, a breadcrumb over a
    headline is none), and not marked the stronger heading of the two ("# Headline" under a
    site's tagline). A headline in title case reads as no sentence: it keeps its deck's title."""
    level, over = heading_level(lower), heading_level(upper)
    if level and not 0 < over <= level:
        return False
    upper, lower = line_content(upper), line_content(lower)
    return (
        _word_size(lower) > _word_size(upper) >= DECK_WORDS
        and deck_shaped(lower)
        and deck_shaped(upper)
    )


def right_over(lines: Sequence[str], upper: int, lower: int) -> bool:
    """Line `upper` stands right over line `lower`: only blank lines between."""
    return upper < lower and not any(line.strip() for line in lines[upper + 1 : lower])


def _trail(text: str) -> bool:
    if "＞" in text:
        return True
    return len(_TRAIL_RE.findall(text)) >= _TRAIL_STEPS and "«" not in text and "‹" not in text


def _word_size(text: str) -> int:
    """How many words the text has, one without letters ("›", "–", "£49") none, and in Chinese
    or Japanese one for two characters (no spaces there)."""
    cjk = len(CJK_RE.findall(text))
    spaced = sum(any(c.isalpha() for c in w) and not CJK_RE.search(w) for w in text.split())
    return spaced + cjk // 2


def _signed(words: Sequence[str]) -> bool:
    """A byline: a signing word before two words of a name ("Reviewed by Alun Pryce", "كتب محمد
    أحمد"; "Hit by floods" is none), or a name and its role after a comma."""
    for at, word in enumerate(words[:LABEL_REACH]):
        name = words[at + 1 : at + 3]
        if word.casefold() in _BY_WORDS and len(name) == 2 and all(map(_named, name)):
            return True
    opening = words[:2]
    return (
        len(words) <= ROLE_LINE_WORDS
        and len(opening) == 2
        and opening[1].endswith(",")
        and all(_cased(w) and w[:1].isupper() for w in opening)
    )


def _cased(word: str) -> bool:
    return word[:1].isalpha() and word[:1].lower() != word[:1].upper()


def _named(word: str) -> bool:
    """A word a name may be: capitalised, or in a script without capitals."""
    return word[:1].isupper() or (word[:1].isalpha() and not _cased(word))
