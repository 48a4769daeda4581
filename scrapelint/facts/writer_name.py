"""The writer's name as the head's byline gives it, and whether a line opens with it.

A biography closing the text opens with the name the byline gave ("By Priya Lanehart" ...
"Priya Lanehart is the Local Democracy Reporter for ..."), in any language. Reading the head's
credits costs more than most rules, so a cheap test comes first: a line whose first words are
not a name the head holds is let go before the credits are read.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.facts.attribution import find_attributions
from scrapelint.facts.dates import head_indices
from scrapelint.text.lazy_pattern import lazy

# The head's lines where a byline names the writer (as the attribution readers count them).
HEAD_LINES = 12
# The small words inside a name ("Sanne van Dijk", "Ana de Souza", "Ludwig von Mises").
PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "le", "la", "bin"}
    | {"binti", "al", "el", "ter", "ten", "dos", "das", "do", "y"}
)
WORD_RE = lazy(r"[^\W\d_]+")


def head_lines(texts: Sequence[str]) -> list[int]:
    """The head's non-blank lines, where a byline names the writer."""
    return head_indices(texts, HEAD_LINES)


def byline_names(texts: Sequence[str], head: Sequence[int]) -> tuple[str, ...]:
    """The authors the head's bylines name ("By Jane Roe", a bare name beside the dateline)."""
    end = head[-1] + 1 if head else 0
    return tuple(a.name for a in find_attributions(texts[:end], tail=0) if a.kind == "author")


def may_open_with_head_name(text: str, head_text: str) -> bool:
    """Whether `text` opens as a name the head may hold: its first two words in `head_text`
    (case folded; the first, for a one-word name), each capitalised where the script has
    capitals, or the second a particle ("Sanne van Dijk", "Ana de Souza")."""
    opening = WORD_RE.findall(text[:80])[:2]
    if not opening or not all(word.casefold() in head_text for word in opening):
        return False
    first, *rest = opening
    return _capitalised(first) and all(
        _capitalised(word) or word.casefold() in PARTICLES for word in rest
    )


def opening_name(text: str, names: tuple[str, ...]) -> str | None:
    """The name of `names` that opens `text` as a whole word, if one does."""
    folded = text.casefold()
    for name in names:
        key = name.casefold()
        if folded.startswith(key) and not folded[len(key) : len(key) + 1].isalnum():
            return name
    return None


def _capitalised(word: str) -> bool:
    """Capitalised, or of a script without capitals."""
    return word[0].isupper() or word[0].lower() == word[0].upper()
